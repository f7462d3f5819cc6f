"""What can go wrong talking to the fund's platform, split by what the officer can do about it.

`user_message` is a plain English sentence for the officer saying what to do next (the UI
translates it). `str(exc)` is a technical message for logs. Neither ever contains a token, a
password or personal data.
"""

from __future__ import annotations


class PlatformError(Exception):
    """Base class. `retryable`: trying the same call later may succeed."""

    retryable = False
    default_message = "The platform could not complete the request."

    def __init__(
        self,
        message: str,
        *,
        user_message: str | None = None,
        status: int | None = None,
        code: str | None = None,
        detail: str | None = None,
    ) -> None:
        super().__init__(message)
        self.user_message = user_message or self.default_message
        self.status = status
        self.code = code
        self.detail = detail


class OfflineError(PlatformError):
    """No answer: connection refused, name resolution failed, timeout, connection cut."""

    retryable = True
    default_message = (
        "The platform cannot be reached. Check the network connection; the work is kept and "
        "can be sent later."
    )


class TlsError(OfflineError):
    """The platform's certificate could not be verified (wrong clock, intercepting proxy...)."""

    default_message = (
        "The connection to the platform is not secure: its certificate could not be verified. "
        "Check the computer's date and time, then tell your IT support."
    )


class AuthError(PlatformError):
    """401 (not signed in, session expired, wrong credentials) or 403 (role not allowed)."""

    default_message = "Your platform session has expired. Sign in again."


class ServerError(PlatformError):
    """The platform failed (5xx) or is overloaded (429): try again later."""

    retryable = True
    default_message = (
        "The platform has a problem right now. The work is kept; try again in a few minutes."
    )


class ContractError(PlatformError):
    """The answer does not match the agreed API: bad JSON, missing fields, unexpected status."""

    default_message = (
        "The platform sent an answer Mellaf does not understand. Mellaf may need an update; "
        "tell your IT support."
    )


class RefusedError(PlatformError):
    """The platform refused the request for a business reason (4xx problem with a `code`)."""

    default_message = "The platform refused the request."


# Plain words for the refusal codes of the contract (resources/openapi/platform.yaml).
REFUSAL_MESSAGES = {
    "hash_mismatch": (
        "The file received by the platform differs from the one sent. Send the document again."
    ),
    "not_pdf": "The platform accepts PDF documents only. Convert the document to PDF.",
    "missing_documents": "Some required documents are missing. Add them, then send again.",
    "unknown_affiliate": "This affiliate is not known to the platform for your collectivity.",
    "unknown_item": "The platform does not expect this document for this dossier.",
    "dossier_locked": "The platform no longer accepts documents for this dossier.",
    "dossier_not_found": "The platform does not know this dossier.",
    "not_found": "The platform does not know this item.",
    "upload_not_found": "The upload was not found on the platform. Send the document again.",
    "upload_incomplete": "The upload did not finish. Send the document again.",
    "upload_mismatch": "The upload belongs to another dossier. Send the document again.",
    "idempotency_conflict": (
        "The platform already has a different dossier under this reference. Tell your IT support."
    ),
    "document_conflict": "This upload is already attached to another document.",
    "too_large": "The document is too large for the platform. Reduce its size.",
    "gone": "The upload expired on the platform. Send the document again.",
    "forbidden": "Your account is not allowed to do this. Ask your collectivity's responsible.",
    "bad_credentials": "The account id or the password is wrong.",
    "account_suspended": "This account is suspended. Ask your collectivity's responsible.",
}
