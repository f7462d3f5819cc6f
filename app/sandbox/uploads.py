"""Resumable uploads (tus 1.0, tuspyserver) under /api/v1/uploads, behind the same bearer auth.

Each collectivity's uploads live in their own folder (DATA_DIR/uploads/<collectivity id>): an
upload URL of another collectivity is simply not found. Creating an upload needs metadata naming
an open dossier of the caller's collectivity.

tuspyserver serves creation (POST, with our pre-create checks), DELETE and OPTIONS; the append
(PATCH) and status (HEAD) are our own (app/sandbox/tus_append.py) on the same files, without
tuspyserver's per-PATCH lock files and fsyncs.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Annotated, Any, cast

from fastapi import APIRouter, Depends, Request, Response
from fastapi.routing import APIRoute

from app.sandbox.auth import Caller, SandboxState, writer
from app.sandbox.problems import ProblemError
from app.sandbox.routes import check_dossier_open
from app.sandbox.tus_append import append, check_patch_headers, status

MAX_UPLOAD_BYTES = 200 * 1024 * 1024
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
            check_patch_headers(request)  # our PATCH checks again; any other stays guarded
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

    # Our append and status (tus_append.py) in place of tuspyserver's. The token is checked
    # inline: a sync dependency would cost a thread-pool hop per chunk.
    async def patch_upload(uuid: str, request: Request) -> Response:
        caller = writer(request)
        return await append(request, uuid, state.uploads_of(caller.collectivity_id))

    async def head_upload(uuid: str, request: Request) -> Response:
        caller = writer(request)
        return await status(request, uuid, state.uploads_of(caller.collectivity_id))

    for route in list(router.routes):
        if isinstance(route, APIRoute) and {"PATCH", "HEAD"} & set(route.methods or ()):
            router.routes.remove(route)
    router.add_api_route(
        "/{uuid}", patch_upload, methods=["PATCH"], status_code=204, tags=["uploads"]
    )
    router.add_api_route(
        "/{uuid}", head_upload, methods=["HEAD"], status_code=200, tags=["uploads"]
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
