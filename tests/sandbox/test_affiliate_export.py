"""The NDJSON export: every line valid against the contract, checkpoints, and the same records as
the paged list."""

from __future__ import annotations

import json
from typing import Any

import yaml
from jsonschema import Draft202012Validator

from app.sandbox.server import RunningSandbox, contract_path

from .conftest import AFFILIATES, Api

SPEC: dict[str, Any] = yaml.safe_load(contract_path().read_text(encoding="utf-8"))


def test_export_lines_follow_the_contract_and_match_the_list(
    sandbox: RunningSandbox, api_factory: Any
) -> None:
    api: Api = api_factory("demo.preparer")
    r = api.get("/affiliates/export")
    assert r.status_code == 200
    assert r.headers["Content-Type"].startswith("application/x-ndjson")
    lines = [json.loads(x) for x in r.text.splitlines()]
    assert lines[-1]["end"] is True and all(x.get("end") is not True for x in lines[:-1])
    schema = {"$ref": "#/components/schemas/Affiliate", "components": SPEC["components"]}
    validator = Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)
    records = [x for x in lines if "checkpoint" not in x]
    for rec in records:
        assert not list(validator.iter_errors(rec))
    page = api.get("/affiliates", params={"limit": 1000}).json()
    assert records == page["items"] and len(records) == AFFILIATES
    assert lines[-1]["checkpoint"] == page["next_cursor"]
    # from the last cursor: nothing more, and the end line again
    again = api.get("/affiliates/export", params={"cursor": page["next_cursor"]})
    assert [json.loads(x) for x in again.text.splitlines()] == [lines[-1]]
