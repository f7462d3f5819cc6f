"""Errors in words: a translated title, the message, and what to do next.

Errors of the environment (network down, token missing, file refused) are told plainly. Anything
else is a bug: the officer sees a generic "unexpected error" with the details folded away, and
the window stays usable.
"""

from __future__ import annotations

import logging
import traceback
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from app.domain.errors import DomainError, NotAllowed
from app.platform.errors import (
    AuthError,
    ContractError,
    OfflineError,
    PlatformError,
    RefusedError,
    ServerError,
)
from app.services.complement import RequestNotAnswered
from app.services.dossiers import DocumentRefused
from app.signing.errors import (
    Cancelled,
    CertificateError,
    PinIncorrect,
    PinLocked,
    SigningError,
    TokenNotFound,
    TokenRemoved,
)
from app.store.db import StoreError
from app.ui.i18n import translate
from app.ui.messages import localise

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class ErrorReport:
    title: str
    message: str
    next_step: str
    details: str | None = None
    unexpected: bool = False


def _platform(exc: PlatformError) -> tuple[str, str]:
    if isinstance(exc, OfflineError):
        return (
            translate("Errors", "No connection to the platform"),
            translate(
                "Errors",
                "Check the network cable or Wi-Fi, then try again. Your work is kept on this "
                "computer; queued dossiers leave when the connection returns.",
            ),
        )
    if isinstance(exc, AuthError):
        return (
            translate("Errors", "Sign-in refused"),
            translate(
                "Errors",
                "Check your account and password. If your session has expired, sign in again "
                "with “Switch user”.",
            ),
        )
    if isinstance(exc, ServerError):
        return (
            translate("Errors", "The platform has a problem"),
            translate(
                "Errors",
                "Try again in a few minutes. If it lasts, call the fund's support desk.",
            ),
        )
    if isinstance(exc, ContractError):
        return (
            translate("Errors", "Unexpected answer from the platform"),
            translate(
                "Errors",
                "Mellaf may need an update. Tell your IT support; your work is kept.",
            ),
        )
    if isinstance(exc, RefusedError):
        return (
            translate("Errors", "The platform refused the request"),
            translate("Errors", "Read the reason, correct the dossier, then try again."),
        )
    return (
        translate("Errors", "Platform error"),
        translate("Errors", "Try again. If it lasts, call the fund's support desk."),
    )


def _signing(exc: SigningError) -> tuple[str, str]:
    if isinstance(exc, PinLocked):
        return (
            translate("Errors", "Token locked"),
            translate(
                "Errors",
                "Do not try again: contact the certificate provider (Barid eSign) with your "
                "unlock code.",
            ),
        )
    if isinstance(exc, PinIncorrect):
        return (
            translate("Errors", "Wrong PIN"),
            translate("Errors", "Check the PIN carefully before signing again."),
        )
    if isinstance(exc, TokenNotFound | TokenRemoved):
        return (
            translate("Errors", "Signing token not found"),
            translate("Errors", "Plug in your token, wait a few seconds, then sign again."),
        )
    if isinstance(exc, CertificateError):
        return (
            translate("Errors", "Certificate problem"),
            translate("Errors", "Contact your certificate provider or your IT support."),
        )
    if isinstance(exc, Cancelled):
        return (
            translate("Errors", "Signing cancelled"),
            translate("Errors", "Nothing was changed. Sign again when you are ready."),
        )
    return (
        translate("Errors", "Signing failed"),
        translate("Errors", "Try again. If it lasts, ask your IT support."),
    )


def describe(exc: BaseException) -> ErrorReport:
    """What to tell the officer about ``exc``."""
    if isinstance(exc, PlatformError):
        title, step = _platform(exc)
        return ErrorReport(title, localise(exc.user_message), step)
    if isinstance(exc, SigningError):
        title, step = _signing(exc)
        return ErrorReport(title, localise(exc.user_message), step, exc.detail)
    if isinstance(exc, DocumentRefused):
        return ErrorReport(
            translate("Errors", "File not accepted"),
            localise(str(exc)),
            translate(
                "Errors",
                "Attach a PDF file (scan the paper to PDF if needed). Nothing else was changed.",
            ),
        )
    if isinstance(exc, RequestNotAnswered):
        return ErrorReport(
            translate("Errors", "The fund's request is not answered yet"),
            localise(str(exc)),
            translate(
                "Errors",
                "Open the dossier: the requested items are marked in the checklist. Attach a new "
                "document for each, then sign and certify again.",
            ),
        )
    if isinstance(exc, NotAllowed):
        return ErrorReport(
            translate("Errors", "Not allowed"),
            localise(str(exc)),
            translate("Errors", "Ask a colleague who holds the right role."),
        )
    if isinstance(exc, DomainError):
        return ErrorReport(
            translate("Errors", "This cannot be done now"),
            localise(str(exc)),
            translate("Errors", "Refresh the dossier and check its state."),
        )
    if isinstance(exc, StoreError):
        return ErrorReport(
            translate("Errors", "The local database has a problem"),
            str(exc),
            translate("Errors", "Close Mellaf and call your IT support before going on."),
        )
    if isinstance(exc, OSError):
        return ErrorReport(
            translate("Errors", "File problem"),
            exc.strerror or str(exc),
            translate(
                "Errors",
                "Check that the file exists, is not open elsewhere, and the disk is not full.",
            ),
            f"{type(exc).__name__}: {exc}",
        )
    return ErrorReport(
        translate("Errors", "Unexpected error"),
        translate(
            "Errors",
            "Mellaf met an unexpected problem. Your saved work is safe; the action was not "
            "completed.",
        ),
        translate(
            "Errors", "Try again. If it happens again, send the details below to your IT support."
        ),
        "".join(traceback.format_exception(exc)),
        unexpected=True,
    )


def message_box(parent: QWidget | None, report: ErrorReport) -> QMessageBox:
    box = QMessageBox(parent)
    box.setObjectName("errorBox")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setIcon(QMessageBox.Icon.Critical if report.unexpected else QMessageBox.Icon.Warning)
    box.setWindowTitle(report.title)
    box.setText(f"<b>{escape(report.title)}</b>")
    box.setTextFormat(Qt.TextFormat.RichText)
    box.setInformativeText(f"{escape(report.message)}<br><br>{escape(report.next_step)}")
    if report.details:
        box.setDetailedText(report.details)
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    return box


def escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def show_error(parent: QWidget | None, exc: BaseException) -> QMessageBox:
    """Tell the officer about ``exc`` without blocking the event loop."""
    report = describe(exc)
    if report.unexpected:
        log.error("unexpected error", exc_info=exc)
    else:
        log.info("error shown: %s (%s)", type(exc).__name__, report.title)
    box = message_box(parent, report)
    box.open()
    return box
