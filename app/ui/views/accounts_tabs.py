"""Tabs of the accounts issue: offline packages (everyone but the kiosk machine account), and
the responsible's accounts and audit log (admin only). Each is built when first shown."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QWidget

from app.domain.models import Role
from app.signing.handler import SigningHandler
from app.ui.i18n import translate
from app.ui.lazy_page import LazyPage
from app.ui.workbench import Workbench


def _packages(wb: Workbench, handler: SigningHandler) -> QWidget:
    from app.ui.views.accounts_packages import PackagesView

    return PackagesView(wb, handler)


def _accounts(wb: Workbench) -> QWidget:
    from app.ui.views.accounts import AccountsView

    view = AccountsView(wb)
    view.reload()
    view.refresh_quietly()
    return view


def _audit(wb: Workbench) -> QWidget:
    from app.ui.views.audit_viewer import AuditViewer

    view = AuditViewer(wb)
    view.reload()
    return view


def account_tabs(wb: Workbench, tabs: QTabWidget, handler: SigningHandler) -> list[LazyPage]:
    """Add the tabs the signed-in account may use; returns their pages (packages first)."""
    if wb.session is None:
        return []
    added: list[LazyPage] = []
    role = wb.actor.role
    if role is not Role.KIOSK:
        packages = LazyPage(lambda: _packages(wb, handler), "packages")
        tabs.addTab(packages, translate("MainWindow", "Pac&kages"))
        added.append(packages)
    if role is Role.ADMIN:
        accounts_page = LazyPage(lambda: _accounts(wb), "accounts")
        audit = LazyPage(lambda: _audit(wb), "audit")
        tabs.addTab(accounts_page, translate("MainWindow", "A&ccounts"))
        tabs.addTab(audit, translate("MainWindow", "Audit &log"))
        added += [accounts_page, audit]
    return added
