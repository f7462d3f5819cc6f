"""Profile commands: login, queue status|run, audit verify."""

from __future__ import annotations

import argparse
import getpass
import json
import os
import signal
import threading
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
from app.sync.connectivity import Connectivity


def register(sub: Any) -> None:
    login = sub.add_parser("login", help="open a platform session kept in the profile")
    login.add_argument("--platform", required=True, metavar="URL")
    login.add_argument("--account", required=True, metavar="ID")
    login.set_defaults(func=run_login)

    q = sub.add_parser("queue", help="the upload queue")
    q_sub = q.add_subparsers(dest="queue_command", metavar="ACTION", required=True)
    status = q_sub.add_parser("status", help="list jobs and their states")
    status.add_argument("--json", action="store_true")
    status.set_defaults(func=run_queue_status)
    run = q_sub.add_parser("run", help="send queued dossiers without the GUI")
    run.add_argument("--until-empty", action="store_true", help="wait out backoffs until done")
    run.add_argument("--timeout", type=_positive, default=600.0, metavar="S")
    run.set_defaults(func=run_queue)
    for name, help_text in (
        ("pause", "pause the sending of a dossier"),
        ("resume", "resume the sending of a paused dossier"),
        ("retry", "try a dossier's failed steps again now"),
        ("cancel", "take a dossier out of the queue (before its submission)"),
    ):
        p = q_sub.add_parser(name, help=help_text)
        p.add_argument("dossier", metavar="DOSSIER_ID")
        p.set_defaults(func=run_queue_control, queue_action=name)

    a = sub.add_parser("audit", help="the audit log")
    a_sub = a.add_subparsers(dest="audit_command", metavar="ACTION", required=True)
    verify = a_sub.add_parser("verify", help="check the audit log's hash chain")
    verify.set_defaults(func=run_audit_verify)


def _positive(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a number of seconds") from None
    if not value > 0:
        raise argparse.ArgumentTypeError("the timeout must be more than 0 seconds")
    return value


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


def _job_row(j: jobs_repo.Job) -> dict[str, Any]:
    return {
        "id": j.id,
        "dossier": j.dossier_id,
        "kind": j.kind,
        "state": "paused" if j.paused and j.state in ("pending", "failed") else j.state,
        "attempts": j.attempts,
        "bytes_sent": j.bytes_sent,
        "bytes_total": j.bytes_total,
        "next_attempt_at": j.next_attempt_at,
        "last_error": j.last_error,
    }


@_errors
def run_queue_status(args: argparse.Namespace) -> int:
    ctx = _open(args)
    try:
        with ctx.db.read() as c:
            jobs = jobs_repo.all_jobs(c)
    finally:
        ctx.close()
    rows = [_job_row(j) for j in jobs]
    if args.json:  # one JSON object per line (nothing when the queue is empty)
        for r in rows:
            print(json.dumps(r))
        return 0
    if not rows:
        print("the queue is empty")
    for r in rows:
        size = f"{r['bytes_sent']}/{r['bytes_total']} B" if r["kind"] == "upload" else ""
        print(
            f"{r['id']:5} {r['kind']:7} {r['state']:9} {r['attempts']:3} {size:>22} "
            f"{r['dossier']} {r['last_error'] or ''}".rstrip()
        )
    waiting = sum(1 for r in rows if r["state"] in ("pending", "running"))
    failed = sum(1 for r in rows if r["state"] == "failed")
    print(f"{waiting} waiting, {failed} failed, {len(rows)} in all")
    return 0


@_errors
def run_queue(args: argparse.Namespace) -> int:
    ctx = _open(args)
    stop = threading.Event()

    def on_signal(signum: int, frame: object) -> None:
        stop.set()  # finish the current chunk, keep everything for the next run

    previous = signal.signal(signal.SIGTERM, on_signal)

    def said(r: queue.RunResult) -> None:
        for text in r.failed:
            print(f"failed: {text}", flush=True)
        print(f"done {r.done}, waiting {r.waiting}", flush=True)
        if r.busy:
            print("another Mellaf is sending this profile's queue; waiting for it", flush=True)
        if r.offline:
            print(f"platform unavailable: {r.offline}", flush=True)

    net = Connectivity()
    net.subscribe(
        lambda r: print(
            "platform reachable" if r.online else "platform unreachable: the queue waits",
            flush=True,
        )
    )
    try:
        s = _session(ctx)
        out = queue.drain(
            ctx,
            s.client,
            until_empty=args.until_empty,
            timeout_s=args.timeout,
            stop=stop,
            connectivity=net,
            on_round=said,
        )
    finally:
        signal.signal(signal.SIGTERM, previous)
        ctx.close()
    if out.needs_login:
        return fail(out.needs_login)
    if out.timed_out:
        print(f"time is up: {out.waiting} job(s) still waiting", flush=True)
    return 0 if out.waiting == 0 and not out.failed else 1


@_errors
def run_queue_control(args: argparse.Namespace) -> int:
    ctx = _open(args)
    try:
        s = _session(ctx)
        action = args.queue_action
        if action in ("pause", "resume"):
            n = queue.pause(ctx, s.account, args.dossier, paused=action == "pause")
            print(f"{n} step(s) {'paused' if action == 'pause' else 'resumed'}")
        elif action == "retry":
            print(f"{queue.retry(ctx, s.account, args.dossier)} step(s) will be tried again")
        else:
            queue.cancel(ctx, s.account, args.dossier)
            print("the dossier left the queue; it is certified and can be queued again")
    finally:
        ctx.close()
    return 0


@_errors
def run_audit_verify(args: argparse.Namespace) -> int:
    ctx = _open(args)
    try:
        with ctx.db.read() as c:
            broken = audit.first_broken(c)
            entry = audit.get(c, broken) if broken is not None else None
    finally:
        ctx.close()
    if broken is None:
        print("audit chain intact")
        return 0
    where = f" ({entry.at}, {entry.action})" if entry else ""
    return fail(
        f"audit chain broken at entry {broken}{where}: an entry was edited, deleted or inserted"
    )
