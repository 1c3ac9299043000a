"""The plan.yaml schema, option by option (as mkdocs tests its config options): every field's
type, requiredness, default, allowed values and references, each error at its line:col."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from assembler.errors import Diagnostics, ExitCode
from assembler.load.plan import ARENA, PLAN, PLAN_YAML, PRINCIPAL, ROUND, load_config
from assembler.load.schema import Decoder, Field, Record
from assembler.load.yamlsrc import Node, parse_yaml

from ..conftest import MINI

BASE = (MINI / "plan.yaml").read_text(encoding="utf-8")


def load(text: str) -> tuple[Diagnostics, object]:
    diags = Diagnostics()
    return diags, load_config(text, "plan.yaml", diags)


def line_of(text: str, needle: str) -> int:
    """The line of the last occurrence of `needle` (a duplicate is reported where it repeats)."""
    return max(i for i, x in enumerate(text.split("\n"), 1) if needle in x)


def test_the_base_file_is_valid() -> None:
    diags, cfg = load(BASE)
    assert diags.items == [] and cfg is not None


# (what to replace, replacement, line marker, exit code, words in the message, words in the hint)
CASES = [
    ("  - id: norrby\n", "  - id: 007\n", "id: 007", ExitCode.CONFIG, "ids are text", '"007"'),
    ("  date: 2023-10-06\n", "  date: 2023-13-45\n", "2023-13-45", ExitCode.CONFIG, "'date'", ""),
    ("  title: Testplan", "  titel: Testplan", "titel", ExitCode.CONFIG, "unknown key 'titel'",
     "did you mean 'title'"),
    ("    kind: region\n", "    kind: regoin\n", "regoin", ExitCode.CONFIG, "must be one of",
     "did you mean 'region'"),
    ("principals: [region, norrby]", "principals: [region, norby]", "norby", ExitCode.REFERENCE,
     "arena 'norr': unknown principal 'norby'", "did you mean 'norrby'"),
    ("current_round: remiss", "current_round: remis", "current_round: remis", ExitCode.REFERENCE,
     "unknown round 'remis'", "did you mean 'remiss'"),
    ("  - id: soder\n", "  - id: norr\n", "- id: norr",
     ExitCode.REFERENCE, "duplicate arena id 'norr'", ""),
    ("  - id: soder\n", "  - id: Söder\n", "id: Söder", ExitCode.CONFIG, "lowercase", ""),
    ("    principals: [region, soderby]", "    principals: []", "principals: []",
     ExitCode.CONFIG, "is empty", ""),
    ("  dnr: RT/1/2024\n", "", "title: Testplan för", ExitCode.CONFIG, "missing required key 'dnr'", ""),
    ("  version: \"0.9\"\n", "  version: [1]\n", "version: [1]", ExitCode.CONFIG, "must be text",
     ""),
    ("  nested: \"Perioden {{ vars.period }}\"",
     "  nested: \"Perioden {{ vars.period }}\"\n  a: \"{{ vars.b }}\"\n  b: \"{{ vars.a }}\"",
     'a: "{{ vars.b }}"', ExitCode.REFERENCE, "cycle in variables: vars.a → vars.b → vars.a", ""),
]


@pytest.mark.parametrize("old, new, marker, code, message, hint", CASES,
                         ids=[c[4][:30] for c in CASES])
def test_field_errors_at_their_place(old: str, new: str, marker: str, code: ExitCode,
                                     message: str, hint: str) -> None:
    assert old in BASE
    text = BASE.replace(old, new, 1)
    diags, _ = load(text)
    errors = diags.errors
    assert errors, "no error"
    d = errors[0]
    assert (d.code, message in d.message, hint in d.hint) == (code, True, True), str(d)
    first = marker.split("\n")[0]
    assert d.loc.line == line_of(text, first), str(d)


def test_defaults() -> None:
    text = BASE.replace("  short_title: Testplan\n", "").replace("    kind: region\n", "")
    diags, cfg = load(text)
    assert diags.errors == []
    assert cfg.plan.short_title == cfg.plan.title  # type: ignore[attr-defined]
    assert cfg.plan.language == "sv-SE"  # type: ignore[attr-defined]
    assert cfg.plan.revision_author == "Projektledningen"  # type: ignore[attr-defined]
    assert cfg.principals[0].kind == "kommun"  # type: ignore[attr-defined]
    assert cfg.current_round == "remiss"  # type: ignore[attr-defined]


def test_a_principal_in_no_arena_is_a_warning() -> None:
    text = BASE.replace("arenas:\n", "  - id: ensam\n    name: Ensam kommun\n"
                        "    decision_body: Kommunstyrelsen\narenas:\n")
    diags, cfg = load(text)
    assert cfg is not None and diags.errors == []
    assert [d.message for d in diags.warnings] == ["principal 'ensam' is in no arena"]


def test_a_variable_cycle_nobody_uses_is_an_error() -> None:
    text = BASE + "  loop: \"{{ vars.loop }}\"\n"
    diags, _ = load(text)
    assert [d.message for d in diags.errors] == ["cycle in variables: vars.loop → vars.loop"]


def test_every_error_in_one_run() -> None:
    text = (BASE.replace("  title: Testplan", "  titel: Testplan")
            .replace("  - id: norrby\n", "  - id: 007\n")
            .replace("  date: 2023-10-06\n", "  date: 2023-13-45\n"))
    diags, _ = load(text)
    assert len(diags.errors) >= 3


def test_date_values() -> None:
    diags, cfg = load(BASE.replace("  date: 2023-10-06\n", "  date: \"2023-10-07\"\n"))
    assert diags.errors == [] and cfg.plan.date == dt.date(2023, 10, 7)  # type: ignore[attr-defined]


@pytest.mark.parametrize("kind, value, ok", [
    ("text", "'x'", True), ("text", "{a: 1}", False), ("int", "3", True), ("int", "x", False),
    ("int", "true", False), ("date", "2024-02-29", True), ("date", "2023-02-29", False),
    ("id", "abc-1", True), ("id", "12", False), ("id", "'12'", True), ("id", "A", False),
    ("texts", "[a, b]", True), ("texts", "a", False), ("texts", "[[a]]", False),
])
def test_each_kind_on_its_own(kind: str, value: str, ok: bool) -> None:
    rec = Record("a thing", (Field("v", kind, required=True, space="thing"),))
    diags = Diagnostics()
    decoder = Decoder(diags, re.compile(r"[a-z0-9][a-z0-9-]*"), f"v: {value}\n")
    decoder.record(Node(parse_yaml(f"v: {value}\n", "t.yaml", 1, diags), "t.yaml", 1, diags), rec)
    assert (diags.errors == []) == ok, [str(d) for d in diags.items]
    if not ok:
        assert diags.errors[0].loc.line == 1 and diags.errors[0].loc.col >= 4


def test_schema_is_declared_once() -> None:
    assert {f.key for f in PLAN_YAML.fields} == {
        "plan", "principals", "arenas", "strategies", "rounds", "current_round", "variables",
        "phrases"}
    assert {"title", "dnr", "valid_from", "authors"} <= PLAN.keys
    assert next(f for f in ARENA.fields if f.key == "principals").ref == "principal"
    assert next(f for f in PRINCIPAL.fields if f.key == "kind").choices == ("region", "kommun")
    assert next(f for f in ROUND.fields if f.key == "date").kind == "date"
