"""Search results mark, row by row and in words, the records the platform has not confirmed
for longer than the fund profile allows (the sheet says it too)."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.sandbox.seed import DEMO_COMMUNE
from app.ui.app import Shell
from tests.ui.helpers import TIMEOUT, sign_in, wait_idle


def test_out_of_date_rows_are_marked_in_words(qtbot: QtBot, shell: Shell) -> None:
    window = sign_in(qtbot, shell, "demo.preparer")
    ctx = shell.wb.ctx
    now = ctx.clock()
    old = (now - timedelta(days=ctx.fund.cache_max_age_days + 3)).isoformat()
    with ctx.db.transaction() as c:
        rows = c.execute(
            "SELECT membership_no, last_name_lat FROM affiliates WHERE collectivity_id = ?"
            " ORDER BY id LIMIT 40",
            (DEMO_COMMUNE,),
        ).fetchall()
        name = next(r[1] for r in rows if sum(1 for x in rows if x[1] == r[1]) >= 2)
        same = [r[0] for r in rows if r[1] == name]
        # every record is old, as is the last complete sync; one was fetched again lately
        c.execute("UPDATE affiliates SET cached_at = ?", (old,))
        c.execute("UPDATE sync_state SET complete_at = ?, last_sync_at = ?", (old, old))
        c.execute("UPDATE affiliates SET cached_at = ? WHERE membership_no = ?", (now, same[0]))
    search = window.search
    search.query.setText(name)
    search.search()
    qtbot.waitUntil(lambda: search.model.rowCount() >= 2, timeout=TIMEOUT)
    wait_idle(qtbot, shell)
    model = search.model
    assert search.table.verticalHeader().isVisibleTo(search.table)
    marks = {}
    for row in range(model.rowCount()):
        a = model.row_at(row)
        assert a is not None
        marks[a.membership_no] = (
            model.headerData(row, Qt.Orientation.Vertical),
            model.headerData(row, Qt.Orientation.Vertical, Qt.ItemDataRole.ToolTipRole),
        )
    assert marks[same[0]][0] == ""
    assert all(marks[m][0] == "Out of date" for m in same[1:] if m in marks)
    assert any(m in marks for m in same[1:])
    assert "more than" in next(tip for text, tip in marks.values() if text)
    assert "may be out of date" in search.status.text()
