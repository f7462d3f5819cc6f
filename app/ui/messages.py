"""Known English sentences of the core, marked for translation.

The services, signing and platform layers speak English (``user_message``, DomainError texts).
Sentences that never vary are listed here so lupdate extracts them; ``localise`` returns the
translation when one exists and the English sentence otherwise (e.g. a message naming a file).
"""

from __future__ import annotations

import functools
import re

from app.ui import messages_signing
from app.ui.i18n import QT_TRANSLATE_NOOP, fmt, translate

CONTEXT = "CoreMessages"

KNOWN: tuple[str, ...] = (
    # signing (app/signing/errors.py, software.py)
    QT_TRANSLATE_NOOP(
        "CoreMessages", "The document could not be signed. Try again, or ask for support."
    ),
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "The signing token was not found. Plug in your token, wait a few seconds and try again.",
    ),
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "The PIN is wrong. Only one try is left: a further wrong PIN will lock the token. "
        "Check the PIN before trying again.",
    ),
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "The PIN is wrong, and few tries are left before the token locks. "
        "Check the PIN before trying again.",
    ),
    QT_TRANSLATE_NOOP("CoreMessages", "The PIN is wrong. Check the PIN and try again."),
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "The token's PIN is locked after too many wrong tries. Contact your certificate "
        "provider (Barid eSign) to unlock it with the unlock code.",
    ),
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "The token was removed during signing. Plug it back in and sign again; "
        "no document was changed.",
    ),
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "No usable signing certificate was found on the token. Check that you use your "
        "signature token, or contact your certificate provider.",
    ),
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "The document is not a readable PDF file. Check the file, or scan or export it again.",
    ),
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "The signed file could not be written. Check the free disk space and that the folder "
        "is writable, then sign again.",
    ),
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "The timestamp server did not answer. Check the network connection and the timestamp "
        "server address in the settings, then sign again.",
    ),
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "The certificate status could not be checked online, so a long-term signature could "
        "not be made. Check the network connection and try again, or sign at level B-T.",
    ),
    QT_TRANSLATE_NOOP("CoreMessages", "Signing was cancelled. No document was changed."),
    QT_TRANSLATE_NOOP(
        "CoreMessages", "The certificate file's password is wrong. Check it and try again."
    ),
    # platform (app/platform/errors.py)
    QT_TRANSLATE_NOOP("CoreMessages", "The platform could not complete the request."),
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "The platform cannot be reached. Check the network connection; the work is kept and "
        "can be sent later.",
    ),
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "The connection to the platform is not secure: its certificate could not be verified. "
        "Check the computer's date and time, then tell your IT support.",
    ),
    QT_TRANSLATE_NOOP("CoreMessages", "Your platform session has expired. Sign in again."),
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "The platform has a problem right now. The work is kept; try again in a few minutes.",
    ),
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "The platform sent an answer Mellaf does not understand. Mellaf may need an update; "
        "tell your IT support.",
    ),
    QT_TRANSLATE_NOOP("CoreMessages", "The platform refused the request."),
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "The file received by the platform differs from the one sent. Send the document again.",
    ),
    QT_TRANSLATE_NOOP(
        "CoreMessages", "The platform accepts PDF documents only. Convert the document to PDF."
    ),
    QT_TRANSLATE_NOOP(
        "CoreMessages", "Some required documents are missing. Add them, then send again."
    ),
    QT_TRANSLATE_NOOP(
        "CoreMessages", "This affiliate is not known to the platform for your collectivity."
    ),
    QT_TRANSLATE_NOOP(
        "CoreMessages", "The platform does not expect this document for this dossier."
    ),
    QT_TRANSLATE_NOOP("CoreMessages", "The platform no longer accepts documents for this dossier."),
    QT_TRANSLATE_NOOP("CoreMessages", "The platform does not know this dossier."),
    QT_TRANSLATE_NOOP("CoreMessages", "The platform does not know this item."),
    QT_TRANSLATE_NOOP(
        "CoreMessages", "The upload was not found on the platform. Send the document again."
    ),
    QT_TRANSLATE_NOOP("CoreMessages", "The upload did not finish. Send the document again."),
    QT_TRANSLATE_NOOP(
        "CoreMessages", "The upload belongs to another dossier. Send the document again."
    ),
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "The platform already has a different dossier under this reference. Tell your IT support.",
    ),
    QT_TRANSLATE_NOOP("CoreMessages", "This upload is already attached to another document."),
    QT_TRANSLATE_NOOP(
        "CoreMessages", "The document is too large for the platform. Reduce its size."
    ),
    QT_TRANSLATE_NOOP(
        "CoreMessages", "The upload expired on the platform. Send the document again."
    ),
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "Your account is not allowed to do this. Ask your collectivity's responsible.",
    ),
    QT_TRANSLATE_NOOP("CoreMessages", "The account id or the password is wrong."),
    QT_TRANSLATE_NOOP(
        "CoreMessages", "This account is suspended. Ask your collectivity's responsible."
    ),
    # dossiers, affiliates, queue (app/services)
    QT_TRANSLATE_NOOP("CoreMessages", "This dossier does not exist."),
    QT_TRANSLATE_NOOP("CoreMessages", "This dossier belongs to another collectivity."),
    QT_TRANSLATE_NOOP("CoreMessages", "This affiliate belongs to another collectivity."),
    QT_TRANSLATE_NOOP("CoreMessages", "Only a preparer opens dossiers."),
    QT_TRANSLATE_NOOP("CoreMessages", "This affiliate is not in your collectivity's records."),
    QT_TRANSLATE_NOOP("CoreMessages", "A dossier of this type already exists for this affiliate."),
    QT_TRANSLATE_NOOP(
        "CoreMessages", "Documents can only be added while the dossier is being prepared."
    ),
    QT_TRANSLATE_NOOP(
        "CoreMessages", "Documents can only be removed while the dossier is being prepared."
    ),
    QT_TRANSLATE_NOOP("CoreMessages", "This document is not part of the dossier."),
    QT_TRANSLATE_NOOP(
        "CoreMessages", "Say why the dossier is returned: the preparer reads this comment."
    ),
    QT_TRANSLATE_NOOP("CoreMessages", "The dossier was changed meanwhile; reopen it."),
    QT_TRANSLATE_NOOP("CoreMessages", "Nobody may certify a dossier they prepared."),
    QT_TRANSLATE_NOOP("CoreMessages", "Signing was cancelled."),
    QT_TRANSLATE_NOOP(
        "CoreMessages", "A document must be signed and its dossier created before upload."
    ),
    QT_TRANSLATE_NOOP("CoreMessages", "The dossier was never created at the fund."),
    QT_TRANSLATE_NOOP("CoreMessages", "The dossier of a queued job has disappeared."),
)

# Reasons check_pdf gives after "The file NAME ..." (app/pdf/check.py).
PDF_REASONS: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("CoreMessages", "is not a PDF file"),
    QT_TRANSLATE_NOOP("CoreMessages", "is empty"),
    QT_TRANSLATE_NOOP("CoreMessages", "is protected by a password; ask for an unprotected copy"),
    QT_TRANSLATE_NOOP("CoreMessages", "has no pages"),
    QT_TRANSLATE_NOOP("CoreMessages", "has a page of absurd size"),
)


_SLOT = re.compile(r"%(\d)")


@functools.cache
def _patterns() -> tuple[tuple[re.Pattern[str], str], ...]:
    """Each template as a pattern whose groups catch the names put into it."""
    out = []
    for template in messages_signing.TEMPLATES:
        parts = _SLOT.split(template)  # text, digit, text, digit, ...
        regex = "".join(re.escape(p) if n % 2 == 0 else "(.+?)" for n, p in enumerate(parts))
        out.append((re.compile(regex, re.DOTALL), template))
    # the most specific (longest fixed text) first
    return tuple(sorted(out, key=lambda x: -len(_SLOT.sub("", x[1]))))


def template_of(sentence: str) -> tuple[str, tuple[str, ...]] | None:
    """The known template a core sentence was made from, with the names put into it."""
    for pattern, template in _patterns():
        found = pattern.fullmatch(sentence)
        if found:
            return template, found.groups()
    return None


def is_known(sentence: str) -> bool:
    """Whether ``sentence`` has a translation source (fixed sentence or template)."""
    fixed = set(KNOWN) | set(PDF_REASONS) | set(messages_signing.SENTENCES)
    return sentence in fixed or template_of(sentence) is not None


def localise(sentence: str) -> str:
    """The translation of a known core sentence; the sentence itself otherwise.

    A sentence made from a template (naming a file, a holder, a token) is translated through
    its template, and each name in it is translated too when it is itself a known phrase.
    """
    done = translate(CONTEXT, sentence)
    if done != sentence:
        return done
    match = template_of(sentence)
    if match is None:
        return sentence
    template, names = match
    return fmt(translate(CONTEXT, template), *(translate(CONTEXT, n) for n in names))


def refused_file_reason(message: str, filename: str) -> str:
    """Why a file was refused, translated when the reason is a known one."""
    prefix = f"The file {filename} "
    reason = message[len(prefix) :] if message.startswith(prefix) else message
    reason = reason.removesuffix(".")
    return localise(reason)
