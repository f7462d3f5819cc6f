"""The affiliate cache and its search, on a real SQLite file."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from app.domain.models import Account, Affiliate, IdentifierKind, Role, Sex
from app.sandbox.seed import DEMO_COMMUNE, generate_affiliates
from app.services import affiliates as service
from app.services.context import Context
from app.services.identifiers import classify, malformed
from app.store import affiliates as repo
from app.store import search
from app.store.db import MIGRATIONS, SCHEMA_VERSION, Database, StoreError

NOW = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)
ACTOR = Account("demo.preparer", "Préparateur", Role.PREPARER, DEMO_COMMUNE)


def fictional(**over: object) -> Affiliate:
    base = Affiliate(
        membership_no="100000001",
        ppr="1234567",
        cin="ZZ999999",
        last_name_lat="El Amrani",
        first_name_lat="Youssef",
        last_name_ar="العمراني",
        first_name_ar="يوسف",
        sex=Sex.MALE,
        birth_date=date(1970, 1, 1),
        hire_date=date(1995, 1, 1),
        grade="g",
        corps="administrateur",
        collectivity_id=DEMO_COMMUNE,
    )
    return replace(base, **over)  # type: ignore[arg-type]


@pytest.fixture
def filled(ctx: Context) -> Context:
    with ctx.db.transaction() as c:
        repo.upsert(c, generate_affiliates(DEMO_COMMUNE, 300), NOW)
        repo.upsert(
            c,
            [
                fictional(),
                fictional(
                    membership_no="100000002",
                    ppr="1234568",
                    cin="ZZ999998",
                    last_name_lat="Amrani",
                    first_name_lat="Yusef",
                    last_name_ar="أمراني",
                    first_name_ar="يوسف",
                ),
                fictional(
                    membership_no="100000003",
                    ppr="1234569",
                    cin="ZZ999997",
                    collectivity_id="COM-OTHER",
                ),
            ],
            NOW,
        )
    return ctx


def test_identifiers_tolerate_spaces_dashes_and_case() -> None:
    assert classify(" zz-999 999 ") == (IdentifierKind.CIN, "ZZ999999")
    assert classify("1234-567") == (IdentifierKind.PPR, "1234567")
    assert classify("100 000 001") == (IdentifierKind.MEMBERSHIP, "100000001")
    assert classify("Youssef") is None
    assert malformed("12345678901") is not None and "9 digits" in str(malformed("12345678901"))
    assert malformed("ABC1234567") is not None
    assert malformed("Youssef Amrani") is None and malformed("1234567") is None


def test_exact_lookup_by_each_identifier(filled: Context) -> None:
    for query in ("100000001", "100-000-001", "1234567", "1234 567", "zz999999", "ZZ 999-999"):
        found = service.find_in_cache(filled, ACTOR, query)
        assert [a.membership_no for a in found] == ["100000001"], query
    # another collectivity's affiliate is not found
    assert service.find_in_cache(filled, ACTOR, "100000003") == []


def test_name_search_folds_scripts_and_ranks_whole_words_first(filled: Context) -> None:
    latin = service.find_in_cache(filled, ACTOR, "youssef el-amrani")
    assert {a.membership_no for a in latin[:2]} == {"100000001", "100000002"}
    # article, hamza and diacritics folded: "عمراني" finds "العمراني", "امراني" finds "أمراني"
    arabic = service.find_in_cache(filled, ACTOR, "يُوسُف عمراني")
    assert arabic[0].membership_no == "100000001"
    assert [a.membership_no for a in service.find_in_cache(filled, ACTOR, "امراني")] == [
        "100000002"
    ]
    # a prefix matches; the exact word ranks first
    seed = next(iter(generate_affiliates(DEMO_COMMUNE, 1)))
    hits = service.find_in_cache(filled, ACTOR, f"{seed.first_name_lat} {seed.last_name_lat[:4]}")
    assert seed.membership_no in {a.membership_no for a in hits}
    assert all(a.collectivity_id == DEMO_COMMUNE for a in hits)
    assert service.find_in_cache(filled, ACTOR, "Qwxzy") == []


def test_updates_replace_the_index_entry(filled: Context) -> None:
    with filled.db.transaction() as c:
        repo.upsert(c, [fictional(last_name_lat="Zerhouni", last_name_ar="الزرهوني")], NOW)
    assert [a.membership_no for a in service.find_in_cache(filled, ACTOR, "zerhouni")] == [
        "100000001"
    ]
    assert "100000001" not in {
        a.membership_no for a in service.find_in_cache(filled, ACTOR, "youssef el amrani")
    }
    with filled.db.read() as c:
        fts = c.execute("SELECT COUNT(*) FROM affiliate_fts").fetchone()[0]
        rows = c.execute("SELECT COUNT(*) FROM affiliates").fetchone()[0]
    assert fts == rows
    assert filled.db.integrity_ok()


def test_lookup_audits_every_read(filled: Context) -> None:
    result = service.lookup(filled, ACTOR, "amrani", None, screen="search")
    assert len(result.affiliates) >= 2
    with filled.db.read() as c:
        rows = c.execute(
            "SELECT actor, subject_id, details FROM audit WHERE action = 'affiliate.read'"
        ).fetchall()
    assert {r[1] for r in rows} == {a.membership_no for a in result.affiliates}
    assert all(r[0] == ACTOR.id and '"screen": "search"' in r[2] for r in rows)
    # and no personal field in the audit details
    assert not any("Amrani" in r[2] or "ZZ" in r[2] for r in rows)


def test_a_schema_1_cache_is_upgraded_and_searchable(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    old = sqlite3.connect(path, isolation_level=None)
    for statement in MIGRATIONS[0][1].split(";"):
        if statement.strip():
            old.execute(statement)
    old.execute("PRAGMA user_version=1")
    old.execute(
        "INSERT INTO affiliates (membership_no, ppr, cin, last_name_lat, first_name_lat,"
        " last_name_ar, first_name_ar, sex, birth_date, hire_date, grade, corps,"
        " collectivity_id, status, periods_json, updated_at, cached_at) VALUES"
        " ('100000009', '7654321', 'ZZ1', 'Fictif', 'Karim', 'فكتيف', 'كريم', 'M', '1970-01-01',"
        " '1995-01-01', 'g', 'administrateur', ?, 'active', '[]', '', ?)",
        (DEMO_COMMUNE, NOW.isoformat()),
    )
    old.execute("INSERT INTO meta VALUES ('sync_cursor:' || ?, 'c1')", (DEMO_COMMUNE,))
    old.close()
    db = Database(path)
    with db.read() as c:
        assert c.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert search.by_name(c, "karim", DEMO_COMMUNE) == []  # not yet folded
        repo.reindex_pending(c)
        assert [a.membership_no for a in search.by_name(c, "KARIM", DEMO_COMMUNE)] == ["100000009"]
        state = c.execute("SELECT cursor, full_done FROM sync_state").fetchone()
    assert tuple(state) == ("c1", 1)
    assert db.integrity_ok()
    db.close()


def test_a_cache_from_a_newer_version_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "new.sqlite"
    Database(path).close()
    raw = sqlite3.connect(path)
    raw.execute(f"PRAGMA user_version={SCHEMA_VERSION + 1}")
    raw.close()
    with pytest.raises(StoreError, match="newer version"):
        Database(path)
