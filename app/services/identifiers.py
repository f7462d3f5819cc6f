"""Tell which identifier an officer typed: membership number, payroll number (PPR) or CIN."""

from __future__ import annotations

import re

from app.domain.models import IdentifierKind

_CIN = re.compile(r"^[A-Z]{1,2}\d{1,6}$")


def normalise(text: str) -> str:
    return re.sub(r"[\s\-_.]", "", text).upper()


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
