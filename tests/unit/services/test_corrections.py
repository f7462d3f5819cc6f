"""Data-correction requests: queued offline, sent to the sandbox over HTTP, answer fetched."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import requests

from app.domain.errors import DomainError
from app.domain.models import Account, Role
from app.platform.client import PlatformClient
from app.sandbox.seed import DEMO_COMMUNE, generate_affiliates, sandbox_password
from app.sandbox.server import RunningSandbox, start_in_thread
from app.services import corrections
from app.services.context import Context
from app.store import notifications as notes
from tests.support.fixtures import make_pdf
from tests.unit.platform.netutil import free_port

ACTOR = Account("demo.preparer", "Préparateur", Role.PREPARER, DEMO_COMMUNE)


@pytest.fixture
def sandbox(tmp_path: Path) -> Iterator[RunningSandbox]:
    running = start_in_thread(tmp_path / "sandbox", affiliates=5)
    yield running
    running.stop()


def test_queued_offline_then_sent_and_answered(
    ctx: Context, sandbox: RunningSandbox, tmp_path: Path
) -> None:
    person = next(iter(generate_affiliates(DEMO_COMMUNE, 1)))
    pdf = make_pdf(tmp_path / "birth.pdf")
    local = corrections.request(
        ctx, ACTOR, person.membership_no, "birth_date", "Born on the 3rd, not the 1st", pdf
    )
    # offline: nothing sent, nothing lost
    dead = PlatformClient(f"http://127.0.0.1:{free_port()}/api/v1", token="t", timeout=(1, 1))
    result = corrections.send_pending(ctx, ACTOR, dead)
    dead.close()
    assert result.offline and result.sent == 0
    [queued] = corrections.listed(ctx, ACTOR, person.membership_no)
    assert (queued.id, queued.state, queued.attachment_name) == (local, "queued", "birth.pdf")

    client = PlatformClient(sandbox.base_url)
    client.login(ACTOR.id, sandbox_password(ACTOR.id))
    assert corrections.send_pending(ctx, ACTOR, client).sent == 1
    [sent] = corrections.listed(ctx, ACTOR, person.membership_no)
    assert sent.state == "sent" and sent.remote_id and sent.answer is None
    r = requests.post(sandbox.base_url + "/sandbox/clock/advance", json={"seconds": 700}, timeout=9)
    assert r.status_code == 200
    assert corrections.send_pending(ctx, ACTOR, client).answered == 1
    [answered] = corrections.listed(ctx, ACTOR, person.membership_no)
    assert answered.state == "answered" and answered.answer and "birth_date" in answered.answer
    assert answered.decision == "accepted"  # the sandbox accepts a request with its document
    with ctx.db.read() as c:
        [note] = notes.recent(c)
    assert (note.kind, note.correction_id, note.dossier_id, note.read) == (
        "correction",
        local,
        None,
        False,
    )
    # Asked again, the same answer raises no second notification.
    assert corrections.send_pending(ctx, ACTOR, client).answered == 0
    client.close()
    with ctx.db.read() as c:
        actions = [r[0] for r in c.execute("SELECT action FROM audit")]
    assert "affiliate.correction_requested" in actions


def test_bad_requests_are_refused_in_words(ctx: Context, tmp_path: Path) -> None:
    with pytest.raises(DomainError, match="not a field"):
        corrections.request(ctx, ACTOR, "100000001", "shoe_size", "x")
    with pytest.raises(DomainError, match="comment"):
        corrections.request(ctx, ACTOR, "100000001", "birth_date", "   ")
    fake = tmp_path / "scan.pdf"
    fake.write_bytes(b"not a pdf at all")
    with pytest.raises(DomainError, match=r"scan\.pdf"):
        corrections.request(ctx, ACTOR, "100000001", "birth_date", "wrong", fake)
    assert corrections.listed(ctx, ACTOR, "100000001") == []


def test_a_request_without_document_is_refused_and_notified(
    ctx: Context, sandbox: RunningSandbox
) -> None:
    person = next(iter(generate_affiliates(DEMO_COMMUNE, 1)))
    local = corrections.request(ctx, ACTOR, person.membership_no, "grade", "Wrong grade (test)")
    client = PlatformClient(sandbox.base_url)
    client.login(ACTOR.id, sandbox_password(ACTOR.id))
    assert corrections.send_pending(ctx, ACTOR, client).sent == 1
    with ctx.db.read() as c:
        assert notes.recent(c) == []  # sent, not answered: nothing to tell yet
    client.sandbox_advance_clock(11 * 60)
    assert corrections.send_pending(ctx, ACTOR, client).answered == 1
    client.close()
    [answered] = corrections.listed(ctx, ACTOR, person.membership_no)
    assert answered.decision == "refused" and answered.answer and "grade" in answered.answer
    with ctx.db.read() as c:
        [note] = notes.recent(c)
        assert notes.unread_count(c) == 1
        row = c.execute("SELECT * FROM notifications").fetchone()
    assert note.correction_id == local
    # References only: nothing of the affiliate's record in the notification row.
    assert person.membership_no not in [str(v) for v in tuple(row)]
