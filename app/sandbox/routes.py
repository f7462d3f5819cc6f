"""The sandbox's JSON API (everything but the tus uploads), as described by
resources/openapi/platform.yaml."""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import secrets
import sqlite3
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request, Response
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field, StringConstraints

from app.domain.models import DossierType
from app.sandbox import accounts_admin, stages
from app.sandbox.auth import (
    SESSION_TTL_SECONDS,
    Caller,
    SandboxState,
    admin,
    current_caller,
    state_of,
    writer,
)
from app.sandbox.db import iso, parse_stored, stored
from app.sandbox.problems import ProblemError
from app.sandbox.salaries import fictional_salary
from app.sandbox.security import dummy_hash, new_token, token_digest, verify_password

API_VERSION = "1.0.0"
MAX_PAGE = 1000

ItemCode = Annotated[str, StringConstraints(pattern=r"^[a-z0-9_]{1,64}$")]
Sha256 = Annotated[str, StringConstraints(pattern=r"^[0-9a-fA-F]{64}$")]

router = APIRouter()


# -- helpers ----------------------------------------------------------------------------------
def _affiliate_json(row: sqlite3.Row) -> dict[str, Any]:
    return {
        "membership_no": row["membership_no"],
        "ppr": row["ppr"],
        "cin": row["cin"],
        "last_name_lat": row["last_name_lat"],
        "first_name_lat": row["first_name_lat"],
        "last_name_ar": row["last_name_ar"],
        "first_name_ar": row["first_name_ar"],
        "sex": row["sex"],
        "birth_date": row["birth_date"],
        "hire_date": row["hire_date"],
        "grade": row["grade"],
        "corps": row["corps"],
        "collectivity_id": row["collectivity_id"],
        "status": row["status"],
        "periods": json.loads(row["periods"]),
        "updated_at": row["updated_at"],
        "reference_salary": fictional_salary(row["grade"], row["hire_date"]),
    }


def _encode_cursor(seq: int) -> str:
    return base64.urlsafe_b64encode(f"c1:{seq}".encode()).decode().rstrip("=")


def _decode_cursor(cursor: str) -> int:
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)).decode()
        prefix, _, number = raw.partition(":")
        if prefix != "c1" or not number.isdigit():
            raise ValueError(cursor)
        return int(number)
    except (ValueError, binascii.Error, UnicodeDecodeError):
        raise ProblemError(400, "bad_cursor", "The cursor is not one this platform gave.") from None


def _load_dossier(c: sqlite3.Connection, dossier_id: str, caller: Caller) -> sqlite3.Row:
    row: sqlite3.Row | None = c.execute(
        "SELECT * FROM dossiers WHERE id = ? AND collectivity_id = ?",
        (dossier_id, caller.collectivity_id),
    ).fetchone()
    if row is None:  # unknown, or another collectivity's: the same answer
        raise ProblemError(404, "dossier_not_found", "No such dossier.")
    return row


def _timeline(row: sqlite3.Row, now: datetime) -> stages.Timeline:
    return stages.timeline(
        membership_no=row["membership_no"],
        created_at=parse_stored(row["created_at"]),
        submitted_at=parse_stored(row["submitted_at"]) if row["submitted_at"] else None,
        resubmitted_at=parse_stored(row["resubmitted_at"]) if row["resubmitted_at"] else None,
        now=now,
    )


def _current_documents(c: sqlite3.Connection, dossier_id: str) -> list[sqlite3.Row]:
    """The latest registered document of each item, in order of registration."""
    rows = c.execute(
        "SELECT * FROM documents WHERE dossier_id = ? ORDER BY seq", (dossier_id,)
    ).fetchall()
    latest: dict[str, sqlite3.Row] = {}
    for r in rows:
        latest.pop(r["item_code"], None)
        latest[r["item_code"]] = r
    return list(latest.values())


def _status_json(c: sqlite3.Connection, row: sqlite3.Row, now: datetime) -> dict[str, Any]:
    tl = _timeline(row, now)
    return {
        "id": row["id"],
        "type": row["type"],
        "membership_no": row["membership_no"],
        "local_reference": row["local_reference"],
        "stage": tl.stage,
        "history": [{"stage": e.stage, "at": iso(e.at), "note": e.note} for e in tl.history],
        "requests": [
            {"item_code": r.item_code, "reason": r.reason, "requested_at": iso(r.requested_at)}
            for r in tl.requests
        ],
        "documents": [
            {
                "document_id": d["id"],
                "item_code": d["item_code"],
                "filename": d["filename"],
                "sha256": d["sha256"],
            }
            for d in _current_documents(c, row["id"])
        ],
    }


def _state(request: Request) -> SandboxState:
    return state_of(request)


StateDep = Annotated[SandboxState, Depends(_state)]
CallerDep = Annotated[Caller, Depends(current_caller)]
WriterDep = Annotated[Caller, Depends(writer)]
AdminDep = Annotated[Caller, Depends(admin)]


# -- health and sessions ------------------------------------------------------------------------
@router.get("/health")
def health() -> dict[str, str]:
    return {"status": "ok", "version": API_VERSION}


class LoginBody(BaseModel):
    account_id: str = Field(min_length=1, max_length=64)
    password: str = Field(min_length=1, max_length=256)


@router.post("/sessions", status_code=201)
def login(body: LoginBody, st: StateDep) -> dict[str, Any]:
    with st.db.read() as c:
        row = c.execute(
            "SELECT a.*, k.name_fr FROM accounts a"
            " JOIN collectivities k ON k.id = a.collectivity_id WHERE a.id = ?",
            (body.account_id.strip(),),
        ).fetchone()
    if row is not None and row["status"] == accounts_admin.DELETED:
        row = None  # a deleted account is as unknown as one that never existed
    ok = verify_password(body.password, row["password_hash"] if row else dummy_hash())
    if row is None or not ok:
        raise ProblemError(
            401,
            "bad_credentials",
            "The account id or the password is wrong.",
            headers={"WWW-Authenticate": "Bearer"},
        )
    if row["status"] != accounts_admin.ACTIVE:
        raise ProblemError(
            401,
            "account_suspended",
            "This account is suspended: ask the collectivity's responsible.",
            headers={"WWW-Authenticate": "Bearer"},
        )
    token = new_token()
    expires = time.time() + SESSION_TTL_SECONDS
    with st.db.transaction() as c:
        c.execute("DELETE FROM sessions WHERE expires_at <= ?", (time.time(),))
        c.execute(
            "INSERT INTO sessions (token_digest, account_id, expires_at) VALUES (?, ?, ?)",
            (token_digest(token), row["id"], expires),
        )
    return {
        "token": token,
        "expires_at": iso(datetime.fromtimestamp(expires, UTC)),
        "account": {
            "id": row["id"],
            "display_name": row["display_name"],
            "role": row["role"],
            "collectivity_id": row["collectivity_id"],
            "collectivity_name": row["name_fr"],
        },
    }


@router.delete("/sessions/current", status_code=204)
def logout(caller: CallerDep, st: StateDep) -> Response:
    with st.db.transaction() as c:
        c.execute("DELETE FROM sessions WHERE token_digest = ?", (caller.token_digest,))
    return Response(status_code=204)


@router.get("/accounts")
def list_accounts(caller: AdminDep, st: StateDep) -> dict[str, Any]:
    with st.db.read() as c:
        return {"items": accounts_admin.listed(c, caller.collectivity_id)}


# POST /accounts, PATCH and DELETE /accounts/{account_id}: app/sandbox/accounts_admin.py
router.include_router(accounts_admin.router)


# -- affiliates ---------------------------------------------------------------------------------
@router.get("/affiliates/lookup")
def lookup_affiliate(
    caller: CallerDep,
    st: StateDep,
    membership_no: Annotated[str | None, Query(max_length=32)] = None,
    ppr: Annotated[str | None, Query(max_length=32)] = None,
    cin: Annotated[str | None, Query(max_length=32)] = None,
) -> dict[str, Any]:
    given = [
        (k, v)
        for k, v in (("membership_no", membership_no), ("ppr", ppr), ("cin", cin))
        if v is not None
    ]
    if len(given) != 1:
        raise ProblemError(
            400, "invalid_request", "Give exactly one of membership_no, ppr and cin."
        )
    column, value = given[0]
    value = "".join(value.split())
    if column == "cin":
        value = value.upper()
    with st.db.read() as c:
        row = c.execute(
            f"SELECT * FROM affiliates WHERE {column} = ? AND collectivity_id = ?",  # noqa: S608
            (value, caller.collectivity_id),
        ).fetchone()
    if row is None:  # unknown, or another collectivity's: the same answer
        raise ProblemError(404, "not_found", "No affiliate of this collectivity has it.")
    return _affiliate_json(row)


@router.get("/affiliates")
def list_affiliates(
    caller: CallerDep,
    st: StateDep,
    cursor: Annotated[str | None, Query(max_length=200)] = None,
    limit: Annotated[int, Query(ge=1, le=MAX_PAGE)] = 500,
) -> dict[str, Any]:
    after = _decode_cursor(cursor) if cursor else 0
    with st.db.read() as c:
        rows = c.execute(
            "SELECT * FROM affiliates WHERE collectivity_id = ? AND seq > ? ORDER BY seq LIMIT ?",
            (caller.collectivity_id, after, limit + 1),
        ).fetchall()
    has_more = len(rows) > limit
    rows = rows[:limit]
    last = rows[-1]["seq"] if rows else after
    return {
        "items": [_affiliate_json(r) for r in rows],
        "next_cursor": _encode_cursor(last),
        "has_more": has_more,
    }


# -- dossiers -------------------------------------------------------------------------------------
class CreateDossierBody(BaseModel):
    type: DossierType
    membership_no: str = Field(pattern=r"^[0-9]{9}$")
    local_reference: str = Field(min_length=1, max_length=100)
    expected_items: list[ItemCode] = Field(max_length=100)


@router.post("/dossiers", status_code=201)
def create_dossier(
    body: CreateDossierBody, request: Request, caller: WriterDep, st: StateDep
) -> JSONResponse:
    key = request.headers.get("idempotency-key", "").strip()
    if not key:
        raise ProblemError(
            400, "idempotency_key_required", "Send an Idempotency-Key header with this request."
        )
    if len(key) > 200:
        raise ProblemError(400, "invalid_request", "The Idempotency-Key is too long.")
    if len(set(body.expected_items)) != len(body.expected_items):
        raise ProblemError(400, "invalid_request", "expected_items lists an item twice.")
    canonical = json.dumps(
        {
            "type": str(body.type),
            "membership_no": body.membership_no,
            "local_reference": body.local_reference,
            "expected_items": body.expected_items,
        },
        sort_keys=True,
        separators=(",", ":"),
    )
    fingerprint = hashlib.sha256(canonical.encode()).hexdigest()
    now = st.db.now()
    with st.db.transaction() as c:
        existing = c.execute(
            "SELECT * FROM dossiers WHERE collectivity_id = ? AND idempotency_key = ?",
            (caller.collectivity_id, key),
        ).fetchone()
        if existing is not None:
            if existing["fingerprint"] != fingerprint:
                raise ProblemError(
                    409,
                    "idempotency_conflict",
                    "This Idempotency-Key was already used with a different request.",
                )
            return JSONResponse(_status_json(c, existing, now), status_code=200)
        known = c.execute(
            "SELECT 1 FROM affiliates WHERE membership_no = ? AND collectivity_id = ?",
            (body.membership_no, caller.collectivity_id),
        ).fetchone()
        if known is None:
            raise ProblemError(
                422, "unknown_affiliate", "No affiliate of this collectivity has this number."
            )
        dossier_id = "DOS-" + secrets.token_hex(8).upper()
        c.execute(
            "INSERT INTO dossiers (id, collectivity_id, idempotency_key, fingerprint, type,"
            " membership_no, local_reference, expected_items, created_by, created_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                dossier_id,
                caller.collectivity_id,
                key,
                fingerprint,
                str(body.type),
                body.membership_no,
                body.local_reference,
                json.dumps(body.expected_items),
                caller.account_id,
                stored(now),
            ),
        )
        row = _load_dossier(c, dossier_id, caller)
        payload = _status_json(c, row, now)
    return JSONResponse(
        payload, status_code=201, headers={"Location": f"{request.url.path}/{dossier_id}"}
    )


@router.get("/dossiers/{dossier_id}")
def get_dossier(dossier_id: str, caller: CallerDep, st: StateDep) -> dict[str, Any]:
    now = st.db.now()
    with st.db.read() as c:
        return _status_json(c, _load_dossier(c, dossier_id, caller), now)


def _accepts_documents(tl: stages.Timeline) -> bool:
    return tl.stage in ("draft", "documents_requested")


def check_dossier_open(st: SandboxState, dossier_id: str, caller: Caller) -> None:
    """For the tus creation hook: the dossier exists here and still takes documents."""
    now = st.db.now()
    with st.db.read() as c:
        row = _load_dossier(c, dossier_id, caller)
    if not _accepts_documents(_timeline(row, now)):
        raise ProblemError(409, "dossier_locked", "This dossier no longer accepts documents.")


class RegisterBody(BaseModel):
    upload_id: str = Field(pattern=r"^[0-9a-f]{32}$")
    item_code: ItemCode
    filename: str = Field(min_length=1, max_length=255)
    sha256: Sha256


def _hash_file(path: Path) -> tuple[str, bytes, int]:
    digest = hashlib.sha256()
    size = 0
    head = b""
    with path.open("rb") as f:
        while chunk := f.read(1 << 20):
            if not head:
                head = chunk[:8]
            digest.update(chunk)
            size += len(chunk)
    return digest.hexdigest(), head, size


@router.post("/dossiers/{dossier_id}/documents", status_code=201)
def register_document(
    dossier_id: str, body: RegisterBody, caller: WriterDep, st: StateDep
) -> JSONResponse:
    sha = body.sha256.lower()
    now = st.db.now()
    with st.db.read() as c:
        row = _load_dossier(c, dossier_id, caller)
        known = c.execute(
            "SELECT * FROM documents WHERE upload_id = ?", (body.upload_id,)
        ).fetchone()
        current = {d["item_code"] for d in _current_documents(c, dossier_id)}
    if known is not None:
        if known["dossier_id"] == dossier_id and known["item_code"] == body.item_code:
            return JSONResponse({"document_id": known["id"]}, status_code=200)
        raise ProblemError(
            409, "document_conflict", "This upload is already registered for another item."
        )
    tl = _timeline(row, now)
    if not _accepts_documents(tl):
        raise ProblemError(409, "dossier_locked", "This dossier no longer accepts documents.")
    allowed = set(json.loads(row["expected_items"])) | {r.item_code for r in tl.requests}
    allowed |= current
    if body.item_code not in allowed:
        raise ProblemError(
            422, "unknown_item", "This item is neither expected nor requested for the dossier."
        )
    folder = st.uploads_of(caller.collectivity_id)
    info_path = folder / f"{body.upload_id}.info"
    data_path = folder / body.upload_id
    try:
        info = json.loads(info_path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        raise ProblemError(404, "upload_not_found", "No such upload.") from None
    if not isinstance(info, dict) or not data_path.is_file():
        raise ProblemError(404, "upload_not_found", "No such upload.")
    metadata = info.get("metadata") or {}
    if info.get("size") is None or info.get("offset") != info.get("size"):
        raise ProblemError(422, "upload_incomplete", "The upload has not finished.")
    if metadata.get("dossier_id") != dossier_id:
        raise ProblemError(422, "upload_mismatch", "This upload was made for another dossier.")
    actual, head, size = _hash_file(data_path)
    claimed_in_upload = str(metadata.get("sha256", sha)).lower()
    if actual != sha or claimed_in_upload != sha:
        raise ProblemError(
            422,
            "hash_mismatch",
            "The SHA-256 of the received bytes differs from the one declared: upload again.",
        )
    if not head.startswith(b"%PDF-"):
        raise ProblemError(422, "not_pdf", "The uploaded file is not a PDF document.")
    document_id = "DOC-" + secrets.token_hex(8).upper()
    with st.db.transaction() as c:
        again = c.execute(
            "SELECT id FROM documents WHERE upload_id = ?", (body.upload_id,)
        ).fetchone()
        if again is not None:  # registered meanwhile by a concurrent retry
            return JSONResponse({"document_id": again["id"]}, status_code=200)
        c.execute(
            "INSERT INTO documents (id, dossier_id, upload_id, item_code, filename, sha256, size,"
            " registered_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (
                document_id,
                dossier_id,
                body.upload_id,
                body.item_code,
                body.filename,
                sha,
                size,
                stored(now),
            ),
        )
    return JSONResponse({"document_id": document_id}, status_code=201)


@router.post("/dossiers/{dossier_id}/submit", status_code=202)
def submit(dossier_id: str, caller: WriterDep, st: StateDep) -> JSONResponse:
    now = st.db.now()
    with st.db.transaction() as c:
        row = _load_dossier(c, dossier_id, caller)
        tl = _timeline(row, now)
        docs = _current_documents(c, dossier_id)
        if tl.stage == "draft":
            have = {d["item_code"] for d in docs}
            missing = [i for i in json.loads(row["expected_items"]) if i not in have]
            if missing:
                raise ProblemError(
                    422, "missing_documents", "Documents missing for: " + ", ".join(missing)
                )
            c.execute("UPDATE dossiers SET submitted_at = ? WHERE id = ?", (stored(now), row["id"]))
        elif tl.stage == "documents_requested":
            missing = [
                r.item_code
                for r in tl.requests
                if not any(
                    d["item_code"] == r.item_code
                    and parse_stored(d["registered_at"]) >= r.requested_at
                    for d in docs
                )
            ]
            if missing:
                raise ProblemError(
                    422, "missing_documents", "Documents missing for: " + ", ".join(missing)
                )
            c.execute(
                "UPDATE dossiers SET resubmitted_at = ? WHERE id = ?", (stored(now), row["id"])
            )
        row = _load_dossier(c, dossier_id, caller)
        payload = _status_json(c, row, now)
    return JSONResponse(payload, status_code=202)


# -- the sandbox clock --------------------------------------------------------------------------
@router.get("/sandbox/clock")
def get_clock(st: StateDep) -> dict[str, str]:
    return {"now": iso(st.db.now())}


class AdvanceBody(BaseModel):
    seconds: float = Field(gt=0, le=10 * 366 * 86400)


@router.post("/sandbox/clock/advance")
def advance_clock(body: AdvanceBody, st: StateDep) -> dict[str, str]:
    return {"now": iso(st.db.advance_clock(body.seconds))}
