"""The `dossier_types:` and `checklist_facts:` sections of a fund profile.

A dossier type either lists `items:` directly (one version, in force from the profile's
`effective_from`) or several `versions:`, each with `version`, `effective_from`, optional
`status: provisional` and its `items`. An item may carry `when:` (a fact, or "not FACT") and
`per:` (a counted fact: one line per person).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from app.domain.checklist import ChecklistVersion, FactSpec
from app.domain.models import ChecklistItemSpec


class ChecklistError(ValueError):
    pass


@dataclass(frozen=True, slots=True)
class DocumentRules:
    """The platform's limits on one document, and how scans are fitted under them."""

    max_bytes: int = 10 * 1024 * 1024
    downsample_dpi: int = 150


def parse_documents(raw: Any) -> DocumentRules:
    raw = raw or {}
    rules = DocumentRules(
        int(raw.get("max_bytes", 10 * 1024 * 1024)),
        int(raw.get("downsample_dpi", 150)),
    )
    if rules.max_bytes < 100_000 or not 72 <= rules.downsample_dpi <= 600:
        raise ChecklistError("documents: max_bytes >= 100000 and 72 <= downsample_dpi <= 600")
    return rules


def labels(raw: Any, where: str) -> dict[str, str]:
    if not isinstance(raw, dict) or "fr" not in raw:
        raise ChecklistError(f"{where}: a label needs at least a French text")
    return {str(k): str(v) for k, v in raw.items()}


def parse_facts(raw: Any) -> dict[str, FactSpec]:
    facts: dict[str, FactSpec] = {}
    for name, spec in (raw or {}).items():
        kind = str(spec.get("kind", "bool"))
        if kind not in ("bool", "count"):
            raise ChecklistError(f"checklist_facts/{name}: kind must be bool or count")
        facts[str(name)] = FactSpec(str(name), kind, labels(spec["label"], f"facts/{name}"))
    return facts


def _items(raw: Any, where: str, facts: dict[str, FactSpec]) -> tuple[ChecklistItemSpec, ...]:
    out: list[ChecklistItemSpec] = []
    codes: set[str] = set()
    for it in raw:
        code = str(it["code"])
        if code in codes:
            raise ChecklistError(f"{where}: item {code} appears twice")
        codes.add(code)
        when = it.get("when")
        per = it.get("per")
        if when is not None and str(when).removeprefix("not ").strip() not in facts:
            raise ChecklistError(f"{where}/{code}: unknown fact in 'when: {when}'")
        if per is not None and (per not in facts or facts[per].kind != "count"):
            raise ChecklistError(f"{where}/{code}: 'per: {per}' needs a counted fact")
        out.append(
            ChecklistItemSpec(
                code=code,
                label=labels(it["label"], f"{where}/{code}"),
                required=bool(it.get("required", True)),
                when=str(when) if when is not None else None,
                per=str(per) if per is not None else None,
            )
        )
    return tuple(out)


def parse_versions(
    key: str,
    spec: dict[str, Any],
    default_from: date,
    default_version: str,
    facts: dict[str, FactSpec],
) -> tuple[ChecklistVersion, ...]:
    if "versions" not in spec:
        return (
            ChecklistVersion(
                default_version,
                default_from,
                spec.get("status") == "provisional",
                _items(spec["items"], key, facts),
            ),
        )
    versions = tuple(
        ChecklistVersion(
            str(v["version"]),
            date.fromisoformat(str(v["effective_from"])),
            v.get("status", spec.get("status")) == "provisional",
            _items(v["items"], f"{key}@{v['version']}", facts),
        )
        for v in spec["versions"]
    )
    if not versions:
        raise ChecklistError(f"{key}: no checklist version")
    return versions
