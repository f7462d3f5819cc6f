"""`mellaf accounts ...` and `mellaf retention purge` on a real profile."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.cli import main
from app.config.profile import load_profile
from app.domain.models import Account, Role
from app.services import accounts
from app.services.context import Context
from app.store import accounts as repo
from app.store.accounts import AccountDetails

ADMIN = Account("resp.cli", "Responsible (fictional)", Role.ADMIN, "COMMUNE-CLI")


def _profile(folder: Path, actor: Account) -> None:
    ctx = Context.open(folder, load_profile("cmr"))
    with ctx.db.transaction() as c:
        repo.insert_account(c, actor, "", "fund", ctx.clock())
        repo.save_session(c, "http://127.0.0.1:9/api/v1", "token", "2099-01-01", actor.id)
    if actor.role is Role.ADMIN:
        details = AccountDetails(full_name="Agent Fictif", cin="ZZ445566", ppr="5566")
        accounts.create(ctx, actor, "agent.cli", "Agent", Role.PREPARER, details)
    ctx.close()


def test_accounts_commands(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    profile = tmp_path / "p"
    _profile(profile, ADMIN)
    assert main(["--profile", str(profile), "accounts", "list"]) == 0
    out = capsys.readouterr().out
    assert "agent.cli" in out and "ZZ****66" in out and "ZZ445566" not in out

    staff = tmp_path / "staff.csv"
    staff.write_text("ppr\n9999\n", encoding="utf-8")
    assert main(["--profile", str(profile), "accounts", "review", str(staff)]) == 1
    assert "agent.cli: no_match" in capsys.readouterr().out
    report = tmp_path / "report.txt"
    args = ["accounts", "review", str(staff), "--freeze", "--report", str(report)]
    assert main(["--profile", str(profile), *args]) == 0
    assert "frozen" in report.read_text(encoding="utf-8")
    assert main(["--profile", str(profile), "retention", "purge", "--days", "30"]) == 0
    assert "purged 0 dossier(s)" in capsys.readouterr().out


def test_a_preparer_is_refused_in_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    profile = tmp_path / "p"
    _profile(profile, Account("prep.cli", "Preparer", Role.PREPARER, "COMMUNE-CLI"))
    assert main(["--profile", str(profile), "accounts", "list"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("mellaf: Only the collectivity's responsible") and err.count("\n") == 1
    assert main(["--profile", str(tmp_path / "empty"), "accounts", "list"]) == 1
    assert "mellaf login" in capsys.readouterr().err


def test_accounts_sync_against_the_sandbox(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.sandbox.seed import sandbox_password
    from app.sandbox.server import start_in_thread

    sandbox = start_in_thread(tmp_path / "sandbox", affiliates=3)
    try:
        profile = str(tmp_path / "p")
        monkeypatch.setenv("MELLAF_PASSWORD", sandbox_password("demo.admin"))
        login = ["login", "--platform", sandbox.base_url, "--account", "demo.admin"]
        assert main(["--profile", profile, *login]) == 0
        ctx = Context.open(Path(profile), load_profile("cmr"))
        with ctx.db.read() as c:
            admin = repo.get_account(c, "demo.admin")
        assert admin is not None
        details = AccountDetails(full_name="Agent Fictif", ppr="5566")
        accounts.create(ctx, admin, "agent.sync", "Agent", Role.PREPARER, details)
        ctx.close()
        capsys.readouterr()
        assert main(["--profile", profile, "accounts", "sync"]) == 0
        out = capsys.readouterr().out
        assert "sent 1 change(s)" in out and "1 initial password(s) issued" in out
        assert "shown once" not in out  # not a terminal: the password is not printed
        assert main(["--profile", profile, "accounts", "list"]) == 0
        listed = capsys.readouterr().out
        assert "agent.sync" in listed and "synced" in listed and "demo.preparer" in listed
    finally:
        sandbox.stop()
    assert main(["--profile", profile, "accounts", "sync"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("mellaf: The platform cannot be reached") and err.count("\n") == 1
