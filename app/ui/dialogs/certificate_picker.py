"""Choose the signing certificate among the connected tokens' certificates.

Shows holder, issuer, validity and policy (the Barid eSign class-3 personal policy is named),
hides expired and authority certificates, lists usable (non-repudiation) certificates first, and
keeps refused ones (authentication only...) visible but not selectable, with the reason.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.signing.certificates import (
    AUTH_ONLY,
    BARID_PERSONAL_CLASS3,
    BARID_SEAL_CLASS3,
    NO_SIGNING,
    NOT_YET_VALID,
    CertificateInfo,
    picker_order,
)
from app.signing.tokens import TokenListing
from app.ui.i18n import fmt, format_date, translate


def policy_words(cert: CertificateInfo) -> str:
    if BARID_PERSONAL_CLASS3 in cert.policies:
        return translate("CertificatePicker", "Barid eSign class 3, qualified personal signature")
    if BARID_SEAL_CLASS3 in cert.policies:
        return translate("CertificatePicker", "Barid eSign class 3, organisation seal")
    if cert.policies:
        return ", ".join(cert.policies)
    return translate("CertificatePicker", "no policy stated")


def refusal_words(cert: CertificateInfo) -> str:
    if cert.status == AUTH_ONLY:
        return translate(
            "CertificatePicker",
            "Authentication certificate (for logging in): it cannot sign. Choose your signature "
            "certificate; if you have none, ask your certificate provider.",
        )
    if cert.status == NO_SIGNING:
        return translate(
            "CertificatePicker", "Not meant for signatures (no non-repudiation key usage)."
        )
    if cert.status == NOT_YET_VALID:
        return translate("CertificatePicker", "Not valid yet: check the computer's date and time.")
    return ""


class CertificatePickerDialog(QDialog):
    def __init__(self, listings: Sequence[TokenListing], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("certificatePicker")
        self.setWindowTitle(translate("CertificatePicker", "Choose the signing certificate"))
        self.setMinimumWidth(760)
        self.chosen: CertificateInfo | None = None
        layout = QVBoxLayout(self)
        intro = QLabel(
            translate(
                "CertificatePicker",
                "Certificates of the connected tokens. Expired certificates are not shown; "
                "those that cannot sign are greyed out with the reason.",
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)

        self.tree = QTreeWidget()
        self.tree.setObjectName("certificateList")
        self.tree.setRootIsDecorated(False)
        self.tree.setHeaderLabels(
            [
                translate("CertificatePicker", "Holder"),
                translate("CertificatePicker", "Issuer"),
                translate("CertificatePicker", "Valid until"),
                translate("CertificatePicker", "Policy"),
                translate("CertificatePicker", "Token"),
            ]
        )
        self.tree.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        layout.addWidget(self.tree, 1)
        self.entries: list[CertificateInfo] = picker_order(
            [c for t in listings for c in t.certificates]
        )
        for cert in self.entries:
            item = QTreeWidgetItem(
                [
                    cert.holder,
                    cert.issuer,
                    format_date(cert.not_after.date()),
                    policy_words(cert),
                    f"{cert.token_label} ({cert.token_serial})",
                ]
            )
            if not cert.usable:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsSelectable)
                item.setDisabled(True)
                for col in range(5):
                    item.setToolTip(col, refusal_words(cert))
            self.tree.addTopLevelItem(item)

        self.why = QLabel()
        self.why.setObjectName("certificateWhy")
        self.why.setWordWrap(True)
        layout.addWidget(self.why)
        refused = [c for c in self.entries if not c.usable]
        if not self.entries:
            self.why.setText(
                translate(
                    "CertificatePicker",
                    "No certificate was found. Plug in your token, then check again.",
                )
            )
        elif refused:
            self.why.setText("\n".join(fmt("%1: %2", c.holder, refusal_words(c)) for c in refused))

        buttons = QDialogButtonBox()
        self.ok = buttons.addButton(
            translate("CertificatePicker", "Use this certificate"),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        self.ok.setObjectName("certificateOk")
        self.ok.setEnabled(False)
        buttons.addButton(
            translate("CertificatePicker", "Cancel"), QDialogButtonBox.ButtonRole.RejectRole
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.tree.itemSelectionChanged.connect(self._selected)
        first = next((i for i, c in enumerate(self.entries) if c.usable), None)
        first_item = self.tree.topLevelItem(first) if first is not None else None
        if first_item is not None:
            self.tree.setCurrentItem(first_item)

    def _selected(self) -> None:
        current = self.tree.currentItem()
        row = self.tree.indexOfTopLevelItem(current) if current is not None else -1
        cert = self.entries[row] if 0 <= row < len(self.entries) else None
        self.chosen = cert if cert is not None and cert.usable else None
        self.ok.setEnabled(self.chosen is not None)
