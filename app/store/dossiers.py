"""Dossiers and their documents."""

from __future__ import annotations

import json
import sqlite3
from datetime import datetime

from app.domain.models import Document, Dossier, DossierState, DossierType

_DCOLS = (
    "id, affiliate_membership_no, type, state, created_by, created_at, collectivity_id,"
    " idempotency_key, certified_by, return_comment, remote_id, remote_stage, updated_at"
)
_DOC_COLS = (
    "id, dossier_id, item_code, filename, original_sha256, size, signed_sha256,"
    " signature_report, remote_id"
)


def _doc(r: sqlite3.Row) -> Document:
    return Document(
        id=r["id"],
        dossier_id=r["dossier_id"],
        item_code=r["item_code"],
        filename=r["filename"],
        original_sha256=r["original_sha256"],
        size=r["size"],
        signed_sha256=r["signed_sha256"],
        signature_report=r["signature_report"],
        remote_id=r["remote_id"],
    )


def insert(conn: sqlite3.Connection, d: Dossier) -> None:
    conn.execute(
        f"INSERT INTO dossiers ({_DCOLS}) VALUES ({', '.join('?' * 13)})",  # noqa: S608
        (
            d.id,
            d.affiliate_membership_no,
            str(d.type),
            str(d.state),
            d.created_by,
            d.created_at.isoformat(),
            d.collectivity_id,
            d.idempotency_key,
            d.certified_by,
            d.return_comment,
            d.remote_id,
            d.remote_stage,
            d.created_at.isoformat(),
        ),
    )


def _dossier(conn: sqlite3.Connection, r: sqlite3.Row) -> Dossier:
    docs = conn.execute(
        f"SELECT {_DOC_COLS} FROM documents WHERE dossier_id = ? ORDER BY id",  # noqa: S608
        (r["id"],),
    ).fetchall()
    return Dossier(
        id=r["id"],
        affiliate_membership_no=r["affiliate_membership_no"],
        type=DossierType(r["type"]),
        state=DossierState(r["state"]),
        created_by=r["created_by"],
        created_at=datetime.fromisoformat(r["created_at"]),
        collectivity_id=r["collectivity_id"],
        idempotency_key=r["idempotency_key"],
        certified_by=r["certified_by"],
        return_comment=r["return_comment"],
        remote_id=r["remote_id"],
        remote_stage=r["remote_stage"],
        documents=[_doc(x) for x in docs],
    )


def get(conn: sqlite3.Connection, dossier_id: str) -> Dossier | None:
    r = conn.execute(
        f"SELECT {_DCOLS} FROM dossiers WHERE id = ?",  # noqa: S608
        (dossier_id,),
    ).fetchone()
    return _dossier(conn, r) if r else None


def list_for(
    conn: sqlite3.Connection,
    collectivity_id: str,
    *,
    membership_no: str | None = None,
    states: tuple[DossierState, ...] = (),
) -> list[Dossier]:
    sql = f"SELECT {_DCOLS} FROM dossiers WHERE collectivity_id = ?"  # noqa: S608
    args: list[object] = [collectivity_id]
    if membership_no is not None:
        sql += " AND affiliate_membership_no = ?"
        args.append(membership_no)
    if states:
        sql += f" AND state IN ({', '.join('?' * len(states))})"
        args.extend(str(s) for s in states)
    sql += " ORDER BY updated_at DESC"
    return [_dossier(conn, r) for r in conn.execute(sql, args).fetchall()]


def update(conn: sqlite3.Connection, dossier_id: str, at: datetime, **fields: str | None) -> None:
    allowed = {"state", "certified_by", "return_comment", "remote_id", "remote_stage"}
    allowed.add("remote_json")
    bad = set(fields) - allowed
    if bad:
        raise ValueError(f"unknown dossier fields {bad}")
    sets = ", ".join(f"{k} = ?" for k in fields)
    conn.execute(
        f"UPDATE dossiers SET {sets}, updated_at = ? WHERE id = ?",  # noqa: S608
        (*fields.values(), at.isoformat(), dossier_id),
    )


def remote_json(conn: sqlite3.Connection, dossier_id: str) -> dict[str, object] | None:
    r = conn.execute("SELECT remote_json FROM dossiers WHERE id = ?", (dossier_id,)).fetchone()
    return dict(json.loads(r[0])) if r and r[0] else None


def add_document(
    conn: sqlite3.Connection,
    *,
    dossier_id: str,
    item_code: str,
    filename: str,
    sha256: str,
    size: int,
    added_by: str,
    at: datetime,
) -> int:
    cur = conn.execute(
        "INSERT INTO documents (dossier_id, item_code, filename, original_sha256, size,"
        " added_by, added_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
        (dossier_id, item_code, filename, sha256, size, added_by, at.isoformat()),
    )
    return int(cur.lastrowid or 0)


def remove_document(conn: sqlite3.Connection, document_id: int) -> None:
    conn.execute("DELETE FROM documents WHERE id = ?", (document_id,))


def set_signed(
    conn: sqlite3.Connection, document_id: int, signed_sha256: str | None, report: str | None
) -> None:
    conn.execute(
        "UPDATE documents SET signed_sha256 = ?, signature_report = ? WHERE id = ?",
        (signed_sha256, report, document_id),
    )


def set_document_remote(conn: sqlite3.Connection, document_id: int, remote_id: str) -> None:
    conn.execute("UPDATE documents SET remote_id = ? WHERE id = ?", (remote_id, document_id))


# -- document intake (schema 3) ------------------------------------------------------------------


def facts(conn: sqlite3.Connection, dossier_id: str) -> dict[str, bool | int]:
    r = conn.execute("SELECT facts_json FROM dossiers WHERE id = ?", (dossier_id,)).fetchone()
    raw = json.loads(r[0]) if r and r[0] else {}
    return {str(k): v for k, v in raw.items() if isinstance(v, bool | int)}


def set_facts(
    conn: sqlite3.Connection, dossier_id: str, values: dict[str, bool | int], at: datetime
) -> None:
    conn.execute(
        "UPDATE dossiers SET facts_json = ?, updated_at = ? WHERE id = ?",
        (json.dumps(values, sort_keys=True), at.isoformat(), dossier_id),
    )


def set_document_intake(
    conn: sqlite3.Connection,
    document_id: int,
    *,
    pages: int | None,
    sources: list[dict[str, object]],
    position: int,
) -> None:
    conn.execute(
        "UPDATE documents SET pages = ?, sources_json = ?, position = ? WHERE id = ?",
        (pages, json.dumps(sources, ensure_ascii=False), position, document_id),
    )


def document_pages(conn: sqlite3.Connection, dossier_id: str) -> dict[int, int | None]:
    rows = conn.execute("SELECT id, pages FROM documents WHERE dossier_id = ?", (dossier_id,))
    return {int(r[0]): r[1] for r in rows.fetchall()}


def document_positions(conn: sqlite3.Connection, dossier_id: str) -> dict[int, int]:
    rows = conn.execute("SELECT id, position FROM documents WHERE dossier_id = ?", (dossier_id,))
    return {int(r[0]): int(r[1]) for r in rows.fetchall()}


def replace_document_file(
    conn: sqlite3.Connection, document_id: int, sha256: str, size: int, pages: int
) -> None:
    """A page edit of an unsigned document: its file changes, its place does not."""
    conn.execute(
        "UPDATE documents SET original_sha256 = ?, size = ?, pages = ?, signed_sha256 = NULL,"
        " signature_report = NULL WHERE id = ? AND signed_sha256 IS NULL",
        (sha256, size, pages, document_id),
    )


def set_document_position(conn: sqlite3.Connection, document_id: int, position: int) -> None:
    conn.execute("UPDATE documents SET position = ? WHERE id = ?", (position, document_id))
