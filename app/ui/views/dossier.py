"""The dossier screen: state, checklist with its files, actions, stage at the fund, history."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime
from functools import partial
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.lifecycle import Action
from app.domain.models import Document, Dossier, DossierState, Role
from app.ui.adapters import DossierBundle, load_dossier
from app.ui.bridge import QtSigningHandler
from app.ui.i18n import fmt, format_datetime, translate
from app.ui.permissions import why_not
from app.ui.reload import ReloadGate
from app.ui.texts import audit_action_name, person_name, stage_name, state_colour, state_name
from app.ui.views import attach_choice, dossier_actions, preview_actions, signature_field_actions
from app.ui.views.checklist import ChecklistView
from app.ui.views.facts import FactsBar, facts_used
from app.ui.views.search import empty_state_label
from app.ui.views.thumbnails import Thumbnails
from app.ui.workbench import Workbench

S = DossierState
_EDITABLE = (S.DRAFT, S.COMPLETE)
FilePicker = Callable[[QWidget, str], list[Path]]
HIDDEN_RELOAD_MS = 1500


def pick_pdfs(parent: QWidget, title: str) -> list[Path]:
    names, _ = QFileDialog.getOpenFileNames(
        parent,
        title,
        str(Path.home()),
        translate(
            "DossierView",
            "PDF documents and scans (*.pdf *.PDF *.jpg *.jpeg *.JPG *.png *.PNG *.tif *.tiff)",
        ),
    )
    return [Path(n) for n in names]


def _instant(stamp: str) -> float:
    try:
        moment = datetime.fromisoformat(stamp.replace("Z", "+00:00"))
    except ValueError:
        return 0.0
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.timestamp()


class DossierView(QWidget):
    changed = Signal(str)  # dossier id, after an action changed it

    def __init__(
        self, wb: Workbench, handler: QtSigningHandler, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.wb = wb
        self.handler = handler
        self.bundle: DossierBundle | None = None
        self.pick_files: FilePicker = pick_pdfs
        self.thumbs = Thumbnails(parent=self)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.stack = QStackedWidget()
        outer.addWidget(self.stack)
        self.empty = empty_state_label("dossierEmpty")
        self.empty.setText(
            translate(
                "DossierView",
                "No dossier open. Open one from an affiliate's sheet or from the Dossiers tab.",
            )
        )
        self.stack.addWidget(self.empty)
        page = QWidget()
        self.page = page
        self.stack.addWidget(page)
        layout = QVBoxLayout(page)

        head = QHBoxLayout()
        self.title = QLabel()
        self.title.setObjectName("dossierTitle")
        self.title.setStyleSheet("font-size: 15pt; font-weight: 700;")
        self.title.setWordWrap(True)
        head.addWidget(self.title, 1)
        self.badge = QLabel()
        self.badge.setObjectName("stateBadge")
        head.addWidget(self.badge, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(head)
        self.meta = QLabel()
        self.meta.setObjectName("dossierMeta")
        self.meta.setStyleSheet("color: #475569;")
        self.meta.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.meta)

        self.returned = QLabel()
        self.returned.setObjectName("returnComment")
        self.returned.setWordWrap(True)
        self.returned.setStyleSheet(
            "QLabel#returnComment { background: #fff7ed; border: 2px solid #f97316;"
            " border-radius: 4px; padding: 10px; color: #7c2d12; font-size: 11pt; }"
        )
        layout.addWidget(self.returned)
        self.requested = QLabel()
        self.requested.setObjectName("fundRequests")
        self.requested.setWordWrap(True)
        self.requested.setStyleSheet(
            "QLabel#fundRequests { background: #fef2f2; border: 2px solid #dc2626;"
            " border-radius: 4px; padding: 10px; color: #7f1d1d; font-size: 11pt; }"
        )
        layout.addWidget(self.requested)
        self.hint = QLabel()
        self.hint.setObjectName("nextStep")
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #1e3a8a; font-size: 11pt;")
        layout.addWidget(self.hint)

        split = QSplitter(Qt.Orientation.Horizontal)
        split.setChildrenCollapsible(False)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.checklist = ChecklistView()
        self.checklist.attach_requested.connect(self.choose_files)
        # several files at once: one document of them all, or one per file (asked)
        self.checklist.files_dropped.connect(lambda c, f: attach_choice.offer(self, c, f))
        self.checklist.remove_requested.connect(self.remove_document)
        self.checklist.pages_requested.connect(lambda i: preview_actions.edit_pages(self, i))
        self.checklist.fit_requested.connect(lambda i: preview_actions.reduce_size(self, i))
        signature_field_actions.install(self)  # sign into a field the document already has
        self.facts = FactsBar()
        self.facts.changed.connect(lambda: preview_actions.set_facts(self, self.facts.values()))
        holder = QWidget()
        holder_layout = QVBoxLayout(holder)
        holder_layout.setContentsMargins(0, 0, 0, 0)
        holder_layout.addWidget(self.facts)
        holder_layout.addWidget(self.checklist)
        holder_layout.addStretch(1)
        scroll.setWidget(holder)
        split.addWidget(scroll)

        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        history_title = QLabel(translate("DossierView", "History"))
        history_title.setStyleSheet("font-size: 12pt; font-weight: 600;")
        lower_layout.addWidget(history_title)
        self.stage = QLabel()
        self.stage.setObjectName("remoteStage")
        self.stage.setStyleSheet("font-weight: 600;")
        lower_layout.addWidget(self.stage)
        self.history = QTreeWidget()
        self.history.setObjectName("history")
        self.history.setRootIsDecorated(False)
        self.history.setHeaderLabels(
            [
                translate("DossierView", "When"),
                translate("DossierView", "Who"),
                translate("DossierView", "What"),
            ]
        )
        self.history.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        lower_layout.addWidget(self.history)
        split.addWidget(lower)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setSizes([640, 520])
        scroll.setMinimumWidth(420)
        lower.setMinimumWidth(300)
        layout.addWidget(split, 1)

        bar = QHBoxLayout()
        self.buttons: dict[Action, QPushButton] = {}
        for action, text, name in (
            (Action.SIGN, translate("DossierView", "Sign all documents"), "signAll"),
            (Action.CERTIFY, translate("DossierView", "Certify"), "certify"),
            (Action.RETURN, translate("DossierView", "Return with comment…"), "returnDossier"),
            (Action.ENQUEUE, translate("DossierView", "Queue for sending"), "enqueue"),
        ):
            b = QPushButton(text)
            b.setObjectName(name)
            self.buttons[action] = b
            bar.addWidget(b)
        self.buttons[Action.SIGN].clicked.connect(lambda: dossier_actions.sign_all(self))
        self.buttons[Action.CERTIFY].clicked.connect(lambda: dossier_actions.certify(self))
        self.buttons[Action.RETURN].clicked.connect(lambda: dossier_actions.return_dossier(self))
        self.buttons[Action.ENQUEUE].clicked.connect(lambda: dossier_actions.enqueue(self))
        bar.addStretch(1)
        self.package_button = QPushButton(translate("DossierView", "Cover sheet (PDF)…"))
        self.package_button.setObjectName("savePackage")
        self.package_button.setToolTip(
            translate(
                "DossierView",
                "Save the cover sheet (items, pages, SHA-256 of each document, in French and "
                "Arabic) followed by the documents, as one PDF for printing or archiving.",
            )
        )
        self.package_button.clicked.connect(lambda: preview_actions.save_package(self))
        bar.addWidget(self.package_button)
        self.signatures_button = QPushButton(translate("DossierView", "Signatures"))
        self.signatures_button.setObjectName("signaturesMenu")
        signatures = QMenu(self.signatures_button)
        self.report_action = signatures.addAction(translate("DossierView", "Signature check…"))
        self.report_action.triggered.connect(lambda: dossier_actions.show_signature_reports(self))
        self.raise_action = signatures.addAction(translate("DossierView", "Long-term validation…"))
        self.raise_action.setToolTip(
            translate(
                "DossierView",
                "Add revocation data and a timestamp to signed documents (PAdES B-LT), "
                "without the token, while the platform and the timestamp service answer.",
            )
        )
        self.raise_action.triggered.connect(lambda: dossier_actions.raise_long_term(self))
        self.signatures_button.setMenu(signatures)
        bar.addWidget(self.signatures_button)
        self.refresh_button = QPushButton(translate("DossierView", "Refresh"))
        self.refresh_button.setObjectName("refreshDossier")
        self.refresh_button.clicked.connect(self.reload)
        bar.addWidget(self.refresh_button)
        layout.addLayout(bar)
        wb.events.dossier_changed.connect(self._on_changed)
        # Hidden (another tab shown), the dossier is read again once its changes stop: the
        # sending queue and status updates change it several times a minute.
        self.gate = ReloadGate(self, self._reload_now, hidden_delay_ms=HIDDEN_RELOAD_MS)

    # -- loading ------------------------------------------------------------------------------

    @property
    def dossier_id(self) -> str | None:
        return self.bundle.dossier.id if self.bundle else None

    def load(self, dossier_id: str, opening: bool = True) -> None:
        """Read the dossier in the background (``opening``: audited as a consultation)."""
        wb, actor = self.wb, self.wb.actor

        wb.run(
            self,
            lambda _: load_dossier(wb.ctx, actor, dossier_id, opening=opening),
            self._fill,
            label=translate("DossierView", "Opening the dossier…"),
            blocking=False,
        )

    def reload(self) -> None:
        """Read the open dossier again (Refresh, or after an action of this screen)."""
        if self.dossier_id:
            self.gate.now()

    def _reload_now(self) -> object:
        dossier_id = self.dossier_id
        if dossier_id is None or self.wb.session is None:
            return None
        wb, actor = self.wb, self.wb.actor

        def fill(bundle: DossierBundle) -> None:
            if self.gate.current() and self.dossier_id == dossier_id:  # not another one since
                self._fill(bundle)

        return wb.run(
            self,
            lambda _: load_dossier(wb.ctx, actor, dossier_id, opening=False),
            fill,
            finished=self.gate.finished,
            blocking=False,
        )

    def clear(self) -> None:
        self.bundle = None
        self.stack.setCurrentWidget(self.empty)

    def _on_changed(self, dossier_id: str) -> None:
        if dossier_id == self.dossier_id:
            self.gate.request()  # several changes in a row: one more read, when shown

    def _fill(self, bundle: DossierBundle) -> None:
        self.bundle = bundle
        d, lang = bundle.dossier, self.wb.lang.code
        name = person_name(bundle.affiliate, lang, d.affiliate_membership_no)
        type_label = self.wb.ctx.fund.dossier_types[d.type].label_for(lang)
        self.title.setText(fmt(translate("DossierView", "%1 — %2"), type_label, name))
        self.badge.setText(state_name(d.state))
        self.badge.setStyleSheet(
            f"background: {state_colour(d.state)}; color: #111827; padding: 4px 10px;"
            " border-radius: 10px; font-weight: 600;"
        )
        self.meta.setText(
            fmt(
                translate("DossierView", "Membership no. %1 · opened on %2 by %3"),
                d.affiliate_membership_no,
                format_datetime(d.created_at),
                d.created_by,
            )
        )
        if d.return_comment:
            self.returned.setText(
                fmt(
                    translate("DossierView", "Returned by the supervisor — to correct: %1"),
                    d.return_comment,
                )
            )
            self.returned.show()
        else:
            self.returned.hide()
        self._fill_requests()
        self.hint.setText(self._next_step())
        self.hint.setVisible(bool(self.hint.text()))
        editable = d.state in _EDITABLE and self.wb.actor.role in (Role.PREPARER, Role.ADMIN)
        self.checklist.set_lines(
            bundle.lines,
            lang,
            bundle.pages,
            editable,
            thumb=self._thumb,
            limit=self.wb.ctx.fund.documents.max_bytes,
        )
        version = self.wb.ctx.fund.dossier_types[d.type].version_on(d.created_at.date())
        self.facts.set_facts(
            self.wb.ctx.fund.facts,
            facts_used(version.items),
            bundle.facts,
            lang,
            editable,
        )
        self._fill_stage_and_history()
        self._update_buttons()
        self.stack.setCurrentWidget(self.page)

    def _fill_requests(self) -> None:
        assert self.bundle is not None
        b, lang = self.bundle, self.wb.lang.code
        labels = {s.code: s.label_for(lang) for s in self.wb.ctx.fund.checklist(b.dossier.type)}
        lines = [
            fmt(
                translate("DossierView", "• %1: %2"), labels.get(r.item_code, r.item_code), r.reason
            )
            for r in b.fund_requests
        ]
        if lines:
            title = translate("DossierView", "The fund asks for documents:")
            self.requested.setText("\n".join([title, *lines]))
        self.requested.setVisible(bool(lines))

    def _fill_stage_and_history(self) -> None:
        assert self.bundle is not None
        b, lang = self.bundle, self.wb.lang.code
        d = b.dossier
        text = fmt(translate("DossierView", "At the fund: %1"), stage_name(d.remote_stage))
        if d.remote_id:
            text += " · " + fmt(translate("DossierView", "reference %1"), d.remote_id)
        self.stage.setText(text)
        labels = {s.code: s.label_for(lang) for s in self.wb.ctx.fund.checklist(d.type)}
        files = {str(doc.id): doc.filename for doc in d.documents}
        self.history.clear()
        rows: list[tuple[str, list[str]]] = []
        for entry in b.history:
            what = audit_action_name(entry.action)
            item = entry.details.get("item")
            document = entry.details.get("document")
            if item:
                what = fmt(translate("DossierView", "%1: %2"), what, labels.get(item, item))
            elif document and document in files:
                what = fmt(translate("DossierView", "%1: %2"), what, files[document])
            who = translate("DossierView", "Mellaf") if entry.actor == "system" else entry.actor
            rows.append((entry.at, [format_datetime(entry.at), who, what]))
        fund = translate("DossierView", "The fund")
        for event in b.fund_events:
            text = stage_name(event.stage)
            if event.note:
                text = fmt(translate("DossierView", "%1 — %2"), text, event.note)
            rows.append((event.at, [format_datetime(event.at), fund, text]))
        for _, columns in sorted(rows, key=lambda r: _instant(r[0]), reverse=True):
            item_widget = QTreeWidgetItem(columns)
            item_widget.setToolTip(2, columns[2])
            self.history.addTopLevelItem(item_widget)

    def _effective(self) -> Dossier:
        """The dossier as the actions see it: a draft with nothing missing (e.g. returned by
        the supervisor) counts as complete, since signing first re-checks completeness."""
        assert self.bundle is not None
        d = self.bundle.dossier
        if d.state is S.DRAFT and not any(line.missing for line in self.bundle.lines):
            return replace(d, state=S.COMPLETE)
        return d

    def _next_step(self) -> str:
        assert self.bundle is not None
        d, role = self._effective(), self.wb.actor.role
        preparer = role in (Role.PREPARER, Role.ADMIN)
        certifier = role in (Role.CERTIFIER, Role.ADMIN)
        if d.state is S.COMPLETE and d.return_comment and preparer:
            return translate(
                "DossierView",
                "Next step: correct what the supervisor asks (replace a document if needed), "
                "then sign all the documents again.",
            )
        if d.state is S.DRAFT:
            missing = sum(1 for line in self.bundle.lines if line.missing)
            return translate(
                "DossierView",
                "Next step: attach the %n missing required document(s).",
                None,
                missing,
            )
        if d.state is S.COMPLETE:
            return (
                translate("DossierView", "Next step: sign all the documents (one PIN entry).")
                if preparer
                else translate("DossierView", "The preparer has to sign the documents.")
            )
        if d.state is S.SIGNED:
            return (
                translate(
                    "DossierView", "Next step: a supervisor checks and certifies the dossier."
                )
                if not certifier
                else translate(
                    "DossierView", "Next step: check the documents, then certify or return."
                )
            )
        if d.state is S.CERTIFIED:
            return translate("DossierView", "Next step: queue the dossier for sending.")
        if d.state in (S.QUEUED, S.UPLOADING):
            return translate("DossierView", "The dossier waits in the sending queue (Sending tab).")
        if d.state is S.DOCUMENTS_REQUESTED:
            return translate("DossierView", "The fund asks for documents: see its message.")
        return ""

    def _update_buttons(self) -> None:
        assert self.bundle is not None
        d, actor = self._effective(), self.wb.actor
        for action, button in self.buttons.items():
            reason = why_not(d, action, actor)
            button.setEnabled(reason is None)
            button.setToolTip(reason or "")
            button.setAccessibleDescription(reason or "")
        signed = any(doc.signed_sha256 for doc in d.documents)
        self.report_action.setEnabled(signed)
        self.raise_action.setEnabled(d.state in (S.SIGNED, S.CERTIFIED))

    # -- documents ----------------------------------------------------------------------------

    def choose_files(self, code: str) -> None:
        files = self.pick_files(self, translate("DossierView", "Choose the PDF files to attach"))
        if files:
            attach_choice.offer(self, code, files)

    def attach_files(self, code: str, files: list[Path]) -> None:
        dossier_actions.attach_files(self, code, files)

    def _thumb(self, doc: Document) -> QPixmap | None:
        """The thumbnail when rendered, else a blank page replaced when QtPdf's thread is done
        (rendering a scan takes a while; the window does not wait for it)."""
        path = self.wb.ctx.blobs.path_of(doc.signed_sha256 or doc.original_sha256)
        known, picture = self.thumbs.get(path, partial(self._thumb_ready, doc.id))
        return picture if known else self.thumbs.placeholder()

    def _thumb_ready(self, document_id: int, picture: QPixmap | None) -> None:
        label = self.checklist.findChild(QLabel, f"thumb_{document_id}")
        if label is None:
            return
        if picture is None:
            label.hide()
        else:
            label.setPixmap(picture)
            label.setProperty("rendered", True)

    def remove_document(self, document_id: int, filename: str) -> None:
        dossier_actions.remove_document(self, document_id, filename)
