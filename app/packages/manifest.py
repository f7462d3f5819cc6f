"""The package manifest: what the package holds, for which commune, with which sequence number."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from app.packages.errors import PackageRefused

FORMAT = "mellaf.package"
VERSION = 1
KINDS = ("dossiers", "affiliates")


@dataclass(frozen=True, slots=True)
class FileEntry:
    name: str
    sha256: str
    size: int


@dataclass(frozen=True, slots=True)
class Manifest:
    kind: str
    package_id: str
    collectivity_id: str
    sequence: int
    created_at: str
    created_by: str
    files: tuple[FileEntry, ...]
    body: dict[str, Any]  # kind-specific content (dossiers, or affiliate count)

    def to_bytes(self) -> bytes:
        doc = {
            "format": FORMAT,
            "version": VERSION,
            "kind": self.kind,
            "package_id": self.package_id,
            "collectivity_id": self.collectivity_id,
            "sequence": self.sequence,
            "created_at": self.created_at,
            "created_by": self.created_by,
            "files": [{"name": f.name, "sha256": f.sha256, "size": f.size} for f in self.files],
            "body": self.body,
        }
        return json.dumps(doc, sort_keys=True, ensure_ascii=False, indent=1).encode("utf-8")


def _str(doc: dict[str, Any], key: str) -> str:
    value = doc.get(key)
    if not isinstance(value, str) or not value:
        raise PackageRefused("manifest", f"its manifest has no valid '{key}'.")
    return value


def parse(data: bytes) -> Manifest:
    try:
        doc = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise PackageRefused("manifest", "its manifest cannot be read.") from exc
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise PackageRefused("manifest", "it is not a Mellaf package.")
    if doc.get("version") != VERSION:
        raise PackageRefused("version", "it was made by another version of Mellaf.")
    kind = _str(doc, "kind")
    if kind not in KINDS:
        raise PackageRefused("manifest", f"its kind '{kind}' is unknown.")
    sequence = doc.get("sequence")
    if not isinstance(sequence, int) or isinstance(sequence, bool) or sequence < 1:
        raise PackageRefused("manifest", "its sequence number is not valid.")
    files: list[FileEntry] = []
    raw_files = doc.get("files")
    body = doc.get("body")
    if not isinstance(raw_files, list) or not isinstance(body, dict):
        raise PackageRefused("manifest", "its manifest is incomplete.")
    for f in raw_files:
        if not isinstance(f, dict) or not isinstance(f.get("size"), int):
            raise PackageRefused("manifest", "its file list is not valid.")
        files.append(FileEntry(_str(f, "name"), _str(f, "sha256"), int(f["size"])))
    if len({f.name for f in files}) != len(files):
        raise PackageRefused("duplicate", "its manifest lists a file twice.")
    return Manifest(
        kind=kind,
        package_id=_str(doc, "package_id"),
        collectivity_id=_str(doc, "collectivity_id"),
        sequence=sequence,
        created_at=_str(doc, "created_at"),
        created_by=_str(doc, "created_by"),
        files=tuple(files),
        body=body,
    )
