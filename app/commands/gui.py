"""`mellaf [--profile DIR] [gui] [--demo] [--lang L]`: start the desktop application."""

from __future__ import annotations

import argparse
from typing import Any

from app.commands.common import fail, open_context, profile_dir
from app.config.profile import ProfileError
from app.store.db import StoreError


def register(sub: Any) -> None:
    gui = sub.add_parser("gui", help="start the desktop application (default)")
    gui.add_argument("--demo", action="store_true", default=argparse.SUPPRESS)
    gui.add_argument("--lang", choices=("ar", "fr", "en"), default=argparse.SUPPRESS)
    gui.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    try:
        ctx, settings = open_context(args)
    except (StoreError, ProfileError) as exc:
        return fail(str(exc))
    demo = None
    if args.demo:
        from app.services.demo import start_demo

        ctx.demo = True
        demo = start_demo(profile_dir(args), settings)
        ctx.trust_roots.append(demo.identity.ca_cert_path)
    if args.lang:  # the computer's default from now on, and every window of this run
        settings.set("language", args.lang)
        if settings.exists:  # on the first run the assistant saves (with this language)
            settings.save()
    from app.ui.app import run_gui  # Qt is loaded only for the GUI

    try:
        return run_gui(ctx, settings, demo, args.lang or None)
    finally:
        if demo is not None:
            demo.stop()
        ctx.close()
