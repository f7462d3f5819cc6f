"""Resumable uploads (tus 1.0, tuspyserver) under /api/v1/uploads, behind the same bearer auth.

Each collectivity's uploads live in their own folder (DATA_DIR/uploads/<collectivity id>): an
upload URL of another collectivity is simply not found. Creating an upload needs metadata naming
an open dossier of the caller's collectivity.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Annotated, Any, cast

from fastapi import APIRouter, Depends, Request
from fastapi.routing import APIRoute

from app.sandbox.auth import Caller, SandboxState, writer
from app.sandbox.problems import ProblemError
from app.sandbox.routes import check_dossier_open

MAX_UPLOAD_BYTES = 200 * 1024 * 1024
TUS_VERSION = "1.0.0"
REQUIRED_METADATA = ("filename", "filetype", "dossier_id", "item_code", "sha256")
_SHA256 = re.compile(r"^[0-9a-fA-F]{64}$")
_ITEM = re.compile(r"^[a-z0-9_]{1,64}$")

WriterDep = Annotated[Caller, Depends(writer)]


def create_upload_router(state: SandboxState) -> APIRouter:
    from tuspyserver import create_tus_router  # heavy-ish import, only for the server

    def tus_auth(caller: WriterDep) -> None:
        """Every tus route: a signed-in account that may send dossiers."""

    def files_dep(
        request: Request, caller: WriterDep
    ) -> Callable[[dict[str, str]], dict[str, str]]:
        if request.method == "PATCH":
            # tuspyserver checks these headers only after it has appended the body to the
            # upload: a wrong request would corrupt it. Refuse before any byte is written.
            if request.headers.get("tus-resumable") != TUS_VERSION:
                raise ProblemError(
                    412,
                    "precondition_failed",
                    "Send Tus-Resumable: 1.0.0.",
                    headers={"Tus-Version": TUS_VERSION},
                )
            ctype = request.headers.get("content-type", "").split(";")[0].strip().lower()
            if ctype != "application/offset+octet-stream":
                raise ProblemError(
                    415,
                    "unsupported_media_type",
                    "Content-Type must be application/offset+octet-stream.",
                )
        folder = str(state.uploads_of(caller.collectivity_id))

        def pick(metadata: dict[str, str]) -> dict[str, str]:
            return {"files_dir": folder}

        return pick

    def pre_create_dep(caller: WriterDep) -> Callable[[dict[str, str], dict[str, Any]], None]:
        def check(metadata: dict[str, str], upload: dict[str, Any]) -> None:
            missing = [k for k in REQUIRED_METADATA if not metadata.get(k)]
            if missing:
                raise ProblemError(
                    400, "invalid_request", "Upload-Metadata lacks: " + ", ".join(missing)
                )
            if metadata["filetype"] != "application/pdf":
                raise ProblemError(415, "unsupported_media_type", "Only PDF files are accepted.")
            if not _SHA256.match(metadata["sha256"]) or not _ITEM.match(metadata["item_code"]):
                raise ProblemError(400, "invalid_request", "Malformed sha256 or item_code.")
            size = upload.get("size")
            if upload.get("defer_length") or size is None:
                raise ProblemError(400, "invalid_request", "Send Upload-Length.")
            if int(size) > MAX_UPLOAD_BYTES:
                raise ProblemError(413, "too_large", "The file is larger than the platform takes.")
            check_dossier_open(state, metadata["dossier_id"], caller)

        return check

    router: APIRouter = create_tus_router(
        prefix="uploads",
        files_dir=str(state.uploads_dir),
        max_size=MAX_UPLOAD_BYTES,
        # tuspyserver annotates these as plain callables; they are FastAPI dependencies.
        auth=cast(Any, tus_auth),
        days_to_keep=7,
        file_dep=cast(Any, files_dep),
        pre_create_dep=cast(Any, pre_create_dep),
        tags=["uploads"],
    )
    # tuspyserver serves OPTIONS only at "/uploads/" while POST answers at both spellings: make
    # discovery work at "/uploads" too, as the contract says.
    for route in list(router.routes):
        if (
            isinstance(route, APIRoute)
            and route.path == "/uploads/"
            and "OPTIONS" in (route.methods or ())
        ):
            router.add_api_route(
                "", route.endpoint, methods=["OPTIONS"], status_code=204, tags=["uploads"]
            )
    return router
