"""Pure domain records. No I/O, no Qt, no clock reads."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum


class Sex(StrEnum):
    MALE = "M"
    FEMALE = "F"


class Role(StrEnum):
    PREPARER = "preparer"
    CERTIFIER = "certifier"
    ADMIN = "admin"  # the collectivity's designated responsible
    KIOSK = "kiosk"


class IdentifierKind(StrEnum):
    MEMBERSHIP = "membership"  # the fund's membership (affiliation) number
    PPR = "ppr"  # payroll number
    CIN = "cin"  # national identity card number


class PeriodKind(StrEnum):
    EFFECTIVE = "effective"
    INTERRUPTION = "interruption"
    VALIDATED = "validated"  # validated prior services


@dataclass(frozen=True, slots=True)
class ServicePeriod:
    start: date
    end: date | None  # None: still running
    kind: PeriodKind = PeriodKind.EFFECTIVE


@dataclass(frozen=True, slots=True)
class Affiliate:
    membership_no: str
    ppr: str
    cin: str
    last_name_lat: str
    first_name_lat: str
    last_name_ar: str
    first_name_ar: str
    sex: Sex
    birth_date: date
    hire_date: date
    grade: str
    corps: str  # body; sets the age limit
    collectivity_id: str
    status: str = "active"
    periods: tuple[ServicePeriod, ...] = ()
    updated_at: str = ""  # platform's change stamp (ISO 8601)
    # Monthly reference salary in whole dirhams, for pension estimates (fictional in the sandbox);
    # None when the platform does not send it (the officer may type one in).
    reference_salary: int | None = None

    @property
    def full_name_lat(self) -> str:
        return f"{self.first_name_lat} {self.last_name_lat}".strip()

    @property
    def full_name_ar(self) -> str:
        return f"{self.first_name_ar} {self.last_name_ar}".strip()


# Fields of an affiliate's record an officer may ask the fund to correct, in the order shown.
# The platform contract and the sandbox use the same list.
CORRECTABLE_FIELDS: tuple[str, ...] = (
    "last_name_lat",
    "first_name_lat",
    "last_name_ar",
    "first_name_ar",
    "sex",
    "birth_date",
    "hire_date",
    "grade",
    "corps",
    "cin",
    "ppr",
    "status",
    "periods",
    "reference_salary",
)


class DossierType(StrEnum):
    AGE_LIMIT = "age_limit"
    EARLY = "early"
    INVALIDITY = "invalidity"
    DEATH_IN_SERVICE = "death_in_service"
    REFUND = "refund"
    COMPLEMENTARY = "complementary"


class DossierState(StrEnum):
    DRAFT = "draft"
    COMPLETE = "complete"
    SIGNED = "signed"
    CERTIFIED = "certified"
    QUEUED = "queued"
    UPLOADING = "uploading"
    SUBMITTED = "submitted"
    UNDER_REVIEW = "under_review"
    DOCUMENTS_REQUESTED = "documents_requested"
    LIQUIDATED = "liquidated"
    REJECTED = "rejected"
    WITHDRAWN = "withdrawn"


@dataclass(frozen=True, slots=True)
class ChecklistItemSpec:
    """One entry of a dossier type's checklist, as declared by the fund profile."""

    code: str
    label: dict[str, str]  # language code ("fr", "ar", "en") -> label
    required: bool = True
    when: str | None = None  # condition on the dossier's facts, e.g. "married" or "not married"
    per: str | None = None  # repeated once per counted person, e.g. "widows" or "orphans"
    note: dict[str, str] = field(default_factory=dict)  # e.g. why a line is there (by language)

    def label_for(self, lang: str) -> str:
        return self.label.get(lang) or self.label.get("fr") or self.code


@dataclass(frozen=True, slots=True)
class Document:
    """A file attached to a checklist item; blobs are addressed by SHA-256."""

    id: int
    dossier_id: str
    item_code: str
    filename: str
    original_sha256: str
    size: int
    signed_sha256: str | None = None
    signature_report: str | None = None  # JSON text of the verification report
    remote_id: str | None = None


@dataclass(slots=True)
class Dossier:
    id: str
    affiliate_membership_no: str
    type: DossierType
    state: DossierState
    created_by: str
    created_at: datetime
    collectivity_id: str
    idempotency_key: str
    certified_by: str | None = None
    return_comment: str | None = None
    remote_id: str | None = None
    remote_stage: str | None = None
    documents: list[Document] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class Account:
    id: str
    display_name: str
    role: Role
    collectivity_id: str
