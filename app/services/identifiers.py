"""Tell which identifier an officer typed: membership number, payroll number (PPR) or CIN.

Spaces, dashes, dots, underscores and slashes are ignored and CIN letters may be in any case:
"ab 123-456", "AB123456" and "ab.123456" are the same CIN.
"""

from __future__ import annotations

import re

from app.domain.models import IdentifierKind

_CIN = re.compile(r"^[A-Z]{1,2}\d{1,6}$")
_SEPARATORS = re.compile(r"[\s\-_./]")
_LOOKS_LIKE_ID = re.compile(r"^[A-Za-z]{0,3}[\d\s\-_./]+$")


def normalise(text: str) -> str:
    return _SEPARATORS.sub("", text).upper()


def classify(text: str) -> tuple[IdentifierKind, str] | None:
    """(kind, normalised value) for an identifier, or None for anything else (a name)."""
    value = normalise(text)
    if not value:
        return None
    if _CIN.match(value):
        return IdentifierKind.CIN, value
    if value.isdigit():
        if len(value) == 9:
            return IdentifierKind.MEMBERSHIP, value
        if len(value) <= 8:
            return IdentifierKind.PPR, value
    return None


def malformed(text: str) -> str | None:
    """Why `text` looks like an identifier but is none, in words; None when it is fine or a name."""
    stripped = text.strip()
    if not stripped or classify(stripped) is not None or not _LOOKS_LIKE_ID.match(stripped):
        return None
    value = normalise(stripped)
    if value.isdigit():
        return (
            f"{len(value)} digits: a membership number has 9 digits and a payroll number (PPR) "
            "at most 8."
        )
    return "A CIN is one or two letters followed by at most 6 digits."
