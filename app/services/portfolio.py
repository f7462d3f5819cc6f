"""The portfolio: every dossier of the collectivity, with who prepares it, who is assigned to it,
its due date and whether it is closed.

- Due date: the affiliate's age-limit date minus the fund profile's lead time, the date the
  planner says the dossier should start (``planner.start_by``). It applies to age-limit dossiers
  while the work is on our side (not at the fund, not closed): past it the dossier is overdue,
  within ``SOON_DAYS`` it is due soon.
- Closed dossiers (the life cycle's terminal states: no transition leaves them) form the
  archive; the default view hides them.
- Filters and the text search are pure functions over the rows (the screen calls them on every
  key press); the text search folds names as the affiliate search does (app/domain/names.py).
- Exporting the filtered rows (CSV or XLSX) is audited: the file carries personal data.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from pathlib import Path

from app.config.profile import FundProfile
from app.domain import names
from app.domain.errors import NotAllowed
from app.domain.lifecycle import TRANSITIONS
from app.domain.models import Account, Affiliate, Dossier, DossierState, DossierType, IdentifierKind
from app.services import spreadsheet
from app.services.affiliates import audit_reads
from app.services.context import Context
from app.services.identifiers import normalise
from app.services.planner import start_by
from app.store import accounts as accounts_repo
from app.store import affiliates as affiliates_repo
from app.store import audit
from app.store import dossiers as dossiers_repo
from app.store import portfolio as store

S = DossierState
SOON_DAYS = 30

# Terminal states: no transition of the life cycle leaves them (liquidated, rejected, withdrawn).
CLOSED: frozenset[DossierState] = frozenset(S) - frozenset(
    s for t in TRANSITIONS.values() for s in t.source
)
# States where the fund has the dossier and nothing waits on the collectivity.
AT_FUND: frozenset[DossierState] = frozenset({S.SUBMITTED, S.UNDER_REVIEW})

GROUPS: dict[str, frozenset[DossierState]] = {
    "all": frozenset(S) - CLOSED,  # the default view: every open dossier
    "prepare": frozenset({S.DRAFT, S.COMPLETE}),
    "certify": frozenset({S.SIGNED}),
    "send": frozenset({S.CERTIFIED, S.QUEUED, S.UPLOADING}),
    "fund": frozenset({S.SUBMITTED, S.UNDER_REVIEW, S.DOCUMENTS_REQUESTED}),
    "archive": CLOSED,
}

NOBODY = ""  # the officer filter's value for "not assigned to anyone"


class Due(StrEnum):
    OVERDUE = "overdue"
    SOON = "soon"
    LATER = "later"
    NONE = "none"  # no due date: not an age-limit dossier, at the fund, or closed


@dataclass(frozen=True, slots=True)
class PortfolioRow:
    dossier: Dossier
    affiliate: Affiliate | None
    preparer: str  # account id of the preparer who owns it
    assignee: str | None  # account id of the officer working on it now
    age_limit: date | None
    due_date: date | None
    due: Due
    name_key: str = field(default="", compare=False, repr=False)  # see ``name_key()``

    @property
    def closed(self) -> bool:
        return self.dossier.state in CLOSED


def due_dates(
    dossier: Dossier, affiliate: Affiliate | None, fund: FundProfile
) -> tuple[date | None, date | None]:
    """(age-limit date, due date) of an age-limit dossier; (None, None) for the other types."""
    if affiliate is None or dossier.type is not DossierType.AGE_LIMIT:
        return None, None
    return start_by(affiliate, fund)


def classify_due(
    due_date: date | None, state: DossierState, today: date, soon_days: int = SOON_DAYS
) -> Due:
    if due_date is None or state in CLOSED or state in AT_FUND:
        return Due.NONE
    if due_date < today:
        return Due.OVERDUE
    if (due_date - today).days <= soon_days:
        return Due.SOON
    return Due.LATER


def make_row(
    dossier: Dossier,
    affiliate: Affiliate | None,
    preparer: str,
    assignee: str | None,
    fund: FundProfile,
    today: date,
) -> PortfolioRow:
    limit, due = due_dates(dossier, affiliate, fund)
    return PortfolioRow(
        dossier,
        affiliate,
        preparer,
        assignee,
        limit,
        due,
        classify_due(due, dossier.state, today),
        name_key(affiliate),
    )


def load(ctx: Context, actor: Account) -> list[PortfolioRow]:
    """Every dossier of the actor's collectivity (never another's), most recently changed first."""
    today = ctx.today()
    with ctx.db.read() as c:
        found = dossiers_repo.list_for(c, actor.collectivity_id)
        preparers = store.preparers(c, actor.collectivity_id)
        assigned = store.assignees(c, actor.collectivity_id)
        people: dict[str, Affiliate | None] = {}
        for d in found:
            m = d.affiliate_membership_no
            if m not in people:
                people[m] = affiliates_repo.get(
                    c, IdentifierKind.MEMBERSHIP, m, actor.collectivity_id
                )
    return [
        make_row(
            d,
            people[d.affiliate_membership_no],
            preparers.get(d.id, d.created_by),
            assigned.get(d.id),
            ctx.fund,
            today,
        )
        for d in found
    ]


def officers(ctx: Context, actor: Account) -> list[Account]:
    """The accounts of the actor's collectivity known on this machine (the officer filter)."""
    with ctx.db.read() as c:
        return [r.account for r in accounts_repo.list_records(c, actor.collectivity_id)]


# -- filters and search ------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Filter:
    group: str = "all"  # a key of GROUPS
    dossier_type: DossierType | None = None
    officer: str | None = None  # account id (preparer or assignee), NOBODY: unassigned
    due: Due | None = None
    text: str = ""


@dataclass(frozen=True, slots=True)
class Query:
    """A search text prepared once per filtering pass (not once per row)."""

    digits: str | None  # a membership number or PPR, or a part of one
    starts: tuple[str, ...]  # " " + each folded name word: must start a word of the names


def prepare(text: str) -> Query | None:
    """None when there is nothing to search for."""
    if not text.strip():
        return None
    digits = normalise(text)
    if digits.isdigit():
        return Query(digits, ())
    return Query(None, tuple(f" {w}" for w in names.words(text)))


def name_key(affiliate: Affiliate | None) -> str:
    """The folded words of the Latin and Arabic names, each after a space (prefix tests become
    substring tests)."""
    if affiliate is None:
        return ""
    folded = names.words(f"{affiliate.full_name_lat} {affiliate.full_name_ar}")
    return "".join(f" {w}" for w in folded)


def _hit(row: PortfolioRow, q: Query) -> bool:
    a = row.affiliate
    if q.digits is not None:
        return q.digits in row.dossier.affiliate_membership_no or (
            a is not None and q.digits in a.ppr
        )
    key = row.name_key if row.name_key or a is None else name_key(a)
    return all(w in key for w in q.starts)


def matches_text(row: PortfolioRow, query: str) -> bool:
    """Membership number or PPR (digits, spaces and dashes ignored, any part of the number), or
    names: every folded word of the query starts a folded word of the Latin or Arabic name."""
    q = prepare(query)
    return q is None or _hit(row, q)


def apply(rows: Iterable[PortfolioRow], f: Filter) -> list[PortfolioRow]:
    """The rows that pass every part of ``f`` (called on every key press: kept tight)."""
    states = GROUPS.get(f.group, GROUPS["all"])
    kind, officer, due = f.dossier_type, f.officer, f.due
    q = prepare(f.text)
    out: list[PortfolioRow] = []
    for r in rows:
        d = r.dossier
        if d.state not in states or (kind is not None and d.type is not kind):
            continue
        if officer == NOBODY and r.assignee is not None:
            continue
        if officer and officer != r.preparer and officer != r.assignee:
            continue
        if (due is not None and r.due is not due) or (q is not None and not _hit(r, q)):
            continue
        out.append(r)
    return out


def matches(row: PortfolioRow, f: Filter) -> bool:
    return bool(apply((row,), f))


# -- export ------------------------------------------------------------------------------------

HEADER = (
    "membership_no",
    "ppr",
    "last_name_lat",
    "first_name_lat",
    "last_name_ar",
    "first_name_ar",
    "dossier_type",
    "state",
    "fund_stage",
    "preparer",
    "assignee",
    "age_limit_date",
    "due_date",
    "due",
    "opened_at",
    "dossier_id",
)


def _iso(day: date | None) -> str:
    return day.isoformat() if day else ""


def export_rows(rows: Sequence[PortfolioRow]) -> list[tuple[str, ...]]:
    out: list[tuple[str, ...]] = []
    for r in rows:
        d, a = r.dossier, r.affiliate
        out.append(
            (
                d.affiliate_membership_no,
                a.ppr if a else "",
                a.last_name_lat if a else "",
                a.first_name_lat if a else "",
                a.last_name_ar if a else "",
                a.first_name_ar if a else "",
                str(d.type),
                str(d.state),
                d.remote_stage or "",
                r.preparer,
                r.assignee or "",
                _iso(r.age_limit),
                _iso(r.due_date),
                str(r.due),
                d.created_at.isoformat(timespec="seconds"),
                d.id,
            )
        )
    return out


def export(
    ctx: Context,
    actor: Account,
    rows: Sequence[PortfolioRow],
    target: Path,
    kind: str,
    screen: str = "dossiers",
) -> int:
    """Write ``rows`` to ``target`` ("csv" or "xlsx"), then audit the export and the reads of
    the affiliates it carries. Returns the number of rows written."""
    if any(r.dossier.collectivity_id != actor.collectivity_id for r in rows):
        raise NotAllowed("This dossier belongs to another collectivity.")
    spreadsheet.write_table(target, kind, HEADER, export_rows(rows), "dossiers")
    people = {r.affiliate.membership_no: r.affiliate for r in rows if r.affiliate}
    audit_reads(ctx, actor, list(people.values()), f"{screen}-export", "cache")
    with ctx.db.transaction() as c:
        audit.record(
            c,
            at=ctx.clock(),
            actor=actor.id,
            action="dossiers.export",
            subject_kind="collectivity",
            subject_id=actor.collectivity_id,
            details={"format": kind, "rows": str(len(rows)), "screen": screen},
        )
    return len(rows)
