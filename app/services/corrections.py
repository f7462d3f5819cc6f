"""Data-correction requests: the officer flags a wrong field of an affiliate's record with a
comment and an optional supporting PDF. The request is kept in the profile (also offline) and
sent when the platform answers; the fund's answer (its decision and comment) is fetched, shown
on the sheet and added to the in-app notifications. The GUI
retries in the background (app/ui/corrections_retry.py, owned by the main window) and says
when answers arrive."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from app.domain.errors import DomainError, NotAllowed
from app.domain.models import CORRECTABLE_FIELDS, Account, Role
from app.platform.client import PlatformClient
from app.platform.errors import OfflineError, PlatformError, RefusedError
from app.services.context import Context
from app.store import audit
from app.store import corrections as repo
from app.store import notifications as notes
from app.store.corrections import CorrectionRequest

FIELDS = CORRECTABLE_FIELDS
MAX_COMMENT = 2000


@dataclass(frozen=True, slots=True)
class SendResult:
    sent: int
    answered: int
    offline: str | None = None


def request(
    ctx: Context,
    actor: Account,
    membership_no: str,
    field: str,
    comment: str,
    attachment: Path | None = None,
) -> int:
    """Queue a correction request; returns its local id. Nothing is sent here."""
    if actor.role not in (Role.PREPARER, Role.CERTIFIER, Role.ADMIN):
        raise NotAllowed("Your role cannot ask for corrections.")
    if field not in FIELDS:
        raise DomainError(f"'{field}' is not a field of the affiliate's record.")
    text = comment.strip()
    if not text or len(text) > MAX_COMMENT:
        raise DomainError(f"Say what is wrong in a comment (1 to {MAX_COMMENT} characters).")
    stored: tuple[str, str] | None = None
    if attachment is not None:
        from app.pdf.check import check_pdf  # only with an attachment: not at start

        verdict = check_pdf(attachment)
        if not verdict.accepted or verdict.kind != "pdf":
            raise DomainError(f"The file {attachment.name} {verdict.reason}")
        sha, _ = ctx.blobs.put_file(attachment)
        stored = (sha, attachment.name)
    now = ctx.clock()
    with ctx.db.transaction() as c:
        new_id = repo.insert(
            c,
            membership_no=membership_no,
            collectivity_id=actor.collectivity_id,
            field=field,
            comment=text,
            attachment=stored,
            created_by=actor.id,
            at=now,
        )
        audit.record(
            c,
            at=now,
            actor=actor.id,
            action="affiliate.correction_requested",
            subject_kind="affiliate",
            subject_id=membership_no,
            details={"field": field, "request": str(new_id)},
        )
    return new_id


def has_open(ctx: Context, actor: Account) -> bool:
    """Whether requests of the collectivity wait to be sent or for the fund's answer."""
    with ctx.db.read() as c:
        return bool(repo.open_requests(c, actor.collectivity_id))


def listed(ctx: Context, actor: Account, membership_no: str) -> list[CorrectionRequest]:
    with ctx.db.read() as c:
        return repo.for_affiliate(c, membership_no, actor.collectivity_id)


def _send_one(ctx: Context, client: PlatformClient, r: CorrectionRequest) -> bool:
    """Send or refresh one request; True when the fund's answer arrived."""
    if r.state == "queued":
        pdf = ctx.blobs.read_bytes(r.attachment_sha256) if r.attachment_sha256 else None
        try:
            status = client.create_correction(
                r.local_reference, r.membership_no, r.field, r.comment, pdf
            )
        except RefusedError as exc:
            with ctx.db.transaction() as c:
                repo.update(c, r.id, ctx.clock(), state="failed", last_error=exc.user_message)
            return False
        with ctx.db.transaction() as c:
            repo.update(c, r.id, ctx.clock(), state="sent", remote_id=status.id, last_error=None)
    else:
        assert r.remote_id is not None
        status = client.get_correction(r.remote_id)
    if status.state == "answered":
        now = ctx.clock()
        with ctx.db.transaction() as c:
            repo.update(
                c,
                r.id,
                now,
                state="answered",
                answer=status.answer,
                answered_at=status.answered_at,
                decision=status.decision,
            )
            notes.add_correction(c, now, r.id)  # in the notifications list, with the notice
        return True
    return False


def send_pending(ctx: Context, actor: Account, client: PlatformClient) -> SendResult:
    """Send queued requests and fetch answers; stops quietly at the first network failure."""
    with ctx.db.read() as c:
        pending = repo.open_requests(c, actor.collectivity_id)
    sent = answered = 0
    for r in pending:
        try:
            if _send_one(ctx, client, r):
                answered += 1
            if r.state == "queued":
                sent += 1
        except OfflineError as exc:
            return SendResult(sent, answered, exc.user_message)
        except PlatformError as exc:
            with ctx.db.transaction() as c:
                repo.update(c, r.id, ctx.clock(), last_error=exc.user_message)
    return SendResult(sent, answered)
