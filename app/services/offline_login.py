"""Signing in without the platform: a slow password verifier (scrypt) kept in the profile.

The verifier is written after every successful online sign-in (and when the responsible sets a
local password), so an officer can work offline later. It is never a password: a random salt
and scrypt's output. Passwords are never logged nor written to the audit log.

The session lock after idle time is the pure ``IdleLock``; the GUI feeds it user activity.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
from dataclasses import dataclass
from datetime import datetime, timedelta

from app.domain.errors import NotAllowed
from app.domain.models import Account
from app.services.context import Context
from app.store import accounts as repo
from app.store import audit

# scrypt cost: N=2^15, r=8, p=1 takes ~50-100 ms and 32 MiB here; enough to slow guessing.
SCRYPT_N = 1 << 15
SCRYPT_R = 8
SCRYPT_P = 1
_MAXMEM = 64 * 1024 * 1024
MIN_PASSWORD = 8


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def make_verifier(password: str, *, n: int = SCRYPT_N, salt: bytes | None = None) -> str:
    """``scrypt$N$r$p$salt$hash`` for ``password`` (a fresh random salt unless given)."""
    salt = salt if salt is not None else os.urandom(16)
    digest = hashlib.scrypt(
        password.encode("utf-8"), salt=salt, n=n, r=SCRYPT_R, p=SCRYPT_P, maxmem=_MAXMEM, dklen=32
    )
    return f"scrypt${n}${SCRYPT_R}${SCRYPT_P}${_b64(salt)}${_b64(digest)}"


def check_verifier(verifier: str, password: str) -> bool:
    """True when ``password`` matches; a malformed verifier never matches."""
    try:
        scheme, n, r, p, salt, digest = verifier.split("$")
        if scheme != "scrypt":
            return False
        expected = base64.b64decode(digest, validate=True)
        got = hashlib.scrypt(
            password.encode("utf-8"),
            salt=base64.b64decode(salt, validate=True),
            n=int(n),
            r=int(r),
            p=int(p),
            maxmem=_MAXMEM,
            dklen=len(expected),
        )
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(got, expected)


def check_password_strength(password: str) -> None:
    if len(password) < MIN_PASSWORD:
        raise NotAllowed(f"A password needs at least {MIN_PASSWORD} characters.")


def remember_password(ctx: Context, account_id: str, password: str) -> None:
    """Keep a verifier of a password the platform accepted (called after online sign-in)."""
    verifier = make_verifier(password)
    with ctx.db.transaction() as c:
        repo.set_verifier(c, account_id, verifier)


def ensure_active(record: repo.AccountRecord | None) -> None:
    """Refuse an account that is not active on this machine (suspended, frozen, deleted)."""
    if record is None:
        raise NotAllowed("This account is not known on this computer.")
    if record.status != repo.ACTIVE:
        raise NotAllowed(
            f"This account is {record.status}: ask your collectivity's responsible to restore it."
        )


def login_offline(ctx: Context, account_id: str, password: str) -> Account:
    """Check ``password`` against the local verifier; every attempt is audited."""
    with ctx.db.read() as c:
        record = repo.get_record(c, account_id)
        verifier = repo.get_verifier(c, account_id)
    ok = record is not None and verifier is not None and check_verifier(verifier, password)
    with ctx.db.transaction() as c:
        audit.record(
            c,
            at=ctx.clock(),
            actor=account_id if record else "unknown",
            action="session.login_offline" if ok else "session.login_offline_failed",
            subject_kind="account",
            subject_id=account_id if record else "unknown",
        )
    if record is not None and verifier is None:
        raise NotAllowed(
            "This account has never signed in online on this computer: sign in once with the "
            "platform, or ask your responsible to set a local password."
        )
    if not ok or record is None:
        raise NotAllowed("The account or the password is wrong.")
    ensure_active(record)
    return record.account


@dataclass
class IdleLock:
    """Locks the session after ``minutes`` without activity (0: never)."""

    minutes: int
    last_activity: datetime

    def touch(self, now: datetime) -> None:
        self.last_activity = now

    def locked(self, now: datetime) -> bool:
        if self.minutes <= 0:
            return False
        return now - self.last_activity >= timedelta(minutes=self.minutes)

    def seconds_left(self, now: datetime) -> float:
        if self.minutes <= 0:
            return float("inf")
        left = timedelta(minutes=self.minutes) - (now - self.last_activity)
        return max(0.0, left.total_seconds())
