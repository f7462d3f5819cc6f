"""What the dossier screen's buttons do: each action is one background operation."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from app.services import dossiers as dossiers_service
from app.services import queue as queue_service
from app.services.dossiers import DocumentRefused, SignOutcome
from app.signing.errors import SigningError
from app.ui.bridge import DossierChanged, QueueChanged
from app.ui.dialogs.confirm import ask, inform
from app.ui.dialogs.return_comment import ReturnDialog
from app.ui.dialogs.signature_report import SignatureReportDialog
from app.ui.errors import show_error
from app.ui.i18n import fmt, translate
from app.ui.messages import localise, refused_file_reason
from app.ui.ops import OpControl, Progress
from app.ui.texts import person_name
from app.ui.views.signature_field_actions import confirm_fields

if TYPE_CHECKING:
    from app.services.signing_ltv import RaiseOutcome
    from app.ui.views.dossier import DossierView


def _name(view: DossierView) -> str:
    assert view.bundle is not None
    b = view.bundle
    return person_name(b.affiliate, view.wb.lang.code, b.dossier.affiliate_membership_no)


def _changed(view: DossierView, dossier_id: str) -> None:
    view.wb.events.publish(DossierChanged(dossier_id))
    view.changed.emit(dossier_id)


# -- documents --------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class AttachResult:
    attached: list[str]
    refused: list[tuple[Path, str]]  # file, reason in words (translated when known)


def attach_files(view: DossierView, code: str, files: list[Path]) -> None:
    if view.bundle is None:
        return
    wb, actor, dossier_id = view.wb, view.wb.actor, view.bundle.dossier.id
    specs = wb.ctx.fund.checklist(view.bundle.dossier.type)
    label = next((s.label_for(wb.lang.code) for s in specs if s.code == code), code)

    def work(control: OpControl) -> AttachResult:
        attached: list[str] = []
        refused: list[tuple[Path, str]] = []
        for n, path in enumerate(files):
            control.progress(n, len(files), path.name)
            try:
                dossiers_service.attach(wb.ctx, actor, dossier_id, code, path)
            except DocumentRefused as exc:
                refused.append((path, str(exc)))
            else:
                attached.append(path.name)
        return AttachResult(attached, refused)

    def done(result: AttachResult) -> None:
        if result.attached:
            _changed(view, dossier_id)
            wb.events.say(
                fmt(
                    translate(
                        "DossierActions", "%n file(s) attached to “%1”.", None, len(result.attached)
                    ),
                    label,
                ),
                "success",
            )
        if result.refused:
            lines = [
                fmt(
                    translate("DossierActions", "%1: %2"),
                    path.name,
                    localise(refused_file_reason(message, path.name)),
                )
                for path, message in result.refused
            ]
            box = inform(
                view,
                translate("DossierActions", "File not accepted"),
                translate(
                    "DossierActions",
                    "These files were not attached; the dossier keeps its other documents:",
                ),
                "\n".join(lines)
                + "\n\n"
                + translate(
                    "DossierActions",
                    "Attach PDF files or scanned images (JPEG, PNG, TIFF).",
                ),
                QMessageBox.Icon.Warning,
            )
            box.setObjectName("refusedBox")

    def failed(exc: BaseException) -> None:
        show_error(view, exc)
        view.reload()

    wb.run(
        view,
        work,
        done,
        label=translate("DossierActions", "Checking and attaching the files…"),
        failure=failed,
    )


def remove_document(view: DossierView, document_id: int, filename: str) -> None:
    if view.bundle is None:
        return
    wb, actor, dossier_id = view.wb, view.wb.actor, view.bundle.dossier.id

    def go() -> None:
        wb.run(
            view,
            lambda _: dossiers_service.remove_document(wb.ctx, actor, dossier_id, document_id),
            lambda _: _changed(view, dossier_id),
            label=translate("DossierActions", "Removing the document…"),
        )

    ask(
        view,
        translate("DossierActions", "Remove the document"),
        fmt(translate("DossierActions", "Remove %1 from the dossier?"), filename),
        translate("DossierActions", "Remove"),
        go,
    )


# -- signing ----------------------------------------------------------------------------------


def sign_all(view: DossierView) -> None:
    """Sign the dossier's documents: a form with empty signature fields first shows the signing
    dialog (where each signature goes), then one PIN for all the documents."""
    confirm_fields(view, lambda: sign_now(view))


def sign_now(view: DossierView) -> None:
    if view.bundle is None:
        return
    wb, actor, dossier_id = view.wb, view.wb.actor, view.bundle.dossier.id
    settings, handler = wb.settings, view.handler
    passphrase = (
        wb.demo.identity.passphrase
        if wb.demo is not None and settings.text("signing_backend") == "software"
        else None
    )

    def work(control: OpControl) -> SignOutcome:
        # The signing layer (pyHanko, PKCS#11) loads here, on a worker thread, not at start.
        from app.services.signing_setup import backend_from_settings, signing_policy, stamp_for

        policy = signing_policy(settings, wb.ctx.fund)  # refused in words before the PIN
        backend = backend_from_settings(settings, passphrase)
        available = backend.availability()
        if not available.ok:
            raise SigningError(available.reason)
        with backend.open_session(handler) as session:  # one session, one PIN
            return dossiers_service.sign_all(
                wb.ctx,
                actor,
                dossier_id,
                session,
                level=policy.level,
                tsa_url=policy.tsa_url,
                progress=control.progress,
                cancelled=control.cancelled,
                stamp=stamp_for(settings, policy, wb.ctx.today()),
            )

    def progress(p: Progress) -> None:
        if p.total and p.what:
            view.hint.setText(
                fmt(
                    translate("DossierActions", "Signing %1 of %2: %3"), p.done + 1, p.total, p.what
                )
            )
            view.hint.show()

    def done(outcome: SignOutcome) -> None:
        _changed(view, dossier_id)
        if outcome.failures:
            box = inform(
                view,
                translate("DossierActions", "Some documents were not signed"),
                translate(
                    "DossierActions",
                    "%n document(s) signed. The dossier stays unsigned until every document is "
                    "signed:",
                    None,
                    outcome.signed,
                ),
                "\n".join(localise(f) for f in outcome.failures),
                QMessageBox.Icon.Warning,
            )
            box.setObjectName("signFailures")
        else:
            wb.events.say(
                translate(
                    "DossierActions",
                    "%n document(s) signed. A supervisor can now certify the dossier.",
                    None,
                    outcome.signed,
                ),
                "success",
            )

    def failed(exc: BaseException) -> None:
        _changed(view, dossier_id)
        show_error(view, exc)

    wb.run(
        view,
        work,
        done,
        failure=failed,
        progress=progress,
        label=translate("DossierActions", "Signing the documents…"),
        cancellable=True,
    )


def show_signature_reports(view: DossierView) -> None:
    """The verification report kept with each signed document (read-only)."""
    if view.bundle is None:
        return
    dlg = SignatureReportDialog(view.bundle.dossier.documents, _name(view), view)
    dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dlg.open()


def raise_long_term(view: DossierView) -> None:
    """Add long-term validation data (revocation info + document timestamp), no token needed."""
    if view.bundle is None:
        return
    wb, actor, dossier_id = view.wb, view.wb.actor, view.bundle.dossier.id

    def work(control: OpControl) -> RaiseOutcome:
        from app.services.signing_ltv import raise_dossier  # pyHanko: loaded on use
        from app.services.signing_setup import profile_signature_block

        tsa = wb.settings.text("tsa_url") or str(
            profile_signature_block(wb.ctx.fund.id).get("tsa_url") or ""
        )
        return raise_dossier(
            wb.ctx,
            actor,
            dossier_id,
            tsa_url=tsa,
            progress=control.progress,
            cancelled=control.cancelled,
        )

    def done(outcome: RaiseOutcome) -> None:
        _changed(view, dossier_id)
        if outcome.failures:
            box = inform(
                view,
                translate("DossierActions", "Long-term validation incomplete"),
                translate(
                    "DossierActions",
                    "%n document(s) completed. These documents keep their earlier signature:",
                    None,
                    outcome.raised,
                ),
                "\n".join(localise(f) for f in outcome.failures),
                QMessageBox.Icon.Warning,
            )
            box.setObjectName("raiseFailures")
        else:
            wb.events.say(
                translate(
                    "DossierActions",
                    "%n document(s) now carry long-term validation data.",
                    None,
                    outcome.raised + outcome.already,
                ),
                "success",
            )

    wb.run(
        view,
        work,
        done,
        label=translate("DossierActions", "Adding long-term validation data…"),
        cancellable=True,
    )


# -- supervisor -------------------------------------------------------------------------------


def certify(view: DossierView) -> None:
    if view.bundle is None:
        return
    wb, actor, dossier_id = view.wb, view.wb.actor, view.bundle.dossier.id

    name = _name(view)

    def done(_: None) -> None:
        _changed(view, dossier_id)
        wb.events.say(
            fmt(translate("DossierActions", "The dossier of %1 is certified."), name), "success"
        )

    settings, handler = wb.settings, view.handler
    passphrase = (
        wb.demo.identity.passphrase
        if wb.demo is not None and settings.text("signing_backend") == "software"
        else None
    )

    def work(_: OpControl) -> None:
        from app.services import certification  # cover sheet (fpdf) and pyHanko: on use
        from app.services.signing_setup import backend_from_settings, signing_policy

        # The supervisor signs the cover sheet with their own token (issue 6).
        policy = signing_policy(settings, wb.ctx.fund)
        backend = backend_from_settings(settings, passphrase)
        available = backend.availability()
        if not available.ok:
            raise SigningError(available.reason)
        with backend.open_session(handler) as session:
            certification.certify_with_cover(
                wb.ctx, actor, dossier_id, session, level=policy.level, tsa_url=policy.tsa_url
            )

    def go() -> None:
        wb.run(view, work, done, label=translate("DossierActions", "Certifying…"))

    ask(
        view,
        translate("DossierActions", "Certify the dossier"),
        fmt(
            translate(
                "DossierActions",
                "You certify that the signed documents of %1 are complete and correct.",
            ),
            _name(view),
        ),
        translate("DossierActions", "Certify"),
        go,
        detail=translate(
            "DossierActions",
            "Your signature token signs the dossier's cover sheet, which is sent with it.",
        ),
    )


def return_dossier(view: DossierView) -> None:
    if view.bundle is None:
        return
    wb, actor, dossier_id = view.wb, view.wb.actor, view.bundle.dossier.id
    dlg = ReturnDialog(_name(view), view)

    def returned(_: None) -> None:
        _changed(view, dossier_id)
        wb.events.say(translate("DossierActions", "The dossier was returned to its preparer."))

    def answered(code: int) -> None:
        comment = dlg.text()
        dlg.deleteLater()
        if code != ReturnDialog.DialogCode.Accepted or not comment:
            return
        wb.run(
            view,
            lambda _: dossiers_service.return_to_preparer(wb.ctx, actor, dossier_id, comment),
            returned,
            label=translate("DossierActions", "Returning the dossier…"),
        )

    dlg.finished.connect(answered)
    dlg.open()


def enqueue(view: DossierView) -> None:
    if view.bundle is None:
        return
    wb, actor, dossier_id = view.wb, view.wb.actor, view.bundle.dossier.id

    def done(_: object) -> None:
        _changed(view, dossier_id)
        wb.events.publish(QueueChanged())
        wb.events.say(
            translate(
                "DossierActions",
                "The dossier is in the sending queue. It leaves with “Send now” or automatically "
                "when the platform answers.",
            ),
            "success",
        )

    wb.run(
        view,
        lambda _: queue_service.enqueue(wb.ctx, actor, dossier_id),
        done,
        label=translate("DossierActions", "Queuing the dossier…"),
    )
