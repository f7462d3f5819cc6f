"""Correction requests in the background: a request queued while the platform is down is sent
by a later round, and the officer is told when the fund's answer arrives."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit

from pytestqt.qtbot import QtBot

from app.sandbox.seed import DEMO_COMMUNE, generate_affiliates
from app.sandbox.server import start_in_thread
from app.services import corrections
from app.services.demo import DemoEnvironment
from tests.ui.conftest import make_shell
from tests.ui.helpers import TIMEOUT, close_shell, sign_in


def test_queued_requests_are_retried_and_answers_announced(
    qtbot: QtBot, qapp: object, demo: DemoEnvironment, tmp_path: Path
) -> None:
    sandbox = start_in_thread(tmp_path / "sandbox", affiliates=20)
    shell, ctx = make_shell(qapp, tmp_path / "me", demo)  # type: ignore[arg-type]
    try:
        shell.start()
        window = sign_in(qtbot, shell, "demo.preparer", url=sandbox.base_url)
        retry = window.corrections_retry
        actor = shell.wb.actor
        person = next(iter(generate_affiliates(DEMO_COMMUNE, 1)))

        def state() -> str:
            return corrections.listed(ctx, actor, person.membership_no)[0].state

        port = urlsplit(sandbox.base_url).port
        sandbox.stop()  # the platform is down when the officer asks
        corrections.request(ctx, actor, person.membership_no, "birth_date", "Wrong day (test)")
        assert retry.run()
        qtbot.waitUntil(lambda: not retry.rounds.running, timeout=TIMEOUT)
        assert state() == "queued" and retry.last is not None and retry.last.offline
        assert retry.rounds.poller.failures == 1  # backs off while the platform does not answer

        assert port is not None
        sandbox = start_in_thread(tmp_path / "sandbox", port=port, affiliates=20)
        assert retry.run()
        qtbot.waitUntil(lambda: not retry.rounds.running, timeout=TIMEOUT)
        assert state() == "sent" and retry.rounds.poller.failures == 0

        shell.wb.client.sandbox_advance_clock(11 * 60)  # the sandbox answers after 10 minutes
        with qtbot.waitSignal(shell.events.notice, timeout=TIMEOUT) as notice:
            assert retry.run()
        assert notice.args is not None and "answered 1 correction request:" in notice.args[0]
        assert state() == "answered"
        # nothing open any more: a round asks nothing and says nothing
        assert retry.run()
        qtbot.waitUntil(lambda: not retry.rounds.running, timeout=TIMEOUT)
    finally:
        close_shell(shell)
        ctx.close()
        sandbox.stop()
