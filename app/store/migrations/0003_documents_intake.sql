-- Schema 3: document intake. A checklist item may hold several documents, kept in the officer's
-- order; each document remembers its page count and the files it was made from (images are
-- converted to PDF, several files may be combined); dossiers keep the facts that checklist
-- conditions ask about (married, number of widows and orphans...).
ALTER TABLE dossiers ADD COLUMN facts_json TEXT NOT NULL DEFAULT '{}';
ALTER TABLE documents ADD COLUMN position INTEGER NOT NULL DEFAULT 0;
ALTER TABLE documents ADD COLUMN pages INTEGER;
ALTER TABLE documents ADD COLUMN sources_json TEXT NOT NULL DEFAULT '[]';
CREATE INDEX documents_item ON documents (dossier_id, item_code, position);
