"""Fixtures of the sandbox tests: a sandbox on 127.0.0.1 and plain HTTP sessions (no app client:
these tests look at the wire)."""

from __future__ import annotations

import base64
import hashlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import requests

from app.sandbox.seed import sandbox_password
from app.sandbox.server import RunningSandbox, start_in_thread

AFFILIATES = 30


@pytest.fixture(scope="module")
def sandbox(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningSandbox]:
    running = start_in_thread(tmp_path_factory.mktemp("sandbox"), affiliates=AFFILIATES)
    yield running
    running.stop()


class Api:
    """requests against the sandbox, optionally signed in."""

    def __init__(self, base_url: str, account: str | None = None) -> None:
        self.base_url = base_url
        self.session = requests.Session()
        self.session.trust_env = False
        self.token: str | None = None
        if account is not None:
            r = self.post(
                "/sessions", json={"account_id": account, "password": sandbox_password(account)}
            )
            assert r.status_code == 201, r.text
            self.token = r.json()["token"]

    def request(self, method: str, path: str, **kwargs: Any) -> requests.Response:
        headers = dict(kwargs.pop("headers", None) or {})
        if self.token and "Authorization" not in headers:
            headers["Authorization"] = f"Bearer {self.token}"
        url = path if path.startswith("http") else self.base_url + path
        return self.session.request(method, url, headers=headers, timeout=10, **kwargs)

    def get(self, path: str, **kwargs: Any) -> requests.Response:
        return self.request("GET", path, **kwargs)

    def post(self, path: str, **kwargs: Any) -> requests.Response:
        return self.request("POST", path, **kwargs)

    def close(self) -> None:
        self.session.close()

    # -- helpers for the dossier flow --------------------------------------------------------------
    def first_affiliate(self) -> dict[str, Any]:
        r = self.get("/affiliates", params={"limit": 1})
        assert r.status_code == 200
        return dict(r.json()["items"][0])

    def new_dossier(self, key: str, items: list[str] | None = None) -> dict[str, Any]:
        r = self.post(
            "/dossiers",
            headers={"Idempotency-Key": key},
            json={
                "type": "age_limit",
                "membership_no": self.first_affiliate()["membership_no"],
                "local_reference": "L-" + key,
                "expected_items": ["cin_copy"] if items is None else items,
            },
        )
        assert r.status_code in (200, 201), r.text
        return dict(r.json())

    def create_upload(
        self, dossier_id: str, body: bytes, item: str = "cin_copy", sha: str | None = None
    ) -> requests.Response:
        meta = {
            "filename": "doc.pdf",
            "filetype": "application/pdf",
            "dossier_id": dossier_id,
            "item_code": item,
            "sha256": sha or hashlib.sha256(body).hexdigest(),
        }
        return self.post(
            "/uploads",
            headers={
                "Tus-Resumable": "1.0.0",
                "Upload-Length": str(len(body)),
                "Upload-Metadata": ",".join(
                    f"{k} {base64.b64encode(v.encode()).decode()}" for k, v in meta.items()
                ),
            },
        )

    def patch(self, url: str, body: bytes, offset: int = 0) -> requests.Response:
        return self.request(
            "PATCH",
            url,
            data=body,
            headers={
                "Tus-Resumable": "1.0.0",
                "Upload-Offset": str(offset),
                "Content-Type": "application/offset+octet-stream",
            },
        )

    def upload(self, dossier_id: str, body: bytes, item: str = "cin_copy") -> str:
        """A finished upload; returns its id."""
        created = self.create_upload(dossier_id, body, item)
        assert created.status_code == 201, created.text
        url = created.headers["Location"]
        assert self.patch(url, body).status_code == 204
        return url.rsplit("/", 1)[1]


@pytest.fixture
def api_factory(sandbox: RunningSandbox) -> Iterator[Any]:
    made: list[Api] = []

    def make(account: str | None = "demo.preparer", base_url: str | None = None) -> Api:
        api = Api(base_url or sandbox.base_url, account)
        made.append(api)
        return api

    yield make
    for api in made:
        api.close()


def pdf_bytes(size: int = 2048) -> bytes:
    head = b"%PDF-1.7\n"
    return head + bytes(range(256)) * (size // 256) + b"\n%%EOF\n"


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def data_dir(sandbox: RunningSandbox) -> Path:
    return sandbox.data_dir
