"""The portfolio (Dossiers tab) on real widgets against the demo sandbox: filters, folded search,
sorting, due-date badges in words, "assign to me", audited exports, the archive, and nothing
of another commune."""

from __future__ import annotations

import ast
import csv
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from app.domain.models import Affiliate, DossierState, DossierType
from app.sandbox.seed import sandbox_password
from app.services import dossiers, planner, session
from app.services.context import Context
from app.services.demo import DemoEnvironment
from app.services.portfolio import Due
from app.store import affiliates as affiliates_repo
from app.store import dossiers as dossiers_repo
from app.sync import affiliates as affiliate_sync
from app.ui import i18n
from app.ui.app import Shell
from app.ui.main_window import MainWindow
from app.ui.messages import localise
from app.ui.models.dossiers import DUE_COLUMN, PortfolioModel
from app.ui.views import tables
from app.ui.views.dossiers import HIDDEN_RELOAD_MS, DossiersView
from app.ui.views.portfolio_filters import ANYONE
from tests.ui.helpers import TIMEOUT, click, sign_in, wait_idle
from tests.unit.test_portfolio import row

pytestmark = pytest.mark.gui


def _portfolio(ctx: Context, demo: DemoEnvironment) -> dict[str, tuple[str, Affiliate]]:
    """Three age-limit dossiers of the demo commune: overdue, due later, and one withdrawn."""
    prep = session.login(
        ctx, demo.sandbox.base_url, "demo.preparer", sandbox_password("demo.preparer")
    )
    affiliate_sync.sync(ctx, prep.account, prep.client)
    today = ctx.today()
    with ctx.db.read() as c:
        people = affiliates_repo.born_between(
            c, prep.account.collectivity_id, date(1900, 1, 1), date(2100, 1, 1)
        )
    by_due = sorted(people, key=lambda a: planner.start_by(a, ctx.fund)[1])
    overdue = next(a for a in by_due if planner.start_by(a, ctx.fund)[1] < today)
    later = next(a for a in by_due if planner.start_by(a, ctx.fund)[1] > today + timedelta(days=60))
    closed = next(a for a in by_due if a not in (overdue, later))
    made: dict[str, tuple[str, Affiliate]] = {}
    for key, a in (("overdue", overdue), ("later", later), ("closed", closed)):
        d = dossiers.open_dossier(ctx, prep.account, a.membership_no, DossierType.AGE_LIMIT)
        made[key] = (d.id, a)
    with ctx.db.transaction() as c:
        dossiers_repo.update(c, made["closed"][0], ctx.clock(), state=str(DossierState.WITHDRAWN))
    return made


def _ids(view: DossiersView) -> list[str]:
    return [r.dossier.id for r in view.model.rows()]


def _choose(combo: QComboBox, value: object) -> None:
    index = combo.findData(value)
    assert index >= 0, value
    combo.setCurrentIndex(index)


def _open_tab(qtbot: QtBot, shell: Shell, win: MainWindow) -> DossiersView:
    win.tabs.setCurrentWidget(win.dossiers)
    win.dossiers.reload()
    wait_idle(qtbot, shell)
    return win.dossiers


def test_filters_search_sort_due_and_archive(
    qtbot: QtBot, shell: Shell, demo: DemoEnvironment
) -> None:
    made = _portfolio(shell.wb.ctx, demo)
    overdue_id, _ = made["overdue"]
    later_id, later = made["later"]
    closed_id, _ = made["closed"]
    win = sign_in(qtbot, shell, "demo.preparer")
    view = _open_tab(qtbot, shell, win)
    qtbot.waitUntil(lambda: overdue_id in _ids(view), timeout=TIMEOUT)
    assert view.table.objectName() == "dossiersTable" and view.filter.currentData() == "all"
    assert closed_id not in _ids(view)  # the archive is hidden by default
    assert _ids(view)[0] == overdue_id  # sorted by due date: the most urgent first

    # Due-date badge: colour, icon AND words.
    row = _ids(view).index(overdue_id)
    cell = view.model.index(row, DUE_COLUMN)
    assert cell.data().startswith("Overdue since")
    assert cell.data(Qt.ItemDataRole.BackgroundRole) is not None
    assert cell.data(Qt.ItemDataRole.DecorationRole) is not None
    assert "Age limit on" in cell.data(Qt.ItemDataRole.ToolTipRole)
    later_cell = view.model.index(_ids(view).index(later_id), DUE_COLUMN)
    assert later_cell.data(Qt.ItemDataRole.DecorationRole) is None
    assert "Overdue" not in later_cell.data() and later_cell.data()
    assert "Overdue: 1" in view.summary.text()

    _choose(view.filters.due, str(Due.OVERDUE))
    assert _ids(view) == [overdue_id]
    _choose(view.filters.due, str(Due.LATER))
    assert later_id in _ids(view) and overdue_id not in _ids(view)
    _choose(view.filters.due, None)

    # Search: membership number with spaces, PPR, and the Arabic name spelled without hamza.
    view.search.setText(f" {later.membership_no[:4]} {later.membership_no[4:]} ")
    assert _ids(view) == [later_id]
    view.search.setText(later.ppr)
    assert later_id in _ids(view)
    typed = f"{later.first_name_ar} {later.last_name_ar}".replace("أ", "ا").replace("إ", "ا")
    view.search.setText(typed)
    assert later_id in _ids(view) and overdue_id not in _ids(view)
    view.search.setText("zzzz-nobody")
    assert view.model.rowCount() == 0 and view.stack.currentWidget() is view.empty
    assert not view.open_button.isEnabled() and not view.csv_button.isEnabled()
    view.search.clear()

    # Type filter, then the archive.
    _choose(view.filters.type, str(DossierType.EARLY))
    assert view.model.rowCount() == 0
    _choose(view.filters.type, str(DossierType.AGE_LIMIT))
    assert {overdue_id, later_id} <= set(_ids(view))
    _choose(view.filter, "archive")
    assert _ids(view) == [closed_id]
    assert not view.assign_button.isEnabled()  # a closed dossier is not assigned
    _choose(view.filter, "all")

    # Sorting by a header, both ways; the selection follows its dossier.
    tables.select_row(view.table, _ids(view).index(later_id))
    view.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    numbers = [r.dossier.affiliate_membership_no for r in view.model.rows()]
    assert numbers == sorted(numbers)
    view.table.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    numbers = [r.dossier.affiliate_membership_no for r in view.model.rows()]
    assert numbers == sorted(numbers, reverse=True)
    selected = view.selected()
    assert selected is not None and selected.dossier.id == later_id


def test_assign_to_me_export_and_other_commune(
    qtbot: QtBot, shell: Shell, demo: DemoEnvironment, tmp_path: Path
) -> None:
    made = _portfolio(shell.wb.ctx, demo)
    overdue_id, _ = made["overdue"]
    win = sign_in(qtbot, shell, "demo.preparer")
    view = _open_tab(qtbot, shell, win)
    qtbot.waitUntil(lambda: overdue_id in _ids(view), timeout=TIMEOUT)
    tables.select_row(view.table, _ids(view).index(overdue_id))
    assert view.assign_button.isEnabled() and not view.release_button.isEnabled()
    click(qtbot, view.assign_button)
    wait_idle(qtbot, shell)

    def assignee() -> str | None:
        return next(r.assignee for r in view.model.rows() if r.dossier.id == overdue_id)

    qtbot.waitUntil(lambda: assignee() == "demo.preparer", timeout=TIMEOUT)
    selected = view.selected()
    assert selected is not None and selected.dossier.id == overdue_id  # still selected
    assert not view.assign_button.isEnabled() and view.release_button.isEnabled()
    assert view.model.index(_ids(view).index(overdue_id), 6).data() == "Préparateur (démo)"
    with shell.wb.ctx.db.read() as c:
        actions = [
            str(r[0])
            for r in c.execute("SELECT action FROM audit WHERE subject_id = ?", (overdue_id,))
        ]
    assert "dossier.assign" in actions
    _choose(view.filters.officer, "")  # not assigned
    assert overdue_id not in _ids(view) and view.model.rowCount() > 0
    _choose(view.filters.officer, ANYONE)

    # Export the filtered view: the rows shown, audited.
    _choose(view.filters.due, str(Due.OVERDUE))
    target = tmp_path / "out" / "portfolio.csv"
    view.export_to(target, "csv")
    qtbot.waitUntil(target.exists, timeout=TIMEOUT)
    wait_idle(qtbot, shell)
    with target.open(encoding="utf-8-sig", newline="") as f:
        got = list(csv.DictReader(f))
    assert [g["dossier_id"] for g in got] == _ids(view) == [overdue_id]
    assert got[0]["assignee"] == "demo.preparer" and got[0]["due"] == "overdue"
    assert "saved" in view.status.text()
    book = tmp_path / "out" / "portfolio.xlsx"
    view.export_to(book, "xlsx")
    qtbot.waitUntil(book.exists, timeout=TIMEOUT)
    wait_idle(qtbot, shell)
    with shell.wb.ctx.db.read() as c:
        exports = c.execute("SELECT COUNT(*) FROM audit WHERE action = 'dossiers.export'")
        assert exports.fetchone()[0] == 2

    click(qtbot, view.release_button)
    wait_idle(qtbot, shell)
    qtbot.waitUntil(lambda: assignee() is None, timeout=TIMEOUT)

    # An officer of another commune sees none of these dossiers.
    shell.switch_user()
    qtbot.waitUntil(lambda: shell.login is not None, timeout=TIMEOUT)
    wait_idle(qtbot, shell)
    other = sign_in(qtbot, shell, "other.preparer")
    view = _open_tab(qtbot, shell, other)
    _choose(view.filter, "archive")
    assert view.model.rowCount() == 0
    _choose(view.filter, "all")
    assert view.model.rowCount() == 0 and view.stack.currentWidget() is view.empty


def _raised_sentences(path: Path) -> set[str]:
    """The fixed sentences ``raise SomeError("...")`` carries in ``path``."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call) and node.exc.args:
            arg = node.exc.args[0]
            if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                found.add(arg.value)
    return found


def test_a_hidden_portfolio_reads_again_once_the_changes_stop(
    qtbot: QtBot, shell: Shell, demo: DemoEnvironment
) -> None:
    made = _portfolio(shell.wb.ctx, demo)
    win = sign_in(qtbot, shell, "demo.preparer")
    wait_idle(qtbot, shell)
    view = win.dossiers
    assert not view.isVisible()  # the officer works in another tab
    assert made["overdue"][0] in _ids(view)  # read at sign-in all the same
    read = view.gate.loads
    for _ in range(5):  # signing a checklist: one change per document
        shell.wb.events.dossier_changed.emit(made["later"][0])
    assert view.gate.loads == read and view.gate.stale  # not one read per change
    qtbot.waitUntil(lambda: view.gate.loads == read + 1, timeout=TIMEOUT)
    wait_idle(qtbot, shell)
    assert not view.gate.stale
    win.tabs.setCurrentWidget(view)  # nothing changed since: shown as it is
    assert view.gate.loads == read + 1
    shell.wb.events.dossier_changed.emit(made["later"][0])  # shown: read at once
    assert view.gate.loads == read + 2
    wait_idle(qtbot, shell)

    # a change just before the window closes: its hidden reload does not start after it
    win.tabs.setCurrentWidget(win.dashboard)
    shell.wb.events.dossier_changed.emit(made["later"][0])
    win.stop()
    qtbot.wait(HIDDEN_RELOAD_MS + 300)
    assert view.gate.loads == read + 2 and shell.settled


def test_the_services_errors_reach_the_officer_in_arabic(qapp: QApplication) -> None:
    services = Path(__file__).resolve().parents[2] / "app" / "services"
    sentences = set().union(
        *(
            _raised_sentences(services / f)
            for f in ("assignment.py", "portfolio.py", "spreadsheet.py")
        )
    )
    assert "This account does not work on dossiers." in sentences and len(sentences) >= 7
    i18n.install(qapp, "ar")
    untranslated = sorted(s for s in sentences if localise(s) == s)
    assert not untranslated


def test_portfolio_model_sorts_in_place(qtmodeltester: ModelTester) -> None:
    model = PortfolioModel("ar", {"age_limit": "حد السن"})
    rows = [
        row(3, DossierState.SIGNED, due=Due.LATER),
        row(1, DossierState.DRAFT, due=Due.OVERDUE, assignee="cert.pf"),
        row(2, DossierState.LIQUIDATED, due=Due.NONE),
    ]
    model.officer_names = {"alice.pf": "Alice (fictional)", "cert.pf": "Cert (fictional)"}
    model.set_rows(rows)
    qtmodeltester.check(model, force_py=True)
    model.sort(1, Qt.SortOrder.AscendingOrder)
    assert [model.index(n, 1).data() for n in range(3)] == ["955000001", "955000002", "955000003"]
    model.sort(3, Qt.SortOrder.DescendingOrder)  # by the life cycle's order, not the words
    assert [r.dossier.state for r in model.rows()] == [
        DossierState.LIQUIDATED,
        DossierState.SIGNED,
        DossierState.DRAFT,
    ]
    model.set_rows(rows)  # new rows keep the chosen order
    assert model.rows()[0].dossier.state is DossierState.LIQUIDATED
    qtmodeltester.check(model, force_py=True)
    assigned = [model.index(n, 6).data() for n in range(3)]
    assert assigned == ["", "", "Cert (fictional)"]
    assert model.index(2, 5).data() == "Alice (fictional)"
