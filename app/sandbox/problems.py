"""Errors as RFC 9457 problem details: application/problem+json {type, title, status, detail, code}.

Details never carry personal data (no names, no identifiers): they may end up in logs.
"""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

PROBLEM_TYPE = "urn:mellaf:platform:problem:"

_TITLES = {
    400: "Bad request",
    401: "Unauthorized",
    403: "Forbidden",
    404: "Not found",
    405: "Method not allowed",
    409: "Conflict",
    410: "Gone",
    412: "Precondition failed",
    413: "Payload too large",
    415: "Unsupported media type",
    422: "Unprocessable content",
    500: "Internal server error",
    503: "Service unavailable",
}
_CODES = {
    400: "invalid_request",
    401: "unauthenticated",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    409: "conflict",
    410: "gone",
    412: "precondition_failed",
    413: "too_large",
    415: "unsupported_media_type",
    422: "unprocessable",
    500: "internal_error",
    503: "unavailable",
}


class ProblemError(Exception):
    """Raised by handlers; becomes a problem+json response."""

    def __init__(
        self,
        status: int,
        code: str,
        detail: str,
        *,
        title: str | None = None,
        headers: dict[str, str] | None = None,
    ) -> None:
        super().__init__(detail)
        self.status = status
        self.code = code
        self.detail = detail
        self.title = title or _TITLES.get(status, "Error")
        self.headers = headers


def problem_response(
    status: int,
    code: str,
    detail: str,
    title: str | None = None,
    headers: dict[str, str] | None = None,
) -> JSONResponse:
    body = {
        "type": PROBLEM_TYPE + code,
        "title": title or _TITLES.get(status, "Error"),
        "status": status,
        "detail": detail,
        "code": code,
    }
    return JSONResponse(
        body, status_code=status, headers=headers, media_type="application/problem+json"
    )


def unauthenticated(
    detail: str = "Sign in first: the session is missing or has expired.",
) -> ProblemError:
    return ProblemError(401, "unauthenticated", detail, headers={"WWW-Authenticate": "Bearer"})


async def _on_problem(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, ProblemError)
    return problem_response(exc.status, exc.code, exc.detail, exc.title, exc.headers)


async def _on_http_exception(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, StarletteHTTPException)
    detail = exc.detail if isinstance(exc.detail, str) else _TITLES.get(exc.status_code, "Error")
    if exc.status_code == 409 and "offset" in detail.lower():
        code = "offset_mismatch"
    else:
        code = _CODES.get(exc.status_code, "error")
    headers = dict(exc.headers) if exc.headers else None
    return problem_response(exc.status_code, code, detail, headers=headers)


async def _on_validation_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    parts: list[str] = []
    for err in exc.errors()[:5]:
        where = ".".join(str(x) for x in err.get("loc", ()) if x != "body")
        parts.append(f"{where}: {err.get('msg', 'invalid')}" if where else str(err.get("msg")))
    return problem_response(400, "invalid_request", "; ".join(parts) or "Invalid request.")


async def _on_unexpected(request: Request, exc: Exception) -> JSONResponse:
    return problem_response(500, "internal_error", "The sandbox failed; see its log.")


def install_problem_handlers(app: FastAPI) -> None:
    handlers: dict[Any, Any] = {
        ProblemError: _on_problem,
        StarletteHTTPException: _on_http_exception,
        RequestValidationError: _on_validation_error,
        Exception: _on_unexpected,
    }
    for exc_class, handler in handlers.items():
        app.add_exception_handler(exc_class, handler)
