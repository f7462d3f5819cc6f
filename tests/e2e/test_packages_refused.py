"""Tampered, replayed and malicious packages are refused with a reason and change nothing."""

from __future__ import annotations

import hashlib
import io
import json
import stat
import warnings
import zipfile
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from app.config.profile import FundProfile
from app.domain.models import Account, Affiliate, Role, Sex
from app.packages.archive import Limits
from app.packages.errors import PackageRefused
from app.packages.export import export_dossiers
from app.packages.load import import_package
from app.packages.seal import seal
from app.services.context import Context
from app.store import affiliates as affiliates_repo
from app.store import audit
from tests.e2e.package_helpers import backend, certified_dossier, handler

pytestmark = [pytest.mark.e2e, pytest.mark.hsm]

COMMUNE = "COMMUNE-TEST-A"
PREP = Account("prep.a", "Preparer A (fictional)", Role.PREPARER, COMMUNE)
CERT = Account("cert.a", "Certifier A (fictional)", Role.CERTIFIER, COMMUNE)
OTHER = Account("prep.b", "Preparer B (fictional)", Role.PREPARER, "COMMUNE-TEST-B")


def fictional(n: int) -> Affiliate:
    return Affiliate(
        membership_no=f"90000000{n}",
        ppr=f"99000{n}",
        cin=f"ZZ90000{n}",
        last_name_lat="Fictif",
        first_name_lat=f"Testeur{n}",
        last_name_ar="وهمي",
        first_name_ar="مختبر",
        sex=Sex.MALE,
        birth_date=date(1964, 5, 1),
        hire_date=date(1990, 1, 1),
        grade="Administrateur",
        corps="administrateurs",
        collectivity_id=COMMUNE,
    )


@pytest.fixture(scope="module")
def valid_package(
    tmp_path_factory: pytest.TempPathFactory, fund: FundProfile, softhsm_token: Any
) -> bytes:
    """One valid sealed package (sequence 1) of a commune, made once for the module."""
    folder = tmp_path_factory.mktemp("commune")
    ctx = Context.open(folder / "profile", fund)
    ctx.trust_roots.append(Path(softhsm_token.ca_cert_path))
    with ctx.db.transaction() as c:
        affiliates_repo.upsert(c, [fictional(1)], datetime.now(UTC))
    out = folder / "package.mellaf"
    with backend(softhsm_token).open_session(handler(softhsm_token)) as signer:
        certified_dossier(ctx, PREP, CERT, "900000001", signer, folder)
        export_dossiers(ctx, CERT, out, signer)
    ctx.close()
    return out.read_bytes()


@pytest.fixture
def kiosk(tmp_path: Path, fund: FundProfile, softhsm_token: Any) -> Iterator[Context]:
    ctx = Context.open(tmp_path / "kiosk", fund)
    ctx.trust_roots.append(Path(softhsm_token.ca_cert_path))
    yield ctx
    ctx.close()


Member = tuple[zipfile.ZipInfo | str, bytes]


def rebuild(
    source: bytes,
    out: Path,
    change: Callable[[dict[str, bytes]], None] = lambda _: None,
    extra: tuple[Member, ...] = (),
) -> Path:
    with zipfile.ZipFile(io.BytesIO(source)) as z:
        members = {n: z.read(n) for n in z.namelist()}
    change(members)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # duplicate names on purpose
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
            for name, data in members.items():
                z.writestr(name, data)
            for info, data in extra:
                z.writestr(info, data)
    return out


def resealed(source: bytes, token: Any, edit: Callable[[dict[str, Any]], None]) -> bytes:
    """The package with its manifest edited and sealed again with the officer's token."""
    with zipfile.ZipFile(io.BytesIO(source)) as z:
        members = {n: z.read(n) for n in z.namelist()}
    manifest = json.loads(members["manifest.json"])
    edit(manifest)
    members["manifest.json"] = json.dumps(manifest).encode()
    with backend(token).open_session(handler(token)) as signer:
        members["seal.p7s"] = seal(members["manifest.json"], signer)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for name, data in members.items():
            z.writestr(name, data)
    return out.getvalue()


def refused(kiosk: Context, path: Path, actor: Account = CERT, **kw: Any) -> str:
    with pytest.raises(PackageRefused) as exc:
        import_package(kiosk, actor, path, **kw)
    with kiosk.db.read() as c:
        assert c.execute("SELECT COUNT(*) FROM dossiers").fetchone()[0] == 0
        assert c.execute("SELECT COUNT(*) FROM jobs").fetchone()[0] == 0
        assert c.execute("SELECT COUNT(*) FROM package_ledger").fetchone()[0] == 0
        last = audit.entries(c, limit=1)[0]
        assert audit.first_broken(c) is None
    assert last.action == "package.refused" and last.details["reason"] == exc.value.reason
    assert list((kiosk.blobs.root / "tmp").iterdir()) == []
    return exc.value.reason


def _doc_name(members: dict[str, bytes]) -> str:
    return next(n for n in members if n.startswith("docs/"))


def test_the_valid_package_imports(kiosk: Context, valid_package: bytes, tmp_path: Path) -> None:
    path = tmp_path / "ok.mellaf"
    path.write_bytes(valid_package)
    assert import_package(kiosk, CERT, path).items == 1


def test_edited_manifest_breaks_the_seal(
    kiosk: Context, valid_package: bytes, tmp_path: Path
) -> None:
    def edit(m: dict[str, bytes]) -> None:
        m["manifest.json"] = m["manifest.json"].replace(b'"sequence": 1', b'"sequence": 7')

    assert refused(kiosk, rebuild(valid_package, tmp_path / "p.zip", edit)) == "seal"


def test_replaced_document_fails_its_hash(
    kiosk: Context, valid_package: bytes, tmp_path: Path
) -> None:
    def edit(m: dict[str, bytes]) -> None:
        name = _doc_name(m)
        m[name] = m[name].replace(b"Fictional", b"Fictionel")

    assert refused(kiosk, rebuild(valid_package, tmp_path / "p.zip", edit)) == "hash"


def test_broken_signature_refused_even_when_resealed(
    kiosk: Context, valid_package: bytes, tmp_path: Path, softhsm_token: Any
) -> None:
    """An insider re-seals a manifest over a document changed after signing."""
    with zipfile.ZipFile(io.BytesIO(valid_package)) as z:
        name = next(n for n in z.namelist() if n.startswith("docs/"))
        data = z.read(name).replace(b"Fictional", b"Fictionel")
    sha = hashlib.sha256(data).hexdigest()

    def edit(m: dict[str, Any]) -> None:
        for f in m["files"]:
            if f["name"] == name:
                f.update(name=f"docs/{sha}.pdf", sha256=sha, size=len(data))
        for d in m["body"]["dossiers"]:
            for doc in d["documents"]:
                if doc["file"] == name:
                    doc["file"] = f"docs/{sha}.pdf"

    sealed = resealed(valid_package, softhsm_token, edit)

    def swap(m: dict[str, bytes]) -> None:
        del m[name]
        m[f"docs/{sha}.pdf"] = data

    assert refused(kiosk, rebuild(sealed, tmp_path / "p.zip", swap)) == "signature"


def test_seal_by_an_untrusted_certificate(
    kiosk: Context, valid_package: bytes, tmp_path: Path
) -> None:
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Unrelated root (fictional)")])
    now = datetime.now(UTC)
    root = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(1)
        .not_valid_before(now - timedelta(days=1))
        .not_valid_after(now + timedelta(days=30))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    pem = tmp_path / "other-root.pem"
    pem.write_bytes(root.public_bytes(serialization.Encoding.PEM))
    kiosk.trust_roots[:] = [pem]
    path = tmp_path / "p.mellaf"
    path.write_bytes(valid_package)
    assert refused(kiosk, path) == "seal"


def test_gap_in_sequence_numbers(
    kiosk: Context, valid_package: bytes, tmp_path: Path, softhsm_token: Any
) -> None:
    def edit(m: dict[str, Any]) -> None:
        m["sequence"] = 3

    path = tmp_path / "p.mellaf"
    path.write_bytes(resealed(valid_package, softhsm_token, edit))
    with pytest.raises(PackageRefused, match="numbers 1-2"):
        import_package(kiosk, CERT, path)


def test_other_communes_officer(kiosk: Context, valid_package: bytes, tmp_path: Path) -> None:
    path = tmp_path / "p.mellaf"
    path.write_bytes(valid_package)
    assert refused(kiosk, path, actor=OTHER) == "collectivity"


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("../outside.pdf", "traversal"),
        ("docs/../../outside.pdf", "traversal"),
        ("/etc/cron.d/evil", "traversal"),
        ("C:/Windows/evil.dll", "traversal"),
        ("docs\\..\\evil.pdf", "traversal"),
        ("notes.txt", "layout"),
    ],
)
def test_hostile_member_names(
    kiosk: Context, valid_package: bytes, tmp_path: Path, name: str, reason: str
) -> None:
    path = rebuild(valid_package, tmp_path / "p.zip", extra=((name, b"x"),))
    assert refused(kiosk, path) == reason


def test_symlink_member(kiosk: Context, valid_package: bytes, tmp_path: Path) -> None:
    info = zipfile.ZipInfo("docs/" + "a" * 64 + ".pdf")
    info.external_attr = (stat.S_IFLNK | 0o777) << 16
    path = rebuild(valid_package, tmp_path / "p.zip", extra=((info, b"/etc/passwd"),))
    assert refused(kiosk, path) == "symlink"


def test_duplicate_member(kiosk: Context, valid_package: bytes, tmp_path: Path) -> None:
    path = rebuild(valid_package, tmp_path / "p.zip", extra=(("manifest.json", b"{}"),))
    assert refused(kiosk, path) == "duplicate"


def test_unlisted_member(kiosk: Context, valid_package: bytes, tmp_path: Path) -> None:
    extra = (("docs/" + "b" * 64 + ".pdf", b"%PDF-1.4"),)
    assert refused(kiosk, rebuild(valid_package, tmp_path / "p.zip", extra=extra)) == "unlisted"


def test_decompression_bomb(kiosk: Context, valid_package: bytes, tmp_path: Path) -> None:
    bomb = (("docs/" + "c" * 64 + ".pdf", b"\0" * (40 * 1024 * 1024)),)
    path = rebuild(valid_package, tmp_path / "p.zip", extra=bomb)
    assert path.stat().st_size < 1024 * 1024
    assert refused(kiosk, path) == "bomb"


def test_too_many_members(kiosk: Context, valid_package: bytes, tmp_path: Path) -> None:
    path = tmp_path / "p.mellaf"
    path.write_bytes(valid_package)
    assert refused(kiosk, path, limits=Limits(max_members=2)) == "too_many"


def test_member_larger_than_its_header_says(
    kiosk: Context, valid_package: bytes, tmp_path: Path
) -> None:
    path = tmp_path / "p.mellaf"
    path.write_bytes(valid_package)
    assert refused(kiosk, path, limits=Limits(max_manifest_bytes=64)) == "too_large"


def test_not_a_package(kiosk: Context, tmp_path: Path) -> None:
    path = tmp_path / "p.mellaf"
    path.write_bytes(b"PK\x03\x04 this is not really a zip file")
    assert refused(kiosk, path) == "not_a_package"
