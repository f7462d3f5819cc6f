"""`mellaf [--profile DIR] package export|import FILE`: offline packages.

    mellaf package export FILE [--kind dossiers|affiliates] [--encrypt]
                                        sealed with the officer's token, optionally encrypted
    mellaf package import FILE          verified (decrypted first if encrypted), then taken in

The acting officer is the account of the session kept in the profile (`mellaf login`); it works
offline. The token PIN comes from MELLAF_PIN, else a prompt without echo; the passphrase of an
encrypted package from MELLAF_PACKAGE_PASSPHRASE, else a prompt without echo. Exit 0 on success;
1 with one line in words when the package is refused or cannot be made.
"""

from __future__ import annotations

import argparse
import getpass
import os
from pathlib import Path
from typing import Any

from app.commands.common import fail, open_context
from app.commands.sign import TerminalHandler
from app.config.profile import ProfileError
from app.config.settings import Settings
from app.domain.errors import DomainError
from app.services import session
from app.services.context import Context
from app.signing.errors import SigningError
from app.store.db import StoreError


def register(sub: Any) -> None:
    p = sub.add_parser("package", help="offline packages (USB stick between commune and kiosk)")
    p_sub = p.add_subparsers(dest="package_command", metavar="ACTION", required=True)
    export = p_sub.add_parser("export", help="make a sealed package")
    export.add_argument("file", type=Path, metavar="FILE")
    export.add_argument("--kind", choices=("dossiers", "affiliates"), default="dossiers")
    export.add_argument(
        "--encrypt", action="store_true", help="encrypt with a passphrase (AES-256-GCM)"
    )
    export.set_defaults(func=run_export)
    load = p_sub.add_parser("import", help="verify a package and take it in")
    load.add_argument("file", type=Path, metavar="FILE")
    load.set_defaults(func=run_import)


def _open(args: argparse.Namespace) -> tuple[Context, Settings]:
    ctx, settings = open_context(args)
    extra = [Path(p) for p in settings.text("package_trust_roots").split(";") if p.strip()]
    ctx.trust_roots.extend(extra)
    return ctx, settings


def _actor(ctx: Context) -> session.UserSession:
    s = session.resume(ctx)
    if s is None:
        raise DomainError("No account is signed in on this profile: run 'mellaf login' first.")
    return s


def _guard(fn: Any, args: argparse.Namespace) -> int:
    try:
        code: int = fn(args)
    except SigningError as exc:
        return fail(exc.user_message)
    except (DomainError, StoreError, ProfileError) as exc:
        return fail(str(exc))
    except OSError as exc:
        return fail(f"{exc.strerror or exc} ({exc.filename or ''})")
    return code


def _passphrase(confirm: bool) -> str:
    given = os.environ.get("MELLAF_PACKAGE_PASSPHRASE")
    if given:
        return given
    first = getpass.getpass("Package passphrase: ")
    if confirm and getpass.getpass("Passphrase again: ") != first:
        raise DomainError("The two passphrases differ; nothing was written.")
    if not first:
        raise DomainError("An empty passphrase cannot protect a package.")
    return first


def run_export(args: argparse.Namespace) -> int:
    return _guard(_export, args)


def run_import(args: argparse.Namespace) -> int:
    return _guard(_import, args)


def _export(args: argparse.Namespace) -> int:
    from app.packages.export import export_affiliates, export_dossiers  # heavy: on use only
    from app.services.signing_setup import backend_from_settings

    ctx, settings = _open(args)
    try:
        actor = _actor(ctx).account
        passphrase = _passphrase(confirm=True) if args.encrypt else None
        backend = backend_from_settings(settings)
        with backend.open_session(TerminalHandler()) as signer:
            make = export_dossiers if args.kind == "dossiers" else export_affiliates
            result = make(ctx, actor, args.file, signer, passphrase=passphrase)
    finally:
        ctx.close()
    print(
        f"package {result.sequence} ({result.kind}, {result.items} item(s)) written to {args.file}"
    )
    return 0


def _import(args: argparse.Namespace) -> int:
    from app.packages.crypt import is_encrypted
    from app.packages.load import import_package  # heavy (signature checks): on use only

    ctx, _ = _open(args)
    try:
        actor = _actor(ctx).account
        passphrase = _passphrase(confirm=False) if is_encrypted(args.file) else None
        result = import_package(ctx, actor, args.file, passphrase=passphrase)
    finally:
        ctx.close()
    what = "queued for sending" if result.kind == "dossiers" else "written to the cache"
    print(
        f"package {result.sequence} ({result.kind}) sealed by {result.sealed_by}: "
        f"{result.items} item(s) {what}"
    )
    return 0
