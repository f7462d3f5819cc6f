"""Contract check of the export's affiliate lines without parsing them in Python.

A line in the platform's own layout (its key order, compact JSON) is checked by one compiled
pattern and a cached check of its dates: C speed for a million lines. Any other line (keys in
another order, extra keys, spaces, an unusual escape) goes through the exact parser of the
contract (app.platform.dto.affiliate_from_json), which names the bad field, and is written back
in the platform's layout. The pattern only ever accepts lines that the exact parser accepts.
"""

from __future__ import annotations

import functools
import json
import re
from datetime import date

from app.domain.models import PeriodKind
from app.platform.dto import affiliate_from_json, affiliate_to_json, parse_instant
from app.platform.errors import ContractError

_CHARS = r'[^"\\\x00-\x1f]'
_ESCAPE = r'\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4})'
_TEXT = rf'"{_CHARS}*(?:{_ESCAPE}{_CHARS}*)*"'
_FILLED = rf'"(?!"){_CHARS}*(?:{_ESCAPE}{_CHARS}*)*"'
_DATE = r'"[0-9]{4}-[0-9][0-9]-[0-9][0-9]"'
_DATE_GROUP = r'"([0-9]{4}-[0-9][0-9]-[0-9][0-9])"'
_KINDS = "|".join(re.escape(str(k)) for k in PeriodKind)
_PERIOD = rf'\{{"start":{_DATE},"end":(?:null|{_DATE}),"kind":"(?:{_KINDS})"\}}'
_INSTANT = r'"([0-9]{4}-[0-9][0-9]-[0-9][0-9]T[0-9:.]{8,15}(?:Z|[+-][0-9][0-9]:[0-9][0-9]))"'
_LAYOUT = re.compile(
    r'\{"membership_no":' + _FILLED + ',"ppr":' + _FILLED + ',"cin":' + _FILLED
    + ',"last_name_lat":' + _TEXT + ',"first_name_lat":' + _TEXT
    + ',"last_name_ar":' + _TEXT + ',"first_name_ar":' + _TEXT
    + ',"sex":"[MF]","birth_date":' + _DATE_GROUP + ',"hire_date":' + _DATE_GROUP
    + ',"grade":' + _TEXT + ',"corps":' + _TEXT + ',"collectivity_id":' + _FILLED
    + ',"status":' + _TEXT + rf',"periods":\[((?:{_PERIOD}(?:,{_PERIOD})*)?)\]'
    + ',"updated_at":' + _INSTANT + r',"reference_salary":(?:null|0|[1-9]\d{0,14})\}'
)  # fmt: skip
_QUOTED_DATE = re.compile(_DATE_GROUP)


@functools.lru_cache(maxsize=1 << 16)
def _date_ok(text: str) -> bool:
    try:
        return date.fromisoformat(text).isoformat() == text
    except ValueError:
        return False


@functools.lru_cache(maxsize=1 << 12)
def _instant_ok(text: str) -> bool:
    try:
        parse_instant(text)
    except ValueError:
        return False
    return True


def fast_ok(line: str) -> bool:
    """True when the line is an affiliate in the platform's layout with valid dates."""
    m = _LAYOUT.fullmatch(line)
    if m is None:
        return False
    birth, hire, periods, updated_at = m.groups()
    if not (_date_ok(birth) and _date_ok(hire) and _instant_ok(updated_at)):
        return False
    return all(_date_ok(d) for d in _QUOTED_DATE.findall(periods))


def checked(line: str, number: int) -> str:
    """The line if it is a valid affiliate, else the record written back in the platform's
    layout; ContractError (naming the line and field, never a value) when it breaks the
    contract."""
    if fast_ok(line):
        return line
    what = f"export line {number}"
    try:
        value = json.loads(line)
    except ValueError:
        raise ContractError(
            f"platform answer does not match the contract: {what} is not JSON"
        ) from None
    affiliate = affiliate_from_json(value, what)
    return json.dumps(affiliate_to_json(affiliate), ensure_ascii=False, separators=(",", ":"))
