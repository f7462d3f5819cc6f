"""The sandbox conforms to resources/openapi/platform.yaml, and the contract covers the sandbox.

Every answer below is checked against the contract: its status must be documented for the
operation, required headers present, and the body valid against the documented schema for its
content type (JSON Schema 2020-12, formats checked).
"""

from __future__ import annotations

import re
import uuid
from pathlib import Path
from typing import Any

import pytest
import requests
import yaml
from jsonschema import Draft202012Validator
from openapi_spec_validator import validate
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from app.sandbox.routes import API_VERSION
from app.sandbox.server import API_PREFIX, RunningSandbox, contract_path, create_app

from .conftest import Api, pdf_bytes, sha256
from .contract_accounts import exercise_accounts

SPEC: dict[str, Any] = yaml.safe_load(contract_path().read_text(encoding="utf-8"))
METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
REGISTRY = Registry().with_resource(
    "urn:contract", Resource.from_contents(SPEC, default_specification=DRAFT202012)
)


def _escape(part: str) -> str:
    return part.replace("~", "~0").replace("/", "~1")


def _resolve(node: dict[str, Any], pointer: str) -> tuple[dict[str, Any], str]:
    """Follow a local $ref; returns the node and its JSON pointer."""
    while "$ref" in node:
        ref = node["$ref"]
        assert ref.startswith("#/"), ref
        pointer = ref[1:]
        node = SPEC
        for part in ref[2:].split("/"):
            node = node[part.replace("~1", "/").replace("~0", "~")]
    return node, pointer


class Conformance:
    def __init__(self) -> None:
        self.seen: set[tuple[str, str]] = set()

    def check(self, resp: requests.Response, template: str, method: str) -> requests.Response:
        method = method.lower()
        op = SPEC["paths"][template][method]
        status = str(resp.status_code)
        assert status in op["responses"], (
            f"{method.upper()} {template} answered {status}, not in the contract: {resp.text}"
        )
        base = f"/paths/{_escape(template)}/{method}/responses/{status}"
        documented, pointer = _resolve(op["responses"][status], base)
        for name, header in documented.get("headers", {}).items():
            if header.get("required"):
                assert name in resp.headers, f"{method.upper()} {template}: no {name} header"
        content = documented.get("content")
        if not content:
            assert not resp.content, f"{method.upper()} {template} {status}: unexpected body"
        elif method != "head":
            ctype = resp.headers.get("Content-Type", "").split(";")[0].strip()
            assert ctype in content, f"{method.upper()} {template} {status}: {ctype}"
            schema_pointer = f"{pointer}/content/{_escape(ctype)}/schema"
            validator = Draft202012Validator(
                {"$ref": f"urn:contract#{schema_pointer}"},
                registry=REGISTRY,
                format_checker=Draft202012Validator.FORMAT_CHECKER,
            )
            body = resp.text if ctype == "application/x-ndjson" else resp.json()
            errors = sorted(validator.iter_errors(body), key=str)
            assert not errors, f"{method.upper()} {template} {status}: {errors[0].message}"
        self.seen.add((template, method))
        return resp


def test_the_contract_is_valid_openapi_3_1() -> None:
    assert SPEC["openapi"].startswith("3.1")
    validate(SPEC)
    assert SPEC["info"]["version"] == API_VERSION


def _normalize(path: str) -> str:
    path = path.rstrip("/") or "/"
    return re.sub(r"\{[^}]+\}", "{}", path)


def test_routes_and_contract_match(tmp_path: Path) -> None:
    app = create_app(tmp_path, affiliates=0)
    try:
        # FastAPI's own description of what the app serves (included routers are not flattened
        # into app.routes any more); the only route kept out of it is the contract file.
        served_spec = app.openapi()
        hidden = [
            getattr(r, "path", "")
            for r in app.routes
            if getattr(r, "include_in_schema", True) is False
        ]
    finally:
        app.state.sandbox.db.close()
    assert hidden == [API_PREFIX + "/openapi.yaml"]
    served = set()
    for path, item in served_spec["paths"].items():
        assert path.startswith(API_PREFIX + "/"), path
        served |= {(_normalize(path[len(API_PREFIX) :]), m) for m in item if m in METHODS}
    documented = {
        (_normalize(p), m) for p, item in SPEC["paths"].items() for m in item if m in METHODS
    }
    assert served - documented == set(), "served but not in the contract"
    assert documented - served == set(), "in the contract but not served"


def test_sandbox_operations_are_marked_as_such() -> None:
    for path, item in SPEC["paths"].items():
        for method, op in item.items():
            if method in METHODS:
                assert ("sandbox" in op["tags"]) == path.startswith("/sandbox/"), path
                if path.startswith("/sandbox/"):
                    assert "Sandbox only" in op["summary"] + op.get("description", "")


def test_every_operation_answers_as_documented(sandbox: RunningSandbox, api_factory: Any) -> None:
    c = Conformance()
    anon: Api = api_factory(None)
    prep: Api = api_factory("demo.preparer")
    admin: Api = api_factory("demo.admin")
    kiosk: Api = api_factory("demo.kiosk")
    tus = {"Tus-Resumable": "1.0.0"}

    # health, sessions, accounts
    c.check(anon.get("/health"), "/health", "get")
    c.check(anon.post("/sessions", json={"account_id": "demo.admin"}), "/sessions", "post")
    c.check(
        anon.post("/sessions", json={"account_id": "demo.admin", "password": "nope"}),
        "/sessions",
        "post",
    )
    c.check(admin.get("/accounts"), "/accounts", "get")
    assert c.check(prep.get("/accounts"), "/accounts", "get").status_code == 403
    assert c.check(anon.get("/accounts"), "/accounts", "get").status_code == 401
    exercise_accounts(c, anon, prep, admin)

    # affiliates
    page = c.check(prep.get("/affiliates", params={"limit": 5}), "/affiliates", "get").json()
    c.check(
        prep.get("/affiliates", params={"limit": 5, "cursor": page["next_cursor"]}),
        "/affiliates",
        "get",
    )
    c.check(prep.get("/affiliates", params={"cursor": "%%%"}), "/affiliates", "get")
    c.check(anon.get("/affiliates"), "/affiliates", "get")
    one = page["items"][0]
    for params in ({"ppr": one["ppr"]}, {"cin": "ZZ1"}, {"ppr": one["ppr"], "cin": one["cin"]}):
        c.check(prep.get("/affiliates/lookup", params=params), "/affiliates/lookup", "get")
    # bulk export (its lines are checked in test_affiliate_export.py) and the sandbox's changes
    c.check(prep.get("/affiliates/export"), "/affiliates/export", "get")
    c.check(prep.get("/affiliates/export", params={"cursor": "%%%"}), "/affiliates/export", "get")
    c.check(anon.get("/affiliates/export"), "/affiliates/export", "get")
    touch = {"count": 1, "collectivity_id": "COM-DEMO-02"}
    c.check(anon.post("/sandbox/affiliates/touch", json=touch), "/sandbox/affiliates/touch", "post")
    # data-correction requests
    fix = {"membership_no": one["membership_no"], "field": "birth_date", "comment": "c"}
    fix["local_reference"] = str(uuid.uuid4())
    made = c.check(prep.post("/corrections", json=fix), "/corrections", "post")
    assert made.status_code == 201
    assert c.check(prep.post("/corrections", json=fix), "/corrections", "post").status_code == 200
    c.check(prep.post("/corrections", json=fix | {"field": "x"}), "/corrections", "post")
    c.check(prep.post("/corrections", json={}), "/corrections", "post")
    c.check(anon.post("/corrections", json=fix), "/corrections", "post")
    c.check(kiosk.post("/corrections", json=fix), "/corrections", "post")
    path = "/corrections/{correction_id}"
    c.check(prep.get(f"/corrections/{made.json()['id']}"), path, "get")
    c.check(prep.get("/corrections/nope"), path, "get")
    c.check(anon.get("/corrections/nope"), path, "get")
    c.check(kiosk.get("/corrections/nope"), path, "get")

    # dossiers
    key = str(uuid.uuid4())
    body = {
        "type": "invalidity",
        "membership_no": one["membership_no"],
        "local_reference": "LOC-1",
        "expected_items": ["cin_copy"],
    }
    created = c.check(
        prep.post("/dossiers", headers={"Idempotency-Key": key}, json=body), "/dossiers", "post"
    )
    assert created.status_code == 201
    dossier_id = created.json()["id"]
    assert (
        c.check(
            prep.post("/dossiers", headers={"Idempotency-Key": key}, json=body), "/dossiers", "post"
        ).status_code
        == 200
    )
    for headers, payload in (
        ({"Idempotency-Key": key}, {**body, "local_reference": "LOC-2"}),  # 409
        ({}, body),  # 400: no key
        ({"Idempotency-Key": "k2"}, {**body, "membership_no": "999999999"}),  # 422
        ({"Idempotency-Key": "k3"}, {**body, "type": "holiday"}),  # 400
    ):
        c.check(prep.post("/dossiers", headers=headers, json=payload), "/dossiers", "post")
    c.check(
        kiosk.post("/dossiers", headers={"Idempotency-Key": "k4"}, json=body), "/dossiers", "post"
    )
    c.check(prep.get(f"/dossiers/{dossier_id}"), "/dossiers/{dossier_id}", "get")
    c.check(prep.get("/dossiers/DOS-NOPE"), "/dossiers/{dossier_id}", "get")

    # tus uploads
    data = pdf_bytes(4096)
    assert (
        c.check(prep.request("OPTIONS", "/uploads", headers=tus), "/uploads", "options").status_code
        == 204
    )
    c.check(anon.request("OPTIONS", "/uploads", headers=tus), "/uploads", "options")
    made = c.check(prep.create_upload(dossier_id, data), "/uploads", "post")
    assert made.status_code == 201
    url = made.headers["Location"]
    upload_id = url.rsplit("/", 1)[1]
    c.check(anon.create_upload(dossier_id, data), "/uploads", "post")  # 401
    c.check(kiosk.create_upload(dossier_id, data), "/uploads", "post")  # 403
    c.check(prep.create_upload("DOS-NOPE", data), "/uploads", "post")  # 404
    c.check(prep.post("/uploads", headers={**tus, "Upload-Length": "3"}), "/uploads", "post")
    c.check(prep.post("/uploads", headers={"Upload-Length": "3"}), "/uploads", "post")  # 412
    huge = prep.post(
        "/uploads",
        headers={
            **tus,
            "Upload-Length": str(10**12),
            "Upload-Metadata": made.request.headers["Upload-Metadata"],
        },
    )
    assert c.check(huge, "/uploads", "post").status_code == 413

    upload_path = "/uploads/{upload_id}"
    head = c.check(prep.request("HEAD", url, headers=tus), upload_path, "head")
    assert head.headers["Upload-Offset"] == "0"
    c.check(prep.request("HEAD", "/uploads/" + "f" * 32, headers=tus), upload_path, "head")
    assert c.check(prep.patch(url, data[:1000]), upload_path, "patch").status_code == 204
    assert c.check(prep.patch(url, data[1000:], offset=0), upload_path, "patch").status_code == 409
    c.check(
        prep.request(
            "PATCH",
            url,
            data=b"x",
            headers={**tus, "Upload-Offset": "1000", "Content-Type": "text/plain"},
        ),
        upload_path,
        "patch",
    )
    done = c.check(prep.patch(url, data[1000:], offset=1000), upload_path, "patch")
    assert done.headers["Upload-Offset"] == str(len(data))
    spare = prep.create_upload(dossier_id, data).headers["Location"]
    assert (
        c.check(prep.request("DELETE", spare, headers=tus), upload_path, "delete").status_code
        == 204
    )
    c.check(prep.request("DELETE", spare, headers=tus), upload_path, "delete")  # 404

    # documents and submission
    documents = f"/dossiers/{dossier_id}/documents"
    register = {
        "upload_id": upload_id,
        "item_code": "cin_copy",
        "filename": "cin.pdf",
        "sha256": sha256(data),
    }
    submit = f"/dossiers/{dossier_id}/submit"
    assert c.check(prep.post(submit), "/dossiers/{dossier_id}/submit", "post").status_code == 422
    assert (
        c.check(
            prep.post(documents, json=register), "/dossiers/{dossier_id}/documents", "post"
        ).status_code
        == 201
    )
    assert (
        c.check(
            prep.post(documents, json=register), "/dossiers/{dossier_id}/documents", "post"
        ).status_code
        == 200
    )
    other = prep.upload(dossier_id, data)
    bad = {**register, "upload_id": other, "sha256": "0" * 64}
    assert (
        c.check(prep.post(documents, json=bad), "/dossiers/{dossier_id}/documents", "post").json()[
            "code"
        ]
        == "hash_mismatch"
    )
    c.check(
        prep.post(documents, json={"upload_id": "x"}), "/dossiers/{dossier_id}/documents", "post"
    )
    c.check(
        prep.post("/dossiers/DOS-NOPE/documents", json=register),
        "/dossiers/{dossier_id}/documents",
        "post",
    )
    assert c.check(prep.post(submit), "/dossiers/{dossier_id}/submit", "post").status_code == 202
    assert (
        c.check(
            prep.post(documents, json={**register, "upload_id": other}),
            "/dossiers/{dossier_id}/documents",
            "post",
        ).status_code
        == 409
    )
    c.check(prep.post("/dossiers/DOS-NOPE/submit"), "/dossiers/{dossier_id}/submit", "post")

    # sandbox clock
    c.check(anon.get("/sandbox/clock"), "/sandbox/clock", "get")
    c.check(
        anon.post("/sandbox/clock/advance", json={"seconds": 60}), "/sandbox/clock/advance", "post"
    )
    c.check(
        anon.post("/sandbox/clock/advance", json={"seconds": -5}), "/sandbox/clock/advance", "post"
    )

    # the end of a session
    assert (
        c.check(
            prep.request("DELETE", "/sessions/current"), "/sessions/current", "delete"
        ).status_code
        == 204
    )
    assert (
        c.check(
            prep.request("DELETE", "/sessions/current"), "/sessions/current", "delete"
        ).status_code
        == 401
    )

    every = {(p, m) for p, item in SPEC["paths"].items() for m in item if m in METHODS}
    assert every - c.seen == set(), "operations not exercised"


@pytest.mark.parametrize(
    ("method", "path", "status", "code"),
    [
        ("GET", "/no/such/thing", 404, "not_found"),
        ("PUT", "/health", 405, "method_not_allowed"),
    ],
)
def test_unknown_routes_answer_problems(
    sandbox: RunningSandbox, api_factory: Any, method: str, path: str, status: int, code: str
) -> None:
    r = api_factory(None).request(method, path)
    assert r.status_code == status
    assert r.headers["Content-Type"].startswith("application/problem+json")
    problem = r.json()
    assert problem["code"] == code and problem["status"] == status
    assert problem["type"].endswith(code)


def test_the_contract_is_served(sandbox: RunningSandbox, api_factory: Any) -> None:
    r = api_factory(None).get("/openapi.yaml")
    assert r.status_code == 200
    assert yaml.safe_load(r.text) == SPEC
