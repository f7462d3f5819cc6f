"""The fields chosen in the signing dialog: recorded all or nothing, each change audited, and
the fund profile's field names proposed when nothing was chosen."""

from __future__ import annotations

import json
from datetime import date
from io import BytesIO
from pathlib import Path

import pytest
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.sign.fields import SigFieldSpec, append_signature_field

from app.config.paths import resources_dir
from app.config.profile import load_profile
from app.domain.errors import DomainError
from app.domain.models import Account, Affiliate, DossierType, Role, Sex
from app.services import dossiers, signature_fields
from app.services.context import Context
from app.store import affiliates as affiliates_repo
from tests.support.fixtures import make_pdf

PREP = Account("prep.fields", "Preparer", Role.PREPARER, "COM-F")


def form(path: Path) -> Path:
    plain = make_pdf(path.with_suffix(".plain.pdf"), pages=2, text="Fictional form")
    writer = IncrementalPdfFileWriter(BytesIO(plain.read_bytes()))
    append_signature_field(
        writer, SigFieldSpec("AgentSignature", on_page=0, box=(80, 90, 300, 160))
    )
    append_signature_field(
        writer, SigFieldSpec("ChiefSignature", on_page=1, box=(80, 90, 300, 160))
    )
    out = BytesIO()
    writer.write(out)
    path.write_bytes(out.getvalue())
    return path


def dossier_with_form(ctx: Context, tmp_path: Path) -> tuple[str, int, int]:
    fictional = Affiliate(
        membership_no="F-000001",
        ppr="9100001",
        cin="ZZ100001",
        last_name_lat="FIELDTEST",
        first_name_lat="Fictional",
        last_name_ar="اختبار",
        first_name_ar="وهمي",
        sex=Sex.MALE,
        birth_date=date(1964, 5, 1),
        hire_date=date(1991, 9, 1),
        grade="administrateur",
        corps="administration",
        collectivity_id="COM-F",
    )
    with ctx.db.transaction() as c:
        affiliates_repo.upsert(c, [fictional], ctx.clock())
    d = dossiers.open_dossier(ctx, PREP, "F-000001", DossierType.AGE_LIMIT)
    lines = dossiers.checklist(ctx, d)
    dossiers.attach(ctx, PREP, d.id, lines[0].spec.code, form(tmp_path / "form.pdf"))
    dossiers.attach(ctx, PREP, d.id, lines[1].spec.code, make_pdf(tmp_path / "plain.pdf"))
    docs = dossiers.load(ctx, PREP, d.id).documents
    return d.id, docs[0].id, docs[1].id


def audited(ctx: Context, dossier_id: str) -> list[dict[str, str]]:
    with ctx.db.read() as c:
        rows = c.execute(
            "SELECT details FROM audit WHERE action = 'document.signature_field'"
            " AND subject_id = ? ORDER BY id",
            (dossier_id,),
        ).fetchall()
    return [json.loads(r[0]) for r in rows]


def test_only_changes_are_recorded_and_audited(ctx: Context, tmp_path: Path) -> None:
    dossier_id, form_id, _ = dossier_with_form(ctx, tmp_path)
    assert signature_fields.choose_many(ctx, PREP, dossier_id, {form_id: None}) == 0
    assert audited(ctx, dossier_id) == []  # nothing changed: nothing to audit
    assert signature_fields.choose_many(ctx, PREP, dossier_id, {form_id: "ChiefSignature"}) == 1
    assert signature_fields.chosen(ctx, dossier_id) == {form_id: "ChiefSignature"}
    assert signature_fields.choose_many(ctx, PREP, dossier_id, {form_id: "ChiefSignature"}) == 0
    assert audited(ctx, dossier_id) == [{"document": str(form_id), "field": "ChiefSignature"}]


def test_one_wrong_choice_records_none(ctx: Context, tmp_path: Path) -> None:
    dossier_id, form_id, plain_id = dossier_with_form(ctx, tmp_path)
    with pytest.raises(DomainError, match="not in the document"):
        signature_fields.choose_many(
            ctx, PREP, dossier_id, {form_id: "AgentSignature", plain_id: "AgentSignature"}
        )
    assert signature_fields.chosen(ctx, dossier_id) == {}
    assert audited(ctx, dossier_id) == []


def test_profile_field_names(tmp_path: Path) -> None:
    base = (resources_dir() / "profiles" / "cmr" / "profile.yaml").read_text(encoding="utf-8")
    (tmp_path / "x").mkdir()
    profile = tmp_path / "x" / "profile.yaml"

    def names(signature_extra: str) -> tuple[str, ...]:
        text = base.replace("signature:\n", "signature:\n" + signature_extra, 1)
        profile.write_text(text, encoding="utf-8")
        return load_profile("x", tmp_path).signature_field_names

    assert names("  field_names: [ChiefSignature, Visa]\n") == ("ChiefSignature", "Visa")
    assert names("  field_names: AgentSignature\n") == ("AgentSignature",)
    assert names("") == ()
    assert load_profile("cmr").signature_field_names == ()
