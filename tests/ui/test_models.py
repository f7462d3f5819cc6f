"""The table models under pytest-qt's model tester."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester

from app.domain.models import Affiliate, Document, Dossier, DossierState, DossierType, Sex
from app.store.jobs import Job
from app.ui.adapters import DossierRow, JobRow
from app.ui.models.affiliates import AffiliatesModel
from app.ui.models.dossiers import DossiersModel
from app.ui.models.jobs import JobsModel
from app.ui.models.rows import ROW_ROLE

pytestmark = pytest.mark.gui


def affiliate(n: int) -> Affiliate:
    return Affiliate(
        membership_no=f"10000000{n}",
        ppr=f"12345{n}",
        cin=f"AB12345{n}",
        last_name_lat="Alaoui",
        first_name_lat="Fatima",
        last_name_ar="العلوي",
        first_name_ar="فاطمة",
        sex=Sex.FEMALE,
        birth_date=date(1964, 3, n % 28 + 1),
        hire_date=date(1988, 9, 1),
        grade="Administrateur 2e grade",
        corps="administrateur",
        collectivity_id="COM-1",
    )


def dossier(n: int, state: DossierState) -> Dossier:
    return Dossier(
        id=f"d{n}",
        affiliate_membership_no=f"10000000{n}",
        type=DossierType.AGE_LIMIT,
        state=state,
        created_by="prep",
        created_at=datetime(2026, 1, n % 28 + 1, tzinfo=UTC),
        collectivity_id="COM-1",
        idempotency_key=f"k{n}",
        documents=[Document(n, f"d{n}", "cin_copy", "cin.pdf", "0" * 64, 1000)],
    )


def job(n: int, kind: str, state: str) -> Job:
    return Job(
        n,
        "d1",
        kind,
        1 if kind == "upload" else None,
        state,
        n,
        "2026-01-01T00:00:00+00:00",
        None,
        500 * n,
        2000 if kind == "upload" else 0,
        "offline" if state == "pending" else None,
    )


def test_affiliates_model(qtmodeltester: ModelTester) -> None:
    model = AffiliatesModel()
    model.set_rows([affiliate(n) for n in range(4)])
    qtmodeltester.check(model, force_py=True)
    assert model.index(0, 2).data() == "AB****50"  # the CIN is masked in lists
    assert model.index(1, 0).data(ROW_ROLE).membership_no == "100000001"
    model.set_rows([])
    qtmodeltester.check(model, force_py=True)


def test_dossiers_model(qtmodeltester: ModelTester) -> None:
    model = DossiersModel("ar", {"age_limit": "حد السن"})
    model.set_rows(
        [DossierRow(dossier(n, s), affiliate(n)) for n, s in enumerate(DossierState)]
        + [DossierRow(dossier(99, DossierState.DRAFT), None)]
    )
    qtmodeltester.check(model, force_py=True)
    assert model.index(0, 0).data() == "فاطمة العلوي"  # the Arabic name in Arabic
    assert model.index(0, 2).data() == "حد السن"
    assert model.index(0, 3).data(Qt.ItemDataRole.BackgroundRole) is not None


def test_jobs_model_follows_a_transfer(qtmodeltester: ModelTester) -> None:
    model = JobsModel("fr")
    model.set_rows(
        [
            JobRow(job(1, "create", "done"), affiliate(1), "100000001", ""),
            JobRow(job(2, "upload", "pending"), affiliate(1), "100000001", "cin.pdf"),
            JobRow(job(3, "submit", "pending"), None, "100000001", ""),
        ]
    )
    qtmodeltester.check(model, force_py=True)
    changed: list[int] = []
    model.dataChanged.connect(lambda top, _bottom: changed.append(top.row()))
    model.show_transfer("cin.pdf", 1500, 2000)
    assert changed == [1]
    assert "75" in model.index(1, 3).data()
    assert model.index(2, 0).data() == "100000001"  # unknown affiliate: its number
    qtmodeltester.check(model, force_py=True)
