"""The ministry's designation form: one line per account, eight fields, Arabic headers (XLSX).

Needs openpyxl. The export holds personal data: only the responsible makes it, and it is audited.
"""

from __future__ import annotations

import importlib
import os
import tempfile
from pathlib import Path
from typing import Any

from app.domain.errors import DomainError
from app.domain.models import Account, Role
from app.services import accounts
from app.services.context import Context
from app.store import accounts as repo
from app.store import audit

HEADERS = (
    "الاسم الكامل",  # full name
    "رقم البطاقة الوطنية للتعريف",  # CIN
    "رقم التأجير",  # payroll number
    "الجماعة الترابية (الجهة / العمالة أو الإقليم / المجلس الجماعي)",  # collectivity
    "المنصب",  # position
    "الهاتف المكتبي",  # office phone
    "الهاتف المحمول",  # mobile
    "البريد الإلكتروني",  # e-mail
)


def _collectivity(d: repo.AccountDetails) -> str:
    return " / ".join(part for part in (d.region, d.province, d.commune) if part)


def rows(ctx: Context, actor: Account) -> list[tuple[str, ...]]:
    """The form's lines for the active, non-kiosk accounts of the actor's collectivity."""
    accounts.require_admin(actor)
    with ctx.db.read() as c:
        records = [
            r
            for r in repo.list_records(c, actor.collectivity_id)
            if r.status == repo.ACTIVE and r.account.role is not Role.KIOSK
        ]
        details = [repo.get_details(c, r.account.id) for r in records]
    return [
        (
            d.full_name or r.account.display_name,
            d.cin,
            d.ppr,
            _collectivity(d),
            d.position,
            d.phone_office,
            d.phone_mobile,
            d.email,
        )
        for r, d in zip(records, details, strict=True)
    ]


def export(ctx: Context, actor: Account, out_path: Path) -> int:
    """Write the form to ``out_path`` (temporary file, then rename); returns the line count."""
    try:
        openpyxl: Any = importlib.import_module("openpyxl")
    except ImportError as exc:
        raise DomainError("The Excel form needs the openpyxl package.") from exc
    lines = rows(ctx, actor)
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "تعيين"
    sheet.sheet_view.rightToLeft = True
    sheet.append(list(HEADERS))
    for line in lines:
        sheet.append(list(line))
    for col, width in zip("ABCDEFGH", (28, 18, 14, 48, 22, 16, 16, 28), strict=True):
        sheet.column_dimensions[col].width = width
    out_path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=out_path.parent, suffix=".xlsx.tmp")
    os.close(fd)
    try:
        book.save(tmp)
        Path(tmp).replace(out_path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    with ctx.db.transaction() as c:
        audit.record(
            c,
            at=ctx.clock(),
            actor=actor.id,
            action="accounts.designation_form",
            subject_kind="collectivity",
            subject_id=actor.collectivity_id,
            details={"lines": str(len(lines))},
        )
    return len(lines)
