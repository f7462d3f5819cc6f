"""Typed records of the platform's answers, and strict parsers for its JSON.

Every parser raises ContractError when the payload does not match the contract
(resources/openapi/platform.yaml). Error messages name fields, never their values (they may be
personal data).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from enum import StrEnum
from typing import Any, TypeVar

from app.domain.models import (
    Account,
    Affiliate,
    DossierType,
    PeriodKind,
    Role,
    ServicePeriod,
    Sex,
)
from app.platform.errors import ContractError

E = TypeVar("E", bound=StrEnum)
T = TypeVar("T")


class Stage(StrEnum):
    """A dossier's stage at the fund."""

    DRAFT = "draft"
    RECEIVED = "received"
    UNDER_REVIEW = "under_review"
    DOCUMENTS_REQUESTED = "documents_requested"
    LIQUIDATED = "liquidated"
    REJECTED = "rejected"


@dataclass(frozen=True, slots=True)
class HealthInfo:
    status: str
    version: str


@dataclass(frozen=True, slots=True)
class SessionInfo:
    token: str = field(repr=False)  # a secret: kept out of repr and logs
    expires_at: str  # ISO 8601 UTC, as sent by the platform (checked to parse)
    account: Account
    collectivity_name: str

    @property
    def expires(self) -> datetime:
        return parse_instant(self.expires_at)


@dataclass(frozen=True, slots=True)
class AffiliatePage:
    items: tuple[Affiliate, ...]
    next_cursor: str  # opaque; pass it back to get the next page or later changes
    has_more: bool


@dataclass(frozen=True, slots=True)
class CorrectionStatus:
    """A data-correction request at the fund, and its answer once given."""

    id: str
    state: str  # "received" | "answered"
    answer: str | None
    answered_at: str | None
    decision: str | None = None  # "accepted" | "refused" once answered (absent: not said)


def parse_correction(value: Any) -> CorrectionStatus:
    what = "correction"
    d = as_object(value, what)
    state = _str(d, "state", what)
    if state not in ("received", "answered"):
        raise _fail(f"{what}.state is not a known state")
    answer, answered_at = d.get("answer"), d.get("answered_at")
    if answer is not None and not isinstance(answer, str):
        raise _fail(f"{what}.answer is neither text nor null")
    if answered_at is not None:
        _instant(d, "answered_at", what)
    decision = d.get("decision")
    if decision not in (None, "accepted", "refused"):
        raise _fail(f"{what}.decision is not a known decision")
    return CorrectionStatus(_str(d, "id", what, empty=False), state, answer, answered_at, decision)


@dataclass(frozen=True, slots=True)
class StageEvent:
    stage: Stage
    at: datetime
    note: str


@dataclass(frozen=True, slots=True)
class DocumentRequest:
    item_code: str
    reason: str
    requested_at: datetime


@dataclass(frozen=True, slots=True)
class RemoteDocument:
    document_id: str
    item_code: str
    filename: str
    sha256: str


@dataclass(frozen=True, slots=True)
class DossierStatus:
    id: str
    type: DossierType
    membership_no: str
    local_reference: str
    stage: Stage
    history: tuple[StageEvent, ...] = ()
    requests: tuple[DocumentRequest, ...] = ()
    documents: tuple[RemoteDocument, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """The contract's JSON form (what `parse_dossier_status` reads)."""
        return {
            "id": self.id,
            "type": str(self.type),
            "membership_no": self.membership_no,
            "local_reference": self.local_reference,
            "stage": str(self.stage),
            "history": [
                {"stage": str(e.stage), "at": format_instant(e.at), "note": e.note}
                for e in self.history
            ],
            "requests": [
                {
                    "item_code": r.item_code,
                    "reason": r.reason,
                    "requested_at": format_instant(r.requested_at),
                }
                for r in self.requests
            ],
            "documents": [
                {
                    "document_id": d.document_id,
                    "item_code": d.item_code,
                    "filename": d.filename,
                    "sha256": d.sha256,
                }
                for d in self.documents
            ],
        }

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, sort_keys=True)


# -- primitive readers ---------------------------------------------------------------------------
def _fail(what: str) -> ContractError:
    return ContractError(f"platform answer does not match the contract: {what}")


def as_object(value: Any, what: str = "body") -> dict[str, Any]:
    if not isinstance(value, dict):
        raise _fail(f"{what} is not a JSON object")
    return value


def _get(d: Mapping[str, Any], key: str, what: str) -> Any:
    if key not in d:
        raise _fail(f"{what}.{key} is missing")
    return d[key]


def _str(d: Mapping[str, Any], key: str, what: str, *, empty: bool = True) -> str:
    v = _get(d, key, what)
    if not isinstance(v, str) or (not empty and not v):
        raise _fail(f"{what}.{key} is not a {'non-empty ' if not empty else ''}string")
    return v


def _bool(d: Mapping[str, Any], key: str, what: str) -> bool:
    v = _get(d, key, what)
    if not isinstance(v, bool):
        raise _fail(f"{what}.{key} is not a boolean")
    return v


def _list(d: Mapping[str, Any], key: str, what: str) -> list[Any]:
    v = _get(d, key, what)
    if not isinstance(v, list):
        raise _fail(f"{what}.{key} is not a list")
    return v


def _enum(cls: type[E], d: Mapping[str, Any], key: str, what: str) -> E:
    v = _str(d, key, what)
    try:
        return cls(v)
    except ValueError:
        raise _fail(f"{what}.{key} is not one of the contract's values") from None


def _date(d: Mapping[str, Any], key: str, what: str) -> date:
    v = _str(d, key, what)
    try:
        return date.fromisoformat(v)
    except ValueError:
        raise _fail(f"{what}.{key} is not an ISO date") from None


def parse_instant(text: str) -> datetime:
    """An ISO 8601 date-time with a time zone, as an aware UTC datetime (ValueError if not)."""
    at = datetime.fromisoformat(text)
    if at.tzinfo is None:
        raise ValueError("date-time without a time zone")
    return at.astimezone(UTC)


def format_instant(at: datetime) -> str:
    return at.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _instant(d: Mapping[str, Any], key: str, what: str) -> datetime:
    v = _str(d, key, what)
    try:
        return parse_instant(v)
    except ValueError:
        raise _fail(f"{what}.{key} is not an ISO date-time with a time zone") from None


def _items(
    d: Mapping[str, Any], key: str, what: str, parse: Callable[[Any, str], T]
) -> tuple[T, ...]:
    return tuple(parse(x, f"{what}.{key}[{i}]") for i, x in enumerate(_list(d, key, what)))


# -- records ---------------------------------------------------------------------------------------
def parse_health(value: Any) -> HealthInfo:
    d = as_object(value, "health")
    return HealthInfo(_str(d, "status", "health"), _str(d, "version", "health"))


def parse_account(value: Any, what: str = "account") -> tuple[Account, str]:
    """An account and its collectivity's name."""
    d = as_object(value, what)
    account = Account(
        id=_str(d, "id", what, empty=False),
        display_name=_str(d, "display_name", what),
        role=_enum(Role, d, "role", what),
        collectivity_id=_str(d, "collectivity_id", what, empty=False),
    )
    return account, _str(d, "collectivity_name", what)


def parse_session(value: Any) -> SessionInfo:
    d = as_object(value, "session")
    expires_at = _str(d, "expires_at", "session")
    try:
        parse_instant(expires_at)
    except ValueError:
        raise _fail("session.expires_at is not an ISO date-time with a time zone") from None
    account, collectivity_name = parse_account(_get(d, "account", "session"), "session.account")
    return SessionInfo(
        token=_str(d, "token", "session", empty=False),
        expires_at=expires_at,
        account=account,
        collectivity_name=collectivity_name,
    )


def _period(value: Any, what: str) -> ServicePeriod:
    d = as_object(value, what)
    end = _get(d, "end", what)
    if end is not None and not isinstance(end, str):
        raise _fail(f"{what}.end is neither a date nor null")
    return ServicePeriod(
        start=_date(d, "start", what),
        end=_date(d, "end", what) if end is not None else None,
        kind=_enum(PeriodKind, d, "kind", what),
    )


def affiliate_from_json(value: Any, what: str = "affiliate") -> Affiliate:
    d = as_object(value, what)
    updated_at = _str(d, "updated_at", what)
    try:
        parse_instant(updated_at)
    except ValueError:
        raise _fail(f"{what}.updated_at is not an ISO date-time with a time zone") from None
    return Affiliate(
        membership_no=_str(d, "membership_no", what, empty=False),
        ppr=_str(d, "ppr", what, empty=False),
        cin=_str(d, "cin", what, empty=False),
        last_name_lat=_str(d, "last_name_lat", what),
        first_name_lat=_str(d, "first_name_lat", what),
        last_name_ar=_str(d, "last_name_ar", what),
        first_name_ar=_str(d, "first_name_ar", what),
        sex=_enum(Sex, d, "sex", what),
        birth_date=_date(d, "birth_date", what),
        hire_date=_date(d, "hire_date", what),
        grade=_str(d, "grade", what),
        corps=_str(d, "corps", what),
        collectivity_id=_str(d, "collectivity_id", what, empty=False),
        status=_str(d, "status", what),
        periods=_items(d, "periods", what, _period),
        updated_at=updated_at,
        reference_salary=_optional_salary(d, what),
    )


def _optional_salary(d: Mapping[str, Any], what: str) -> int | None:
    value = d.get("reference_salary")
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise _fail(f"{what}.reference_salary is not a non-negative whole number")
    return value


def affiliate_to_json(a: Affiliate) -> dict[str, Any]:
    return {
        "membership_no": a.membership_no,
        "ppr": a.ppr,
        "cin": a.cin,
        "last_name_lat": a.last_name_lat,
        "first_name_lat": a.first_name_lat,
        "last_name_ar": a.last_name_ar,
        "first_name_ar": a.first_name_ar,
        "sex": str(a.sex),
        "birth_date": a.birth_date.isoformat(),
        "hire_date": a.hire_date.isoformat(),
        "grade": a.grade,
        "corps": a.corps,
        "collectivity_id": a.collectivity_id,
        "status": a.status,
        "periods": [
            {
                "start": p.start.isoformat(),
                "end": p.end.isoformat() if p.end is not None else None,
                "kind": str(p.kind),
            }
            for p in a.periods
        ],
        "updated_at": a.updated_at,
        **({"reference_salary": a.reference_salary} if a.reference_salary is not None else {}),
    }


def parse_affiliate_page(value: Any) -> AffiliatePage:
    d = as_object(value, "page")
    return AffiliatePage(
        items=_items(d, "items", "page", affiliate_from_json),
        next_cursor=_str(d, "next_cursor", "page", empty=False),
        has_more=_bool(d, "has_more", "page"),
    )


def _event(value: Any, what: str) -> StageEvent:
    d = as_object(value, what)
    return StageEvent(
        _enum(Stage, d, "stage", what), _instant(d, "at", what), _str(d, "note", what)
    )


def _request(value: Any, what: str) -> DocumentRequest:
    d = as_object(value, what)
    return DocumentRequest(
        _str(d, "item_code", what, empty=False),
        _str(d, "reason", what),
        _instant(d, "requested_at", what),
    )


def _document(value: Any, what: str) -> RemoteDocument:
    d = as_object(value, what)
    return RemoteDocument(
        _str(d, "document_id", what, empty=False),
        _str(d, "item_code", what, empty=False),
        _str(d, "filename", what),
        _str(d, "sha256", what, empty=False),
    )


def parse_dossier_status(value: Any) -> DossierStatus:
    what = "dossier"
    d = as_object(value, what)
    return DossierStatus(
        id=_str(d, "id", what, empty=False),
        type=_enum(DossierType, d, "type", what),
        membership_no=_str(d, "membership_no", what, empty=False),
        local_reference=_str(d, "local_reference", what),
        stage=_enum(Stage, d, "stage", what),
        history=_items(d, "history", what, _event),
        requests=_items(d, "requests", what, _request),
        documents=_items(d, "documents", what, _document),
    )


def parse_document_id(value: Any) -> str:
    return _str(as_object(value, "document"), "document_id", "document", empty=False)


def parse_clock(value: Any) -> datetime:
    return _instant(as_object(value, "clock"), "now", "clock")


def parse_accounts(value: Any) -> list[tuple[Account, str]]:
    d = as_object(value, "accounts")
    return list(_items(d, "items", "accounts", parse_account))


def parse_problem(value: Any) -> tuple[str | None, str | None]:
    """(code, detail) of a problem+json body, or Nones when it is not one."""
    if not isinstance(value, dict):
        return None, None
    code = value.get("code")
    detail = value.get("detail")
    return (
        code if isinstance(code, str) and code else None,
        detail if isinstance(detail, str) and detail else None,
    )
