"""`mellaf [--profile DIR] accounts list|review|designation-form|sync` and `retention purge`.

The acting account is the session kept in the profile (`mellaf login`); rights are checked by
the services (the responsible only). Lists show CIN numbers masked.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from app.commands.common import fail, open_context
from app.config.profile import ProfileError
from app.domain.errors import DomainError
from app.domain.models import Role
from app.platform.errors import PlatformError
from app.services import account_sync, accounts, designation_form, habilitation, retention, session
from app.services.context import Context
from app.store.db import StoreError


def register(sub: Any) -> None:
    a = sub.add_parser("accounts", help="the collectivity's accounts (the responsible)")
    a_sub = a.add_subparsers(dest="accounts_command", metavar="ACTION", required=True)
    a_sub.add_parser("list", help="list accounts (CIN masked)").set_defaults(func=run_list)
    review = a_sub.add_parser("review", help="check accounts against the staff list (CSV/XLSX)")
    review.add_argument("staff", type=Path, metavar="STAFF")
    review.add_argument("--freeze", action="store_true", help="freeze every flagged account")
    review.add_argument("--report", type=Path, metavar="FILE", help="where to write the report")
    review.set_defaults(func=run_review)
    form = a_sub.add_parser("designation-form", help="the ministry's Excel designation form")
    form.add_argument("file", type=Path, metavar="FILE")
    form.set_defaults(func=run_form)
    a_sub.add_parser(
        "sync", help="send account changes to the platform, then take its list"
    ).set_defaults(func=run_sync)

    r = sub.add_parser("retention", help="purge data kept past the retention delay")
    r_sub = r.add_subparsers(dest="retention_command", metavar="ACTION", required=True)
    purge = r_sub.add_parser("purge", help="purge acknowledged dossiers' documents and cache")
    purge.add_argument("--days", type=int, metavar="N", help="delay (default: the setting)")
    purge.set_defaults(func=run_purge)


def _with_actor(args: argparse.Namespace, fn: Any) -> int:
    try:
        ctx, settings = open_context(args)
        try:
            s = session.resume(ctx)
            if s is None:
                raise DomainError("No account is signed in on this profile: run 'mellaf login'.")
            code: int = fn(ctx, s.account, settings)
        finally:
            ctx.close()
    except (DomainError, StoreError, ProfileError) as exc:
        return fail(str(exc))
    except OSError as exc:
        return fail(f"{exc.strerror or exc} ({exc.filename or ''})")
    return code


def run_list(args: argparse.Namespace) -> int:
    def go(ctx: Context, actor: Any, _: Any) -> int:
        for r in accounts.list_accounts(ctx, actor):
            print(
                f"{r.id:24} {r.role:10} {r.status:10} {r.ppr:10} {r.cin_masked:10}"
                f" {r.platform_state} {r.platform_error}".rstrip()
            )
        return 0

    return _with_actor(args, go)


def run_review(args: argparse.Namespace) -> int:
    def go(ctx: Context, actor: Any, _: Any) -> int:
        staff = habilitation.read_staff_list(args.staff, ctx.today())
        findings = habilitation.review(ctx, actor, staff)
        for f in findings:
            print(f"{f.account_id}: {f.problem}")
        if args.freeze and findings:
            report = habilitation.freeze_flagged(ctx, actor, findings, args.report)
            print(report.text, end="")
        return 0 if not findings or args.freeze else 1

    return _with_actor(args, go)


def run_form(args: argparse.Namespace) -> int:
    def go(ctx: Context, actor: Any, _: Any) -> int:
        n = designation_form.export(ctx, actor, args.file)
        print(f"designation form with {n} line(s) written to {args.file}")
        return 0

    return _with_actor(args, go)


def run_sync(args: argparse.Namespace) -> int:
    """Push pending account changes and reconcile with the platform (the stored session)."""
    try:
        ctx, _ = open_context(args)
        try:
            s = session.resume(ctx)
            if s is None:
                raise DomainError("No account is signed in on this profile: run 'mellaf login'.")
            with s.client:
                report = account_sync.refresh(ctx, s.account, s.client)
        finally:
            ctx.close()
    except (DomainError, StoreError, ProfileError) as exc:
        return fail(str(exc))
    except PlatformError as exc:
        return fail(exc.user_message)
    push = report.push
    print(f"sent {len(push.pushed)} change(s); refused {len(push.refused)}")
    for account_id, code in sorted(push.refused.items()):
        print(f"  {account_id}: refused ({code})")
    # Initial passwords go to a terminal only, never into a redirected output or a log.
    if push.passwords and sys.stdout.isatty():
        for account_id, password in sorted(push.passwords.items()):
            print(f"  initial password of {account_id} (shown once): {password}")
    elif push.passwords:
        issued = len(push.passwords)
        print(f"  {issued} initial password(s) issued: issue new ones from the accounts screen")
    print(
        f"platform: {len(report.added)} added, {len(report.changed)} changed,"
        f" {len(report.missing)} deleted there"
    )
    return 1 if push.refused or push.needs_login else 0


def run_purge(args: argparse.Namespace) -> int:
    def go(ctx: Context, actor: Any, settings: Any) -> int:
        days = args.days if args.days is not None else int(settings.get("retention_days"))
        if args.days is None and actor.role is Role.KIOSK and settings.get("kiosk_purge"):
            days = 0  # a kiosk set to purge a commune's data as soon as it is acknowledged
        result = retention.purge_due(ctx, actor, days)
        print(
            f"purged {result.dossiers} dossier(s): {result.files} file(s), "
            f"{result.affiliates} cached affiliate record(s)"
        )
        return 0

    return _with_actor(args, go)
