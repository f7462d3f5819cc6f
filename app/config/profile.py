"""Fund profiles: dossier types, checklists and pension-rule parameters loaded from resources/."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from app.config.paths import resources_dir
from app.domain.models import ChecklistItemSpec, DossierType
from app.domain.rules import AgeLimitRule, EarlyRetirementRule


class ProfileError(Exception):
    """A fund profile file is missing or malformed."""


@dataclass(frozen=True, slots=True)
class DossierTypeSpec:
    type: DossierType
    label: dict[str, str]
    items: tuple[ChecklistItemSpec, ...]
    provisional: bool

    def label_for(self, lang: str) -> str:
        return self.label.get(lang) or self.label.get("fr") or str(self.type)


@dataclass(frozen=True, slots=True)
class FundProfile:
    id: str
    version: str
    name: dict[str, str]
    age_limit: AgeLimitRule
    early: EarlyRetirementRule
    dossier_lead_months: int
    signature_level: str
    trust_anchors: tuple[Path, ...]
    dossier_types: dict[DossierType, DossierTypeSpec]

    def checklist(self, dossier_type: DossierType) -> tuple[ChecklistItemSpec, ...]:
        return self.dossier_types[dossier_type].items


def _labels(raw: Any, where: str) -> dict[str, str]:
    if not isinstance(raw, dict) or "fr" not in raw:
        raise ProfileError(f"{where}: a label needs at least a French text")
    return {str(k): str(v) for k, v in raw.items()}


def parse_profile(data: dict[str, Any], base: Path) -> FundProfile:
    try:
        rules = data["rules"]
        al = rules["age_limit"]
        age = AgeLimitRule(
            cohorts=tuple((int(y), int(m)) for y, m in al["cohorts"]),
            final_months=int(al["final_months"]),
            special_corps_months={str(k): int(v) for k, v in al["special_corps_months"].items()},
        )
        er = rules["early_retirement"]
        early = EarlyRetirementRule(int(er["min_years_men"]), int(er["min_years_women"]))
        types: dict[DossierType, DossierTypeSpec] = {}
        for key, spec in data["dossier_types"].items():
            dtype = DossierType(key)
            items = tuple(
                ChecklistItemSpec(
                    code=str(it["code"]),
                    label=_labels(it["label"], f"{key}/{it['code']}"),
                    required=bool(it.get("required", True)),
                )
                for it in spec["items"]
            )
            types[dtype] = DossierTypeSpec(
                dtype, _labels(spec["label"], key), items, spec.get("status") == "provisional"
            )
        sig = data.get("signature", {})
        return FundProfile(
            id=str(data["id"]),
            version=str(data["version"]),
            name=_labels(data["name"], "name"),
            age_limit=age,
            early=early,
            dossier_lead_months=int(rules.get("dossier_lead_months", 12)),
            signature_level=str(sig.get("level", "B-B")),
            trust_anchors=tuple(base / str(p) for p in sig.get("trust_anchors", [])),
            dossier_types=types,
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise ProfileError(f"Fund profile in {base} is malformed: {exc!r}") from exc


def load_profile(fund_id: str = "cmr", root: Path | None = None) -> FundProfile:
    base = (root or resources_dir() / "profiles") / fund_id
    path = base / "profile.yaml"
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ProfileError(f"Cannot read the fund profile {path}: {exc.strerror}") from exc
    except yaml.YAMLError as exc:
        raise ProfileError(f"The fund profile {path} is not valid YAML: {exc}") from exc
    if not isinstance(data, dict):
        raise ProfileError(f"The fund profile {path} is empty or not a mapping")
    return parse_profile(data, base)
