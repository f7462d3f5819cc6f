"""Sentences of the signing layer (app/signing) and of the complementary submission, marked for
translation in the "CoreMessages" context (see app.ui.messages).

``SENTENCES`` never vary. ``TEMPLATES`` are sentences that name something (a holder, a file, a
token): the core builds them with an f-string; ``app.ui.messages.localise`` recognises them by
their fixed parts, translates the template and puts the names back in (%1, %2 ... in the order
they appear in the English). tests/unit/signing/test_error_sentences.py checks that every
sentence a signing error can carry is covered here or in app.ui.messages.
"""

from __future__ import annotations

from app.ui.i18n import QT_TRANSLATE_NOOP

SENTENCES: tuple[str, ...] = (
    # how a wrong PIN changed the token's state (app/signing/errors.py)
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "The PIN is wrong. The token now allows only ONE more try: it was not at its last try "
        "before, and a further wrong PIN will lock it. Check the PIN before trying again.",
    ),
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "The PIN is wrong. The token has counted this wrong try and now warns that few tries are "
        "left before it locks. Check the PIN before trying again.",
    ),
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "The PIN is wrong again: one more try was used, and few tries are left before the token "
        "locks. Check the PIN before trying again.",
    ),
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "The PIN is wrong, and that was the last try: the token is now locked and cannot sign. "
        "Contact your certificate provider (Barid eSign) to unlock it with the unlock code.",
    ),
    # app/signing/pkcs11_errors.py
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "The PIN does not have the length or characters the token accepts. "
        "Check the PIN and try again.",
    ),
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "The token's PIN has expired. Change it with the token software "
        "(SafeNet Authentication Client), then sign again.",
    ),
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "The token stopped answering. Unplug it, plug it back in and sign again; "
        "no document was changed.",
    ),
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "The token reported an error. Unplug it, plug it back in and try again; "
        "if it persists, ask for support.",
    ),
    # certificates and keys on the token (pkcs11_backend.py, device_signer.py)
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "The private key of the signing certificate was not found on the token. Check the key "
        "label in the settings, or contact your certificate provider.",
    ),
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "Several signing keys are on the token. Set the key label to use in the settings.",
    ),
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "The token holds no certificate meant for signatures (non-repudiation). Use your "
        "signature token, or contact your certificate provider.",
    ),
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "The signing certificate was not found on the token. Contact your certificate provider.",
    ),
    # reasons of ModuleNotFound (pkcs11_backend.py)
    QT_TRANSLATE_NOOP("CoreMessages", "file not found"),
    QT_TRANSLATE_NOOP("CoreMessages", "not a file"),
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "it does not load; it may be damaged or built for another kind of computer",
    ),
    QT_TRANSLATE_NOOP("CoreMessages", "it does not load"),
    # levels, long-term validation (ltv.py, sign.py)
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "No timestamp server is configured: a long-term signature needs one. Set its address "
        "in the settings.",
    ),
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "The trusted root certificates of the fund profile are needed to gather the "
        "certificate status. Check the profile's trust anchors.",
    ),
    QT_TRANSLATE_NOOP(
        "CoreMessages", "The signed document could not be completed. Check the file."
    ),
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "A signing certificate of this document has been revoked: the document cannot be made "
        "long-term valid. Sign it again with a valid certificate.",
    ),
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "A signing certificate of this document does not lead to a trusted root certificate of "
        "the fund profile.",
    ),
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "The root certificate of the signing certificate is needed for a long-term signature. "
        "Add it in the settings, or sign at level B-T.",
    ),
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "The signing certificate has been revoked by its authority. Do not sign with it; "
        "contact your certificate provider.",
    ),
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "The signing certificate does not lead to a trusted root certificate. Check the trusted "
        "root certificates in the settings.",
    ),
    # the document (sign.py)
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "The document already holds a signature in that field. Choose another field name.",
    ),
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "The document is certified against further changes and cannot be signed again.",
    ),
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "The document could not be prepared for signing. Check the file, or export it again "
        "as PDF.",
    ),
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "The chosen signature field is not in the document. Choose one of its empty signature "
        "fields, or sign without choosing a field.",
    ),
    # the visible stamp (stamp.py)
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "No font for the visible signature stamp was found on this computer. Install the "
        "DejaVu fonts, or turn the visible stamp off in the fund profile.",
    ),
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "The visible signature stamp cannot be drawn: a component is missing from this "
        "installation. Reinstall Mellaf, or turn the visible stamp off in the fund profile.",
    ),
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "The font of the visible signature stamp cannot be read. Reinstall the DejaVu fonts, "
        "or turn the visible stamp off in the fund profile.",
    ),
    # the complementary submission (app/services/complement.py, dossiers.py, documents.py)
    QT_TRANSLATE_NOOP(
        "CoreMessages", "This document was already sent to the fund: it stays in the dossier."
    ),
    QT_TRANSLATE_NOOP(
        "CoreMessages", "This document is already signed: its signature cannot move."
    ),
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "is the document already sent to the fund for this item; the fund needs a new one",
    ),
)

TEMPLATES: tuple[str, ...] = (
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "The token software could not be loaded (%1): %2. Install the token middleware "
        "(SafeNet Authentication Client) or correct the module path in the settings.",
    ),
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "The signing certificate of %1 expired on %2. Renew it with your certificate provider "
        "before signing.",
    ),
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "The signing certificate of %1 is valid only from %2. Check the computer's date and "
        "time, or wait until that day.",
    ),
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "The certificate of %1 is not meant for signatures (no non-repudiation key usage). Use "
        "your signature certificate, not the authentication one.",
    ),
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "The signing token %1 was not found.%2 Plug in your token, wait a few seconds and try "
        "again.",
    ),
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "Several tokens are connected (%1). Unplug the others, or choose the signing "
        "certificate in the Token tab.",
    ),
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "Several tokens named %1 are connected. Unplug the others, or set the token's serial "
        "number in the settings.",
    ),
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "Several certificates are labelled %1 on the token. Set a key label in the settings.",
    ),
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "Several signing certificates are on the token (%1). Set the key label to use in the "
        "settings.",
    ),
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "No signing key %1was found on the token. Check the key label in the settings, or "
        "contact your certificate provider.",
    ),
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "%1 holds no signature: sign it before adding long-term validation data.",
    ),
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "%1 is not a PDF file. Scan or export the document again as PDF.",
    ),
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "%1 is protected by a password (encrypted). Ask for an unprotected copy, or export it "
        "again without protection.",
    ),
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "The document %1 was not found. Check that it was not moved or deleted.",
    ),
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "The document %1 cannot be read. Check the file and its permissions.",
    ),
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "%1 is a damaged PDF file. Scan or export the document again as PDF.",
    ),
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "The trusted root certificate file %1 cannot be read. Check the file in the settings "
        "(a PEM or DER certificate).",
    ),
    QT_TRANSLATE_NOOP("CoreMessages", "The certificate file %1 cannot be read. Check the path."),
    QT_TRANSLATE_NOOP(
        "CoreMessages", "The file %1 cannot be read. Check the path and its permissions."
    ),
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "The disk is full: %1 could not be written. Free some space, then sign again.",
    ),
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "The folder %1 cannot be written to (read-only or no permission). Choose another "
        "folder, then sign again.",
    ),
    QT_TRANSLATE_NOOP("CoreMessages", "The folder %1 does not exist. Choose another folder."),
    QT_TRANSLATE_NOOP("CoreMessages", "%1 is not a PDF file."),
    QT_TRANSLATE_NOOP("CoreMessages", "%1 is encrypted; its signatures cannot be checked here."),
    QT_TRANSLATE_NOOP(
        "CoreMessages", "%1 is a damaged PDF file; its signatures cannot be checked."
    ),
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "The fund asked for a new document for: %1. The document already sent does not answer "
        "the request: attach a new one, then sign and certify the dossier again.",
    ),
)
