"""The fund's answers to correction requests in the notifications list: which field of which
affiliate (membership number), accepted or refused, the fund's comment; the notice is still
shown; activating one opens the affiliate's sheet, and that read is audited."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QFont
from pytestqt.qtbot import QtBot

from app.sandbox.seed import DEMO_COMMUNE, generate_affiliates
from app.sandbox.server import start_in_thread
from app.services import corrections
from app.services.demo import DemoEnvironment
from tests.support.fixtures import make_pdf
from tests.ui.conftest import make_shell
from tests.ui.helpers import TIMEOUT, close_shell, sign_in, wait_idle


def test_correction_answers_are_listed_and_open_the_sheet(
    qtbot: QtBot, qapp: object, demo: DemoEnvironment, tmp_path: Path
) -> None:
    sandbox = start_in_thread(tmp_path / "sandbox", affiliates=20)  # its clock is ours to move
    shell, ctx = make_shell(qapp, tmp_path / "me", demo)  # type: ignore[arg-type]
    try:
        shell.start()
        window = sign_in(qtbot, shell, "demo.preparer", url=sandbox.base_url)
        wait_idle(qtbot, shell)
        actor = shell.wb.actor
        first, second = list(generate_affiliates(DEMO_COMMUNE, 2))
        pdf = make_pdf(tmp_path / "birth.pdf")
        corrections.request(ctx, actor, first.membership_no, "birth_date", "Wrong day", pdf)
        corrections.request(ctx, actor, second.membership_no, "grade", "Wrong grade (test)")
        retry = window.corrections_retry
        assert retry.run()
        qtbot.waitUntil(lambda: not retry.rounds.running, timeout=TIMEOUT)
        panel = window.queue.notes
        panel.reload()
        wait_idle(qtbot, shell)
        assert panel.unread == 0  # sent, not answered yet

        shell.wb.client.sandbox_advance_clock(11 * 60)  # the sandbox answers after 10 minutes
        with qtbot.waitSignal(shell.events.notice, timeout=TIMEOUT) as notice:
            assert retry.run()
        assert notice.args is not None and "answered 2 correction request" in notice.args[0]
        qtbot.waitUntil(lambda: panel.unread == 2, timeout=TIMEOUT)  # reloaded by the answers

        items = [panel.list.item(i) for i in range(panel.list.count())]
        texts = [item.text() for item in items]
        accepted = next(i for i in items if "accepted" in i.text())
        assert (
            f"The fund accepted the correction of “Birth date” for affiliate no. "
            f"{first.membership_no}. Its comment: \u2068Sandbox: the fund checked"
            in accepted.text()
        )
        assert any(
            f"refused the correction of “Grade” for affiliate no. {second.membership_no}" in t
            and "without a supporting document" in t
            for t in texts
        ), texts
        assert all(QFont(i.font()).bold() for i in items)  # unread
        assert first.last_name_lat not in accepted.text()  # the number says who

        def reads() -> list[str]:
            with ctx.db.read() as c:
                rows = c.execute(
                    "SELECT subject_id FROM audit WHERE action = 'affiliate.read'"
                ).fetchall()
            return [r[0] for r in rows]

        before = reads().count(first.membership_no)
        with qtbot.waitSignal(panel.affiliate_selected, timeout=TIMEOUT):
            panel.list.itemActivated.emit(accepted)
        qtbot.waitUntil(
            lambda: (
                window.sheet.sheet is not None
                and window.sheet.sheet.affiliate.membership_no == first.membership_no
            ),
            timeout=TIMEOUT,
        )
        assert window.tabs.currentWidget() is window.affiliates_page
        assert reads().count(first.membership_no) == before + 1  # the sheet's read, audited

        panel.mark_all_read()
        qtbot.waitUntil(lambda: panel.unread == 0, timeout=TIMEOUT)
    finally:
        close_shell(shell)
        ctx.close()
        sandbox.stop()
