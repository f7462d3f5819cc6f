"""Sub-accounts at the sandbox: what suspension, deletion and role rules do to sign-in."""

from __future__ import annotations

import uuid
from typing import Any

import requests

from app.sandbox.server import RunningSandbox

from .conftest import Api


def _login(api: Api, account: str, password: str) -> requests.Response:
    return api.post("/sessions", json={"account_id": account, "password": password})


def _new(admin: Api, role: str = "preparer") -> tuple[str, str]:
    login = "sub." + uuid.uuid4().hex[:8]
    body = {"id": login, "full_name": "Agent Fictif", "payroll_number": "7654321", "role": role}
    r = admin.post("/accounts", json=body)
    assert r.status_code == 201, r.text
    assert r.headers["Cache-Control"] == "no-store"
    return login, r.json()["one_time_password"]


def test_created_account_signs_in_and_is_listed(sandbox: RunningSandbox, api_factory: Any) -> None:
    admin: Api = api_factory("demo.admin")
    login, password = _new(admin)
    assert len(password) >= 12
    session = _login(api_factory(None), login, password)
    assert session.status_code == 201
    assert session.json()["account"]["role"] == "preparer"
    listed = {a["id"]: a for a in admin.get("/accounts").json()["items"]}
    assert listed[login]["status"] == "active"
    assert listed[login]["payroll_number"] == "7654321"
    assert listed[login]["collectivity_id"] == "COM-DEMO-01"


def test_suspension_ends_sessions_and_refuses_sign_in(
    sandbox: RunningSandbox, api_factory: Any
) -> None:
    admin: Api = api_factory("demo.admin")
    login, password = _new(admin)
    officer = api_factory(None)
    officer.token = _login(officer, login, password).json()["token"]
    assert officer.get("/affiliates", params={"limit": 1}).status_code == 200
    r = admin.request("PATCH", f"/accounts/{login}", json={"status": "suspended"})
    assert r.status_code == 200 and r.json()["account"]["status"] == "suspended"
    assert r.json()["one_time_password"] is None
    assert officer.get("/affiliates", params={"limit": 1}).status_code == 401
    refused = _login(api_factory(None), login, password)
    assert refused.status_code == 401 and refused.json()["code"] == "account_suspended"
    wrong = _login(api_factory(None), login, "not-the-password")
    assert wrong.json()["code"] == "bad_credentials"  # suspension is told only to the holder
    assert admin.request("PATCH", f"/accounts/{login}", json={"status": "active"}).ok
    assert _login(api_factory(None), login, password).status_code == 201


def test_reset_and_role_change(sandbox: RunningSandbox, api_factory: Any) -> None:
    admin: Api = api_factory("demo.admin")
    login, old = _new(admin)
    r = admin.request("PATCH", f"/accounts/{login}", json={"reset_password": True})
    new = r.json()["one_time_password"]
    assert new and new != old
    assert _login(api_factory(None), login, old).status_code == 401
    assert _login(api_factory(None), login, new).status_code == 201
    r = admin.request("PATCH", f"/accounts/{login}", json={"role": "certifier"})
    assert r.json()["account"]["role"] == "certifier"


def test_deleted_account_never_signs_in_and_its_id_stays_taken(
    sandbox: RunningSandbox, api_factory: Any
) -> None:
    admin: Api = api_factory("demo.admin")
    login, password = _new(admin)
    assert admin.request("DELETE", f"/accounts/{login}").status_code == 204
    r = _login(api_factory(None), login, password)
    assert r.status_code == 401 and r.json()["code"] == "bad_credentials"
    assert login not in {a["id"] for a in admin.get("/accounts").json()["items"]}
    body = {"id": login, "full_name": "Autre", "payroll_number": "1", "role": "preparer"}
    again = admin.post("/accounts", json=body)
    assert again.status_code == 409 and again.json()["code"] == "account_exists"


def test_other_collectivity_and_other_roles(sandbox: RunningSandbox, api_factory: Any) -> None:
    admin: Api = api_factory("demo.admin")
    for method in ("PATCH", "DELETE"):
        kwargs: dict[str, Any] = {"json": {"status": "suspended"}} if method == "PATCH" else {}
        r = admin.request(method, "/accounts/other.preparer", **kwargs)
        assert r.status_code == 404 and r.json()["code"] == "not_found"
        assert admin.request(method, "/accounts/nobody.here", **kwargs).status_code == 404
    other = api_factory("other.preparer")
    assert other.get("/affiliates", params={"limit": 1}).status_code == 200  # untouched
    for who in ("demo.preparer", "demo.certifier", "demo.kiosk"):
        api = api_factory(who)
        body = {"id": "x.yz", "full_name": "X", "payroll_number": "1", "role": "preparer"}
        assert api.post("/accounts", json=body).status_code == 403
    own = admin.request("DELETE", "/accounts/demo.admin")
    assert own.status_code == 403
