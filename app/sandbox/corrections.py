"""Sandbox routes for data-correction requests: an officer flags a wrong field of an affiliate's
record with a comment and an optional supporting PDF; the fund answers.

Sandbox rule: a request is answered 10 minutes (sandbox clock) after it was received, so tests
and training see the answer by advancing the clock; it is accepted when a supporting PDF came
with it, refused otherwise. Requests are idempotent by
(collectivity, local_reference).
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import secrets
import sqlite3
from datetime import timedelta
from typing import Annotated, Any

from fastapi import APIRouter, Depends
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field

from app.domain.models import CORRECTABLE_FIELDS
from app.sandbox.auth import Caller, SandboxState, state_of, writer
from app.sandbox.db import iso, parse_stored, stored
from app.sandbox.problems import ProblemError

ANSWER_AFTER = timedelta(minutes=10)
MAX_ATTACHMENT = 5 * 1024 * 1024
FIELDS = CORRECTABLE_FIELDS

router = APIRouter()
StateDep = Annotated[SandboxState, Depends(state_of)]
WriterDep = Annotated[Caller, Depends(writer)]

_SCHEMA = """
CREATE TABLE IF NOT EXISTS corrections (
    id TEXT PRIMARY KEY,
    collectivity_id TEXT NOT NULL,
    local_reference TEXT NOT NULL,
    membership_no TEXT NOT NULL,
    field TEXT NOT NULL,
    comment TEXT NOT NULL,
    attachment_sha256 TEXT,
    received_at TEXT NOT NULL,
    UNIQUE (collectivity_id, local_reference)
)
"""


class CorrectionBody(BaseModel):
    membership_no: str = Field(pattern=r"^[0-9]{9}$")
    field: str = Field(min_length=1, max_length=40)
    comment: str = Field(min_length=1, max_length=2000)
    local_reference: str = Field(min_length=1, max_length=100)
    attachment_pdf_base64: str | None = Field(default=None, max_length=MAX_ATTACHMENT * 4 // 3 + 8)


def _json(row: sqlite3.Row, st: SandboxState) -> dict[str, Any]:
    received = parse_stored(row["received_at"])
    answered = st.db.now() >= received + ANSWER_AFTER
    return {
        "id": row["id"],
        "membership_no": row["membership_no"],
        "field": row["field"],
        "local_reference": row["local_reference"],
        "state": "answered" if answered else "received",
        "answer": _answer(row) if answered else None,
        "decision": _decision(row) if answered else None,
        "answered_at": iso(received + ANSWER_AFTER) if answered else None,
    }


def _decision(row: sqlite3.Row) -> str:
    """Sandbox rule: a request with a supporting PDF is accepted, one without is refused."""
    return "accepted" if row["attachment_sha256"] else "refused"


def _answer(row: sqlite3.Row) -> str:
    if _decision(row) == "accepted":
        return (
            f"Sandbox: the fund checked the field '{row['field']}' against the supporting "
            "document and will correct its records."
        )
    return (
        f"Sandbox: the fund checked the field '{row['field']}' against its records; without a "
        "supporting document it keeps them as they are."
    )


@router.post("/corrections", status_code=201)
def create_correction(body: CorrectionBody, caller: WriterDep, st: StateDep) -> JSONResponse:
    if body.field not in FIELDS:
        raise ProblemError(422, "invalid_field", "This field of the record cannot be corrected.")
    digest = None
    if body.attachment_pdf_base64 is not None:
        try:
            data = base64.b64decode(body.attachment_pdf_base64, validate=True)
        except (binascii.Error, ValueError):
            raise ProblemError(400, "invalid_request", "The attachment is not base64.") from None
        if not data.startswith(b"%PDF-"):
            raise ProblemError(422, "not_pdf", "The supporting document must be a PDF.")
        digest = hashlib.sha256(data).hexdigest()
    with st.db.transaction() as c:
        c.execute(_SCHEMA)
        found = c.execute(
            "SELECT 1 FROM affiliates WHERE membership_no = ? AND collectivity_id = ?",
            (body.membership_no, caller.collectivity_id),
        ).fetchone()
        if found is None:
            raise ProblemError(
                422, "unknown_affiliate", "No affiliate of this collectivity has this number."
            )
        row = c.execute(
            "SELECT * FROM corrections WHERE collectivity_id = ? AND local_reference = ?",
            (caller.collectivity_id, body.local_reference),
        ).fetchone()
        status = 200
        if row is None:
            status = 201
            c.execute(
                "INSERT INTO corrections VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    secrets.token_hex(8),
                    caller.collectivity_id,
                    body.local_reference,
                    body.membership_no,
                    body.field,
                    body.comment,
                    digest,
                    stored(st.db.now()),
                ),
            )
            row = c.execute(
                "SELECT * FROM corrections WHERE collectivity_id = ? AND local_reference = ?",
                (caller.collectivity_id, body.local_reference),
            ).fetchone()
    return JSONResponse(_json(row, st), status_code=status)


@router.get("/corrections/{correction_id}")
def get_correction(correction_id: str, caller: WriterDep, st: StateDep) -> dict[str, Any]:
    with st.db.transaction() as c:
        c.execute(_SCHEMA)
        row = c.execute(
            "SELECT * FROM corrections WHERE id = ? AND collectivity_id = ?",
            (correction_id, caller.collectivity_id),
        ).fetchone()
    if row is None:
        raise ProblemError(404, "not_found", "No such correction request.")
    return _json(row, st)
