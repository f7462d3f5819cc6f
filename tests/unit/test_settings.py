"""The declared settings: one declaration per key, the checks of ``validate`` and a save that is
whole or nothing."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.config import settings as settings_module
from app.config.settings import (
    DECLARED,
    GROUPS,
    SettingError,
    Settings,
    fund_profiles,
    validate,
)


def test_each_setting_is_declared_once_with_a_known_group() -> None:
    keys = [s.key for s in DECLARED]
    assert len(keys) == len(set(keys))
    for s in DECLARED:
        assert s.group in (*GROUPS, "internal"), s.key
        assert isinstance(s.default, s.type), s.key
        assert s.description.endswith("."), s.key
    assert "cmr" in fund_profiles()


@pytest.mark.parametrize(
    ("key", "value", "problem"),
    [
        ("idle_lock_minutes", -1, "negative"),
        ("retention_days", "ten", "not-a-number"),
        ("retention_days", True, "not-a-number"),
        ("platform_url", "e-retraite.example/api", "url"),
        ("platform_url", "ftp://host/api", "url"),
        ("tsa_url", "https:// spaced", "url"),
        ("language", "de", "choice"),
        ("fund", "no-such-fund", "choice"),
        ("signing_backend", "magic", "choice"),
        ("kiosk_purge", "yes", "type"),
    ],
)
def test_bad_values_are_refused_in_words(key: str, value: object, problem: str) -> None:
    with pytest.raises(SettingError) as info:
        validate(key, value)
    assert info.value.key == key and info.value.problem == problem
    assert key in str(info.value)


def test_good_values_are_converted(tmp_path: Path) -> None:
    assert validate("idle_lock_minutes", " 0 ") == 0
    assert validate("retention_days", 30) == 30
    assert validate("platform_url", " https://e-retraite.example/api/v1 ") == (
        "https://e-retraite.example/api/v1"
    )
    assert validate("platform_url", "") == ""  # not configured yet
    assert validate("language", "ar") == "ar"
    assert validate("fund", "cmr") == "cmr"
    module = tmp_path / "lib.so"
    module.write_bytes(b"\x7fELF")
    assert validate("pkcs11_module", str(module)) == str(module)
    with pytest.raises(SettingError) as info:
        validate("pkcs11_module", str(tmp_path / "absent.so"))
    assert info.value.problem == "missing-file"
    with pytest.raises(SettingError):  # a folder is not a library file
        validate("p12_path", str(tmp_path))
    roots = f"{module};{tmp_path / 'missing.pem'}"
    with pytest.raises(SettingError) as info:
        validate("package_trust_roots", roots)
    assert "missing.pem" in str(info.value)


def test_save_is_whole_or_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "profile" / "settings.json"
    first = Settings(path)
    assert not first.exists
    first.set("language", "ar")
    first.save()
    assert first.exists and json.loads(path.read_text(encoding="utf-8")) == {"language": "ar"}

    def broken_dump(*_args: object, **_kwargs: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(settings_module.json, "dump", broken_dump)
    first.set("language", "en")
    with pytest.raises(OSError):
        first.save()
    monkeypatch.undo()
    assert Settings(path).get("language") == "ar"  # the old file is intact
    assert sorted(p.name for p in path.parent.iterdir()) == ["settings.json"]  # no leftover


def test_wrongly_typed_stored_values_fall_back_to_the_default(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"idle_lock_minutes": True, "language": 3, "x": 1}), "utf-8")
    s = Settings(path)
    assert s.get("idle_lock_minutes") == 10 and s.get("language") == "fr"
