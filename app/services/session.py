"""Signing in to the platform and keeping the session in the profile."""

from __future__ import annotations

import contextlib
from dataclasses import dataclass

from app.domain.errors import NotAllowed
from app.domain.models import Account
from app.platform.client import PlatformClient
from app.platform.errors import PlatformError
from app.services import offline_login
from app.services.context import Context
from app.store import accounts as accounts_repo
from app.store import audit


@dataclass
class UserSession:
    """The signed-in officer and their platform connection."""

    account: Account
    client: PlatformClient
    collectivity_name: str = ""
    offline: bool = False  # signed in against the local verifier: the platform was not asked


def login(ctx: Context, platform_url: str, account_id: str, password: str) -> UserSession:
    client = PlatformClient(platform_url)
    info = client.login(account_id, password)
    account = info.account
    now = ctx.clock()
    with ctx.db.read() as c:
        known = accounts_repo.get_record(c, account.id)
    if known is not None:  # suspended or frozen here: refused even when the platform says yes
        offline_login.ensure_active(known)
    verifier = offline_login.make_verifier(password)  # for offline sign-in later
    with ctx.db.transaction() as c:
        accounts_repo.save_account(c, account, info.collectivity_name, now)
        accounts_repo.set_verifier(c, account.id, verifier)
        accounts_repo.save_session(c, platform_url, info.token, info.expires_at, account.id)
        audit.record(
            c,
            at=now,
            actor=account.id,
            action="session.login",
            subject_kind="account",
            subject_id=account.id,
        )
    return UserSession(account, client, info.collectivity_name)


def resume(ctx: Context) -> UserSession | None:
    """The session kept in the profile, if any (it may have expired at the platform)."""
    with ctx.db.read() as c:
        stored = accounts_repo.load_session(c)
    if stored is None:
        return None
    with ctx.db.read() as c:
        record = accounts_repo.get_record(c, stored.account.id)
    if record is None or record.status != accounts_repo.ACTIVE:
        return None
    return UserSession(stored.account, PlatformClient(stored.platform_url, token=stored.token))


def login_offline(ctx: Context, platform_url: str, account_id: str, password: str) -> UserSession:
    """Sign in against the verifier kept in the profile; the platform is not asked."""
    account = offline_login.login_offline(ctx, account_id, password)
    with ctx.db.read() as c:
        record = accounts_repo.get_record(c, account.id)
    name = record.collectivity_name if record else ""
    return UserSession(account, PlatformClient(platform_url), name, offline=True)


def lock(ctx: Context, session: UserSession) -> None:
    """The screen was locked (idle time or on request); audited."""
    with ctx.db.transaction() as c:
        audit.record(
            c,
            at=ctx.clock(),
            actor=session.account.id,
            action="session.lock",
            subject_kind="account",
            subject_id=session.account.id,
        )


def unlock(ctx: Context, session: UserSession, password: str) -> None:
    """Let the same officer back in: the password is checked offline against the verifier.

    Every attempt is audited (``session.unlock`` or ``session.unlock_failed``); an account
    suspended meanwhile cannot unlock.
    """
    account_id = session.account.id
    with ctx.db.read() as c:
        record = accounts_repo.get_record(c, account_id)
        verifier = accounts_repo.get_verifier(c, account_id)
    ok = verifier is not None and offline_login.check_verifier(verifier, password)
    with ctx.db.transaction() as c:
        audit.record(
            c,
            at=ctx.clock(),
            actor=account_id,
            action="session.unlock" if ok else "session.unlock_failed",
            subject_kind="account",
            subject_id=account_id,
        )
    if verifier is None:
        raise NotAllowed("No password check is kept on this computer: switch user to sign in.")
    if not ok:
        raise NotAllowed("The password is wrong.")
    offline_login.ensure_active(record)


def logout(ctx: Context, session: UserSession) -> None:
    with contextlib.suppress(PlatformError):  # leaving must work offline too
        session.client.logout()
    with ctx.db.transaction() as c:
        accounts_repo.clear_session(c)
        audit.record(
            c,
            at=ctx.clock(),
            actor=session.account.id,
            action="session.logout",
            subject_kind="account",
            subject_id=session.account.id,
        )
