"""Checklists as data: versions with effective dates, conditional and repeated items, and the
fund's later requests. Pure: the facts and the date are passed in."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date

from app.domain.models import ChecklistItemSpec

Facts = Mapping[str, bool | int]

# Labels of the repeated persons, used to name each instance of a repeated item.
PERSON_LABELS: dict[str, dict[str, str]] = {
    "widows": {"fr": "veuve", "ar": "الأرملة", "en": "widow"},
    "orphans": {"fr": "orphelin", "ar": "اليتيم", "en": "orphan"},
}
MAX_REPEAT = 20


@dataclass(frozen=True, slots=True)
class ChecklistVersion:
    version: str
    effective_from: date
    provisional: bool  # our best understanding pending the fund's official list
    items: tuple[ChecklistItemSpec, ...]


@dataclass(frozen=True, slots=True)
class FactSpec:
    name: str
    kind: str  # "bool" or "count"
    label: dict[str, str]

    def label_for(self, lang: str) -> str:
        return self.label.get(lang) or self.label.get("fr") or self.name


def version_on(versions: tuple[ChecklistVersion, ...], day: date) -> ChecklistVersion:
    """The version in force on ``day`` (the earliest one when ``day`` precedes them all)."""
    ordered = sorted(versions, key=lambda v: v.effective_from)
    chosen = ordered[0]
    for v in ordered:
        if v.effective_from <= day:
            chosen = v
    return chosen


def _condition(when: str, facts: Facts) -> bool | None:
    """True/False when the facts decide, None when the fact is not known yet."""
    negate = when.startswith("not ")
    name = when.removeprefix("not ").strip()
    if name not in facts:
        return None
    value = bool(facts[name])
    return not value if negate else value


def resolve(items: tuple[ChecklistItemSpec, ...], facts: Facts) -> list[ChecklistItemSpec]:
    """The dossier's concrete lines: conditions applied (an item whose fact is unknown stays,
    as optional, with a note), repeated items expanded per person (code suffixed _1, _2…)."""
    out: list[ChecklistItemSpec] = []
    for item in items:
        spec = item
        if item.when:
            decided = _condition(item.when, facts)
            if decided is False:
                continue
            if decided is None:
                spec = replace(
                    item,
                    required=False,
                    note={
                        "fr": "à fournir si la condition s'applique",
                        "ar": "يُدلى به إذا توفر الشرط",
                        "en": "to provide if the condition applies",
                    },
                )
        if item.per:
            count = min(int(facts.get(item.per, 0)), MAX_REPEAT)
            person = PERSON_LABELS.get(item.per, {"fr": item.per})
            for n in range(1, count + 1):
                label = {
                    lang: f"{text} — {person.get(lang, person['fr'])} {n}"
                    for lang, text in spec.label.items()
                }
                out.append(replace(spec, code=f"{item.code}_{n}", label=label, per=None))
            continue
        out.append(spec)
    return out
