-- The empty signature field of a document chosen by the officer: the signature (and its
-- visible stamp) goes into it instead of a new stamp on the last page. NULL: a new field.
ALTER TABLE documents ADD COLUMN signature_field TEXT;
