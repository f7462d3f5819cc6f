"""Fund profiles: dossier types, checklists and pension-rule parameters loaded from resources/."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import yaml

from app.config.checklists import DocumentRules, parse_documents, parse_facts, parse_versions
from app.config.paths import resources_dir
from app.domain.checklist import ChecklistVersion, FactSpec, version_on
from app.domain.models import ChecklistItemSpec, DossierType
from app.domain.pension import AccrualRule
from app.domain.rules import AgeLimitRule, EarlyRetirementRule


class ProfileError(Exception):
    """A fund profile file is missing or malformed."""


@dataclass(frozen=True, slots=True)
class DossierTypeSpec:
    type: DossierType
    label: dict[str, str]
    items: tuple[ChecklistItemSpec, ...]  # the latest version's items
    provisional: bool
    versions: tuple[ChecklistVersion, ...] = ()  # every version, with its effective date

    def label_for(self, lang: str) -> str:
        return self.label.get(lang) or self.label.get("fr") or str(self.type)

    def version_on(self, day: date) -> ChecklistVersion:
        if not self.versions:
            return ChecklistVersion("", date.min, self.provisional, self.items)
        return version_on(self.versions, day)


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
    accrual: AccrualRule | None = None  # pension estimate parameters (law 71.14)
    planner_horizon_months: int = 18
    cache_max_age_days: int = 7
    facts: dict[str, FactSpec] = field(default_factory=dict)  # what checklist conditions ask
    documents: DocumentRules = field(default_factory=DocumentRules)  # size limit, downsampling
    # the empty signature fields of the fund's forms meant for the officer (first found first)
    signature_field_names: tuple[str, ...] = ()

    def checklist(self, dossier_type: DossierType) -> tuple[ChecklistItemSpec, ...]:
        return self.dossier_types[dossier_type].items


def _labels(raw: Any, where: str) -> dict[str, str]:
    if not isinstance(raw, dict) or "fr" not in raw:
        raise ProfileError(f"{where}: a label needs at least a French text")
    return {str(k): str(v) for k, v in raw.items()}


def _dossier_types(
    data: dict[str, Any],
) -> tuple[dict[DossierType, DossierTypeSpec], dict[str, FactSpec]]:
    facts = parse_facts(data.get("checklist_facts"))
    start = date.fromisoformat(str(data.get("effective_from", "2000-01-01")))
    types: dict[DossierType, DossierTypeSpec] = {}
    for key, spec in data["dossier_types"].items():
        dtype = DossierType(key)
        versions = parse_versions(key, spec, start, str(data["version"]), facts)
        latest = max(versions, key=lambda v: v.effective_from)
        types[dtype] = DossierTypeSpec(
            dtype, _labels(spec["label"], key), latest.items, latest.provisional, versions
        )
    return types, facts


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
        types, facts = _dossier_types(data)
        sig = data.get("signature", {})
        pe = rules.get("pension_estimate")
        accrual = (
            AccrualRule(
                reform_date=date.fromisoformat(str(pe["reform_date"])),
                rate_before=float(pe["rate_before"]),
                rate_after=float(pe["rate_after"]),
                early_rate_before=float(pe["early_rate_before"]),
                early_rate_after=float(pe["early_rate_after"]),
                max_rate=float(pe["max_rate"]),
            )
            if pe is not None
            else None
        )
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
            accrual=accrual,
            planner_horizon_months=int(rules.get("planner_horizon_months", 18)),
            cache_max_age_days=int(rules.get("cache_max_age_days", 7)),
            facts=facts,
            documents=parse_documents(data.get("documents")),
            signature_field_names=_field_names(sig.get("field_names")),
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise ProfileError(f"Fund profile in {base} is malformed: {exc!r}") from exc


def _field_names(raw: object) -> tuple[str, ...]:
    """``signature.field_names``: a list of names, or one name; anything else is none."""
    names = [raw] if isinstance(raw, str) else raw
    if not isinstance(names, list):
        return ()
    return tuple(str(n) for n in names if isinstance(n, str | int) and str(n).strip())


def load_profile(fund_id: str = "cmr", root: Path | None = None) -> FundProfile:
    base = (root or resources_dir() / "profiles") / fund_id
    path = base / "profile.yaml"
    try:
        # libyaml's safe loader when present: the same data, ~6x faster at every start
        loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=loader)  # noqa: S506
    except OSError as exc:
        raise ProfileError(f"Cannot read the fund profile {path}: {exc.strerror}") from exc
    except yaml.YAMLError as exc:
        raise ProfileError(f"The fund profile {path} is not valid YAML: {exc}") from exc
    if not isinstance(data, dict):
        raise ProfileError(f"The fund profile {path} is empty or not a mapping")
    return parse_profile(data, base)
