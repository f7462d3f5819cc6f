"""The PAdES signed attributes, with the constant one built once per certificate.

For every signature pyHanko rebuilds the signing-certificate-v2 attribute (hash, issuer and
serial of the signing certificate) from Python values; asn1crypto then encodes it again at
each step of assembling the container. That is most of the fixed cost of a signature (tens of
milliseconds per document). The attribute depends only on the certificate: here it is encoded
once and handed to pyHanko as parsed bytes, which encode again for free. The attributes signed
are the same as pyHanko's own for PAdES (content type, message digest, signing certificate).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from functools import lru_cache
from typing import Any

from asn1crypto import cms, x509
from pyhanko.sign.attributes import CMSAttributeProvider, SignedAttributeProviderSpec
from pyhanko.sign.general import as_signing_certificate_v2, simple_cms_attribute


@lru_cache(maxsize=8)
def _signing_certificate_v2(cert_der: bytes) -> bytes:
    cert = x509.Certificate.load(cert_der)
    value = as_signing_certificate_v2(cert)
    return bytes(simple_cms_attribute("signing_certificate_v2", value).dump())  # type: ignore[no-untyped-call]


class _Prebuilt(CMSAttributeProvider):
    attribute_type = "signing_certificate_v2"

    def __init__(self, der: bytes) -> None:
        self._der = der

    async def get_attribute(self, dry_run: bool = False) -> cms.CMSAttribute:
        return cms.CMSAttribute.load(self._der)


class PadesSignedAttributes(SignedAttributeProviderSpec):
    """pyHanko's PAdES signed attributes (no CAdES extras), the certificate's one prebuilt."""

    def __init__(self, signing_cert: x509.Certificate) -> None:
        self._der = _signing_certificate_v2(bytes(signing_cert.dump()))

    def signed_attr_providers(
        self, data_digest: bytes, digest_algorithm: str
    ) -> Iterable[CMSAttributeProvider]:
        del data_digest, digest_algorithm  # content type and digest are added by pyHanko
        yield _Prebuilt(self._der)


@contextmanager
def prebuilt_pades_attributes(signer: Any, signing_cert: x509.Certificate) -> Iterator[None]:
    """While inside, ``signer`` makes PAdES signatures with the prebuilt attribute.

    Set only for the PDF signature: the same signer also makes plain CMS signatures (the
    package seal), whose attributes differ. A spec set by someone else is left alone.
    """
    if signer.signed_attr_prov_spec is not None:
        yield
        return
    signer.signed_attr_prov_spec = PadesSignedAttributes(signing_cert)
    try:
        yield
    finally:
        signer.signed_attr_prov_spec = None
