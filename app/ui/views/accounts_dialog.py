"""The responsible's form for a new sub-account (designation details included)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.domain.models import Role
from app.services.accounts import CREATABLE_ROLES
from app.store.accounts import AccountDetails
from app.ui.i18n import translate
from app.ui.texts import role_name


class NewAccountDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("newAccountDialog")
        self.setWindowTitle(translate("AccountsView", "New account"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        layout.addLayout(form)

        def line(name: str, label: str, secret: bool = False) -> QLineEdit:
            edit = QLineEdit()
            edit.setObjectName(name)
            if secret:
                edit.setEchoMode(QLineEdit.EchoMode.Password)
            form.addRow(label, edit)
            return edit

        self.account_id = line("accountId", translate("AccountsView", "Account id"))
        self.display_name = line("displayName", translate("AccountsView", "Name shown"))
        self.role = QComboBox()
        self.role.setObjectName("role")
        for role in CREATABLE_ROLES:
            self.role.addItem(role_name(role), role.value)
        form.addRow(translate("AccountsView", "Role"), self.role)
        self.full_name = line("fullName", translate("AccountsView", "Full name"))
        self.cin = line("cin", translate("AccountsView", "CIN"))
        self.ppr = line("ppr", translate("AccountsView", "Payroll number"))
        self.region = line("region", translate("AccountsView", "Region"))
        self.province = line("province", translate("AccountsView", "Prefecture or province"))
        self.commune = line("commune", translate("AccountsView", "Commune council"))
        self.position = line("position", translate("AccountsView", "Position"))
        self.phone_office = line("phoneOffice", translate("AccountsView", "Office phone"))
        self.phone_mobile = line("phoneMobile", translate("AccountsView", "Mobile phone"))
        self.email = line("email", translate("AccountsView", "E-mail"))
        self.password = line(
            "password", translate("AccountsView", "Local password (optional)"), True
        )
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.setObjectName("buttons")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def chosen_role(self) -> Role:
        return Role(str(self.role.currentData()))

    def details(self) -> AccountDetails:
        return AccountDetails(
            full_name=self.full_name.text().strip(),
            cin=self.cin.text().strip().upper(),
            ppr=self.ppr.text().strip(),
            region=self.region.text().strip(),
            province=self.province.text().strip(),
            commune=self.commune.text().strip(),
            position=self.position.text().strip(),
            phone_office=self.phone_office.text().strip(),
            phone_mobile=self.phone_mobile.text().strip(),
            email=self.email.text().strip(),
        )

    def password_or_none(self) -> str | None:
        return self.password.text() or None
