"""The signature field chosen for each document (schema 9)."""

from __future__ import annotations

import sqlite3


def chosen(conn: sqlite3.Connection, dossier_id: str) -> dict[int, str]:
    """Document id -> the name of the existing signature field its signature goes into."""
    rows = conn.execute(
        "SELECT id, signature_field FROM documents"
        " WHERE dossier_id = ? AND signature_field IS NOT NULL",
        (dossier_id,),
    )
    return {int(r[0]): str(r[1]) for r in rows.fetchall()}


def choose(conn: sqlite3.Connection, document_id: int, field_name: str | None) -> None:
    """Record the choice (None: a new stamp) for a document that is not signed yet."""
    conn.execute(
        "UPDATE documents SET signature_field = ? WHERE id = ? AND signed_sha256 IS NULL",
        (field_name, document_id),
    )
