"""Typed client of the fund's platform API (resources/openapi/platform.yaml).

Every call has a timeout, verifies TLS against the OS trust store and turns every failure into a
PlatformError subclass (see errors.py). Nothing here logs tokens, passwords or personal data; the
exceptions carry no URL query, no identifier and no token.

A client holds one requests session, opened at its first request (`app.platform.http_session`
holds what needs requests: the session, the request and the mapping of its failures); use it
from one thread at a time.
"""

from __future__ import annotations

import base64
import logging
import re
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import datetime
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any
from urllib.parse import quote, urljoin, urlsplit

from app.domain.models import Account, Affiliate, DossierType, IdentifierKind, Role
from app.platform import accounts_dto, dto
from app.platform.accounts_dto import IssuedAccount, RemoteAccount
from app.platform.chunking import ChunkSizer
from app.platform.dto import AffiliatePage, DossierStatus, HealthInfo, SessionInfo
from app.platform.errors import AuthError, ContractError, RefusedError
from app.platform.transport import normalize_base_url, same_origin

if TYPE_CHECKING:
    import requests

log = logging.getLogger(__name__)

MAX_PAGE = 1000
_UPLOAD_ID = re.compile(r"^[0-9a-f]{32}$")
_LOOKUP_PARAMS = {
    IdentifierKind.MEMBERSHIP: "membership_no",
    IdentifierKind.PPR: "ppr",
    IdentifierKind.CIN: "cin",
}
_OFFSET_RESYNCS = 3

Progress = Callable[[int, int], None]


class PlatformClient:
    """The platform API. `base_url` ends with the API root, e.g. https://host/api/v1."""

    def __init__(
        self,
        base_url: str,
        timeout: tuple[float, float] = (5, 30),
        token: str | None = None,
    ) -> None:
        self._base_url, loopback = normalize_base_url(base_url)
        connect, read = timeout
        if connect <= 0 or read <= 0:
            raise ValueError("timeouts must be positive")
        self._timeout = (float(connect), float(read))
        self._token = token
        self._loopback = loopback
        # Opened at the first request (requests' import is kept out of the cold start).
        self._session_: requests.Session | None = None
        self._session_lock = threading.Lock()

    # -- lifecycle ---------------------------------------------------------------------------------
    @property
    def base_url(self) -> str:
        return self._base_url

    @property
    def token(self) -> str | None:
        """The bearer token of the current session (a secret: store it, never log it)."""
        return self._token

    def __repr__(self) -> str:
        signed_in = "signed in" if self._token else "signed out"
        return f"PlatformClient({self._base_url!r}, {signed_in})"

    @property
    def _session(self) -> requests.Session:
        with self._session_lock:
            if self._session_ is None:
                from app.platform.http_session import make_session

                self._session_ = make_session(self._loopback)
            return self._session_

    def close(self) -> None:
        with self._session_lock:
            session, self._session_ = self._session_, None
        if session is not None:
            session.close()

    def __enter__(self) -> PlatformClient:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    # -- plumbing ----------------------------------------------------------------------------------
    def _url(self, path: str) -> str:
        return self._base_url + path

    def _send(
        self,
        method: str,
        url: str,
        *,
        what: str,
        expected: tuple[int, ...],
        headers: dict[str, str] | None = None,
        data: bytes | Iterable[bytes] | None = None,
        json_body: Any = None,
        params: dict[str, str | int] | None = None,
        auth: bool = True,
        stream: bool = False,
    ) -> requests.Response:
        """One request; returns the response if its status is expected, else raises."""
        sent_headers = dict(headers or {})
        if auth:
            if not self._token:
                raise AuthError(
                    f"{what}: not signed in", user_message="Sign in to the platform first."
                )
            sent_headers["Authorization"] = f"Bearer {self._token}"
        from app.platform import http_session  # loaded with the session

        return http_session.send(
            self._session,
            method,
            url,
            what=what,
            expected=expected,
            timeout=self._timeout,
            headers=sent_headers,
            data=data,
            json_body=json_body,
            params=params,
            stream=stream,
        )

    def _json(self, resp: requests.Response, what: str) -> Any:
        try:
            return resp.json()
        except ValueError:
            raise ContractError(f"{what}: the answer is not JSON") from None

    # -- health and sessions ---------------------------------------------------------------------
    def health(self) -> HealthInfo:
        resp = self._send("GET", self._url("/health"), what="health", expected=(200,), auth=False)
        return dto.parse_health(self._json(resp, "health"))

    def login(self, account_id: str, password: str) -> SessionInfo:
        """Open a session; the client keeps its token for later calls."""
        resp = self._send(
            "POST",
            self._url("/sessions"),
            what="login",
            expected=(201,),
            json_body={"account_id": account_id, "password": password},
            auth=False,
        )
        info = dto.parse_session(self._json(resp, "login"))
        self._token = info.token
        return info

    def logout(self) -> None:
        """End the session at the platform (if it still exists) and forget the token."""
        if not self._token:
            return
        try:
            self._send("DELETE", self._url("/sessions/current"), what="logout", expected=(204,))
        except AuthError:
            pass  # already expired or revoked: nothing to end
        finally:
            self._token = None

    def list_accounts(self) -> list[Account]:
        """The accounts of the collectivity (its responsible only)."""
        resp = self._send("GET", self._url("/accounts"), what="accounts", expected=(200,))
        return [account for account, _ in dto.parse_accounts(self._json(resp, "accounts"))]

    def list_remote_accounts(self) -> list[RemoteAccount]:
        """The collectivity's accounts with their status and holder (its responsible only)."""
        resp = self._send("GET", self._url("/accounts"), what="accounts", expected=(200,))
        return accounts_dto.parse_remote_accounts(self._json(resp, "accounts"))

    def create_account(
        self,
        account_id: str,
        full_name: str,
        payroll_number: str,
        role: Role,
        email: str = "",
        display_name: str = "",
    ) -> IssuedAccount:
        """Create a sub-account (responsible only); the answer carries its initial password.
        RefusedError codes: account_exists (409), role_not_allowed (422), invalid_request."""
        body = {
            "id": account_id,
            "display_name": display_name,
            "full_name": full_name,
            "payroll_number": payroll_number,
            "role": str(role),
            "email": email,
        }
        resp = self._send(
            "POST", self._url("/accounts"), what="account creation", expected=(201,), json_body=body
        )
        return accounts_dto.parse_issued(self._json(resp, "account creation"))

    def update_account(
        self,
        account_id: str,
        *,
        suspended: bool | None = None,
        role: Role | None = None,
        reason: str = "",
        reset_password: bool = False,
    ) -> IssuedAccount:
        """Suspend or reactivate a sub-account, change its role, or issue a new initial password
        (responsible only). RefusedError 404 when the collectivity has no such account."""
        body: dict[str, Any] = {"reason": reason[:500]}
        if suspended is not None:
            body["status"] = "suspended" if suspended else "active"
        if role is not None:
            body["role"] = str(role)
        if reset_password:
            body["reset_password"] = True
        resp = self._send(
            "PATCH",
            self._url(f"/accounts/{_segment(account_id)}"),
            what="account change",
            expected=(200,),
            json_body=body,
        )
        return accounts_dto.parse_issued(self._json(resp, "account change"))

    def delete_account(self, account_id: str) -> None:
        """Delete a sub-account (responsible only); RefusedError 404 when there is none."""
        self._send(
            "DELETE",
            self._url(f"/accounts/{_segment(account_id)}"),
            what="account deletion",
            expected=(204,),
        )

    # -- affiliates ------------------------------------------------------------------------------
    def lookup_affiliate(self, kind: IdentifierKind, value: str) -> Affiliate | None:
        """The collectivity's affiliate with this identifier, or None if it has none."""
        value = value.strip()
        if not value:
            raise ValueError("empty identifier")
        param = _LOOKUP_PARAMS[IdentifierKind(kind)]
        try:
            resp = self._send(
                "GET",
                self._url("/affiliates/lookup"),
                what="affiliate lookup",
                expected=(200,),
                params={param: value},
            )
        except RefusedError as exc:
            if exc.status == 404:
                return None
            raise
        return dto.affiliate_from_json(self._json(resp, "affiliate lookup"))

    def list_affiliates(self, cursor: str | None, limit: int) -> AffiliatePage:
        """One page of the delta sync; start with cursor None, then pass `next_cursor`."""
        if not 1 <= limit <= MAX_PAGE:
            raise ValueError(f"limit must be between 1 and {MAX_PAGE}")
        params: dict[str, str | int] = {"limit": limit}
        if cursor is not None:
            params["cursor"] = cursor
        resp = self._send(
            "GET", self._url("/affiliates"), what="affiliate sync", expected=(200,), params=params
        )
        return dto.parse_affiliate_page(self._json(resp, "affiliate sync"))

    def export_affiliates(self, cursor: str | None = None, block: int = 1 << 20) -> Iterator[bytes]:
        """The collectivity's affiliates changed after `cursor` (all of them without one): the
        streamed NDJSON answer as raw byte blocks (affiliate lines, then checkpoint lines
        {"checkpoint": cursor, "end": bool}); `app.sync.export_stream` checks and cuts them.

        Raises OfflineError when the transfer stops; blocks already yielded stay valid.
        """
        params: dict[str, str | int] = {} if cursor is None else {"cursor": cursor}
        resp = self._send(
            "GET",
            self._url("/affiliates/export"),
            what="affiliate export",
            expected=(200,),
            params=params,
            stream=True,
        )
        from app.platform import http_session

        yield from http_session.blocks(resp, block, "affiliate export")

    def create_correction(
        self,
        local_reference: str,
        membership_no: str,
        field: str,
        comment: str,
        attachment_pdf: bytes | None = None,
    ) -> dto.CorrectionStatus:
        """Send a data-correction request (idempotent by `local_reference`)."""
        body: dict[str, Any] = {
            "membership_no": membership_no,
            "field": field,
            "comment": comment,
            "local_reference": local_reference,
        }
        if attachment_pdf is not None:
            body["attachment_pdf_base64"] = base64.b64encode(attachment_pdf).decode("ascii")
        resp = self._send(
            "POST",
            self._url("/corrections"),
            what="correction request",
            expected=(200, 201),
            json_body=body,
        )
        return dto.parse_correction(self._json(resp, "correction request"))

    def get_correction(self, correction_id: str) -> dto.CorrectionStatus:
        resp = self._send(
            "GET",
            self._url("/corrections/" + quote(correction_id, safe="")),
            what="correction status",
            expected=(200,),
        )
        return dto.parse_correction(self._json(resp, "correction status"))

    # -- dossiers --------------------------------------------------------------------------------
    def create_dossier(
        self,
        idempotency_key: str,
        type: DossierType | str,
        membership_no: str,
        local_reference: str,
        expected_items: Sequence[str],
    ) -> DossierStatus:
        """Create the dossier, or get the one already created with this idempotency key."""
        if not idempotency_key:
            raise ValueError("an idempotency key is required")
        resp = self._send(
            "POST",
            self._url("/dossiers"),
            what="dossier creation",
            expected=(200, 201),
            headers={"Idempotency-Key": idempotency_key},
            json_body={
                "type": str(DossierType(type)),
                "membership_no": membership_no,
                "local_reference": local_reference,
                "expected_items": list(expected_items),
            },
        )
        return dto.parse_dossier_status(self._json(resp, "dossier creation"))

    def get_dossier(self, dossier_id: str) -> DossierStatus:
        resp = self._send(
            "GET", self._url(f"/dossiers/{_segment(dossier_id)}"), what="dossier", expected=(200,)
        )
        return dto.parse_dossier_status(self._json(resp, "dossier"))

    def submit(self, dossier_id: str) -> DossierStatus:
        """Send the dossier for processing (idempotent)."""
        resp = self._send(
            "POST",
            self._url(f"/dossiers/{_segment(dossier_id)}/submit"),
            what="dossier submission",
            expected=(200, 202),
        )
        return dto.parse_dossier_status(self._json(resp, "dossier submission"))

    def register_document(
        self, dossier_id: str, upload_id: str, item_code: str, filename: str, sha256: str
    ) -> str:
        """Attach a finished upload to the dossier; returns the platform's document id."""
        resp = self._send(
            "POST",
            self._url(f"/dossiers/{_segment(dossier_id)}/documents"),
            what="document registration",
            expected=(200, 201),
            json_body={
                "upload_id": upload_id,
                "item_code": item_code,
                "filename": filename,
                "sha256": sha256.lower(),
            },
        )
        return dto.parse_document_id(self._json(resp, "document registration"))

    # -- uploads ---------------------------------------------------------------------------------
    def upload_document(
        self,
        dossier_id: str,
        path: Path,
        item_code: str,
        sha256: str,
        progress: Progress | None = None,
        resume_url: str | None = None,
        on_url: Callable[[str], None] | None = None,
        chunk_size: int | None = None,
    ) -> str:
        """Upload a file with tus; returns the upload id (to pass to `register_document`).

        With `resume_url` (an upload URL from an earlier attempt) the upload continues from the
        offset the platform holds; if the platform no longer has it, a new upload starts.
        `on_url` receives a new upload's URL as soon as it exists, so that the caller can keep
        it for a later resume. `progress(sent, total)` is called at the start and after each
        chunk with the bytes the platform holds. Chunks follow the line (`ChunkSizer`) unless
        `chunk_size` fixes them.
        """
        from app.platform.tus import SessionUploader  # tuspy imports aiohttp: load it lazily

        sizer = ChunkSizer() if chunk_size is None else ChunkSizer.fixed(chunk_size)
        endpoint = self._url("/uploads")
        if resume_url is not None:
            self._check_upload_url(resume_url, ValueError)
        metadata = {
            "filename": path.name,
            "filetype": "application/pdf",
            "dossier_id": dossier_id,
            "item_code": item_code,
            "sha256": sha256.lower(),
        }
        with path.open("rb") as stream:
            uploader = SessionUploader(
                send=self._send,
                endpoint=endpoint,
                stream=stream,
                metadata=metadata,
                chunk_size=sizer.size,
            )
            total = uploader.size
            url = self._resume_point(uploader, resume_url, total)
            if url is None:
                url = urljoin(endpoint + "/", uploader.create_url())
                self._check_upload_url(url, ContractError)
                uploader.set_url(url)
                uploader.offset = 0
                if on_url is not None:
                    on_url(url)
            upload_id = self._check_upload_url(url, ContractError)
            if progress is not None:
                progress(uploader.offset, total)
            resyncs = 0
            while uploader.offset < total:
                uploader.chunk_size = sizer.size
                started, before = time.monotonic(), uploader.offset
                try:
                    uploader.upload_chunk()
                except RefusedError as exc:
                    if exc.status != 409 or resyncs >= _OFFSET_RESYNCS:
                        raise
                    resyncs += 1  # someone else moved the offset: ask where it stands
                    uploader.offset = uploader.get_offset()
                    continue
                resyncs = 0
                sizer.sent(uploader.offset - before, time.monotonic() - started)
                if progress is not None:
                    progress(uploader.offset, total)
        return upload_id

    def _resume_point(self, uploader: Any, resume_url: str | None, total: int) -> str | None:
        """The URL to continue, with the uploader's offset set; None to start a new upload."""
        if resume_url is None:
            return None
        try:
            offset, length = uploader.head(resume_url)
        except RefusedError as exc:
            if exc.status in (404, 410):
                log.info("the platform no longer has the upload to resume; starting again")
                return None
            raise
        if length is not None and length != total:
            log.info("the upload to resume was for a file of another size; starting again")
            return None
        if offset > total:
            raise ContractError("upload status: the platform holds more bytes than the file has")
        uploader.set_url(resume_url)
        uploader.offset = offset
        return resume_url

    def _check_upload_url(self, url: str, error: type[Exception]) -> str:
        """An upload URL must be on the platform, under /uploads/; returns the upload id."""
        prefix = urlsplit(self._url("/uploads/")).path
        path = urlsplit(url).path
        upload_id = path[len(prefix) :] if path.startswith(prefix) else ""
        if not same_origin(url, self._base_url) or not _UPLOAD_ID.match(upload_id):
            raise error("the upload URL is not one of this platform's")
        return upload_id

    # -- sandbox only ----------------------------------------------------------------------------
    def sandbox_clock(self) -> datetime:
        resp = self._send(
            "GET", self._url("/sandbox/clock"), what="sandbox clock", expected=(200,), auth=False
        )
        return dto.parse_clock(self._json(resp, "sandbox clock"))

    def sandbox_advance_clock(self, seconds: float) -> datetime:
        """Sandbox only: move its clock forward; returns the new sandbox time."""
        resp = self._send(
            "POST",
            self._url("/sandbox/clock/advance"),
            what="sandbox clock",
            expected=(200,),
            json_body={"seconds": seconds},
            auth=False,
        )
        return dto.parse_clock(self._json(resp, "sandbox clock"))


def _segment(value: str) -> str:
    if not value:
        raise ValueError("empty identifier in a URL")
    return quote(value, safe="")


__all__ = ["PlatformClient", "Progress"]
