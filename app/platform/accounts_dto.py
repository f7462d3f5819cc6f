"""Records of the account operations' answers (GET/POST /accounts, PATCH /accounts/{id}).

Like dto.py, parsers raise ContractError on a payload that does not match the contract, and
error messages name fields, never their values.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from app.domain.models import Account
from app.platform import dto
from app.platform.errors import ContractError

REMOTE_STATUSES = ("active", "suspended")


@dataclass(frozen=True, slots=True)
class RemoteAccount:
    """An account as the platform holds it."""

    account: Account
    status: str  # active | suspended
    full_name: str = ""
    payroll_number: str = ""
    email: str = ""


@dataclass(frozen=True, slots=True)
class IssuedAccount:
    """The answer to a creation or a change: the account, and a new initial password if one was
    issued (a secret shown once to the responsible: kept out of repr, never stored or logged)."""

    remote: RemoteAccount
    one_time_password: str | None = field(default=None, repr=False)


def _optional_str(d: dict[str, Any], key: str, what: str) -> str:
    value = d.get(key, "")
    if not isinstance(value, str):
        raise ContractError(f"platform answer does not match the contract: {what}.{key}")
    return value


def parse_remote_account(value: Any, what: str = "account") -> RemoteAccount:
    account, _ = dto.parse_account(value, what)
    d = dto.as_object(value, what)
    status = _optional_str(d, "status", what) or "active"
    if status not in REMOTE_STATUSES:
        raise ContractError(f"platform answer does not match the contract: {what}.status")
    return RemoteAccount(
        account,
        status,
        _optional_str(d, "full_name", what),
        _optional_str(d, "payroll_number", what),
        _optional_str(d, "email", what),
    )


def parse_remote_accounts(value: Any) -> list[RemoteAccount]:
    d = dto.as_object(value, "accounts")
    items = d.get("items")
    if not isinstance(items, list):
        raise ContractError("platform answer does not match the contract: accounts.items")
    return [parse_remote_account(x, f"accounts.items[{i}]") for i, x in enumerate(items)]


def parse_issued(value: Any) -> IssuedAccount:
    d = dto.as_object(value, "issued account")
    password = d.get("one_time_password")
    if password is not None and (not isinstance(password, str) or len(password) < 12):
        raise ContractError("platform answer does not match the contract: one_time_password")
    for key in ("account", "one_time_password"):
        if key not in d:
            raise ContractError(f"platform answer does not match the contract: {key} is missing")
    return IssuedAccount(parse_remote_account(d["account"], "issued account"), password)
