"""Migration numbers only grow: the runner skips every number at or below a profile's
user_version, so a migration numbered below one already released would never run on profiles
opened by that release. Numbers 7 and 8 were never released (0009 shipped first); any new
migration must take the next number above the highest one."""

from __future__ import annotations

from app.store.db import MIGRATIONS, SCHEMA_VERSION

NEVER_RELEASED = {7, 8}


def test_numbers_are_contiguous_apart_from_the_known_hole() -> None:
    numbers = [number for number, _ in MIGRATIONS]
    assert numbers == sorted(set(numbers)), "duplicate or unordered migration numbers"
    expected = [n for n in range(1, SCHEMA_VERSION + 1) if n not in NEVER_RELEASED]
    assert numbers == expected, (
        "a migration fills a hole below a released number, or leaves a new hole: "
        f"{numbers} (expected {expected})"
    )
