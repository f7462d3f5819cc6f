"""Demo mode: the platform sandbox in-process, a demo signing identity, a demo profile.

Everything here is fictional: the sandbox's affiliates and accounts, and the signing certificate
("DEMO - not a qualified signature").
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from app.config.settings import Settings
from app.sandbox.server import RunningSandbox, start_in_thread
from app.signing.demo_identity import DemoIdentity, ensure_demo_identity


@dataclass(frozen=True, slots=True)
class DemoAccount:
    id: str
    role: str
    collectivity_id: str
    password: str


@dataclass
class DemoEnvironment:
    sandbox: RunningSandbox
    identity: DemoIdentity
    accounts: list[DemoAccount]

    def password_of(self, account_id: str) -> str:
        return next(a.password for a in self.accounts if a.id == account_id)

    def stop(self) -> None:
        self.sandbox.stop()


def start_demo(profile_dir: Path, settings: Settings, affiliates: int = 240) -> DemoEnvironment:
    data = profile_dir / "sandbox"
    sandbox = start_in_thread(data, affiliates=affiliates)
    identity = ensure_demo_identity(profile_dir / "demo-identity")
    raw = json.loads((data / "accounts.json").read_text(encoding="utf-8"))
    accounts = [
        DemoAccount(str(a["id"]), str(a["role"]), str(a["collectivity_id"]), str(a["password"]))
        for a in raw
    ]
    settings.set("platform_url", sandbox.base_url)
    settings.set("signing_backend", "software")
    settings.set("p12_path", str(identity.p12_path))
    if not settings.text("last_account"):
        settings.set("last_account", "demo.preparer")
    settings.save()
    return DemoEnvironment(sandbox, identity, accounts)
