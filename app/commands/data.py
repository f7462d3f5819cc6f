"""Profile commands: login, sync, queue status|run, audit verify."""

from __future__ import annotations

import argparse
import getpass
import json
import os
import time
from typing import Any

from app.commands.common import fail, open_context
from app.config.profile import ProfileError
from app.domain.errors import DomainError
from app.platform.errors import PlatformError
from app.services import queue, session
from app.services.context import Context
from app.store import audit
from app.store import jobs as jobs_repo
from app.store.db import StoreError
from app.sync import affiliates as affiliate_sync


def register(sub: Any) -> None:
    login = sub.add_parser("login", help="open a platform session kept in the profile")
    login.add_argument("--platform", required=True, metavar="URL")
    login.add_argument("--account", required=True, metavar="ID")
    login.set_defaults(func=run_login)

    sync = sub.add_parser("sync", help="bring the affiliate cache up to date")
    sync.set_defaults(func=run_sync)

    q = sub.add_parser("queue", help="the upload queue")
    q_sub = q.add_subparsers(dest="queue_command", metavar="ACTION", required=True)
    status = q_sub.add_parser("status", help="list jobs and their states")
    status.add_argument("--json", action="store_true")
    status.set_defaults(func=run_queue_status)
    run = q_sub.add_parser("run", help="send queued dossiers without the GUI")
    run.add_argument("--until-empty", action="store_true", help="wait out backoffs until done")
    run.add_argument("--timeout", type=float, default=600.0, metavar="S")
    run.set_defaults(func=run_queue)

    a = sub.add_parser("audit", help="the audit log")
    a_sub = a.add_subparsers(dest="audit_command", metavar="ACTION", required=True)
    verify = a_sub.add_parser("verify", help="check the audit log's hash chain")
    verify.set_defaults(func=run_audit_verify)


def _open(args: argparse.Namespace) -> Context:
    ctx, _ = open_context(args)
    return ctx


def _errors(fn: Any) -> Any:
    def wrapped(args: argparse.Namespace) -> int:
        try:
            code: int = fn(args)
        except PlatformError as exc:
            return fail(exc.user_message)
        except (DomainError, StoreError, ProfileError) as exc:
            return fail(str(exc))
        except OSError as exc:
            return fail(f"{exc.strerror or exc} ({exc.filename or ''})")
        return code

    return wrapped


@_errors
def run_login(args: argparse.Namespace) -> int:
    password = os.environ.get("MELLAF_PASSWORD") or getpass.getpass("Password: ")
    ctx = _open(args)
    try:
        s = session.login(ctx, args.platform, args.account, password)
    finally:
        ctx.close()
    print(f"signed in as {s.account.id} ({s.account.role}, {s.account.collectivity_id})")
    return 0


def _session(ctx: Context) -> session.UserSession:
    s = session.resume(ctx)
    if s is None:
        raise DomainError("No platform session in this profile: run 'mellaf login' first.")
    return s


@_errors
def run_sync(args: argparse.Namespace) -> int:
    ctx = _open(args)
    try:
        s = _session(ctx)
        result = affiliate_sync.sync(ctx, s.account, s.client)
    finally:
        ctx.close()
    print(f"received {result.received}, applied {result.applied}, cursor {result.cursor}")
    return 0


@_errors
def run_queue_status(args: argparse.Namespace) -> int:
    ctx = _open(args)
    try:
        with ctx.db.read() as c:
            jobs = jobs_repo.all_jobs(c)
    finally:
        ctx.close()
    for j in jobs:
        row = {
            "id": j.id,
            "dossier": j.dossier_id,
            "kind": j.kind,
            "state": j.state,
            "attempts": j.attempts,
            "bytes_sent": j.bytes_sent,
            "bytes_total": j.bytes_total,
            "next_attempt_at": j.next_attempt_at,
            "last_error": j.last_error,
        }
        if args.json:
            print(json.dumps(row))
        else:
            print(f"{j.id:5} {j.kind:7} {j.state:9} {j.dossier_id} {j.last_error or ''}")
    return 0


@_errors
def run_queue(args: argparse.Namespace) -> int:
    ctx = _open(args)
    deadline = time.monotonic() + args.timeout
    try:
        s = _session(ctx)
        while True:
            result = queue.run_once(ctx, s.client)
            for text in result.failed:
                print(f"failed: {text}")
            print(f"done {result.done}, waiting {result.waiting}")
            if result.offline:
                print(f"platform unavailable: {result.offline}")
            if not args.until_empty or result.waiting == 0 or time.monotonic() > deadline:
                break
            time.sleep(1.0)
    finally:
        ctx.close()
    return 0 if result.waiting == 0 and not result.failed else 1


@_errors
def run_audit_verify(args: argparse.Namespace) -> int:
    ctx = _open(args)
    try:
        with ctx.db.read() as c:
            broken = audit.first_broken(c)
    finally:
        ctx.close()
    if broken is None:
        print("audit chain intact")
        return 0
    return fail(f"audit chain broken at entry {broken}")
