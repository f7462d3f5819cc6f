"""The client's account operations against the real sandbox over HTTP."""

from __future__ import annotations

import uuid

import pytest

from app.domain.models import Role
from app.platform.errors import AuthError, RefusedError
from app.sandbox.server import RunningSandbox

from .conftest import ClientFactory


def test_create_suspend_reset_delete(sandbox: RunningSandbox, make_client: ClientFactory) -> None:
    admin = make_client(sandbox.base_url, "demo.admin")
    login = "cl." + uuid.uuid4().hex[:8]
    issued = admin.create_account(login, "Agent Fictif", "1234567", Role.CERTIFIER, "a@b.test")
    assert issued.remote.account.role is Role.CERTIFIER
    assert issued.remote.status == "active" and issued.remote.payroll_number == "1234567"
    password = issued.one_time_password
    assert password and password not in repr(issued)
    holder = make_client(sandbox.base_url, None)
    assert holder.login(login, password).account.id == login

    changed = admin.update_account(login, suspended=True, reason="test")
    assert changed.remote.status == "suspended" and changed.one_time_password is None
    with pytest.raises(AuthError) as refused:
        make_client(sandbox.base_url, None).login(login, password)
    assert refused.value.code == "account_suspended"
    assert "suspended" in refused.value.user_message

    admin.update_account(login, suspended=False)
    fresh = admin.update_account(login, reset_password=True).one_time_password
    assert fresh and fresh != password
    listed = {r.account.id: r for r in admin.list_remote_accounts()}
    assert listed[login].status == "active"
    assert listed["demo.admin"].account.role is Role.ADMIN

    admin.delete_account(login)
    with pytest.raises(RefusedError) as gone:
        admin.delete_account(login)
    assert gone.value.status == 404
    with pytest.raises(RefusedError) as taken:
        admin.create_account(login, "Autre", "1", Role.PREPARER)
    assert taken.value.code == "account_exists"


def test_only_the_responsible(sandbox: RunningSandbox, make_client: ClientFactory) -> None:
    prep = make_client(sandbox.base_url, "demo.preparer")
    with pytest.raises(AuthError) as denied:
        prep.create_account("x.yz", "X", "1", Role.PREPARER)
    assert denied.value.status == 403
    admin = make_client(sandbox.base_url, "demo.admin")
    with pytest.raises(RefusedError) as other:
        admin.update_account("other.preparer", suspended=True)
    assert other.value.status == 404
