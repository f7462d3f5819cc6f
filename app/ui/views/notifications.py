"""In-app notifications: what the fund said about the sent dossiers (a new stage, a request for
documents), sending steps that failed for good, and the fund's answers to data-correction
requests (which field of which affiliate, accepted or refused, and the fund's comment). Unread
ones are shown in bold. Activating one opens its dossier, or for a correction the affiliate's
sheet (its read audited as every sheet opened)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.models import Account, Affiliate
from app.services import affiliates as affiliates_service
from app.services.context import Context
from app.store import corrections as corrections_repo
from app.store import dossiers as dossiers_repo
from app.store import notifications as notes_repo
from app.store.corrections import CorrectionRequest
from app.store.notifications import Notification
from app.ui.adapters import affiliate_of
from app.ui.i18n import fmt, format_datetime, translate
from app.ui.texts import person_name, stage_name
from app.ui.views.correction import field_names
from app.ui.workbench import Workbench

MEMBER_ROLE = Qt.ItemDataRole.UserRole + 1  # a correction's affiliate (membership number)


@dataclass(frozen=True, slots=True)
class NoteRow:
    note: Notification
    name: str  # the affiliate's name, or their membership number
    correction: CorrectionRequest | None = None  # kind "correction": the request answered


def note_rows(ctx: Context, actor: Account, lang: str) -> list[NoteRow]:
    """The recent notifications about the actor's collectivity's dossiers and requests."""
    rows: list[NoteRow] = []
    with ctx.db.read() as c:
        found = notes_repo.recent(c)
        dossiers = {n.dossier_id: dossiers_repo.get(c, n.dossier_id) for n in found if n.dossier_id}
        asked = corrections_repo.by_ids(c, [n.correction_id for n in found if n.correction_id])
    for n in found:
        if n.kind == "correction":
            r = asked.get(n.correction_id or 0)
            if r is not None and r.collectivity_id == actor.collectivity_id:
                rows.append(NoteRow(n, r.membership_no, r))
            continue
        d = dossiers.get(n.dossier_id) if n.dossier_id else None
        if d is None or d.collectivity_id != actor.collectivity_id:
            continue
        a = affiliate_of(ctx, actor, d.affiliate_membership_no)
        rows.append(NoteRow(n, person_name(a, lang, d.affiliate_membership_no)))
    return rows


def correction_text(r: CorrectionRequest) -> str:
    """Which field of which affiliate (by membership number), the decision, the fund's comment."""
    field = field_names().get(r.field, r.field)
    if r.decision == "accepted":
        text = translate(
            "Notifications",
            "The fund accepted the correction of “%1” for affiliate no. %2. Its comment: %3",
        )
    elif r.decision == "refused":
        text = translate(
            "Notifications",
            "The fund refused the correction of “%1” for affiliate no. %2. Its comment: %3",
        )
    else:
        text = translate(
            "Notifications",
            "The fund answered the correction request on “%1” for affiliate no. %2. Its "
            "comment: %3",
        )
    # The comment is the fund's own words, in its language: isolated (U+2068..U+2069) so that a
    # Latin comment keeps its order inside an Arabic sentence.
    return fmt(text, field, r.membership_no, f"\u2068{r.answer or '—'}\u2069")


def note_text(row: NoteRow) -> str:
    n = row.note
    if n.kind == "correction" and row.correction is not None:
        return correction_text(row.correction)
    if n.kind == "request":
        return fmt(
            translate(
                "Notifications",
                "The fund asks for documents for the dossier of %1. Open the dossier, reopen it "
                "and add the requested documents.",
            ),
            row.name,
        )
    if n.kind == "failure":
        return fmt(
            translate(
                "Notifications",
                "Sending the dossier of %1 stopped: see the reason in the queue, fix it, then "
                "choose “Try again”.",
            ),
            row.name,
        )
    return fmt(
        translate("Notifications", "The dossier of %1 is now: %2."), row.name, stage_name(n.stage)
    )


class NotificationsPanel(QWidget):
    unread_changed = Signal(int)
    open_dossier = Signal(str)
    affiliate_selected = Signal(object)  # Affiliate: a correction's affiliate, from the cache

    def __init__(self, wb: Workbench, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.wb = wb
        self.unread = 0
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        self.title = QLabel()
        self.title.setObjectName("notesTitle")
        self.title.setStyleSheet("font-weight: 600;")
        top.addWidget(self.title, 1)
        self.mark = QPushButton(translate("Notifications", "Mark all as read"))
        self.mark.setObjectName("markRead")
        self.mark.clicked.connect(self.mark_all_read)
        top.addWidget(self.mark)
        layout.addLayout(top)
        self.list = QListWidget()
        self.list.setObjectName("notesList")
        self.list.setWordWrap(True)
        self.list.itemActivated.connect(self._activated)
        layout.addWidget(self.list, 1)
        self._show_count()
        wb.events.status_changed.connect(lambda *_: self.reload())
        wb.events.queue_changed.connect(self.reload)

    def reload(self) -> None:
        if self.wb.session is None:
            return
        wb, actor, lang = self.wb, self.wb.actor, self.wb.lang.code
        wb.run(self, lambda _: note_rows(wb.ctx, actor, lang), self._fill, blocking=False)

    def _fill(self, rows: list[NoteRow]) -> None:
        self.list.clear()
        for r in rows:
            item = QListWidgetItem(
                f"{format_datetime(r.note.at)} — {note_text(r)}",
            )
            item.setData(Qt.ItemDataRole.UserRole, r.note.dossier_id)
            if r.correction is not None:
                item.setData(MEMBER_ROLE, r.correction.membership_no)
            if not r.note.read:
                font = QFont(item.font())
                font.setBold(True)
                item.setFont(font)
            self.list.addItem(item)
        if not rows:
            self.list.addItem(translate("Notifications", "No news from the fund yet."))
        self.unread = sum(1 for r in rows if not r.note.read)
        self._show_count()
        self.unread_changed.emit(self.unread)

    def _show_count(self) -> None:
        self.title.setText(
            translate("Notifications", "News from the fund (%n unread)", None, self.unread)
        )
        self.mark.setEnabled(self.unread > 0)

    def mark_all_read(self) -> None:
        ctx = self.wb.ctx

        def work(_: object) -> int:
            with ctx.db.transaction() as c:
                return notes_repo.mark_all_read(c, ctx.clock())

        self.wb.run(self, work, lambda _: self.reload(), blocking=False)

    def _activated(self, item: QListWidgetItem) -> None:
        dossier_id = item.data(Qt.ItemDataRole.UserRole)
        if isinstance(dossier_id, str) and dossier_id:
            self.open_dossier.emit(dossier_id)
            return
        member = item.data(MEMBER_ROLE)
        if isinstance(member, str) and member:
            self.open_affiliate(member)

    def open_affiliate(self, membership_no: str) -> None:
        """Find the affiliate in the cache, then ask for their sheet (which audits the read)."""
        wb, actor = self.wb, self.wb.actor

        def found(affiliate: Affiliate | None) -> None:
            if affiliate is not None:
                self.affiliate_selected.emit(affiliate)
                return
            wb.events.say(
                translate(
                    "Notifications",
                    "This affiliate is not in the list on this computer: update the affiliates "
                    "list, then search for them.",
                ),
                "warning",
            )

        wb.run(
            self,
            lambda _: affiliates_service.get_cached(wb.ctx, actor, membership_no),
            found,
            blocking=False,
        )
