"""`mellaf sign` and `mellaf verify`.

    mellaf sign --in IN.pdf --out OUT.pdf --pkcs11-module LIB --token-label LABEL
                [--key-label K] [--token-serial S] [--level B-B|B-T|B-LT] [--tsa URL]
                [--trust CA.pem]... [--reason TEXT] [--location TEXT] [--field NAME]
    mellaf sign --in IN.pdf --out OUT.pdf --p12 FILE ...     (passphrase: MELLAF_P12_PASSWORD)
    mellaf verify FILE [--trust CA.pem]... [--json] [--fetch]
    mellaf raise-lt --in IN.pdf --out OUT.pdf --tsa URL --trust CA.pem...   (no token needed)

``sign --visible [--stamp-name-ar NAME] [--stamp-role ROLE]`` adds the visible stamp.

The token PIN comes from MELLAF_PIN, else from a prompt without echo; it is never printed or
logged. Exit codes: 0 success (verify: every signature OK); 1 the signature or verification
failed (one line in words on stderr); 2 wrong usage. OUT is never left partial or empty.
"""

from __future__ import annotations

import argparse
import getpass
import json
import logging
import os
import sys
from pathlib import Path
from typing import Any

from app.signing.backend import SigningBackend
from app.signing.errors import Cancelled, SigningError
from app.signing.handler import TokenInfo

log = logging.getLogger(__name__)

PIN_ENV = "MELLAF_PIN"
P12_PASSWORD_ENV = "MELLAF_P12_PASSWORD"  # noqa: S105 - the variable's name, not a password

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2


def register(subparsers: Any) -> None:
    """Add the ``sign`` and ``verify`` subcommands to an argparse subparsers object."""
    sign = subparsers.add_parser(
        "sign",
        help="sign a PDF (PAdES) with a token or a PKCS#12 file",
        description="Sign a PDF (PAdES). The token PIN is read from MELLAF_PIN or prompted.",
    )
    sign.add_argument("--in", dest="in_path", required=True, metavar="IN.pdf", type=Path)
    sign.add_argument("--out", dest="out_path", required=True, metavar="OUT.pdf", type=Path)
    source = sign.add_mutually_exclusive_group(required=True)
    source.add_argument("--pkcs11-module", metavar="LIB", help="PKCS#11 module of the token")
    source.add_argument(
        "--p12", metavar="FILE", type=Path, help=f"PKCS#12 file (password: {P12_PASSWORD_ENV})"
    )
    sign.add_argument("--token-label", metavar="LABEL", help="label of the token to use")
    sign.add_argument("--token-serial", metavar="SERIAL", help="serial number of the token")
    sign.add_argument("--key-label", metavar="K", help="label of the signing key on the token")
    sign.add_argument("--cert-label", metavar="C", help="label of the certificate on the token")
    sign.add_argument("--level", choices=("B-B", "B-T", "B-LT"), default="B-B")
    sign.add_argument("--tsa", metavar="URL", help="timestamp server (needed for B-T, B-LT)")
    sign.add_argument(
        "--trust",
        metavar="CA.pem",
        action="append",
        type=Path,
        default=[],
        help="trusted root certificate (B-LT; repeatable)",
    )
    sign.add_argument("--reason", help="reason recorded in the signature")
    sign.add_argument("--location", help="place recorded in the signature")
    sign.add_argument("--field", dest="field_name", help="signature field name")
    sign.add_argument(
        "--visible",
        action="store_true",
        help="add a visible stamp (holder's name, date, role) on the last page",
    )
    sign.add_argument("--stamp-name-ar", metavar="NAME", help="holder's name in Arabic letters")
    sign.add_argument("--stamp-role", metavar="ROLE", help="holder's role on the stamp")
    sign.set_defaults(func=run_sign)

    raise_lt = subparsers.add_parser(
        "raise-lt",
        help="add long-term validation data and a document timestamp (no token needed)",
        description="Raise signed PDFs (e.g. B-B made offline) to B-LT: the chain's revocation "
        "data and a document timestamp are added; earlier signatures stay valid.",
    )
    raise_lt.add_argument("--in", dest="in_path", required=True, metavar="IN.pdf", type=Path)
    raise_lt.add_argument("--out", dest="out_path", required=True, metavar="OUT.pdf", type=Path)
    raise_lt.add_argument("--tsa", metavar="URL", required=True, help="timestamp server")
    raise_lt.add_argument(
        "--trust",
        metavar="CA.pem",
        action="append",
        type=Path,
        default=[],
        required=True,
        help="trusted root certificate (repeatable)",
    )
    raise_lt.set_defaults(func=run_raise_lt)

    verify = subparsers.add_parser(
        "verify",
        help="verify the signatures of a PDF",
        description="Verify the signatures of a PDF; exit 0 only when all are OK.",
    )
    verify.add_argument("file", type=Path, metavar="FILE")
    verify.add_argument(
        "--trust",
        metavar="CA.pem",
        action="append",
        type=Path,
        default=[],
        help="trusted root certificate (repeatable)",
    )
    verify.add_argument("--json", action="store_true", help="print the report as JSON")
    verify.add_argument(
        "--fetch", action="store_true", help="ask CRL/OCSP services online (default: no)"
    )
    verify.set_defaults(func=run_verify)


class TerminalHandler:
    """PIN from MELLAF_PIN, else a prompt without echo on the terminal; messages on stderr."""

    def ask_pin(self, token: TokenInfo) -> str | None:
        from_env = os.environ.get(PIN_ENV)
        if from_env:
            return from_env
        if not sys.stdin.isatty():
            return None
        if token.final_try:
            self.show_message("Warning: one PIN try is left; a wrong PIN locks the token.")
        elif token.count_low:
            self.show_message("Warning: few PIN tries are left before the token locks.")
        return getpass.getpass(f"PIN of token {token.describe()}: ")

    def show_message(self, text: str) -> None:
        print(text, file=sys.stderr)

    def confirm(self, text: str) -> bool:
        if not sys.stdin.isatty():
            return False
        return input(f"{text} [y/N] ").strip().lower() in ("y", "yes")


def _quiet_libraries(args: argparse.Namespace) -> None:
    """pyHanko logs validation failures with tracebacks: keep stderr to our one line.

    With ``-v`` (the main CLI's ``--verbose``) they stay visible.
    """
    if not getattr(args, "verbose", False):
        for name in ("pyhanko", "pyhanko_certvalidator"):
            logging.getLogger(name).setLevel(logging.CRITICAL)


def _fail(message: str, code: int = EXIT_FAILED) -> int:
    print(f"mellaf: {' '.join(message.split())}", file=sys.stderr)
    return code


def _backend(args: argparse.Namespace) -> SigningBackend:
    if args.p12 is not None:
        from app.signing.software import SoftwareBackend

        password = os.environ.get(P12_PASSWORD_ENV)
        return SoftwareBackend(args.p12, password.encode() if password is not None else None)
    from app.signing.pkcs11_backend import Pkcs11Backend

    return Pkcs11Backend(
        args.pkcs11_module,
        args.token_label,
        key_label=args.key_label,
        cert_label=args.cert_label,
        token_serial=args.token_serial,
    )


def run_sign(args: argparse.Namespace) -> int:
    from app.signing.sign import sign_pdf

    _quiet_libraries(args)
    if args.pkcs11_module and not args.token_label:
        return _fail("--token-label is required with --pkcs11-module.", EXIT_USAGE)
    if args.level != "B-B" and not args.tsa:
        return _fail(f"level {args.level} needs a timestamp server: add --tsa URL.", EXIT_USAGE)
    in_path: Path = args.in_path
    out_path: Path = args.out_path
    try:
        backend = _backend(args)
        available = backend.availability()
        if not available.ok:
            return _fail(available.reason)
        with backend.open_session(TerminalHandler()) as session:
            sign_pdf(
                in_path,
                out_path,
                session,
                level=args.level,
                tsa_url=args.tsa,
                field_name=args.field_name,
                reason=args.reason,
                location=args.location,
                trust_roots=list(args.trust) or None,
                stamp=_stamp(args),
            )
            holder, description = session.holder_name, session.description
    except Cancelled:
        if args.p12 is None and not os.environ.get(PIN_ENV):
            return _fail(f"no PIN given: set {PIN_ENV} or run in a terminal. Nothing was signed.")
        return _fail(Cancelled.default_message)
    except SigningError as exc:
        log.info("sign failed: %s", exc.detail or type(exc).__name__)
        return _fail(exc.user_message)
    except Exception as exc:  # a bug: one line, details in the log (-v)
        log.debug("unexpected error while signing", exc_info=True)
        return _fail(f"unexpected error ({type(exc).__name__}); nothing was signed.")
    print(f"Signed {out_path} (PAdES {args.level}) by {holder} - {description}")
    return EXIT_OK


def _stamp(args: argparse.Namespace) -> Any:
    if not args.visible:
        return None
    from datetime import date

    from app.signing.stamp import StampText

    return StampText(
        name_ar=args.stamp_name_ar or "", role=args.stamp_role or "", when=date.today()
    )


def run_raise_lt(args: argparse.Namespace) -> int:
    from app.signing.ltv import raise_to_lt
    from app.signing.verify import verify_pdf

    _quiet_libraries(args)
    try:
        raise_to_lt(args.in_path, args.out_path, tsa_url=args.tsa, trust_roots=list(args.trust))
        report = verify_pdf(args.out_path, list(args.trust))
    except SigningError as exc:
        log.info("raise-lt failed: %s", exc.detail or type(exc).__name__)
        return _fail(exc.user_message)
    except Exception as exc:
        log.debug("unexpected error while raising to B-LT", exc_info=True)
        return _fail(f"unexpected error ({type(exc).__name__}); {args.in_path.name} is unchanged.")
    levels = ", ".join(s.level for s in report.signatures if s.kind == "signature")
    print(f"Completed {args.out_path}: signatures at {levels}; verified: {report.ok}")
    return EXIT_OK if report.ok else _fail(f"{args.out_path.name}: {report.problems[0]}")


def run_verify(args: argparse.Namespace) -> int:
    from app.signing.verify import verify_pdf

    _quiet_libraries(args)
    try:
        report = verify_pdf(args.file, list(args.trust), allow_fetching=args.fetch)
    except SigningError as exc:
        return _fail(exc.user_message)
    except OSError as exc:  # a --trust file that cannot be read
        return _fail(f"cannot read a file: {exc.filename or exc}", EXIT_USAGE)
    except Exception as exc:
        log.debug("unexpected error while verifying", exc_info=True)
        return _fail(f"unexpected error ({type(exc).__name__}) while verifying {args.file.name}.")
    if args.json:
        print(json.dumps(report.to_dict(), indent=2, ensure_ascii=False))
    else:
        print(report.to_text())
    if report.ok:
        return EXIT_OK
    first = report.problems[0] if report.problems else "verification failed"
    return _fail(f"{args.file.name}: {first}")


def _standalone(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="mellaf")
    register(parser.add_subparsers(dest="command", required=True))
    args = parser.parse_args(argv)
    code: int = args.func(args)
    return code


if __name__ == "__main__":
    sys.exit(_standalone())
