"""Sub-accounts managed by the responsible, offline sign-in, idle lock, masked CINs."""

from __future__ import annotations

from datetime import timedelta

import pytest

from app.domain.errors import DomainError, NotAllowed
from app.domain.models import Account, Role
from app.services import accounts, offline_login, session
from app.services.context import Context
from app.store import accounts as repo
from app.store import audit
from app.store.accounts import AccountDetails

ADMIN = Account("resp.a", "Responsible A (fictional)", Role.ADMIN, "COMMUNE-A")
PREP = Account("prep.a", "Preparer A (fictional)", Role.PREPARER, "COMMUNE-A")
OTHER_ADMIN = Account("resp.b", "Responsible B (fictional)", Role.ADMIN, "COMMUNE-B")
DETAILS = AccountDetails(full_name="Testeur Fictif", cin="ZZ123456", ppr="9900123")
PASSWORD = "correct horse 2026"


@pytest.fixture
def seeded(ctx: Context) -> Context:
    with ctx.db.transaction() as c:
        for a in (ADMIN, PREP, OTHER_ADMIN):
            repo.insert_account(c, a, "", "fund", ctx.clock())
    return ctx


def test_responsible_creates_lists_suspends_and_deletes(seeded: Context) -> None:
    ctx = seeded
    made = accounts.create(
        ctx, ADMIN, "cert.a", "Certifier A (fictional)", Role.CERTIFIER, DETAILS, PASSWORD
    )
    assert made.collectivity_id == "COMMUNE-A"
    rows = {r.id: r for r in accounts.list_accounts(ctx, ADMIN)}
    assert set(rows) == {"resp.a", "prep.a", "cert.a"}  # never another commune's
    assert rows["cert.a"].cin_masked == "ZZ****56" and "123" not in rows["cert.a"].cin_masked

    assert offline_login.login_offline(ctx, "cert.a", PASSWORD) == made
    accounts.suspend(ctx, ADMIN, "cert.a", "long leave")
    with pytest.raises(NotAllowed, match="suspended"):
        offline_login.login_offline(ctx, "cert.a", PASSWORD)
    accounts.reactivate(ctx, ADMIN, "cert.a")
    assert offline_login.login_offline(ctx, "cert.a", PASSWORD) == made
    accounts.delete(ctx, ADMIN, "cert.a")
    assert "cert.a" not in {r.id for r in accounts.list_accounts(ctx, ADMIN)}
    with pytest.raises(NotAllowed):
        offline_login.login_offline(ctx, "cert.a", PASSWORD)

    with ctx.db.read() as c:
        actions = [e.action for e in audit.entries(c, subject_id="cert.a")][::-1]
        assert audit.first_broken(c) is None
        texts = " ".join(str(e.details) for e in audit.entries(c))
    assert actions[:2] == ["account.create", "session.login_offline"]
    assert {"account.suspend", "account.reactivate", "account.delete"} <= set(actions)
    assert "ZZ123456" not in texts and "Testeur" not in texts and PASSWORD not in texts


def test_rights_are_checked_in_the_core(seeded: Context) -> None:
    ctx = seeded
    with pytest.raises(NotAllowed):
        accounts.create(ctx, PREP, "x.a", "X", Role.PREPARER, DETAILS)
    with pytest.raises(NotAllowed):
        accounts.list_accounts(ctx, PREP)
    with pytest.raises(NotAllowed):
        accounts.suspend(ctx, PREP, "resp.a", "no")
    with pytest.raises(NotAllowed, match="your collectivity"):
        accounts.suspend(ctx, OTHER_ADMIN, "prep.a", "not mine")
    with pytest.raises(NotAllowed):
        accounts.delete(ctx, ADMIN, "resp.a")  # not oneself
    with pytest.raises(NotAllowed):
        accounts.create(ctx, ADMIN, "boss.a", "Boss", Role.ADMIN, DETAILS)
    with pytest.raises(DomainError):
        accounts.create(ctx, ADMIN, "../etc", "Bad id", Role.PREPARER, DETAILS)
    with pytest.raises(DomainError, match="already exists"):
        accounts.create(ctx, ADMIN, "prep.a", "Dup", Role.PREPARER, DETAILS)
    with pytest.raises(NotAllowed, match="characters"):
        accounts.create(ctx, ADMIN, "new.a", "Short pw", Role.PREPARER, DETAILS, "short")
    with pytest.raises(NotAllowed):
        accounts.read_details(ctx, OTHER_ADMIN, "prep.a")


def test_offline_login_refuses_wrong_or_unknown(seeded: Context) -> None:
    ctx = seeded
    with pytest.raises(NotAllowed, match="never signed in online"):
        offline_login.login_offline(ctx, "prep.a", PASSWORD)
    accounts.set_password(ctx, ADMIN, "prep.a", PASSWORD)
    with pytest.raises(NotAllowed, match="wrong"):
        offline_login.login_offline(ctx, "prep.a", PASSWORD + "x")
    with pytest.raises(NotAllowed, match="wrong"):
        offline_login.login_offline(ctx, "nobody", PASSWORD)
    s = session.login_offline(ctx, "http://127.0.0.1:9/api/v1", "prep.a", PASSWORD)
    assert s.account == PREP
    with ctx.db.read() as c:
        verifier = repo.get_verifier(c, "prep.a")
        failed = [e for e in audit.entries(c) if e.action == "session.login_offline_failed"]
    assert verifier and verifier.startswith("scrypt$") and PASSWORD not in verifier
    assert len(failed) == 3  # no verifier yet, wrong password, unknown account


def test_verifier_format_and_malformed_values() -> None:
    v = offline_login.make_verifier("pw-for-test", n=1 << 10)
    assert offline_login.check_verifier(v, "pw-for-test")
    assert not offline_login.check_verifier(v, "pw-for-tesT")
    assert v != offline_login.make_verifier("pw-for-test", n=1 << 10)  # salted
    for bad in ("", "scrypt$x", "md5$1$2$3$4$5", v.replace("scrypt", "bcrypt")):
        assert not offline_login.check_verifier(bad, "pw-for-test")


def test_idle_lock(ctx: Context) -> None:
    start = ctx.clock()
    lock = offline_login.IdleLock(10, start)
    assert not lock.locked(start + timedelta(minutes=9, seconds=59))
    lock.touch(start + timedelta(minutes=5))
    assert not lock.locked(start + timedelta(minutes=14))
    assert lock.locked(start + timedelta(minutes=15))
    assert offline_login.IdleLock(0, start).locked(start + timedelta(days=9)) is False


def test_masking() -> None:
    assert accounts.mask_cin("AB123456") == "AB****56"
    assert accounts.mask_cin("A12345") == "A***45"
    assert accounts.mask_cin("") == ""
