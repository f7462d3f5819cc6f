"""Every sentence a signing error can carry has an Arabic and a French translation, and so has
every reason the token diagnostics give for a module that cannot be used.

The sentences are found in the source of app/signing (calls of SigningError and its subclasses,
their default messages, the PIN-change sentences): a new error kind without a translation fails
here, not in front of an officer.
"""

from __future__ import annotations

import ast
import inspect
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from app.signing import discovery, errors
from app.ui import i18n
from app.ui.messages import is_known, localise
from app.ui.views.diagnostics import REASON_WORDS, reason_words

pytestmark = pytest.mark.gui

SIGNING = Path(errors.__file__).resolve().parent
ERROR_CLASSES = {
    name: cls
    for name, cls in vars(errors).items()
    if inspect.isclass(cls) and issubclass(cls, errors.SigningError)
}


def _sample(node: ast.expr, n: list[int]) -> str | None:
    """The text of a literal, with a made-up name in place of each f-string field."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        parts = []
        for value in node.values:
            if isinstance(value, ast.Constant):
                parts.append(str(value.value))
            else:
                n[0] += 1
                parts.append(f"Name{n[0]}")
        return "".join(parts)
    return None


def signing_sentences() -> list[tuple[str, str]]:
    """(where, sentence) for every message the signing layer can show."""
    found: list[tuple[str, str]] = []
    for cls in ERROR_CLASSES.values():
        if "default_message" in vars(cls):
            found.append((f"{cls.__name__}.default_message", cls.default_message))
    for name, value in vars(errors).items():
        if name.startswith("PIN_") and isinstance(value, str):
            found.append((f"errors.{name}", value))
    for path in sorted(SIGNING.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            # a sentence chosen first, then raised: ``text = f"..."`` (output.py)
            if isinstance(node, ast.Assign) and any(
                isinstance(t, ast.Name) and t.id == "text" for t in node.targets
            ):
                text = _sample(node.value, [0])
                if text is not None:
                    found.append((f"{path.name}:{node.lineno}", text))
            if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Name):
                continue
            cls = ERROR_CLASSES.get(node.func.id)
            if cls is None:
                continue
            where = f"{path.name}:{node.lineno}"
            n = [0]
            if cls is errors.ModuleNotFound and len(node.args) >= 2:
                reason = _sample(node.args[1], n)
                if reason is not None:
                    found.append(
                        (where, errors.ModuleNotFound("/opt/x/libtoken.so", reason).user_message)
                    )
                continue
            texts = [*node.args[:1], *(k.value for k in node.keywords if k.arg == "user_message")]
            for arg in texts:
                text = _sample(arg, n)
                if text is not None:
                    found.append((where, text))
    return found


SENTENCES = signing_sentences()


def test_the_scan_finds_the_signing_sentences() -> None:
    texts = [s for _, s in SENTENCES]
    assert len(texts) > 50
    assert errors.PIN_NOW_FINAL_TRY in texts
    assert any("Name1 is a damaged PDF file" in t for t in texts)


def test_every_signing_sentence_has_a_source_for_translation() -> None:
    missing = [(where, s) for where, s in SENTENCES if not is_known(s)]
    assert not missing, "add these to app/ui/messages_signing.py: " + repr(missing)


@pytest.mark.parametrize("lang", ["ar", "fr"])
def test_every_signing_sentence_is_translated(qapp: QApplication, lang: str) -> None:
    try:
        i18n.install(qapp, lang)
        untranslated = [(where, s) for where, s in SENTENCES if localise(s) == s]
        assert not untranslated
        for _where, s in SENTENCES:
            for name in ("Name1", "Name2"):
                if name in s:  # the names go back into the translated sentence
                    assert name in localise(s), s
        # a reason inside a sentence is translated too
        shown = localise(errors.ModuleNotFound("/opt/x/libtoken.so", "file not found").user_message)
        assert "file not found" not in shown and "/opt/x/libtoken.so" in shown
    finally:
        i18n.install(qapp, "en")


def test_every_module_reason_is_worded(qapp: QApplication, tmp_path: Path) -> None:
    assert set(REASON_WORDS) == set(discovery.REASON_TEXTS)
    folder = discovery.examine(discovery.KnownModule("Test", str(tmp_path)))
    missing = discovery.examine(discovery.KnownModule("Test", str(tmp_path / "none.so")))
    junk = tmp_path / "junk.so"
    junk.write_bytes(b"not a library at all")
    unknown = discovery.examine(discovery.KnownModule("Test", str(junk)))
    assert (folder.reason_code, missing.reason_code, unknown.reason_code) == (
        discovery.IS_FOLDER,
        discovery.NO_FILE,
        discovery.UNKNOWN_FORMAT,
    )
    assert missing.reason == "no file at this path"  # the copied report stays in English
    try:
        i18n.install(qapp, "fr")
        for report in (folder, missing, unknown):
            words = reason_words(report)
            assert words and words != report.reason
        wrong = discovery.ModuleReport("/x.dll", "Test", discovery.WRONG_ARCH)
        wrong.reason_code, wrong.reason_args = (
            discovery.OTHER_MACHINE,
            ("x86", "32", "x86_64", "64"),
        )
        words = reason_words(wrong)
        assert "x86_64" in words and "64" in words and "built for" not in words
    finally:
        i18n.install(qapp, "en")


def test_an_unanswered_request_is_told_in_words(qapp: QApplication) -> None:
    from app.services.complement import RequestNotAnswered
    from app.ui.errors import describe

    try:
        i18n.install(qapp, "fr")
        report = describe(RequestNotAnswered(["birth_certificate"]))
        assert report.title == "La demande de la Caisse n'a pas encore de réponse"
        assert "birth_certificate" in report.message and "nouveau document" in report.message
        assert not report.unexpected
    finally:
        i18n.install(qapp, "en")
