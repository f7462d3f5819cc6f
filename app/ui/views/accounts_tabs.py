"""Tabs of the accounts issue: offline packages (everyone but the kiosk machine account), and
the responsible's accounts and audit log (admin only)."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QWidget

from app.domain.models import Role
from app.signing.handler import SigningHandler
from app.ui.i18n import translate
from app.ui.views.accounts import AccountsView
from app.ui.views.accounts_packages import PackagesView
from app.ui.views.audit_viewer import AuditViewer
from app.ui.workbench import Workbench


def account_tabs(wb: Workbench, tabs: QTabWidget, handler: SigningHandler) -> list[QWidget]:
    """Add the tabs the signed-in account may use; returns them (packages first)."""
    if wb.session is None:
        return []
    added: list[QWidget] = []
    role = wb.actor.role
    if role is not Role.KIOSK:
        packages = PackagesView(wb, handler)
        tabs.addTab(packages, translate("MainWindow", "Pac&kages"))
        added.append(packages)
    if role is Role.ADMIN:
        accounts_view = AccountsView(wb)
        audit = AuditViewer(wb)
        tabs.addTab(accounts_view, translate("MainWindow", "A&ccounts"))
        tabs.addTab(audit, translate("MainWindow", "Audit &log"))
        accounts_view.reload()
        audit.reload()
        added += [accounts_view, audit]
    return added
