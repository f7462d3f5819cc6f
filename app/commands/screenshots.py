"""`mellaf screenshots OUTDIR [--lang ar|fr|en]`: run the demo and save a PNG of each screen.

Everything happens in a temporary profile with the embedded sandbox (fictional data). Needs a
display: run it under `xvfb-run -a -s "-screen 0 1280x800x24"` on a server, or with
QT_QPA_PLATFORM=offscreen.
"""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path
from typing import Any

from app.commands.common import fail


def register(sub: Any) -> None:
    p = sub.add_parser("screenshots", help="run the demo and save a PNG of each screen")
    p.add_argument("outdir", type=Path, help="folder for the PNG files")
    p.add_argument("--lang", dest="shot_lang", choices=("ar", "fr", "en"), default=None)
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from app.config.profile import ProfileError, load_profile
    from app.config.settings import Settings
    from app.services.context import Context
    from app.services.demo import start_demo

    lang = args.shot_lang or getattr(args, "lang", None) or "fr"
    with tempfile.TemporaryDirectory(prefix="mellaf-shots-") as tmp:
        folder = Path(tmp)
        settings = Settings(folder / "settings.json")
        settings.set("language", lang)
        try:
            fund = load_profile(settings.text("fund"))
        except ProfileError as exc:
            return fail(str(exc))
        demo = start_demo(folder / "demo", settings, affiliates=120)
        ctx = Context.open(folder / "profile", fund, demo=True)
        ctx.trust_roots.append(demo.identity.ca_cert_path)
        work = folder / "files"
        work.mkdir()
        try:
            from app.ui.tour import TourError, take_screenshots  # Qt is loaded only here

            try:
                saved = take_screenshots(ctx, settings, demo, Path(args.outdir), work)
            except TourError as exc:
                return fail(f"screenshots: {exc}")
        finally:
            ctx.close()
            demo.stop()
    for path in saved:
        print(path)
    return 0
