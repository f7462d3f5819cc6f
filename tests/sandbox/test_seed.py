"""The sandbox's fictional data: deterministic, unique identifiers, plausible careers."""

from __future__ import annotations

import re
import sqlite3
from collections import Counter
from datetime import date
from pathlib import Path

from app.domain.models import Affiliate, PeriodKind, Sex
from app.domain.rules import add_months
from app.platform.dto import affiliate_to_json
from app.sandbox.seed import (
    DEMO_COMMUNE,
    OTHER_COMMUNE,
    REFERENCE_DATE,
    SEED_ACCOUNTS,
    generate_affiliates,
    sandbox_password,
)
from app.sandbox.server import start_in_thread

from .conftest import Api

ARABIC = re.compile(r"[\u0600-\u06FF]")


def _age_on(birth: date, day: date) -> float:
    return (day - birth).days / 365.25


def test_same_count_same_data_and_a_larger_count_extends_a_smaller_one() -> None:
    first = list(generate_affiliates(DEMO_COMMUNE, 300))
    assert first == list(generate_affiliates(DEMO_COMMUNE, 300))
    assert first[:120] == list(generate_affiliates(DEMO_COMMUNE, 120))
    assert list(generate_affiliates(OTHER_COMMUNE, 20)) == list(
        generate_affiliates(OTHER_COMMUNE, 20)
    )


def test_identifiers_are_unique_and_well_formed() -> None:
    people = [*generate_affiliates(DEMO_COMMUNE, 5000), *generate_affiliates(OTHER_COMMUNE, 20)]
    for field, pattern in (
        ("membership_no", r"^[1-9][0-9]{8}$"),
        ("ppr", r"^[1-9][0-9]{6}$"),
        ("cin", r"^[A-Z]{1,2}[1-9][0-9]{5}$"),
    ):
        values = [getattr(a, field) for a in people]
        assert len(set(values)) == len(values), field
        assert all(re.match(pattern, v) for v in values), field
    # Some membership numbers end in 7 (their dossiers get a document request), most do not.
    sevens = sum(a.membership_no.endswith("7") for a in people) / len(people)
    assert 0.05 < sevens < 0.15


def test_careers_are_plausible() -> None:
    people = list(generate_affiliates(DEMO_COMMUNE, 5000))
    n = len(people)
    assert all(1962 <= a.birth_date.year <= 2000 for a in people)
    assert all(20 <= _age_on(a.birth_date, a.hire_date) <= 35.01 for a in people)
    assert all(a.hire_date < REFERENCE_DATE for a in people)
    sexes = Counter(a.sex for a in people)
    assert sexes[Sex.FEMALE] > 0.35 * n and sexes[Sex.MALE] > 0.45 * n
    corps = Counter(a.corps for a in people)
    for expected in ("administrateur", "technicien", "ingenieur", "enseignant_chercheur"):
        assert corps[expected] > 0, expected
    assert corps["enseignant_chercheur"] < 0.03 * n  # rare
    assert all(a.grade for a in people)

    interrupted = [a for a in people if any(p.kind is PeriodKind.INTERRUPTION for p in a.periods)]
    assert 0.05 * n < len(interrupted) < 0.12 * n
    for a in interrupted:
        [gap] = [p for p in a.periods if p.kind is PeriodKind.INTERRUPTION]
        assert gap.end is not None and a.hire_date < gap.start < gap.end <= REFERENCE_DATE
    validated = [a for a in people if any(p.kind is PeriodKind.VALIDATED for p in a.periods)]
    assert 0.05 * n < len(validated) < 0.2 * n
    for a in validated:
        [prior] = [p for p in a.periods if p.kind is PeriodKind.VALIDATED]
        assert prior.end is not None and prior.start < prior.end < a.hire_date
        assert _age_on(a.birth_date, prior.start) >= 18
    for a in people:
        [running] = [p for p in a.periods if p.kind is PeriodKind.EFFECTIVE]
        assert running.start == a.hire_date and running.end is None


def test_near_retirees_are_in_the_demo() -> None:
    def near(a: Affiliate) -> bool:  # reaches 63 within 19 months of 2026-12-01
        return date(2026, 12, 1) <= add_months(a.birth_date, 63 * 12) <= date(2028, 6, 30)

    demo = list(generate_affiliates(DEMO_COMMUNE, 200))
    assert sum(near(a) for a in demo) >= 8
    assert near(demo[0])
    # Nobody in active service is already past the age limit.
    assert all(add_months(a.birth_date, 63 * 12) >= date(2026, 12, 1) for a in demo)


def test_names_are_composed_in_both_scripts() -> None:
    people = list(generate_affiliates(DEMO_COMMUNE, 2000))
    for a in people[:200]:
        assert a.first_name_lat and a.last_name_lat
        assert ARABIC.search(a.first_name_ar) and ARABIC.search(a.last_name_ar)
        assert not ARABIC.search(a.full_name_lat)
    assert any(a.first_name_lat == "Fatima Zahra" for a in people)
    pairs = Counter((a.first_name_lat, a.last_name_lat) for a in people)
    assert len(pairs) > 0.7 * len(people)  # combinations, not a few repeated people


def test_the_sandbox_serves_exactly_the_seed(tmp_path: Path) -> None:
    pages = []
    for name in ("one", "two"):  # two sandboxes, same count: the same data
        with start_in_thread(tmp_path / name, affiliates=25) as sandbox:
            api = Api(sandbox.base_url, "demo.kiosk")
            pages.append(api.get("/affiliates", params={"limit": 1000}).json()["items"])
            api.close()
    expected = [affiliate_to_json(a) for a in generate_affiliates(DEMO_COMMUNE, 25)]
    assert pages[0] == pages[1] == expected


def test_seeding_happens_once_and_survives_restarts(tmp_path: Path) -> None:
    data = tmp_path / "data"
    with start_in_thread(data, affiliates=12) as sandbox:
        api = Api(sandbox.base_url, "demo.preparer")
        dossier = api.new_dossier("restart-key")
        clock = api.post("/sandbox/clock/advance", json={"seconds": 7200}).json()["now"]
        api.close()
    with start_in_thread(data, affiliates=99) as sandbox:  # the count of a later start is ignored
        api = Api(sandbox.base_url, "demo.preparer")
        items = api.get("/affiliates", params={"limit": 1000}).json()["items"]
        assert len(items) == 12
        assert api.get(f"/dossiers/{dossier['id']}").json()["id"] == dossier["id"]
        assert api.get("/sandbox/clock").json()["now"] >= clock  # the offset was kept
        api.close()
    with sqlite3.connect(data / "sandbox.sqlite") as db:
        count = db.execute("SELECT count(*) FROM affiliates").fetchone()[0]
    db.close()
    assert count == 12 + 20


def test_accounts_are_seeded_with_hashed_passwords(tmp_path: Path) -> None:
    data = tmp_path / "data"
    with start_in_thread(data, affiliates=1):
        pass
    with sqlite3.connect(data / "sandbox.sqlite") as db:
        rows = db.execute(
            "SELECT id, role, collectivity_id, password_hash FROM accounts"
        ).fetchall()
    db.close()
    assert {(r[0], r[1], r[2]) for r in rows} == {
        ("demo.admin", "admin", "COM-DEMO-01"),
        ("demo.preparer", "preparer", "COM-DEMO-01"),
        ("demo.certifier", "certifier", "COM-DEMO-01"),
        ("demo.kiosk", "kiosk", "COM-DEMO-01"),
        ("other.preparer", "preparer", "COM-DEMO-02"),
        ("other.certifier", "certifier", "COM-DEMO-02"),
    }
    for account_id, _, _, stored in rows:
        assert stored.startswith("scrypt$")
        assert sandbox_password(account_id) not in stored
    assert [a.password for a in SEED_ACCOUNTS][:2] == ["demo-admin-2026", "demo-preparer-2026"]
