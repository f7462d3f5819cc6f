"""PlatformClient against the real sandbox over HTTP on 127.0.0.1."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest

from app.domain.models import Affiliate, DossierType, IdentifierKind, Role
from app.platform.chunking import FIRST_CHUNK, TARGET_SECONDS, MiB
from app.platform.client import PlatformClient
from app.platform.dto import Stage
from app.platform.errors import AuthError, PlatformError, RefusedError
from app.sandbox.server import RunningSandbox
from app.sandbox.stages import REQUESTED_ITEM
from tests.support.faultproxy import Fault, FaultProxy, RequestInfo

from .conftest import ClientFactory, demo_affiliates, pdf_file
from .netutil import CountingProxy

KiB = 1024


def _new_dossier(
    client: PlatformClient, membership_no: str, items: tuple[str, ...] = ("cin_copy",)
) -> str:
    status = client.create_dossier(
        str(uuid.uuid4()), DossierType.AGE_LIMIT, membership_no, "LOCAL-1", list(items)
    )
    assert status.stage is Stage.DRAFT
    return status.id


# -- health and sessions ------------------------------------------------------------------------
def test_health(sandbox: RunningSandbox, make_client: ClientFactory) -> None:
    info = make_client(sandbox.base_url, account=None).health()
    assert info.status == "ok"
    assert info.version == "1.0.0"


def test_login_with_the_right_password(sandbox: RunningSandbox, make_client: ClientFactory) -> None:
    client = make_client(sandbox.base_url, account=None)
    info = client.login("demo.certifier", "demo-certifier-2026")
    assert info.account.id == "demo.certifier"
    assert info.account.role is Role.CERTIFIER
    assert info.account.collectivity_id == "COM-DEMO-01"
    assert info.collectivity_name == "Commune de Douar Demo"
    assert info.expires > info.expires.replace(year=2000)
    assert client.token == info.token
    assert info.token not in repr(info)
    assert info.token not in repr(client)


@pytest.mark.parametrize(
    ("account", "password"),
    [("demo.preparer", "wrong-password"), ("nobody.here", "demo-preparer-2026")],
)
def test_login_refused(
    sandbox: RunningSandbox, make_client: ClientFactory, account: str, password: str
) -> None:
    client = make_client(sandbox.base_url, account=None)
    with pytest.raises(AuthError) as caught:
        client.login(account, password)
    assert caught.value.status == 401
    assert caught.value.code == "bad_credentials"
    assert caught.value.user_message == "The account id or the password is wrong."
    assert password not in str(caught.value)
    assert client.token is None


def test_calls_need_a_session(sandbox: RunningSandbox, make_client: ClientFactory) -> None:
    client = make_client(sandbox.base_url, account=None)
    with pytest.raises(AuthError):
        client.list_affiliates(None, 10)


def test_logout_ends_the_session(sandbox: RunningSandbox, make_client: ClientFactory) -> None:
    client = make_client(sandbox.base_url)
    token = client.token
    client.logout()
    assert client.token is None
    client.logout()  # nothing to do
    with PlatformClient(sandbox.base_url, token=token) as stale, pytest.raises(AuthError) as caught:
        stale.list_affiliates(None, 1)
    assert caught.value.status == 401
    assert caught.value.user_message == "Your platform session has expired. Sign in again."


def test_accounts_for_the_responsible_only(
    sandbox: RunningSandbox, make_client: ClientFactory
) -> None:
    accounts = make_client(sandbox.base_url, "demo.admin").list_accounts()
    assert {(a.id, a.role) for a in accounts} == {
        ("demo.admin", Role.ADMIN),
        ("demo.preparer", Role.PREPARER),
        ("demo.certifier", Role.CERTIFIER),
        ("demo.kiosk", Role.KIOSK),
    }
    with pytest.raises(AuthError) as caught:
        make_client(sandbox.base_url, "demo.preparer").list_accounts()
    assert caught.value.status == 403


# -- affiliates -----------------------------------------------------------------------------------
def test_lookup_by_each_identifier(client: PlatformClient) -> None:
    wanted = demo_affiliates(client)[3]
    assert client.lookup_affiliate(IdentifierKind.MEMBERSHIP, wanted.membership_no) == wanted
    assert client.lookup_affiliate(IdentifierKind.PPR, wanted.ppr) == wanted
    assert client.lookup_affiliate(IdentifierKind.CIN, wanted.cin) == wanted
    assert client.lookup_affiliate(IdentifierKind.CIN, f" {wanted.cin.lower()} ") == wanted


def test_lookup_of_an_unknown_identifier(client: PlatformClient) -> None:
    assert client.lookup_affiliate(IdentifierKind.MEMBERSHIP, "999999999") is None
    with pytest.raises(ValueError, match="empty"):
        client.lookup_affiliate(IdentifierKind.PPR, "  ")


def test_another_collectivitys_affiliate_is_not_found(
    sandbox: RunningSandbox, make_client: ClientFactory
) -> None:
    other = make_client(sandbox.base_url, "other.preparer")
    theirs = other.list_affiliates(None, 1000).items
    assert len(theirs) == 20
    assert {a.collectivity_id for a in theirs} == {"COM-DEMO-02"}
    mine = make_client(sandbox.base_url, "demo.preparer")
    for a in theirs[:5]:
        assert mine.lookup_affiliate(IdentifierKind.MEMBERSHIP, a.membership_no) is None
        assert mine.lookup_affiliate(IdentifierKind.PPR, a.ppr) is None
        assert mine.lookup_affiliate(IdentifierKind.CIN, a.cin) is None
    assert not {a.membership_no for a in theirs} & {a.membership_no for a in demo_affiliates(mine)}


def test_delta_sync_pages_through_everything_once(client: PlatformClient) -> None:
    seen: list[str] = []
    cursor = None
    pages = 0
    while True:
        page = client.list_affiliates(cursor, 7)
        pages += 1
        seen += [a.membership_no for a in page.items]
        cursor = page.next_cursor
        if not page.has_more:
            break
    assert pages == 6  # 40 affiliates, 7 a page
    assert len(seen) == len(set(seen)) == 40
    later = client.list_affiliates(cursor, 7)  # nothing changed since
    assert later.items == () and not later.has_more
    assert later.next_cursor == cursor
    with pytest.raises(ValueError):
        client.list_affiliates(None, 1001)
    with pytest.raises(RefusedError) as caught:
        client.list_affiliates("not-a-cursor", 10)
    assert caught.value.code == "bad_cursor"


# -- dossiers ----------------------------------------------------------------------------------
def test_create_dossier_is_idempotent(client: PlatformClient) -> None:
    membership = demo_affiliates(client)[0].membership_no
    key = str(uuid.uuid4())
    first = client.create_dossier(key, DossierType.EARLY, membership, "L-9", ["cin_copy"])
    again = client.create_dossier(key, "early", membership, "L-9", ["cin_copy"])
    assert again.id == first.id
    assert again == first
    with pytest.raises(RefusedError) as caught:
        client.create_dossier(key, DossierType.EARLY, membership, "L-10", ["cin_copy"])
    assert caught.value.status == 409
    assert caught.value.code == "idempotency_conflict"
    other = client.create_dossier(str(uuid.uuid4()), "early", membership, "L-9", ["cin_copy"])
    assert other.id != first.id


def test_create_dossier_for_an_unknown_affiliate(client: PlatformClient) -> None:
    with pytest.raises(RefusedError) as caught:
        client.create_dossier("k-unknown", DossierType.AGE_LIMIT, "999999999", "L", [])
    assert caught.value.code == "unknown_affiliate"
    assert caught.value.user_message.startswith("This affiliate is not known")


def test_a_kiosk_cannot_create_dossiers(
    sandbox: RunningSandbox, make_client: ClientFactory
) -> None:
    kiosk = make_client(sandbox.base_url, "demo.kiosk")
    membership = demo_affiliates(kiosk)[0].membership_no
    with pytest.raises(AuthError) as caught:
        kiosk.create_dossier("k-kiosk", DossierType.AGE_LIMIT, membership, "L", [])
    assert caught.value.status == 403
    assert "not allowed" in caught.value.user_message


def test_upload_register_submit(client: PlatformClient, tmp_path: Path) -> None:
    membership = demo_affiliates(client)[1].membership_no
    dossier_id = _new_dossier(client, membership, ("cin_copy", "pay_slip"))
    urls: list[str] = []
    progress: list[tuple[int, int]] = []
    documents = {}
    for n, item in enumerate(("cin_copy", "pay_slip")):
        path, sha = pdf_file(tmp_path / f"{item}.pdf", 150 * KiB + n, seed=n)
        upload_id = client.upload_document(
            dossier_id,
            path,
            item,
            sha,
            progress=lambda sent, total: progress.append((sent, total)),
            on_url=urls.append,
            chunk_size=64 * KiB,
        )
        assert urls[-1].endswith("/" + upload_id)
        documents[item] = client.register_document(dossier_id, upload_id, item, path.name, sha)
        # Registering the same upload again gives the same document.
        again = client.register_document(dossier_id, upload_id, item, path.name, sha)
        assert again == documents[item]
    assert len(urls) == 2
    size = 150 * KiB
    assert progress[:4] == [(0, size), (64 * KiB, size), (128 * KiB, size), (size, size)]

    status = client.submit(dossier_id)
    assert status.stage is Stage.RECEIVED
    assert {d.item_code: d.document_id for d in status.documents} == documents
    assert [e.stage for e in status.history] == [Stage.DRAFT, Stage.RECEIVED]
    assert client.submit(dossier_id).stage is Stage.RECEIVED  # idempotent
    assert client.get_dossier(dossier_id) == status


def test_submit_without_the_expected_documents(client: PlatformClient) -> None:
    dossier_id = _new_dossier(client, demo_affiliates(client)[2].membership_no)
    with pytest.raises(RefusedError) as caught:
        client.submit(dossier_id)
    assert caught.value.code == "missing_documents"
    assert caught.value.status == 422


def test_hash_mismatch_is_refused(client: PlatformClient, tmp_path: Path) -> None:
    dossier_id = _new_dossier(client, demo_affiliates(client)[4].membership_no)
    path, _ = pdf_file(tmp_path / "doc.pdf", 10 * KiB)
    wrong = "ab" * 32
    upload_id = client.upload_document(dossier_id, path, "cin_copy", wrong)
    with pytest.raises(RefusedError) as caught:
        client.register_document(dossier_id, upload_id, "cin_copy", path.name, wrong)
    assert caught.value.code == "hash_mismatch"
    assert caught.value.status == 422
    assert "Send the document again" in caught.value.user_message


def test_a_file_that_is_not_a_pdf_is_refused(client: PlatformClient, tmp_path: Path) -> None:
    import hashlib

    dossier_id = _new_dossier(client, demo_affiliates(client)[5].membership_no)
    path = tmp_path / "photo.pdf"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + b"0" * 5000)
    sha = hashlib.sha256(path.read_bytes()).hexdigest()
    upload_id = client.upload_document(dossier_id, path, "cin_copy", sha)
    with pytest.raises(RefusedError) as caught:
        client.register_document(dossier_id, upload_id, "cin_copy", path.name, sha)
    assert caught.value.code == "not_pdf"


class _Interrupted(Exception):
    pass


def test_an_interrupted_upload_resumes_from_the_platforms_offset(
    sandbox: RunningSandbox, make_client: ClientFactory, tmp_path: Path
) -> None:
    size, chunk = 640 * KiB, 64 * KiB
    path, sha = pdf_file(tmp_path / "big.pdf", size, seed=7)
    first = make_client(sandbox.base_url)
    dossier_id = _new_dossier(first, demo_affiliates(first)[6].membership_no)
    urls: list[str] = []

    def stop_after_three_chunks(sent: int, total: int) -> None:
        if sent >= 3 * chunk:
            raise _Interrupted

    with pytest.raises(_Interrupted):
        first.upload_document(
            dossier_id,
            path,
            "cin_copy",
            sha,
            progress=stop_after_three_chunks,
            on_url=urls.append,
            chunk_size=chunk,
        )
    [url] = urls
    first.close()

    # A new client (as after a restart), through a proxy that counts the bytes it sends.
    with CountingProxy(sandbox.port) as proxy:
        base = sandbox.base_url.replace(f":{sandbox.port}/", f":{proxy.port}/")
        second = make_client(base)
        resumed_from: list[int] = []
        upload_id = second.upload_document(
            dossier_id,
            path,
            "cin_copy",
            sha,
            progress=lambda sent, total: resumed_from.append(sent),
            resume_url=url.replace(f":{sandbox.port}/", f":{proxy.port}/"),
            on_url=urls.append,
            chunk_size=chunk,
        )
        assert resumed_from[0] == 3 * chunk
        assert urls == [url]  # no new upload was created
        assert url.endswith("/" + upload_id)
        document_id = second.register_document(dossier_id, upload_id, "cin_copy", path.name, sha)
        assert document_id
    remaining = size - 3 * chunk
    assert remaining <= proxy.sent < size  # only what was missing (plus headers) went again


def test_resuming_a_vanished_upload_starts_a_new_one(
    client: PlatformClient, tmp_path: Path
) -> None:
    dossier_id = _new_dossier(client, demo_affiliates(client)[7].membership_no)
    path, sha = pdf_file(tmp_path / "doc.pdf", 20 * KiB)
    gone = client.base_url + "/uploads/" + "0" * 32
    urls: list[str] = []
    upload_id = client.upload_document(
        dossier_id, path, "cin_copy", sha, resume_url=gone, on_url=urls.append
    )
    assert len(urls) == 1 and urls[0] != gone and urls[0].endswith(upload_id)
    assert client.register_document(dossier_id, upload_id, "cin_copy", path.name, sha)


def test_a_resume_url_of_another_server_is_refused(client: PlatformClient, tmp_path: Path) -> None:
    path, sha = pdf_file(tmp_path / "doc.pdf", 1 * KiB)
    with pytest.raises(ValueError, match="not one of this platform's"):
        client.upload_document(
            "DOS-X",
            path,
            "cin_copy",
            sha,
            resume_url="https://elsewhere.example/uploads/" + "a" * 32,
        )


def test_another_collectivitys_dossier_is_not_found(
    sandbox: RunningSandbox, make_client: ClientFactory
) -> None:
    mine = make_client(sandbox.base_url)
    dossier_id = _new_dossier(mine, demo_affiliates(mine)[8].membership_no)
    other = make_client(sandbox.base_url, "other.certifier")
    with pytest.raises(RefusedError) as caught:
        other.get_dossier(dossier_id)
    assert caught.value.status == 404
    assert caught.value.code == "dossier_not_found"


# -- processing, driven by the sandbox clock -----------------------------------------------------
def test_stages_follow_the_sandbox_clock(
    fresh_sandbox: RunningSandbox, make_client: ClientFactory, tmp_path: Path
) -> None:
    client = make_client(fresh_sandbox.base_url)
    affiliates = demo_affiliates(client)
    plain = next(a for a in affiliates if not a.membership_no.endswith("7"))
    seven = next(a for a in affiliates if a.membership_no.endswith("7"))
    dossiers = {}
    for a in (plain, seven):
        dossier_id = _new_dossier(client, a.membership_no, ())
        assert client.submit(dossier_id).stage is Stage.RECEIVED
        dossiers[a.membership_no] = dossier_id

    def stage(a: Affiliate) -> Stage:
        return client.get_dossier(dossiers[a.membership_no]).stage

    client.sandbox_advance_clock(3600)
    assert stage(plain) is stage(seven) is Stage.RECEIVED
    client.sandbox_advance_clock(3600)
    assert stage(plain) is stage(seven) is Stage.UNDER_REVIEW
    client.sandbox_advance_clock(47 * 3600)
    assert stage(plain) is stage(seven) is Stage.UNDER_REVIEW
    now = client.sandbox_advance_clock(3600)
    assert abs((client.sandbox_clock() - now).total_seconds()) < 5

    done = client.get_dossier(dossiers[plain.membership_no])
    assert done.stage is Stage.LIQUIDATED
    assert [e.stage for e in done.history] == [
        Stage.DRAFT,
        Stage.RECEIVED,
        Stage.UNDER_REVIEW,
        Stage.LIQUIDATED,
    ]
    assert (done.history[2].at - done.history[1].at).total_seconds() == 2 * 3600
    assert (done.history[3].at - done.history[2].at).total_seconds() == 48 * 3600

    asked = client.get_dossier(dossiers[seven.membership_no])
    assert asked.stage is Stage.DOCUMENTS_REQUESTED
    [request] = asked.requests
    assert request.item_code == REQUESTED_ITEM == "birth_certificate"
    assert "acte de naissance" in request.reason
    with pytest.raises(RefusedError) as caught:
        client.submit(asked.id)
    assert caught.value.code == "missing_documents"

    # Answer the request: the dossier goes round again and is liquidated.
    path, sha = pdf_file(tmp_path / "acte.pdf", 3 * KiB)
    upload_id = client.upload_document(asked.id, path, REQUESTED_ITEM, sha)
    client.register_document(asked.id, upload_id, REQUESTED_ITEM, path.name, sha)
    again = client.submit(asked.id)
    assert again.stage is Stage.RECEIVED and again.requests == ()
    client.sandbox_advance_clock(50 * 3600)
    final = client.get_dossier(asked.id)
    assert final.stage is Stage.LIQUIDATED
    assert [e.stage for e in final.history][-4:] == [
        Stage.DOCUMENTS_REQUESTED,
        Stage.RECEIVED,
        Stage.UNDER_REVIEW,
        Stage.LIQUIDATED,
    ]
    assert REQUESTED_ITEM in {d.item_code for d in final.documents}


def test_chunks_grow_on_a_fast_line_and_stay_small_on_a_slow_one(
    sandbox: RunningSandbox, make_client: ClientFactory, tmp_path: Path
) -> None:
    """Without a fixed size, each chunk is sized from how fast the previous one went."""
    size = 8 * MiB + 5
    path, sha = pdf_file(tmp_path / "scan.pdf", size, seed=11)
    fast = make_client(sandbox.base_url)
    dossier_id = _new_dossier(fast, demo_affiliates(fast)[11].membership_no)
    steps: list[int] = []
    fast.upload_document(dossier_id, path, "cin_copy", sha, progress=lambda s, t: steps.append(s))
    assert steps[:2] == [0, FIRST_CHUNK]
    assert steps[2] == size  # loopback: the second chunk takes all the rest

    # A line where each chunk waits 0.6 s more: 1 MiB in >= 0.6 s sizes the next one to what
    # goes in about TARGET_SECONDS at that speed, not to the rest of the file.
    def slow_patches(info: RequestInfo) -> Fault | None:
        return Fault("delay", 0.6) if info.method == "PATCH" else None

    with FaultProxy(sandbox.port, lifetime_s=60) as proxy:
        proxy.plan = slow_patches
        slow = make_client(proxy.url(sandbox.base_url))
        steps.clear()
        slow.upload_document(
            dossier_id, path, "pay_slip", sha, progress=lambda s, t: steps.append(s)
        )
    assert steps[:2] == [0, FIRST_CHUNK]
    second = steps[2] - steps[1]
    assert FIRST_CHUNK < second <= FIRST_CHUNK / 0.6 * TARGET_SECONDS
    assert steps[-1] == size


def test_a_file_cut_short_while_it_is_sent_is_not_taken_for_a_network_failure(
    client: PlatformClient, tmp_path: Path
) -> None:
    path, sha = pdf_file(tmp_path / "shrinks.pdf", 256 * KiB, seed=12)
    dossier_id = _new_dossier(client, demo_affiliates(client)[12].membership_no)

    def cut_the_file(sent: int, total: int) -> None:
        if sent == 64 * KiB:
            with path.open("r+b") as f:
                f.truncate(100 * KiB)

    with pytest.raises(OSError, match="changed while it was being uploaded") as caught:
        client.upload_document(
            dossier_id, path, "cin_copy", sha, progress=cut_the_file, chunk_size=64 * KiB
        )
    assert not isinstance(caught.value, PlatformError)
