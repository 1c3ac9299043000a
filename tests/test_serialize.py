"""The frozen-model JSON: version 2 writes every field; version 1 (no version, defaults left
out, as the example's rounds/remiss-2023/ may still be) reads to the same model."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest

from assembler.model import Document
from assembler.rounds import serialize

from .conftest import ROOT

FROZEN = sorted((ROOT / "rounds" / "remiss-2023" / "model").glob("*.json"))


@pytest.mark.parametrize("path", FROZEN, ids=[p.stem for p in FROZEN])
def test_both_versions_read_to_the_same_model(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    doc = serialize.loads(text)
    assert isinstance(doc, Document)
    full = serialize.dump_frozen(doc)
    assert json.loads(full)["schema_version"] == serialize.SCHEMA_VERSION
    again = serialize.loads(full)
    assert again == doc
    assert serialize.dump_frozen(again) == full
    compact = json.loads(text)
    if "schema_version" not in compact:  # a version 1 file: its compact form is unchanged
        assert serialize.dumps(again) == text


def _objects(data: object) -> list[dict[str, object]]:
    if isinstance(data, dict):
        return [data] * ("type" in data) + [o for v in data.values() for o in _objects(v)]
    if isinstance(data, list):
        return [o for v in data for o in _objects(v)]
    return []


def test_version_two_writes_every_field_even_when_it_equals_the_default() -> None:
    doc = serialize.loads(FROZEN[0].read_text(encoding="utf-8"))
    data = json.loads(serialize.dump_frozen(doc))
    classes = {name: cls for name, cls in serialize._CLASSES.items()}
    for obj in _objects(data):
        cls = classes[str(obj["type"])]
        wanted = {f.name for f in dataclasses.fields(cls)
                  if not (f.name == "loc" or f.name.endswith("_loc") or f.type == "Loc")}
        assert wanted <= set(obj), (obj["type"], wanted - set(obj))


def test_a_newer_version_is_refused() -> None:
    with pytest.raises(ValueError, match="schema version 3"):
        serialize.loads('{"schema_version": 3, "type": "Document"}')
