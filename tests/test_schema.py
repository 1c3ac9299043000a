"""The declarative schemas and the generic decoder, one option type at a time (like mkdocs'
config_options_tests): tiny YAML written inline, the value decoded or the diagnostic with its
line:col, code and hint."""

from __future__ import annotations

from typing import Any

import pytest

from assembler.decisions import OUTCOMES, REGISTER
from assembler.errors import Diagnostics, ExitCode
from assembler.load.schema import Decoder, Field, Record, ids_or_all
from assembler.load.yamlsrc import Node, parse_yaml

KNOWN = ("berg", "norrby", "soderby")


def _node(text: str) -> tuple[Node, Diagnostics]:
    diags = Diagnostics()
    data = parse_yaml(text, "f.yaml", 1, diags)
    assert not diags.errors, diags.errors
    return Node(data, "f.yaml", 1, diags), diags


def _messages(diags: Diagnostics) -> list[str]:
    return [str(d) for d in diags.errors]


@pytest.mark.parametrize(("text", "want"), [
    ("other: 1\n", KNOWN),
    ("recipients: all\n", KNOWN),
    ("recipients: [soderby, berg]\n", ("soderby", "berg")),
    ("recipients:\n  - norrby\n", ("norrby",)),
])
def test_ids_or_all_accepts_all_or_a_list(text: str, want: tuple[str, ...]) -> None:
    node, diags = _node(text)
    assert ids_or_all(node, "recipients", KNOWN, "principal") == want
    assert not diags.errors


def test_ids_or_all_names_an_unknown_id_at_its_place_with_a_suggestion() -> None:
    node, diags = _node("recipients: [berg, norby]\n")
    assert ids_or_all(node, "recipients", KNOWN, "principal") == ("berg",)
    (error,) = diags.errors
    assert (error.loc.line, error.loc.col, error.code) == (1, 20, ExitCode.REFERENCE)
    assert error.message == "unknown principal 'norby'"
    assert error.hint == ("did you mean 'norrby'? 'recipients' is 'all' or principal ids: "
                          "berg, norrby, soderby")


def test_ids_or_all_refuses_an_id_listed_twice() -> None:
    node, diags = _node("required:\n  - berg\n  - berg\n")
    assert ids_or_all(node, "required", KNOWN, "principal") == ("berg",)
    (error,) = diags.errors
    assert error.loc.line == 3 and "duplicate principal 'berg' (first at f.yaml:2:5)" in \
        error.message


def _register(text: str) -> tuple[dict[str, Any] | None, Diagnostics]:
    node, diags = _node(text)
    return Decoder(diags, None, text).record(node, REGISTER), diags


def test_register_schema_decodes_every_field_with_defaults() -> None:
    d, diags = _register("date: 2023-11-14\noutcome: antagen\nparagraph: 187\n")
    assert d is not None and not diags.errors
    assert (d["date"].isoformat(), d["outcome"], d["paragraph"], d["body"], d["note"]) == \
        ("2023-11-14", "antagen", "187", "", "")


def test_register_schema_requires_date_and_outcome() -> None:
    _, diags = _register("body: Kommunstyrelsen\n")
    assert sorted(d.message for d in diags.errors) == [
        "missing required date 'date'", "missing required key 'outcome'"]


def test_register_schema_suggests_a_known_key() -> None:
    _, diags = _register("date: 2023-11-14\noutcome: antagen\nparagrph: 3\n")
    (error,) = diags.errors
    assert (error.loc.line, error.loc.col, error.code) == (3, 1, ExitCode.CONFIG)
    assert error.message == "unknown key 'paragrph' in a decision file"
    assert error.hint.startswith("did you mean 'paragraph'? allowed: ")


def test_register_outcomes_are_the_vocabulary() -> None:
    assert OUTCOMES == ("antagen", "antagen med ändringar", "avslagen", "återremitterad")


@pytest.mark.parametrize(("field", "text", "value", "message"), [
    (Field("n", "int", default=2), "other: 1\n", 2, None),
    (Field("b", "bool"), "b: ja\n", False, "'b' must be true or false; got 'ja'"),
    (Field("c", "choice", choices=("x", "y")), "c: z\n", "z", "'c' must be one of x, y; got 'z'"),
    (Field("t", required=True), "other: 1\n", "", "missing required key 't'"),
    (Field("s", "texts", nonempty=True), "s: []\n", (), "'s' of a thing is empty"),
])
def test_field_kinds(field: Field, text: str, value: Any, message: str | None) -> None:
    node, diags = _node(text)
    d = Decoder(diags, None, text).record(node, Record("a thing", (field, Field("other"))))
    assert d is not None and d[field.key] == value
    assert [e.message for e in diags.errors] == ([message] if message else [])


ROUND_TEXT = """\
period: {start: 2023-06-01, end: 2023-09-01}
decided_by: SVOM
question: Tycker ni till om planen?
replies: {email: [a@b.se], subject: Svar}
"""


def _round(text: str) -> tuple[dict[str, Any] | None, Diagnostics]:
    from assembler.remiss.roundcfg import ROUND_FILE

    node, diags = _node(text)
    return Decoder(diags, None, text).record(node, ROUND_FILE), diags


def test_round_schema_decodes_nested_records_and_defaults() -> None:
    d, diags = _round(ROUND_TEXT)
    assert d is not None and not diags.errors
    assert d["period"]["end"].isoformat() == "2023-09-01"
    assert d["replies"]["subject"] == "Svar" and d["replies"]["email"] == ["a@b.se"]
    assert (d["letter_date"], d["decided"], d["political_answer"], d["recipients"]) == \
        (None, None, False, None)


def test_round_schema_reports_every_problem_with_its_place() -> None:
    text = ROUND_TEXT.replace("decided_by: SVOM\n", "recipents: all\npolitical_answer: ja\n")
    _, diags = _round(text.replace("{start: 2023-06-01, end", "{start: 2023-06-01, ends"))
    got = sorted((e.loc.line, e.message) for e in diags.errors)
    assert got == [
        (1, "missing required date 'end'"),
        (1, "missing required key 'decided_by'"),
        (1, "unknown key 'ends' in 'period'"),
        (2, "unknown key 'recipents' in a round file"),
        (3, "'political_answer' must be true or false; got 'ja'"),
    ]
    hint = next(e.hint for e in diags.errors if "recipents" in e.message)
    assert hint.startswith("did you mean 'recipients'? ")


def test_round_schema_needs_where_the_answers_go() -> None:
    _, diags = _round(ROUND_TEXT.replace("replies: {email: [a@b.se], subject: Svar}\n", ""))
    assert [e.message for e in diags.errors] == ["missing required key 'replies'"]


def test_response_schema_decodes_comments_and_the_yttrande() -> None:
    from assembler.remiss.ledger import RESPONSE

    text = ("date: 2023-09-01\nyttrande: {body: KS, paragraph: '§ 3'}\ncomments:\n"
            "  - section: strategier\n    text: Bra.\n  - position: avstyrker\n    txt: x\n")
    node, diags = _node(text)
    d = Decoder(diags, None, text).record(node, RESPONSE)
    assert d is not None
    assert d["yttrande"]["body"] == "KS" and d["yttrande"]["date"] is None
    first, second = d["comments"]
    assert (first["section"], first["text"], first["id"]) == ("strategier", "Bra.", "")
    assert second["locs"]["position"].line == 6
    (error,) = diags.errors
    assert (error.loc.line, error.message) == (7, "unknown key 'txt' in a comment")
    assert error.hint.startswith("did you mean 'text'? ")
