"""Words of the intake and document services that reach the screen, marked for translation
(context CoreMessages, translated by app.ui.messages.localise)."""

from __future__ import annotations

from app.ui.i18n import QT_TRANSLATE_NOOP

# Reasons of app/pdf/reasons.py, after "The file NAME ...".
INTAKE_REASONS: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("CoreMessages", "cannot be read"),
    QT_TRANSLATE_NOOP("CoreMessages", "is empty"),
    QT_TRANSLATE_NOOP("CoreMessages", "is too large to be examined"),
    QT_TRANSLATE_NOOP("CoreMessages", "is not a PDF file"),
    QT_TRANSLATE_NOOP("CoreMessages", "is neither a PDF nor a JPEG, PNG or TIFF image"),
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "has a name that does not match its content (rename it with the right extension)",
    ),
    QT_TRANSLATE_NOOP("CoreMessages", "is truncated: its end is missing"),
    QT_TRANSLATE_NOOP("CoreMessages", "is damaged and cannot be read"),
    QT_TRANSLATE_NOOP("CoreMessages", "is damaged and cannot be repaired safely"),
    QT_TRANSLATE_NOOP("CoreMessages", "is protected by a password; ask for an unprotected copy"),
    QT_TRANSLATE_NOOP("CoreMessages", "has no pages"),
    QT_TRANSLATE_NOOP("CoreMessages", "has an absurd number of pages"),
    QT_TRANSLATE_NOOP("CoreMessages", "has a page of absurd size"),
    QT_TRANSLATE_NOOP("CoreMessages", "contains JavaScript, which is not allowed"),
    QT_TRANSLATE_NOOP(
        "CoreMessages", "contains an action that launches programs, which is not allowed"
    ),
    QT_TRANSLATE_NOOP(
        "CoreMessages", "contains links or actions that open web addresses, which is not allowed"
    ),
    QT_TRANSLATE_NOOP(
        "CoreMessages", "contains actions that open or send other files, which is not allowed"
    ),
    QT_TRANSLATE_NOOP("CoreMessages", "contains automatic actions, which is not allowed"),
    QT_TRANSLATE_NOOP("CoreMessages", "contains embedded files, which is not allowed"),
    QT_TRANSLATE_NOOP("CoreMessages", "contains an XFA form, which is not allowed"),
    QT_TRANSLATE_NOOP("CoreMessages", "contains multimedia content, which is not allowed"),
    QT_TRANSLATE_NOOP("CoreMessages", "expands to an absurd size when read (a decompression bomb)"),
    QT_TRANSLATE_NOOP("CoreMessages", "contains an image of absurd dimensions"),
    QT_TRANSLATE_NOOP("CoreMessages", "is an image that is damaged or truncated"),
    QT_TRANSLATE_NOOP("CoreMessages", "took too long to examine and was given up"),
    QT_TRANSLATE_NOOP("CoreMessages", "needs too much memory to examine"),
    QT_TRANSLATE_NOOP("CoreMessages", "made the examination fail"),
)

# Sentences of app/services/documents.py and app/pdf/pages.py.
DOCUMENT_MESSAGES: tuple[str, ...] = (
    QT_TRANSLATE_NOOP(
        "CoreMessages", "Documents can only be changed while the dossier is being prepared."
    ),
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "A signed document is never changed. Remove it and attach the corrected file.",
    ),
    QT_TRANSLATE_NOOP(
        "CoreMessages", "A document needs at least one page; remove the document instead."
    ),
    QT_TRANSLATE_NOOP("CoreMessages", "A page that does not exist was asked for."),
    QT_TRANSLATE_NOOP("CoreMessages", "Pages turn by quarter turns only."),
    QT_TRANSLATE_NOOP("CoreMessages", "A number of persons is between 0 and 20."),
    QT_TRANSLATE_NOOP("CoreMessages", "This document is not part of the dossier."),
    QT_TRANSLATE_NOOP("CoreMessages", "No file was given."),
)

# Why images were left as they are when reducing a document (app/pdf/pixels.py ALL_SKIPS),
# after "N image(s) left as they are: ...".
FIT_LEFT: tuple[str, ...] = (
    QT_TRANSLATE_NOOP(
        "CoreMessages", "their colour space is not one of grey, RGB, CMYK, ICC-based or indexed"
    ),
    QT_TRANSLATE_NOOP("CoreMessages", "their bit depth is not supported for this colour space"),
    QT_TRANSLATE_NOOP("CoreMessages", "they are JBIG2-compressed, which is already compact"),
    QT_TRANSLATE_NOOP(
        "CoreMessages", "they are JPEG 2000 and this installation cannot read JPEG 2000"
    ),
    QT_TRANSLATE_NOOP("CoreMessages", "they are JPEG 2000 with transparency inside the image"),
    QT_TRANSLATE_NOOP(
        "CoreMessages", "they use a colour-key mask, which lossy compression would break"
    ),
    QT_TRANSLATE_NOOP(
        "CoreMessages", "they are stencil masks (one colour painted through a shape)"
    ),
    QT_TRANSLATE_NOOP("CoreMessages", "their transparency is pre-multiplied (/Matte)"),
    QT_TRANSLATE_NOOP("CoreMessages", "they carry a separate stencil mask"),
    QT_TRANSLATE_NOOP("CoreMessages", "they could not be decoded"),
    QT_TRANSLATE_NOOP(
        "CoreMessages", "they use a combination of compression filters that is not supported"
    ),
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "they are inline images, small and part of the page's drawing instructions",
    ),
)
