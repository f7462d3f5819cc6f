"""Contract check of the export's affiliate lines, and their values, in one pass.

A line in the platform's own layout (its key order, compact JSON) is checked by one compiled
pattern, which also captures the values and checks the dates (calendar included): no JSON
and no date parsing in Python for a million lines. Any other line (keys in another order,
extra or missing keys, spaces) goes through the exact parser of the contract
(app.platform.dto.affiliate_from_json), which names the bad field. The pattern only ever accepts
lines that the exact parser accepts.

The values come out in the order of the export's keys, which is the order of the cache's
columns (app.store.affiliates.FIELDS without cached_at): see `Values`.
"""

from __future__ import annotations

import json
import re

from app.domain.models import Affiliate, PeriodKind
from app.platform.dto import affiliate_from_json
from app.platform.errors import ContractError
from app.store.affiliates import FIELDS, row_of

# The keys of an affiliate line, in the platform's order (the values of `Values` follow it).
KEYS = (
    "membership_no",
    "ppr",
    "cin",
    "last_name_lat",
    "first_name_lat",
    "last_name_ar",
    "first_name_ar",
    "sex",
    "birth_date",
    "hire_date",
    "grade",
    "corps",
    "collectivity_id",
    "status",
    "periods",
    "updated_at",
    "reference_salary",
)
# A checked affiliate: the values of KEYS as text: strings decoded, periods as compact JSON,
# the salary as its JSON text (digits, or "null").
Values = tuple[str, ...]
_CACHED_AT = FIELDS.index("cached_at")  # not in a line: the store adds it

_CHARS = r'[^"\\\x00-\x1f]'
_ESCAPE = r'\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4})'
_BODY = rf"{_CHARS}*+(?:{_ESCAPE}{_CHARS}*+)*+"
_TEXT = rf'"({_BODY})"'
_FILLED = rf'"((?!"){_BODY})"'
# A valid Gregorian date (year 0001 to 9999, leap years included): exactly what
# date.fromisoformat accepts in this shape, so no date is parsed in Python.
_YMD = (
    r"(?!0000)(?:[0-9]{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12][0-9]|3[01])"
    r"|(?:0[469]|11)-(?:0[1-9]|[12][0-9]|30)|02-(?:0[1-9]|1[0-9]|2[0-8]))"
    r"|(?:[0-9][0-9](?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29)"
)
_DATE = f'"(?:{_YMD})"'
_DATE_GROUP = f'"({_YMD})"'
_KINDS = "|".join(re.escape(str(k)) for k in PeriodKind)
_PERIOD = rf'\{{"start":{_DATE},"end":(?:null|{_DATE}),"kind":"(?:{_KINDS})"\}}'
# A date-time with a time zone that parse_instant accepts (seconds, optional milli- or
# microseconds; Z or an offset).
_HOUR, _MIN = "(?:[01][0-9]|2[0-3])", "[0-5][0-9]"
_INSTANT = (
    f'"((?:{_YMD})T{_HOUR}:{_MIN}:{_MIN}(?:\\.[0-9]{{3}}|\\.[0-9]{{6}})?(?:Z|[+-]{_HOUR}:{_MIN}))"'
)
_VALUE = {
    "membership_no": _FILLED,
    "ppr": _FILLED,
    "cin": _FILLED,
    "sex": '"([MF])"',
    "birth_date": _DATE_GROUP,
    "hire_date": _DATE_GROUP,
    "collectivity_id": _FILLED,
    "periods": rf"(\[(?:{_PERIOD}(?:,{_PERIOD})*)?\])",
    "updated_at": _INSTANT,
    "reference_salary": "(null|0|[1-9][0-9]{0,14})",
}
_LAYOUT = re.compile(
    "\\{" + ",".join(f'"{k}":{_VALUE.get(k, _TEXT)}' for k in KEYS) + "\\}"
)  # one group per key, in KEYS order


def _unescape(body: str) -> str:
    text = str(json.loads(f'"{body}"'))
    text.encode("utf-8")  # UnicodeError on a lone surrogate: SQLite could not store it
    return text


def fast_values(line: str) -> Values | None:
    """The values of a valid affiliate line in the platform's layout; None for any other line
    (which may still be valid: `values` then asks the exact parser)."""
    m = _LAYOUT.fullmatch(line)
    if m is None:
        return None
    g: Values = m.groups()
    if "\\" in line:  # an escape inside a text value: decode it (rare)
        try:
            return tuple(_unescape(x) if "\\" in x else x for x in g)
        except UnicodeError:
            return None  # (a lone surrogate: the exact path names the line)
    return g


def fast_ok(line: str) -> bool:
    """True when the line is an affiliate in the platform's layout with valid dates."""
    return fast_values(line) is not None


def _from_affiliate(a: Affiliate) -> Values:
    """The text values of a line that took the exact path, as the fast path captures them."""
    row = list(row_of(a, cached_at=""))
    del row[_CACHED_AT]
    salary = row[-1]
    row[-1] = "null" if salary is None else str(salary)
    return tuple(str(v) for v in row)


def values(line: str, number: int) -> Values:
    """The values of an affiliate line; ContractError (naming the line and field, never a
    value) when it breaks the contract."""
    fast = fast_values(line)
    if fast is not None:
        return fast
    what = f"export line {number}"
    try:
        value = json.loads(line)
    except ValueError:
        raise ContractError(
            f"platform answer does not match the contract: {what} is not JSON"
        ) from None
    out = _from_affiliate(affiliate_from_json(value, what))
    try:
        "".join(out).encode("utf-8")
    except UnicodeError:
        raise ContractError(
            f"platform answer does not match the contract: {what} is not valid Unicode text"
        ) from None
    return out
