"""Habilitation review: the collectivity's staff list against its accounts.

The responsible imports the staff list (CSV, or XLSX when openpyxl is installed) with payroll
numbers (PPR) and, optionally, a status or a leaving date. Every active account with no
matching staff member, or whose holder left, is flagged; flagged accounts are frozen in one
action, with a report. Access follows the person's tie to the body, not only the password.
"""

from __future__ import annotations

import csv
import importlib
import io
import os
import tempfile
import unicodedata
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from app.domain.errors import DomainError
from app.domain.models import Account, Role
from app.platform.client import PlatformClient
from app.services import account_sync, accounts
from app.services.account_sync import PushReport
from app.services.context import Context
from app.store import accounts as repo

MAX_ROWS = 100_000
_PPR_HEADERS = {"ppr", "payroll", "payroll_number", "matricule", "som", "رقم التأجير"}
_STATUS_HEADERS = {"status", "statut", "الوضعية"}
_LEFT_HEADERS = {"left_on", "date_depart", "departure", "تاريخ المغادرة"}
_LEFT_WORDS = {"left", "parti", "depart", "départ", "retired", "retraite", "mute", "muté", "غادر"}

NO_MATCH = "no_match"
LEFT = "left"
NO_PPR = "no_ppr"


@dataclass(frozen=True, slots=True)
class StaffMember:
    ppr: str
    left: bool


@dataclass(frozen=True, slots=True)
class Finding:
    account_id: str
    role: Role
    problem: str  # no_match | left | no_ppr


@dataclass(frozen=True, slots=True)
class FreezeReport:
    frozen: list[str]
    skipped: list[str]  # already inactive, or the responsible's own account
    text: str  # a plain report to keep (no personal data besides account ids)
    # The platform's side (accounts suspended there), when a client was given:
    platform: PushReport | None = None


def _key(header: str) -> str:
    return unicodedata.normalize("NFKC", header).strip().lower().replace(" ", "_")


def _keys(words: set[str]) -> set[str]:
    return {_key(w) for w in words}


def _norm_ppr(value: object) -> str:
    text = str(value or "").strip()
    if text.endswith(".0"):  # a number cell read from a spreadsheet
        text = text[:-2]
    return text.lstrip("0") or text


def _rows_from_csv(data: bytes) -> list[list[str]]:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("cp1256", errors="replace")  # Arabic Windows exports
    try:
        dialect: Any = csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    return [row for row in csv.reader(io.StringIO(text), dialect) if any(c.strip() for c in row)]


def _rows_from_xlsx(path: Path) -> list[list[str]]:
    try:
        openpyxl: Any = importlib.import_module("openpyxl")
    except ImportError as exc:
        raise DomainError("Excel files need the openpyxl package: save the list as CSV.") from exc
    try:
        book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds on a broken file
        raise DomainError(f"The file {path.name} is not a readable Excel workbook.") from exc
    try:
        sheet = book.worksheets[0]
        return [
            ["" if v is None else str(v) for v in row]
            for row in sheet.iter_rows(values_only=True)
            if any(v not in (None, "") for v in row)
        ]
    finally:
        book.close()


def read_staff_list(path: Path, today: date) -> list[StaffMember]:
    """Read the staff list; the header row names the PPR column (ppr, matricule, رقم التأجير)."""
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        rows = _rows_from_xlsx(path)
    else:
        try:
            rows = _rows_from_csv(path.read_bytes())
        except OSError as exc:
            raise DomainError(f"The file {path.name} cannot be read.") from exc
    if not rows:
        raise DomainError(f"The file {path.name} is empty.")
    if len(rows) > MAX_ROWS:
        raise DomainError(f"The file {path.name} has more than {MAX_ROWS} lines.")
    header = [_key(h) for h in rows[0]]
    ppr_col = next((i for i, h in enumerate(header) if h in _keys(_PPR_HEADERS)), None)
    if ppr_col is None:
        raise DomainError(
            "The staff list has no payroll number column: name it 'ppr' or 'matricule'."
        )
    status_col = next((i for i, h in enumerate(header) if h in _keys(_STATUS_HEADERS)), None)
    left_col = next((i for i, h in enumerate(header) if h in _keys(_LEFT_HEADERS)), None)
    staff = []
    for n, row in enumerate(rows[1:], start=2):
        cell = row[ppr_col] if ppr_col < len(row) else ""
        ppr = _norm_ppr(cell)
        if not ppr:
            continue
        if not ppr.isdigit():
            raise DomainError(f"Line {n} of the staff list has a payroll number that is not one.")
        left = False
        if status_col is not None and status_col < len(row):
            left = _key(row[status_col]) in _keys(_LEFT_WORDS)
        if left_col is not None and left_col < len(row) and row[left_col].strip():
            try:
                left = left or date.fromisoformat(row[left_col].strip()[:10]) <= today
            except ValueError as exc:
                raise DomainError(
                    f"Line {n} of the staff list has a date that is not one."
                ) from exc
        staff.append(StaffMember(ppr, left))
    return staff


def review(ctx: Context, actor: Account, staff: list[StaffMember]) -> list[Finding]:
    """Flag every active account of the collectivity with no staff member, or whose holder left."""
    accounts.require_admin(actor)
    by_ppr = {s.ppr: s for s in staff}
    with ctx.db.read() as c:
        records = [r for r in repo.list_records(c, actor.collectivity_id) if r.status == "active"]
        pprs = {r.account.id: _norm_ppr(repo.get_details(c, r.account.id).ppr) for r in records}
    findings = []
    for r in records:
        if r.account.role is Role.KIOSK:
            continue  # a machine account, not a person
        ppr = pprs[r.account.id]
        member = by_ppr.get(ppr) if ppr else None
        if not ppr:
            findings.append(Finding(r.account.id, r.account.role, NO_PPR))
        elif member is None:
            findings.append(Finding(r.account.id, r.account.role, NO_MATCH))
        elif member.left:
            findings.append(Finding(r.account.id, r.account.role, LEFT))
    return findings


_WORDS = {
    NO_MATCH: "no staff member with this payroll number",
    LEFT: "the holder has left",
    NO_PPR: "no payroll number recorded",
}


def freeze_flagged(
    ctx: Context,
    actor: Account,
    findings: list[Finding],
    report_path: Path | None = None,
    client: PlatformClient | None = None,
) -> FreezeReport:
    """Freeze every flagged account in one action and write a report (if a path is given).

    Frozen accounts are suspended at the platform too: at once with a client, else (or when
    offline) the suspensions wait as pending changes and are pushed later."""
    accounts.require_admin(actor)
    frozen, skipped = [], []
    lines = [f"Habilitation review of {actor.collectivity_id} on {ctx.today().isoformat()}"]
    for f in findings:
        if f.account_id == actor.id:
            skipped.append(f.account_id)
            lines.append(f"{f.account_id}: {_WORDS[f.problem]}; not frozen (your own account)")
            continue
        try:
            accounts.freeze(ctx, actor, f.account_id, f"habilitation review: {f.problem}")
        except DomainError as exc:
            skipped.append(f.account_id)
            lines.append(f"{f.account_id}: {_WORDS[f.problem]}; not frozen ({exc})")
            continue
        frozen.append(f.account_id)
        lines.append(f"{f.account_id}: {_WORDS[f.problem]}; frozen")
    lines.append(f"{len(frozen)} account(s) frozen, {len(skipped)} left as they were.")
    platform = None
    if client is not None and frozen:
        platform = account_sync.push(ctx, actor, client)
        done = [a for a in frozen if a in platform.pushed]
        lines.append(f"Suspended at the platform: {len(done)} of {len(frozen)}.")
        lines += [
            f"{a}: refused by the platform ({platform.refused[a]})"
            for a in frozen
            if a in platform.refused
        ]
        if platform.waiting:
            lines.append("The platform did not answer: the others are sent when it does.")
    elif frozen:
        lines.append("The suspensions at the platform wait to be sent.")
    text = "\n".join(lines) + "\n"
    if report_path is not None:
        _write_atomically(report_path, text.encode("utf-8"))
    return FreezeReport(frozen, skipped, text, platform)


def _write_atomically(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        Path(tmp).replace(path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
