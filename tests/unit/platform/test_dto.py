"""Parsing the platform's JSON into typed records, and affiliates back into JSON."""

from __future__ import annotations

import copy
import json
from datetime import UTC, date, datetime
from typing import Any

import pytest

from app.domain.models import Affiliate, DossierType, PeriodKind, ServicePeriod, Sex
from app.platform import dto
from app.platform.errors import ContractError

AFFILIATE: dict[str, Any] = {
    "membership_no": "123456787",
    "ppr": "1234567",
    "cin": "AB123456",
    "last_name_lat": "Alaoui",
    "first_name_lat": "Fatima Zahra",
    "last_name_ar": "العلوي",
    "first_name_ar": "فاطمة الزهراء",
    "sex": "F",
    "birth_date": "1963-05-02",
    "hire_date": "1988-09-01",
    "grade": "Administrateur 1er grade",
    "corps": "administrateur",
    "collectivity_id": "COM-DEMO-01",
    "status": "active",
    "periods": [
        {"start": "1985-09-01", "end": "1988-08-31", "kind": "validated"},
        {"start": "1988-09-01", "end": None, "kind": "effective"},
        {"start": "1999-01-01", "end": "2000-06-30", "kind": "interruption"},
    ],
    "updated_at": "2026-01-01T00:00:00Z",
}

DOSSIER: dict[str, Any] = {
    "id": "DOS-1",
    "type": "age_limit",
    "membership_no": "123456787",
    "local_reference": "L-1",
    "stage": "documents_requested",
    "history": [
        {"stage": "draft", "at": "2026-01-01T08:00:00Z", "note": "Dossier créé."},
        {"stage": "received", "at": "2026-01-01T09:00:00Z", "note": "Reçu."},
    ],
    "requests": [
        {
            "item_code": "birth_certificate",
            "reason": "Acte.",
            "requested_at": "2026-01-03T09:00:00Z",
        }
    ],
    "documents": [
        {"document_id": "DOC-1", "item_code": "cin_copy", "filename": "cin.pdf", "sha256": "a" * 64}
    ],
}


def test_affiliate_from_and_to_json() -> None:
    a = dto.affiliate_from_json(AFFILIATE)
    assert a == Affiliate(
        membership_no="123456787",
        ppr="1234567",
        cin="AB123456",
        last_name_lat="Alaoui",
        first_name_lat="Fatima Zahra",
        last_name_ar="العلوي",
        first_name_ar="فاطمة الزهراء",
        sex=Sex.FEMALE,
        birth_date=date(1963, 5, 2),
        hire_date=date(1988, 9, 1),
        grade="Administrateur 1er grade",
        corps="administrateur",
        collectivity_id="COM-DEMO-01",
        status="active",
        periods=(
            ServicePeriod(date(1985, 9, 1), date(1988, 8, 31), PeriodKind.VALIDATED),
            ServicePeriod(date(1988, 9, 1), None, PeriodKind.EFFECTIVE),
            ServicePeriod(date(1999, 1, 1), date(2000, 6, 30), PeriodKind.INTERRUPTION),
        ),
        updated_at="2026-01-01T00:00:00Z",
    )
    assert dto.affiliate_to_json(a) == AFFILIATE


@pytest.mark.parametrize(
    ("change", "field"),
    [
        (lambda d: d.pop("cin"), "affiliate.cin is missing"),
        (lambda d: d.update(sex="X"), "affiliate.sex"),
        (lambda d: d.update(birth_date="02/05/1963"), "affiliate.birth_date"),
        (lambda d: d.update(updated_at="2026-01-01T00:00:00"), "affiliate.updated_at"),
        (lambda d: d.update(periods={}), "affiliate.periods"),
        (lambda d: d["periods"][1].update(end=5), "affiliate.periods[1].end"),
        (lambda d: d["periods"][0].update(kind="holiday"), "affiliate.periods[0].kind"),
        (lambda d: d.update(membership_no=123456787), "affiliate.membership_no"),
    ],
)
def test_bad_affiliates_are_contract_errors(change: Any, field: str) -> None:
    payload = copy.deepcopy(AFFILIATE)
    change(payload)
    with pytest.raises(ContractError) as caught:
        dto.affiliate_from_json(payload)
    assert field in str(caught.value)
    # Field names only: values may be personal data.
    assert "AB123456" not in str(caught.value) and "1963" not in str(caught.value)


def test_dossier_status_round_trip() -> None:
    status = dto.parse_dossier_status(DOSSIER)
    assert status.type is DossierType.AGE_LIMIT
    assert status.stage is dto.Stage.DOCUMENTS_REQUESTED
    assert status.history[1].at == datetime(2026, 1, 1, 9, tzinfo=UTC)
    assert status.requests[0].requested_at.tzinfo is not None
    assert status.to_dict() == DOSSIER
    assert dto.parse_dossier_status(json.loads(status.to_json())) == status


def test_instants_are_converted_to_utc() -> None:
    payload = copy.deepcopy(DOSSIER)
    payload["history"][0]["at"] = "2026-01-01T09:00:00+01:00"
    status = dto.parse_dossier_status(payload)
    assert status.history[0].at == datetime(2026, 1, 1, 8, tzinfo=UTC)


def test_session_keeps_its_token_out_of_repr() -> None:
    info = dto.parse_session(
        {
            "token": "s3cr3t-token-value",
            "expires_at": "2026-01-01T20:00:00Z",
            "account": {
                "id": "demo.admin",
                "display_name": "R",
                "role": "admin",
                "collectivity_id": "C",
                "collectivity_name": "Commune",
            },
        }
    )
    assert "s3cr3t" not in repr(info)
    assert info.expires == datetime(2026, 1, 1, 20, tzinfo=UTC)
    with pytest.raises(ContractError, match=r"session\.account\.role"):
        dto.parse_session(
            {
                "token": "t",
                "expires_at": "2026-01-01T20:00:00Z",
                "account": {
                    "id": "a",
                    "display_name": "",
                    "role": "boss",
                    "collectivity_id": "C",
                    "collectivity_name": "",
                },
            }
        )


def test_affiliate_page() -> None:
    page = dto.parse_affiliate_page({"items": [AFFILIATE], "next_cursor": "c", "has_more": True})
    assert page.has_more and page.next_cursor == "c" and len(page.items) == 1
    with pytest.raises(ContractError, match=r"page\.has_more"):
        dto.parse_affiliate_page({"items": [], "next_cursor": "c", "has_more": "yes"})


def test_problem_bodies() -> None:
    assert dto.parse_problem({"code": "not_pdf", "detail": "x"}) == ("not_pdf", "x")
    assert dto.parse_problem(["nope"]) == (None, None)
    assert dto.parse_problem({"code": 3}) == (None, None)
