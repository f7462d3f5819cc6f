"""Every audit action the core can write has a label in the history and the audit viewer.

The actions are found in the source: string constants shaped like ``area.verb`` in the audit
areas, and f-strings such as ``f"dossier.{action}"`` expanded with the values they can take.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

from app.domain.lifecycle import Action
from app.ui.texts import audit_action_name

APP = Path(__file__).resolve().parents[2] / "app"
AREAS = (
    "access",
    "account",
    "accounts",
    "affiliate",
    "audit",
    "delegation",
    "document",
    "dossier",
    "package",
    "queue",
    "retention",
    "session",
)
SHAPE = re.compile(rf"^({'|'.join(AREAS)})\.[a-z_]+$")
# Strings of that shape that are not audit actions: file names, and a DTO field.
FILE_SUFFIXES = {"json", "lock", "mellaf", "pdf", "csv", "xlsx", "txt", "zip"}
NOT_ACTIONS = {"session.account"}
# What the f-string prefixes expand to.
EXPANSIONS = {
    "dossier.": [str(a) for a in Action],
    "access.": ["delegation", "exceptional"],  # delegations.kind
}


def written_actions() -> set[str]:
    found: set[str] = set()
    for path in APP.rglob("*.py"):
        if path.relative_to(APP).parts[0] in ("ui", "sandbox"):
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                is_file = node.value.rsplit(".", 1)[-1] in FILE_SUFFIXES
                if SHAPE.match(node.value) and node.value not in NOT_ACTIONS and not is_file:
                    found.add(node.value)
            elif isinstance(node, ast.JoinedStr) and node.values:
                head = node.values[0]
                if not (isinstance(head, ast.Constant) and isinstance(head.value, str)):
                    continue
                prefix = head.value
                if prefix.rstrip(".") in AREAS and prefix.endswith("."):
                    assert prefix in EXPANSIONS, f"{path}: f-string action {prefix}…: list it"
                    found.update(prefix + x for x in EXPANSIONS[prefix])
    return found


def test_the_scan_finds_the_actions() -> None:
    actions = written_actions()
    # a few from each kind of call site, so that a broken scan cannot pass silently
    assert {"session.login", "retention.purge", "account.freeze", "package.import"} <= actions
    assert {"dossier.certify", "dossier.dequeue", "access.delegation"} <= actions
    assert len(actions) > 40


def test_every_written_action_has_a_label() -> None:
    # One test, not one per action: each UI test re-installs the translators (see conftest).
    missing = [a for a in sorted(written_actions()) if audit_action_name(a) in ("", a)]
    assert not missing, f"audit actions without a label in app/ui/texts.py: {missing}"
