"""The platform's NDJSON export as checked records cut at its checkpoints.

The first load of a million affiliates cannot afford to parse every record as JSON in Python:
each line is checked against the contract and split into its values by one compiled pattern
(export_check.py), in a single pass, and the values go to SQLite as they are
(app/store/affiliates_bulk.py). Only checkpoint lines are parsed as JSON here.

Contract (resources/openapi/platform.yaml, exportAffiliates): affiliate lines, and after every
1000 of them and at the end a line {"checkpoint": cursor, "end": bool}; the last has "end": true.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from app.platform.client import PlatformClient
from app.platform.errors import ContractError
from app.sync.export_check import Values, fast_values, values

BLOCK = 1 << 20
_MARK = '"checkpoint"'  # an object with that key has it literally (quotes in values are escaped)


@dataclass(frozen=True, slots=True)
class Chunk:
    """The checked affiliates up to a checkpoint."""

    rows: list[Values]
    cursor: str
    end: bool


def _fail(what: str) -> ContractError:
    return ContractError(f"platform answer does not match the contract: {what}")


def _checkpoint(line: str, number: int) -> tuple[str, bool] | None:
    """(cursor, end) when the line is a checkpoint, None when it is something else."""
    if _MARK not in line:
        return None
    try:
        value = json.loads(line)
    except ValueError:
        return None  # not JSON: the bulk check names the line
    if not isinstance(value, dict) or "checkpoint" not in value:
        return None
    cursor, end = value["checkpoint"], value.get("end", False)
    if not isinstance(cursor, str) or not cursor:
        raise _fail(f"export line {number}.checkpoint is not a non-empty string")
    if not isinstance(end, bool):
        raise _fail(f"export line {number}.end is not a boolean")
    return cursor, end


def chunks(blocks: Iterable[bytes]) -> Iterator[Chunk]:
    """Cut a byte stream into chunks that each end at a checkpoint.

    Raises ContractError on a line that breaks the contract, on text that is not UTF-8 and when
    the stream ends without its end line (the chunks before stay valid: apply them, then
    resume)."""
    number = 0
    rest = b""
    pending: list[Values] = []
    for block in blocks:
        data = rest + block
        cut = data.rfind(b"\n")
        if cut < 0:
            rest = data
            continue
        rest = data[cut + 1 :]
        try:
            text = data[:cut].decode("utf-8")
        except UnicodeDecodeError:
            raise _fail(f"the export after line {number} is not UTF-8 text") from None
        for line in text.split("\n"):
            number += 1
            record = fast_values(line)  # most lines: an affiliate in the platform's layout
            if record is not None:
                pending.append(record)
                continue
            if not line or line.isspace():
                continue
            mark = _checkpoint(line, number)
            if mark is None:
                pending.append(values(line, number))
                continue
            yield Chunk(pending, mark[0], mark[1])
            pending = []
            if mark[1]:
                return
    if rest.strip():
        try:
            last = rest.decode("utf-8")
        except UnicodeDecodeError:
            raise _fail(f"the export after line {number} is not UTF-8 text") from None
        mark = _checkpoint(last, number + 1)
        if mark is not None and mark[1]:
            yield Chunk(pending, mark[0], True)
            return
    raise _fail("the export stream ended without its end line")


def export_chunks(client: PlatformClient, cursor: str | None) -> Iterator[Chunk]:
    """The export after `cursor` (all of it without one), in checked chunks.

    Raises OfflineError when the transfer stops, ContractError when the stream breaks the
    contract; the chunks already yielded stay valid."""
    yield from chunks(client.export_affiliates(cursor, BLOCK))
