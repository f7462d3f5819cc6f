"""Kiosk isolation: two communes on one profile cannot reach each other's data via any service.

Every public function of app/services/*.py that takes an ``actor`` is called by officers of
commune B (each role) with commune A's identifiers. Each call must be refused (a DomainError,
NotAllowed included) or return nothing of A's, and A's data must be unchanged afterwards.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest

import app.services
from app.domain.errors import DomainError
from app.domain.models import Account, Affiliate, DossierType, Role, Sex
from app.platform.client import PlatformClient
from app.platform.errors import PlatformError
from app.services import delegation, dossiers
from app.services.audit_view import AuditFilter
from app.services.context import Context
from app.store import accounts as accounts_repo
from app.store import affiliates as affiliates_repo
from app.store import audit
from app.store.accounts import AccountDetails
from tests.support.fixtures import make_pdf

A = "COMMUNE-ISO-A"
B = "COMMUNE-ISO-B"
PREP_A = Account("prep.iso.a", "Preparer A (fictional)", Role.PREPARER, A)
PREP_A2 = Account("prep2.iso.a", "Preparer A2 (fictional)", Role.PREPARER, A)
ADMIN_A = Account("resp.iso.a", "Responsible A (fictional)", Role.ADMIN, A)
ACTORS_B = [
    Account("prep.iso.b", "Preparer B (fictional)", Role.PREPARER, B),
    Account("cert.iso.b", "Certifier B (fictional)", Role.CERTIFIER, B),
    Account("resp.iso.b", "Responsible B (fictional)", Role.ADMIN, B),
    Account("kiosk.iso.b", "Kiosk B (fictional)", Role.KIOSK, B),
]
AFF_A = Affiliate(
    membership_no="955500001",
    ppr="9955501",
    cin="ZY955501",
    last_name_lat="Fictivea",
    first_name_lat="Isolina",
    last_name_ar="وهمية",
    first_name_ar="معزولة",
    sex=Sex.FEMALE,
    birth_date=date(1966, 2, 2),
    hire_date=date(1991, 3, 3),
    grade="Administrateur",
    corps="administrateurs",
    collectivity_id=A,
)
SECRETS = [AFF_A.membership_no, AFF_A.ppr, AFF_A.cin, AFF_A.last_name_lat, AFF_A.last_name_ar]


# Values for parameters the table below does not name, by annotation (string annotations).
_GENERIC: dict[str, Any] = {"str": "isolation test", "int": 1, "bool": True}
# Modules whose every actor-taking function must be walked (the table names their parameters).
_OURS = {"accounts", "habilitation", "delegation", "retention", "designation_form", "audit_view"}


def _public_functions() -> list[tuple[str, Callable[..., Any]]]:
    found = []
    for info in pkgutil.iter_modules(app.services.__path__):
        module = importlib.import_module(f"app.services.{info.name}")
        for name, fn in inspect.getmembers(module, inspect.isfunction):
            if name.startswith("_") or fn.__module__ != module.__name__:
                continue
            params = inspect.signature(fn).parameters
            if "actor" in params and "ctx" in params:
                found.append((f"{info.name}.{name}", fn))
    return found


@pytest.fixture
def two_communes(ctx: Context, tmp_path: Path) -> tuple[Context, str, dict[str, Any]]:
    with ctx.db.transaction() as c:
        for a in (PREP_A, PREP_A2, ADMIN_A, *ACTORS_B):
            accounts_repo.insert_account(c, a, "", "fund", ctx.clock())
        accounts_repo.save_details(c, PREP_A.id, AccountDetails(full_name="Isolina", cin=AFF_A.cin))
        affiliates_repo.upsert(c, [AFF_A], ctx.clock())
    d = dossiers.open_dossier(ctx, PREP_A, AFF_A.membership_no, DossierType.AGE_LIMIT)
    code = dossiers.checklist(ctx, d)[0].spec.code
    doc = dossiers.attach(ctx, PREP_A, d.id, code, make_pdf(tmp_path / "a.pdf"))
    lent = delegation.delegate(ctx, PREP_A, PREP_A2.id, date(2026, 11, 1), date(2026, 12, 31))
    asked = delegation.request_access(ctx, PREP_A2, d.id, "colleague away, fund asks today")
    args: dict[str, Any] = {
        "dossier_id": d.id,
        "membership_no": AFF_A.membership_no,
        "account_id": PREP_A.id,
        "affiliate": AFF_A,
        "query": AFF_A.cin,
        "item_code": code,
        "source": make_pdf(tmp_path / "b.pdf"),
        "path": make_pdf(tmp_path / "c.pdf"),
        "out_path": tmp_path / "out.bin",
        "document_id": doc.id,
        "comment": "isolation test",
        "reason": "isolation test",
        "details": AccountDetails(),
        "password": "long enough password",
        "values": {},
        "client": PlatformClient("http://127.0.0.1:9/api/v1", token="x"),
        "session": None,
        "role": Role.PREPARER,
        "display_name": "Intruder",
        "dossier_type": DossierType.AGE_LIMIT,
        "to_account": PREP_A.id,
        "from_account": PREP_A.id,
        "colleague": PREP_A.id,
        "starts_on": date(2026, 11, 1),
        "ends_on": date(2026, 12, 31),
        "staff": [],
        "findings": [],
        "days": 0,
        "found": [],  # audit_reads records reads of what it is given: nothing here
        "screen": "isolation-test",
        "files": [make_pdf(tmp_path / "d.pdf")],
        "specs": [],
        "delta": 1,
        "tsa_url": "http://127.0.0.1:9/tsa",
        "delegation_id": lent,
        "request_id": asked,
        "approve": True,
        "f": AuditFilter(),
    }
    return ctx, d.id, args


def _snapshot(ctx: Context) -> list[Any]:
    with ctx.db.read() as c:
        return [
            [tuple(r) for r in c.execute("SELECT * FROM dossiers ORDER BY id")],
            [tuple(r) for r in c.execute("SELECT * FROM documents ORDER BY id")],
            [tuple(r) for r in c.execute("SELECT * FROM jobs ORDER BY id")],
            [tuple(r) for r in c.execute("SELECT id, status, verifier FROM accounts ORDER BY id")],
            [tuple(r) for r in c.execute("SELECT * FROM account_details ORDER BY account_id")],
            [tuple(r) for r in c.execute("SELECT membership_no, cin FROM affiliates")],
            [tuple(r) for r in c.execute("SELECT * FROM delegations ORDER BY id")],
            [tuple(r) for r in c.execute("SELECT * FROM dossier_owners")],
        ]


def test_other_commune_reaches_nothing(two_communes: tuple[Context, str, dict[str, Any]]) -> None:
    ctx, dossier_id, args = two_communes
    functions = _public_functions()
    names = {n for n, _ in functions}
    assert {"dossiers.get", "dossiers.attach", "dossiers.certify", "queue.enqueue"} <= names
    assert {"accounts.list_accounts", "accounts.suspend", "affiliates.get_cached"} <= names
    names_must_walk = {n for n in names if n.split(".")[0] in _OURS}
    before = _snapshot(ctx)
    leaks: list[str] = []
    unexpected: list[str] = []
    skipped: set[str] = set()
    walked = 0
    for actor in ACTORS_B:
        for name, fn in functions:
            call: dict[str, Any] = {"ctx": ctx, "actor": actor}
            params = inspect.signature(fn).parameters.values()
            for p in params:
                if p.name in call or p.kind in (p.VAR_POSITIONAL, p.VAR_KEYWORD):
                    continue
                if p.name in args:
                    call[p.name] = args[p.name]
                elif p.default is p.empty:
                    generic = _GENERIC.get(str(p.annotation))
                    if generic is None:  # a parameter this walk cannot invent: say so, skip
                        skipped.add(f"{name}({p.name})")
                        break
                    call[p.name] = generic
            else:
                walked += 1
                try:
                    result = fn(**call)
                except (DomainError, PlatformError):
                    continue
                except Exception as exc:
                    unexpected.append(f"{name} as {actor.role}: {type(exc).__name__}: {exc}")
                    continue
                text = repr(result)
                if any(s in text for s in [*SECRETS, dossier_id, PREP_A.id, PREP_A2.id]):
                    leaks.append(f"{name} as {actor.role} returned commune A's data")
    assert leaks == []
    assert unexpected == [], "\n".join(unexpected)
    assert walked >= 4 * 20, sorted(skipped)
    assert not {n.split("(")[0] for n in skipped} & names_must_walk
    assert _snapshot(ctx) == before
    with ctx.db.read() as c:
        assert audit.first_broken(c) is None
        reads = [
            e for e in audit.entries(c) if e.actor.endswith(".b") and e.action.endswith("read")
        ]
    assert reads == []  # nobody of B read anything of A
