"""GUI fixtures: one demo sandbox for the session, a fresh profile and shell per test."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from app.config.profile import load_profile
from app.config.settings import Settings
from app.services.context import Context
from app.services.demo import DemoEnvironment, start_demo
from app.ui import i18n
from app.ui.app import Shell
from tests.ui.helpers import close_shell


@pytest.fixture(autouse=True)
def english(qapp: QApplication) -> Iterator[None]:
    """Tests read English texts unless they choose a language; none leaks into the next."""
    i18n.install(qapp, "en")
    yield
    i18n.install(qapp, "en")


@pytest.fixture(scope="session")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[DemoEnvironment]:
    folder = tmp_path_factory.mktemp("demo")
    env = start_demo(folder, Settings(folder / "settings.json"), affiliates=60)
    yield env
    env.stop()


def make_shell(
    qapp: QApplication, folder: Path, demo: DemoEnvironment, lang: str = "en"
) -> tuple[Shell, Context]:
    settings = Settings(folder / "settings.json")
    settings.set("language", lang)
    settings.set("platform_url", demo.sandbox.base_url)
    settings.set("signing_backend", "software")
    settings.set("p12_path", str(demo.identity.p12_path))
    settings.set("last_account", "demo.preparer")
    ctx = Context.open(folder / "profile", load_profile("cmr"), demo=True)
    ctx.trust_roots.append(demo.identity.ca_cert_path)
    language = i18n.install(qapp, lang)
    shell = Shell(ctx, settings, demo, language)
    shell.quit_when_login_closes = False
    return shell, ctx


@pytest.fixture
def shell(qapp: QApplication, tmp_path: Path, demo: DemoEnvironment) -> Iterator[Shell]:
    s, ctx = make_shell(qapp, tmp_path, demo)
    yield s
    close_shell(s)
    ctx.close()
