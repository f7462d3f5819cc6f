"""The account operations of the contract, exercised for test_contract.py (kept apart so that
the main conformance test stays readable)."""

from __future__ import annotations

import uuid
from typing import Any, Protocol

import requests

from .conftest import Api


class Checker(Protocol):
    def check(self, resp: requests.Response, template: str, method: str) -> requests.Response: ...


def exercise_accounts(c: Checker, anon: Api, prep: Api, admin: Api) -> None:
    """Every documented answer of POST /accounts and PATCH/DELETE /accounts/{account_id}."""
    login = "contract." + uuid.uuid4().hex[:8]
    new = {
        "id": login,
        "full_name": "Agent Fictif",
        "payroll_number": "1234567",
        "role": "preparer",
    }
    made = c.check(admin.post("/accounts", json=new), "/accounts", "post")
    assert made.status_code == 201 and made.json()["one_time_password"]
    assert c.check(admin.post("/accounts", json=new), "/accounts", "post").status_code == 409
    bad_role = {**new, "id": login + "x", "role": "admin"}
    assert c.check(admin.post("/accounts", json=bad_role), "/accounts", "post").status_code == 422
    bad_id = {**new, "id": "A B"}
    assert c.check(admin.post("/accounts", json=bad_id), "/accounts", "post").status_code == 400
    assert c.check(prep.post("/accounts", json=new), "/accounts", "post").status_code == 403
    assert c.check(anon.post("/accounts", json=new), "/accounts", "post").status_code == 401

    one = "/accounts/{account_id}"

    def patch(api: Api, who: str, body: dict[str, Any]) -> int:
        return c.check(
            api.request("PATCH", f"/accounts/{who}", json=body), one, "patch"
        ).status_code

    assert patch(admin, login, {"status": "suspended", "reason": "test"}) == 200
    assert patch(admin, login, {}) == 400
    assert patch(admin, login, {"role": "admin"}) == 422
    assert patch(admin, "demo.admin", {"status": "suspended"}) == 403
    assert patch(admin, "other.preparer", {"status": "suspended"}) == 404
    assert patch(prep, login, {"status": "active"}) == 403
    assert patch(anon, login, {"status": "active"}) == 401

    def delete(api: Api, who: str) -> int:
        return c.check(api.request("DELETE", f"/accounts/{who}"), one, "delete").status_code

    assert delete(prep, login) == 403
    assert delete(anon, login) == 401
    assert delete(admin, "other.preparer") == 404
    assert delete(admin, login) == 204
    assert delete(admin, login) == 404
