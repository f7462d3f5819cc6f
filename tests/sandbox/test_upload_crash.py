"""The sandbox's tus append after a crash: a sandbox killed (SIGKILL) in the middle of a PATCH
restarts on the same data and the upload continues from the bytes it holds, to a document whose
SHA-256 matches; a sandbox that died between the last byte and its completion record finishes
the record at the next HEAD."""

from __future__ import annotations

import hashlib
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import requests

from app.sandbox.server import RunningSandbox
from tests.sandbox.conftest import Api, pdf_bytes
from tests.sandbox.test_cli import RUN

pytestmark = [pytest.mark.crash]

REPO = Path(__file__).resolve().parents[2]
TUS = {"Tus-Resumable": "1.0.0"}


def _start(data: Path) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [
            sys.executable,
            "-c",
            RUN,
            "sandbox",
            *("--port", "0", "--data", str(data)),
            "--affiliates",
            "5",
        ],
        cwd=REPO,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )


def _base_url(proc: subprocess.Popen[str]) -> str:
    assert proc.stdout is not None
    url = proc.stdout.readline().strip()
    assert url.startswith("http://127.0.0.1:"), url
    return url


def _register(api: Api, dossier_id: str, upload_id: str, body: bytes) -> requests.Response:
    return api.post(
        f"/dossiers/{dossier_id}/documents",
        json={
            "upload_id": upload_id,
            "item_code": "cin_copy",
            "filename": "doc.pdf",
            "sha256": hashlib.sha256(body).hexdigest(),
        },
    )


def _data_file(data: Path, upload_id: str) -> Path:
    (found,) = list((data / "uploads").glob(f"*/{upload_id}"))
    return found


@pytest.fixture
def procs() -> Iterator[list[subprocess.Popen[str]]]:
    started: list[subprocess.Popen[str]] = []
    yield started
    for proc in started:
        if proc.poll() is None:
            proc.kill()
        proc.wait(15)
        if proc.stdout is not None:
            proc.stdout.close()


def test_a_sandbox_killed_mid_patch_resumes_from_what_it_holds(
    tmp_path: Path, procs: list[subprocess.Popen[str]]
) -> None:
    data = tmp_path / "sandbox"
    procs.append(_start(data))
    api = Api(_base_url(procs[0]), "demo.preparer")
    body = pdf_bytes(6 * 1024 * 1024)
    dossier = api.new_dossier("killed-mid-patch")
    url = api.create_upload(dossier["id"], body).headers["Location"]
    upload_id = url.rsplit("/", 1)[1]
    path = url.split("/api/v1", 1)[1]

    # A PATCH whose body stops after 3 MiB and waits there: the sandbox is killed meanwhile.
    sent_part = threading.Event()
    never = threading.Event()

    def slow_body() -> Iterator[bytes]:
        for i in range(0, 3 * 1024 * 1024, 256 * 1024):
            yield body[i : i + 256 * 1024]
        sent_part.set()
        never.wait(30)
        yield b""

    errors: list[BaseException] = []

    def send() -> None:
        try:
            api.request(
                "PATCH",
                url,
                data=slow_body(),
                headers={**TUS, "Upload-Offset": "0"}
                | {"Content-Type": "application/offset+octet-stream"},
            )
        except requests.RequestException as exc:
            errors.append(exc)

    sender = threading.Thread(target=send, daemon=True)
    sender.start()
    assert sent_part.wait(20)
    stored = _data_file(data, upload_id)
    deadline = time.monotonic() + 20
    while stored.stat().st_size < 2 * 1024 * 1024:  # some of it is on disk
        assert time.monotonic() < deadline
        time.sleep(0.01)
    procs[0].kill()  # SIGKILL: no cleanup of any kind
    procs[0].wait(15)
    never.set()
    sender.join(20)
    assert errors  # the client saw its PATCH fail

    procs.append(_start(data))
    api.base_url = _base_url(procs[1])
    head = api.request("HEAD", path, headers=TUS)
    assert head.status_code == 200
    offset = int(head.headers["Upload-Offset"])
    assert 2 * 1024 * 1024 <= offset <= 3 * 1024 * 1024
    assert stored.read_bytes() == body[:offset]  # every byte held is in its place
    # Before the upload finished, it cannot be registered.
    assert _register(api, dossier["id"], upload_id, body).status_code == 422
    rest = api.patch(path, body[offset:], offset=offset)
    assert rest.status_code == 204 and rest.headers["Upload-Offset"] == str(len(body))
    r = _register(api, dossier["id"], upload_id, body)
    assert r.status_code == 201, r.text
    api.close()


def test_head_completes_an_upload_whose_last_record_was_lost(
    sandbox: RunningSandbox, api_factory: Any
) -> None:
    demo = api_factory()
    body = pdf_bytes(300_000)
    dossier = demo.new_dossier("last-record-lost")
    url = demo.create_upload(dossier["id"], body).headers["Location"]
    upload_id = url.rsplit("/", 1)[1]
    assert demo.patch(url, body[:1000]).status_code == 204
    # As if the sandbox had died after writing the last byte, before recording the completion.
    with _data_file(sandbox.data_dir, upload_id).open("ab") as f:
        f.write(body[1000:])
    head = demo.request("HEAD", url, headers=TUS)
    assert head.headers["Upload-Offset"] == head.headers["Upload-Length"] == str(len(body))
    assert _register(demo, dossier["id"], upload_id, body).status_code == 201


def test_a_body_longer_than_announced_leaves_nothing(
    sandbox: RunningSandbox, api_factory: Any
) -> None:
    demo = api_factory()
    body = pdf_bytes(100_000)
    dossier = demo.new_dossier("too-long")
    url = demo.create_upload(dossier["id"], body).headers["Location"]
    assert demo.patch(url, body[:40_000]).status_code == 204
    r = demo.patch(url, body[40_000:] + b"extra", offset=40_000)
    assert r.status_code == 400
    head = demo.request("HEAD", url, headers=TUS)
    assert head.headers["Upload-Offset"] == "40000"
    assert demo.patch(url, body[:10], offset=0).status_code == 409  # the offset is still checked
    assert demo.patch(url, body[40_000:], offset=40_000).status_code == 204
