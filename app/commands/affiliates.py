"""Affiliate commands: `sync`, `affiliate find [QUERY] [--stdin] [--json]`, `affiliate plan`.

`affiliate find` searches the cache only (offline). Every result it prints is a read of an
affiliate's record: it is audited under the profile's signed-in account, screen "cli".
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from app.commands.common import fail, open_context
from app.config.profile import ProfileError
from app.domain.errors import DomainError
from app.domain.models import Account, Affiliate
from app.platform.errors import ContractError, PlatformError
from app.services import affiliates as affiliates_service
from app.services import planner, session
from app.services.context import Context
from app.services.identifiers import malformed
from app.store import accounts as accounts_repo
from app.store.db import StoreError
from app.sync import affiliates as affiliate_sync
from app.sync.affiliates import SyncError


def register(sub: Any) -> None:
    sync = sub.add_parser("sync", help="bring the affiliate cache up to date")
    sync.set_defaults(func=run_sync)

    a = sub.add_parser("affiliate", help="the affiliate cache")
    a_sub = a.add_subparsers(dest="affiliate_command", metavar="ACTION", required=True)
    find = a_sub.add_parser("find", help="search the cache by identifier or name (offline)")
    find.add_argument("query", nargs="?", help="membership no., PPR, CIN or name")
    find.add_argument("--stdin", action="store_true", help="one query per line, one JSON line each")
    find.add_argument("--json", action="store_true", help="print JSON")
    find.set_defaults(func=run_find)
    plan = a_sub.add_parser("plan", help="departures in the coming months (the planner)")
    plan.add_argument("--months", type=int, default=None, help="horizon (fund profile's default)")
    plan.add_argument("--csv", metavar="FILE", help="write the list as CSV")
    plan.add_argument("--xlsx", metavar="FILE", help="write the list as XLSX")
    plan.set_defaults(func=run_plan)


def _errors(fn: Any) -> Any:
    def wrapped(args: argparse.Namespace) -> int:
        try:
            code: int = fn(args)
        except ContractError as exc:
            return fail(f"{exc.user_message} ({exc})")
        except PlatformError as exc:
            return fail(exc.user_message)
        except (DomainError, StoreError, ProfileError, SyncError) as exc:
            return fail(str(exc))
        except OSError as exc:
            return fail(f"{exc.strerror or exc} ({exc.filename or ''})")
        return code

    return wrapped


def _account(ctx: Context) -> Account:
    """The profile's account (kept at login), for offline reads too."""
    s = session.resume(ctx)
    if s is not None:
        s.client.close()
        return s.account
    with ctx.db.read() as c:
        row = c.execute(
            "SELECT id FROM accounts WHERE last_login_at IS NOT NULL"
            " ORDER BY last_login_at DESC LIMIT 1"
        ).fetchone()
        last = accounts_repo.get_account(c, row[0]) if row else None
    if last is None:
        raise DomainError("No account in this profile: run 'mellaf login' first.")
    return last


@_errors
def run_sync(args: argparse.Namespace) -> int:
    ctx, _ = open_context(args)
    try:
        s = session.resume(ctx)
        if s is None:
            raise DomainError("No platform session in this profile: run 'mellaf login' first.")
        try:
            result = affiliate_sync.sync(ctx, s.account, s.client)
        finally:
            s.client.close()
    finally:
        ctx.close()
    kind = "full" if result.full else "delta"
    state = "complete" if result.complete else "interrupted: run again to resume"
    print(
        f"received {result.received}, applied {result.applied}, cursor {result.cursor} "
        f"({kind} sync, {state})"
    )
    return 0


def affiliate_json(a: Affiliate) -> dict[str, str]:
    return {
        "membership_no": a.membership_no,
        "ppr": a.ppr,
        "cin": a.cin,
        "last_name_lat": a.last_name_lat,
        "first_name_lat": a.first_name_lat,
        "last_name_ar": a.last_name_ar,
        "first_name_ar": a.first_name_ar,
    }


def _find_one(ctx: Context, actor: Account, query: str) -> dict[str, Any]:
    problem = malformed(query)
    found = affiliates_service.find_in_cache(ctx, actor, query)
    affiliates_service.audit_reads(ctx, actor, found, "cli", "cache")
    answer: dict[str, Any] = {"query": query, "matches": [affiliate_json(a) for a in found]}
    if problem and not found:
        answer["error"] = problem
    return answer


@_errors
def run_find(args: argparse.Namespace) -> int:
    if args.stdin == (args.query is not None):
        return fail("give either a QUERY or --stdin", 2)
    ctx, _ = open_context(args)
    try:
        actor = _account(ctx)
        if args.stdin:
            for line in sys.stdin:
                query = line.strip()
                if not query:
                    continue
                print(json.dumps(_find_one(ctx, actor, query), ensure_ascii=False), flush=True)
            return 0
        answer = _find_one(ctx, actor, args.query)
    finally:
        ctx.close()
    if args.json:
        print(json.dumps(answer, ensure_ascii=False))
    else:
        for m in answer["matches"]:
            print(
                f"{m['membership_no']}  {m['ppr']}  {m['cin']}  "
                f"{m['first_name_lat']} {m['last_name_lat']}  {m['first_name_ar']} "
                f"{m['last_name_ar']}"
            )
        if not answer["matches"]:
            print(answer.get("error") or "no match in the cache", file=sys.stderr)
    return 0 if answer["matches"] else 1


@_errors
def run_plan(args: argparse.Namespace) -> int:
    ctx, _ = open_context(args)
    try:
        actor = _account(ctx)
        rows = planner.departures(ctx, actor, months=args.months, screen="cli")
        if args.csv:
            planner.export_csv(rows, Path(args.csv))
        if args.xlsx:
            planner.export_xlsx(rows, Path(args.xlsx))
    finally:
        ctx.close()
    if not args.csv and not args.xlsx:
        for r in rows:
            print(
                f"{r.age_limit_date}  start {r.dossier_start_date}  "
                f"{'dossier' if r.dossier_id else 'NO DOSSIER'}  {r.affiliate.membership_no}  "
                f"{r.affiliate.full_name_lat}"
            )
    print(f"{len(rows)} departure(s)", file=sys.stderr)
    return 0
