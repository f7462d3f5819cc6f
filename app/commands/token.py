"""`mellaf token diagnose` and `mellaf token list`.

    mellaf [--profile DIR] token diagnose [--module LIB] [--json]
    mellaf [--profile DIR] token list [--module LIB] [--json]

``diagnose`` judges every candidate PKCS#11 module (the one in the settings or ``--module``
first, then the known SafeNet / IDPrime / OpenSC / SoftHSM paths): found, loadable or not, and
why (missing file, wrong architecture, load error); the text is meant to be pasted to support.
``list`` shows the connected tokens (label, serial, PIN state) and their certificates with the
verdict the certificate picker gives. Neither asks a PIN. Exit 0 when a module loads (diagnose)
or a token is connected (list), 1 otherwise.
"""

from __future__ import annotations

import argparse
import json
from typing import Any

from app.commands.common import fail, profile_dir
from app.config.settings import Settings


def register(sub: Any) -> None:
    token = sub.add_parser("token", help="token middleware diagnostics and token list")
    token_sub = token.add_subparsers(dest="token_command", metavar="ACTION", required=True)
    diagnose = token_sub.add_parser(
        "diagnose", help="which PKCS#11 modules are found and loadable, and why not"
    )
    diagnose.add_argument("--module", metavar="LIB", help="module path to check first")
    diagnose.add_argument("--json", action="store_true", help="print the report as JSON")
    diagnose.set_defaults(func=run_diagnose)
    listing = token_sub.add_parser("list", help="connected tokens and their certificates")
    listing.add_argument("--module", metavar="LIB", help="PKCS#11 module (default: settings)")
    listing.add_argument("--json", action="store_true", help="print the list as JSON")
    listing.set_defaults(func=run_list)


def _configured_module(args: argparse.Namespace) -> str:
    if args.module:
        return str(args.module)
    settings = Settings(profile_dir(args) / "settings.json")
    return settings.text("pkcs11_module")


def run_diagnose(args: argparse.Namespace) -> int:
    from app.signing.discovery import discover, first_loadable, report_text

    reports = discover(_configured_module(args) or None)
    if args.json:
        print(json.dumps([r.to_dict() for r in reports], indent=2, ensure_ascii=False))
    else:
        print(report_text(reports, header=["Mellaf token middleware report"]))
    return 0 if first_loadable(reports) is not None else 1


def run_list(args: argparse.Namespace) -> int:
    from app.signing.discovery import discover, first_loadable
    from app.signing.errors import SigningError
    from app.signing.tokens import list_tokens

    module = _configured_module(args)
    if not module:
        found = first_loadable(discover(None))
        if found is None:
            return fail(
                "no token middleware was found; run `mellaf token diagnose` to see why, or "
                "give --module LIB."
            )
        module = found.path
    try:
        listings = list_tokens(module)
    except SigningError as exc:
        return fail(exc.user_message)
    if args.json:
        print(json.dumps([t.to_dict() for t in listings], indent=2, ensure_ascii=False))
    else:
        print(f"Module: {module}")
        if not listings:
            print("No token connected.")
        for t in listings:
            state = [
                name
                for name, flag in (
                    ("PIN LOCKED", t.info.locked),
                    ("final PIN try", t.info.final_try),
                    ("few PIN tries left", t.info.count_low),
                )
                if flag
            ]
            print(f"Token {t.info.describe()} serial {t.info.serial or '?'}")
            print(f"  PIN state: {', '.join(state) if state else 'normal'}")
            if t.problem:
                print(f"  {t.problem}")
            for c in t.certificates:
                if c.is_ca:
                    continue
                print(f"  - {c.holder} [{c.label}] issued by {c.issuer}")
                print(
                    f"    valid {c.not_before:%Y-%m-%d} to {c.not_after:%Y-%m-%d}; "
                    f"policy: {c.policy_text()}"
                )
                verdict = "usable for signing" if c.usable else f"{c.status}: {c.explanation}"
                print(f"    {verdict}")
    return 0 if listings else 1
