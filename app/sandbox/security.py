"""Password hashing (scrypt) and session tokens of the sandbox.

Only digests are stored: a stolen sandbox.sqlite gives neither passwords nor usable tokens.
"""

from __future__ import annotations

import functools
import hashlib
import hmac
import secrets

# Modest cost (~25 ms): the sandbox's passwords are fictional and published in accounts.json;
# hashing them only shows the right practice. The parameters travel with each hash.
_N, _R, _P = 2**12, 8, 1


def hash_password(password: str) -> str:
    salt = secrets.token_bytes(16)
    digest = hashlib.scrypt(password.encode("utf-8"), salt=salt, n=_N, r=_R, p=_P, dklen=32)
    return f"scrypt${_N}${_R}${_P}${salt.hex()}${digest.hex()}"


def verify_password(password: str, stored: str) -> bool:
    try:
        scheme, n, r, p, salt_hex, digest_hex = stored.split("$")
        if scheme != "scrypt":
            return False
        digest = hashlib.scrypt(
            password.encode("utf-8"),
            salt=bytes.fromhex(salt_hex),
            n=int(n),
            r=int(r),
            p=int(p),
            dklen=len(digest_hex) // 2,
        )
    except ValueError:
        return False
    return hmac.compare_digest(digest.hex(), digest_hex)


@functools.cache
def dummy_hash() -> str:
    """A well-formed hash to check against when the account does not exist, so that a wrong
    account id costs the same time as a wrong password."""
    return hash_password(secrets.token_hex(8))


def new_token() -> str:
    return secrets.token_urlsafe(32)


def token_digest(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()
