"""The sandbox server: loopback only, collectivities kept apart, uploads guarded, rules kept."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path
from typing import Any

import pytest

from app.sandbox.server import RunningSandbox, is_loopback, start_in_thread

from .conftest import Api, pdf_bytes, sha256


@pytest.mark.parametrize("host", ["0.0.0.0", "192.168.1.10", "::", "platform.example.ma"])
def test_refuses_non_loopback_hosts(tmp_path: Path, host: str) -> None:
    with pytest.raises(ValueError, match="loopback"):
        start_in_thread(tmp_path, host=host)
    assert not (tmp_path / "sandbox.sqlite").exists()  # refused before anything was created


@pytest.mark.parametrize(
    ("host", "loopback"),
    [
        ("127.0.0.1", True),
        ("127.8.9.10", True),
        ("::1", True),
        ("[::1]", True),
        ("localhost", True),
        ("10.0.0.1", False),
        ("example.org", False),
    ],
)
def test_loopback_detection(host: str, loopback: bool) -> None:
    assert is_loopback(host) is loopback


def test_accounts_file(sandbox: RunningSandbox) -> None:
    path = sandbox.data_dir / "accounts.json"
    accounts = json.loads(path.read_text(encoding="utf-8"))
    assert accounts[0] == {
        "id": "demo.admin",
        "role": "admin",
        "collectivity_id": "COM-DEMO-01",
        "password": "demo-admin-2026",
    }
    assert [a["id"] for a in accounts] == [
        "demo.admin",
        "demo.preparer",
        "demo.certifier",
        "demo.kiosk",
        "other.preparer",
        "other.certifier",
    ]
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600


def test_sessions_need_a_valid_token(sandbox: RunningSandbox, api_factory: Any) -> None:
    api = api_factory(None)
    for header in ("", "Bearer", "Bearer nope", "Basic abc", "bearer  "):
        r = api.get("/affiliates", headers={"Authorization": header} if header else {})
        assert r.status_code == 401
        assert r.headers["WWW-Authenticate"] == "Bearer"
        assert r.json()["code"] == "unauthenticated"


def test_no_data_crosses_collectivities(sandbox: RunningSandbox, api_factory: Any) -> None:
    demo: Api = api_factory("demo.preparer")
    other: Api = api_factory("other.preparer")
    theirs = other.get("/affiliates", params={"limit": 1000}).json()["items"]
    mine = demo.get("/affiliates", params={"limit": 1000}).json()["items"]
    assert {a["collectivity_id"] for a in theirs} == {"COM-DEMO-02"}
    assert {a["collectivity_id"] for a in mine} == {"COM-DEMO-01"}
    target = theirs[0]
    for key in ("membership_no", "ppr", "cin"):
        r = demo.get("/affiliates/lookup", params={key: target[key]})
        unknown = demo.get("/affiliates/lookup", params={key: "000"})
        assert r.status_code == unknown.status_code == 404
        assert r.json() == unknown.json()  # nothing tells "exists elsewhere" from "unknown"
    # Their affiliate cannot be the subject of our dossier, and our dossiers are not theirs.
    r = demo.post(
        "/dossiers",
        headers={"Idempotency-Key": "x-1"},
        json={
            "type": "refund",
            "membership_no": target["membership_no"],
            "local_reference": "L",
            "expected_items": [],
        },
    )
    assert r.status_code == 422 and r.json()["code"] == "unknown_affiliate"
    dossier = demo.new_dossier("shared-key")
    assert other.get(f"/dossiers/{dossier['id']}").status_code == 404
    assert other.post(f"/dossiers/{dossier['id']}/submit").status_code == 404
    # The same idempotency key in another collectivity is another dossier.
    theirs_dossier = other.new_dossier("shared-key")
    assert theirs_dossier["id"] != dossier["id"]


def test_uploads_are_kept_apart(sandbox: RunningSandbox, api_factory: Any) -> None:
    demo: Api = api_factory("demo.preparer")
    other: Api = api_factory("other.preparer")
    dossier = demo.new_dossier("uploads-apart")
    data = pdf_bytes()
    assert other.create_upload(dossier["id"], data).status_code == 404
    url = demo.create_upload(dossier["id"], data).headers["Location"]
    tus = {"Tus-Resumable": "1.0.0"}
    assert other.request("HEAD", url, headers=tus).status_code == 404
    assert other.patch(url, data).status_code == 404
    assert other.request("DELETE", url, headers=tus).status_code == 404
    assert demo.request("HEAD", url, headers=tus).headers["Upload-Offset"] == "0"
    # Nor can they register our upload on a dossier of theirs.
    upload_id = url.rsplit("/", 1)[1]
    assert demo.patch(url, data).status_code == 204
    theirs = other.new_dossier("uploads-apart")
    r = other.post(
        f"/dossiers/{theirs['id']}/documents",
        json={
            "upload_id": upload_id,
            "item_code": "cin_copy",
            "filename": "a.pdf",
            "sha256": sha256(data),
        },
    )
    assert r.status_code == 404 and r.json()["code"] == "upload_not_found"


def test_refused_patches_write_nothing(sandbox: RunningSandbox, api_factory: Any) -> None:
    demo: Api = api_factory("demo.preparer")
    anon: Api = api_factory(None)
    dossier = demo.new_dossier("patch-guard")
    data = pdf_bytes()
    url = demo.create_upload(dossier["id"], data).headers["Location"]
    attempts = [
        (anon, {"Tus-Resumable": "1.0.0", "Content-Type": "application/offset+octet-stream"}),
        (demo, {"Tus-Resumable": "1.0.0", "Content-Type": "text/plain"}),
        (demo, {"Content-Type": "application/offset+octet-stream"}),
    ]
    for api, headers in attempts:
        r = api.request("PATCH", url, data=b"garbage", headers={**headers, "Upload-Offset": "0"})
        assert r.status_code in (401, 412, 415)
        head = demo.request("HEAD", url, headers={"Tus-Resumable": "1.0.0"})
        assert head.headers["Upload-Offset"] == "0"


def test_upload_metadata_is_required(sandbox: RunningSandbox, api_factory: Any) -> None:
    demo: Api = api_factory("demo.preparer")
    r = demo.post("/uploads", headers={"Tus-Resumable": "1.0.0", "Upload-Length": "10"})
    assert r.status_code == 400
    assert "dossier_id" in r.json()["detail"]


def test_registration_rules(sandbox: RunningSandbox, api_factory: Any) -> None:
    demo: Api = api_factory("demo.certifier")
    dossier = demo.new_dossier("registration-rules", ["cin_copy"])
    other_dossier = demo.new_dossier("registration-rules-2", ["cin_copy"])
    docs = f"/dossiers/{dossier['id']}/documents"
    data = pdf_bytes()

    def register(upload_id: str, **changes: str) -> Any:
        body = {
            "upload_id": upload_id,
            "item_code": "cin_copy",
            "filename": "a.pdf",
            "sha256": sha256(data),
            **changes,
        }
        return demo.post(docs, json=body)

    # Unfinished upload.
    partial = demo.create_upload(dossier["id"], data).headers["Location"]
    assert demo.patch(partial, data[:100]).status_code == 204
    r = register(partial.rsplit("/", 1)[1])
    assert (r.status_code, r.json()["code"]) == (422, "upload_incomplete")
    # Upload made for another dossier.
    r = register(demo.upload(other_dossier["id"], data))
    assert (r.status_code, r.json()["code"]) == (422, "upload_mismatch")
    # Item neither expected nor requested.
    upload_id = demo.upload(dossier["id"], data, item="pay_slip")
    r = register(upload_id, item_code="pay_slip")
    assert (r.status_code, r.json()["code"]) == (422, "unknown_item")
    # Unknown upload.
    assert register("0" * 32).json()["code"] == "upload_not_found"
    # The good one; then the same upload under another item is a conflict.
    good = demo.upload(dossier["id"], data)
    first = register(good)
    assert first.status_code == 201
    assert register(good, item_code="other_item").status_code == 409
    # A later document for the same item replaces the earlier one.
    newer = register(demo.upload(dossier["id"], data))
    current = demo.get(f"/dossiers/{dossier['id']}").json()["documents"]
    assert [d["document_id"] for d in current] == [newer.json()["document_id"]]
    assert demo.post(f"/dossiers/{dossier['id']}/submit").status_code == 202
    r = register(demo.upload(other_dossier["id"], data))
    assert r.status_code in (409, 422)


def test_tus_discovery(sandbox: RunningSandbox, api_factory: Any) -> None:
    demo: Api = api_factory("demo.preparer")
    for path in ("/uploads", "/uploads/"):
        r = demo.request("OPTIONS", path, headers={"Tus-Resumable": "1.0.0"})
        assert r.status_code == 204
        assert r.headers["Tus-Version"] == "1.0.0"
        assert "creation" in r.headers["Tus-Extension"].split(",")


def test_clock_advance_is_bounded(sandbox: RunningSandbox, api_factory: Any) -> None:
    anon: Api = api_factory(None)
    for seconds in (0, -1, 10**12, "soon"):
        r = anon.post("/sandbox/clock/advance", json={"seconds": seconds})
        assert r.status_code == 400
        assert r.json()["code"] == "invalid_request"
