"""Translated names of the core's codes: dossier states, roles, remote stages, queue jobs."""

from __future__ import annotations

from app.domain.models import Affiliate, DossierState, Role
from app.ui.i18n import fmt, translate

S = DossierState


def state_name(state: DossierState) -> str:
    names = {
        S.DRAFT: translate("States", "Being prepared"),
        S.COMPLETE: translate("States", "Complete, to sign"),
        S.SIGNED: translate("States", "Signed, to certify"),
        S.CERTIFIED: translate("States", "Certified, to send"),
        S.QUEUED: translate("States", "Waiting to be sent"),
        S.UPLOADING: translate("States", "Being sent"),
        S.SUBMITTED: translate("States", "Sent to the fund"),
        S.UNDER_REVIEW: translate("States", "Under review at the fund"),
        S.DOCUMENTS_REQUESTED: translate("States", "Documents requested by the fund"),
        S.LIQUIDATED: translate("States", "Pension granted"),
        S.REJECTED: translate("States", "Rejected by the fund"),
        S.WITHDRAWN: translate("States", "Withdrawn"),
    }
    return names.get(state, str(state))


def state_colour(state: DossierState) -> str:
    """Background colour of a state badge (text stays dark: readable, not colour-only)."""
    if state in (S.DRAFT, S.COMPLETE):
        return "#fde68a"  # amber: work to do here
    if state in (S.SIGNED, S.CERTIFIED):
        return "#bfdbfe"  # blue: waiting for a person
    if state in (S.QUEUED, S.UPLOADING, S.SUBMITTED, S.UNDER_REVIEW):
        return "#c7d2fe"  # indigo: at or on its way to the fund
    if state is S.LIQUIDATED:
        return "#bbf7d0"
    if state in (S.REJECTED, S.DOCUMENTS_REQUESTED):
        return "#fecaca"
    return "#e5e7eb"


def role_name(role: Role) -> str:
    names = {
        Role.PREPARER: translate("Roles", "Preparer"),
        Role.CERTIFIER: translate("Roles", "Supervisor (certifier)"),
        Role.ADMIN: translate("Roles", "Administrator"),
        Role.KIOSK: translate("Roles", "Kiosk"),
    }
    return names.get(role, str(role))


def stage_name(stage: str | None) -> str:
    if not stage:
        return translate("Stages", "Not sent yet")
    names = {
        "draft": translate("Stages", "Created at the fund"),
        "received": translate("Stages", "Received by the fund"),
        "under_review": translate("Stages", "Under review"),
        "documents_requested": translate("Stages", "Documents requested"),
        "liquidated": translate("Stages", "Pension granted"),
        "rejected": translate("Stages", "Rejected"),
    }
    return names.get(stage, stage)


def job_kind_name(kind: str, filename: str = "") -> str:
    if kind == "create":
        return translate("Jobs", "Create the dossier at the fund")
    if kind == "upload":
        return fmt(translate("Jobs", "Send %1"), filename or "…")
    if kind == "submit":
        return translate("Jobs", "Submit the dossier")
    return kind


def job_state_name(state: str) -> str:
    names = {
        "pending": translate("Jobs", "Waiting"),
        "running": translate("Jobs", "In progress"),
        "done": translate("Jobs", "Done"),
        "failed": translate("Jobs", "Failed"),
        "cancelled": translate("Jobs", "Cancelled"),
    }
    return names.get(state, state)


def audit_action_name(action: str) -> str:
    names = {
        "dossier.open": translate("History", "Dossier opened"),
        "dossier.read": translate("History", "Dossier consulted"),
        "document.attach": translate("History", "Document attached"),
        "document.remove": translate("History", "Document removed"),
        "document.sign": translate("History", "Document signed"),
        "dossier.mark_complete": translate("History", "Checklist complete"),
        "dossier.reopen": translate("History", "Checklist incomplete again"),
        "dossier.sign": translate("History", "All documents signed"),
        "dossier.certify": translate("History", "Certified by the supervisor"),
        "dossier.return": translate("History", "Returned to the preparer"),
        "dossier.enqueue": translate("History", "Queued for sending"),
        "dossier.start_upload": translate("History", "Sending started"),
        "dossier.mark_submitted": translate("History", "Submitted to the fund"),
        "dossier.remote_under_review": translate("History", "Under review at the fund"),
        "dossier.remote_documents_requested": translate("History", "Fund requested documents"),
        "dossier.remote_liquidated": translate("History", "Pension granted by the fund"),
        "dossier.remote_rejected": translate("History", "Rejected by the fund"),
        "dossier.withdraw": translate("History", "Dossier withdrawn"),
        "dossier.dequeue": translate("History", "Sending cancelled"),
        "dossier.facts": translate("History", "Dossier facts changed"),
        "dossier.cover": translate("History", "Cover sheet made"),
        "dossier.package": translate("History", "Dossier assembled"),
        "dossier.hand_over": translate("History", "Dossier handed over to a colleague"),
        "dossier.import": translate("History", "Dossier imported from a package"),
        "dossier.assign": translate("History", "Dossier assigned to an officer"),
        "dossier.unassign": translate("History", "Dossier assignment removed"),
        "dossiers.export": translate("History", "Dossier list exported"),
        "document.pages": translate("History", "Document pages edited"),
        "document.downsample": translate("History", "Document made smaller"),
        "document.signature_field": translate("History", "Signature field chosen"),
        "document.raise_lt": translate("History", "Signature made long-term"),
        "queue.pause": translate("History", "Sending paused"),
        "queue.resume": translate("History", "Sending resumed"),
        "queue.retry": translate("History", "Sending tried again"),
        "affiliate.read": translate("History", "Affiliate record consulted"),
        "affiliate.list": translate("History", "Affiliate list consulted or exported"),
        "affiliate.correction_requested": translate("History", "Correction requested"),
        "account.create": translate("History", "Account created"),
        "account.details": translate("History", "Account details changed"),
        "account.read": translate("History", "Account details consulted"),
        "account.password": translate("History", "Local password set"),
        "account.suspend": translate("History", "Account suspended"),
        "account.freeze": translate("History", "Account frozen"),
        "account.reactivate": translate("History", "Account reactivated"),
        "account.delete": translate("History", "Account deleted"),
        "account.platform_synced": translate("History", "Account change taken by the platform"),
        "account.platform_refused": translate("History", "Account change refused by the platform"),
        "account.platform_added": translate("History", "Account added from the platform"),
        "account.platform_changed": translate("History", "Account changed at the platform"),
        "account.platform_missing": translate("History", "Account deleted at the platform"),
        "account.password_reset": translate("History", "New initial password issued"),
        "account.role": translate("History", "Account role changed"),
        "accounts.designation_form": translate("History", "Designation form exported"),
        "package.export": translate("History", "Offline package exported"),
        "package.import": translate("History", "Offline package imported"),
        "package.refused": translate("History", "Offline package refused"),
        "access.request": translate("History", "Exceptional access requested"),
        "access.approve": translate("History", "Exceptional access approved"),
        "access.refuse": translate("History", "Exceptional access refused"),
        "access.delegation": translate("History", "Dossier used under a delegation"),
        "access.exceptional": translate("History", "Dossier used under exceptional access"),
        "delegation.create": translate("History", "Dossiers delegated"),
        "delegation.revoke": translate("History", "Delegation ended"),
        "retention.purge": translate("History", "Personal data purged (retention)"),
        "audit.export": translate("History", "Audit log exported"),
        "session.login": translate("History", "Signed in"),
        "session.login_offline": translate("History", "Signed in offline"),
        "session.login_offline_failed": translate("History", "Offline sign-in refused"),
        "session.logout": translate("History", "Signed out"),
        "session.lock": translate("History", "Screen locked"),
        "session.unlock": translate("History", "Screen unlocked"),
        "session.unlock_failed": translate("History", "Unlock refused (wrong password)"),
    }
    return names.get(action, action)


def person_name(affiliate: Affiliate | None, lang: str, fallback: str = "") -> str:
    """The affiliate's name in the interface's script (Arabic name in Arabic)."""
    if affiliate is None:
        return fallback
    if lang == "ar" and affiliate.full_name_ar:
        return affiliate.full_name_ar
    return affiliate.full_name_lat or affiliate.full_name_ar


def mask_cin(cin: str) -> str:
    """A CIN shown in lists: first two and last two characters ("AB****56")."""
    if len(cin) <= 4:
        return "*" * len(cin)
    return f"{cin[:2]}{'*' * (len(cin) - 4)}{cin[-2:]}"


def corps_name(code: str) -> str:
    names = {
        "administrateur": translate("Corps", "Administrator"),
        "technicien": translate("Corps", "Technician"),
        "ingenieur": translate("Corps", "Engineer"),
        "adjoint_administratif": translate("Corps", "Administrative assistant"),
        "adjoint_technique": translate("Corps", "Technical assistant"),
        "redacteur": translate("Corps", "Clerk (rédacteur)"),
        "enseignant_chercheur": translate("Corps", "Teacher-researcher"),
        "magistrat": translate("Corps", "Magistrate"),
        "ambassadeur": translate("Corps", "Ambassador"),
    }
    return names.get(code, code.replace("_", " "))
