"""Every class of bad remiss input: message, file:line:col, exit code, all errors in one run,
nothing written."""

from __future__ import annotations

import pytest

from assembler.errors import ExitCode

from .conftest import Tree, paths

ROUND = "sources/rounds/remiss.yaml"
NORRBY = "responses/remiss/norrby.yaml"
REGION = "responses/remiss/region.yaml"

# name: (file, old text, new text, exit code, expected location, expected message)
CASES = {
    "unknown recipient": (
        ROUND, "recipients: [region, norrby, soderby]", "recipients: [region, norrby, osterby]",
        ExitCode.REFERENCE, "remiss.yaml:9:30", "unknown principal 'osterby'"),
    "duplicate recipient": (
        ROUND, "recipients: [region, norrby, soderby]", "recipients: [region, norrby, region]",
        ExitCode.REFERENCE, "remiss.yaml:9:30", "duplicate principal 'region' (first at"),
    "unknown contact": (
        ROUND, "contacts: [Anna Andersson]", "contacts: [Anna Anderson]",
        ExitCode.REFERENCE, "remiss.yaml:10:12", "unknown contact person 'Anna Anderson'"),
    "bad e-mail": (
        ROUND, "email: remiss@regiontest.se", "email: remiss(at)regiontest.se",
        ExitCode.CONFIG, "remiss.yaml:12:10", "'remiss(at)regiontest.se' is not an e-mail"),
    "bad date": (
        ROUND, "end: 2023-12-15", "end: 15 december",
        ExitCode.CONFIG, "remiss.yaml:5:8", "'end' must be a date YYYY-MM-DD"),
    "period backwards": (
        ROUND, "end: 2023-12-15", "end: 2023-01-15",
        ExitCode.CONFIG, "remiss.yaml:5:8", "the remiss period ends before it starts"),
    "unknown key": (
        ROUND, "decided_by:", "decidedby:",
        ExitCode.CONFIG, "remiss.yaml:6:1", "unknown key 'decidedby' in a round file"),
    "unknown variable in prose": (
        ROUND, "Planen har en strategi:", "Planen har {{ plan.strategier }}:",
        ExitCode.REFERENCE, "remiss.yaml:33:5", "unknown variable 'plan.strategier'"),
    "unknown decision round": (
        ROUND, "  round: beslut", "  round: beslut-2099",
        ExitCode.ROUND, "remiss.yaml:14:10", "unknown round 'beslut-2099'"),
    "broken yaml": (
        ROUND, "question: ställningstagande", "question: [ställningstagande",
        ExitCode.SYNTAX, "remiss.yaml:", "YAML"),
    "comment on unknown section": (
        NORRBY, "section: strategi-tillgang", "section: strategi-tillgänglighet",
        ExitCode.REFERENCE, "norrby.yaml:5:14",
        "comment on unknown section 'strategi-tillgänglighet'"),
    "unknown position": (
        NORRBY, "position: avstyrker", "position: nej",
        ExitCode.CONFIG, "norrby.yaml:6:15", "unknown position 'nej'"),
    "unknown handling": (
        NORRBY, "handling: not accepted", "handling: rejected",
        ExitCode.CONFIG, "norrby.yaml:8:15", "unknown handling 'rejected'"),
    "handling without explanation": (
        NORRBY, "    explanation: Hemsjukvården ingår redan i tabellen.\n", "",
        ExitCode.CONFIG, "norrby.yaml:8:15", "handling 'not accepted' without an explanation"),
    "response of another principal": (
        NORRBY, "principal: norrby", "principal: region",
        ExitCode.CONFIG, "norrby.yaml:2:12", "file norrby.yaml holds the response of 'region'"),
    "response in the wrong round folder": (
        NORRBY, "round: remiss", "round: remiss-2022",
        ExitCode.ROUND, "norrby.yaml:1:8", "response for round 'remiss-2022' in the folder"),
    "duplicate comment id": (
        REGION, "  - section: strategi-tillgang", "  - id: norrby-1\n    section: strategi-tillgang",
        ExitCode.REFERENCE, "norrby.yaml:", "duplicate comment id 'norrby-1'"),
}


@pytest.mark.parametrize(("command", "name"), [
    (command, name) for name in sorted(CASES) for command in ("status", "decision")
    if command == "decision" or "decision" not in name])  # status does not read the decision
def test_bad_input(name: str, command: str, tree: Tree, cli) -> None:
    rel, old, new, code, where, message = CASES[name]
    tree.edit(rel, old, new)
    if command == "status":
        result = cli("remiss", "status", "remiss", *paths(tree, "sources", "responses"))
    else:
        result = cli("decision", "remiss", *paths(tree, "sources", "responses", "out",
                                                   "templates"))
    assert result.exit_code == code, result.output
    lines = [ln for ln in result.output.splitlines() if ": error: " in ln]
    assert any(where in ln and message in ln for ln in lines), result.output
    assert "Traceback" not in result.output
    assert not tree.out.exists()


def test_all_errors_are_reported_in_one_run(tree: Tree, cli) -> None:
    tree.edit(ROUND, "contacts: [Anna Andersson]", "contacts: [Anna Anderson]")
    tree.edit(NORRBY, "section: strategi-tillgang", "section: strategi-x")
    tree.edit(REGION, "handling: accepted", "handling: maybe")
    result = cli("decision", "remiss", *paths(tree, "sources", "responses", "out", "templates"))
    assert result.exit_code == ExitCode.CONFIG  # the lowest class among them
    assert "3 error(s)" in result.output
    for text in ("unknown contact person", "unknown section 'strategi-x'",
                 "unknown handling 'maybe'"):
        assert text in result.output
    assert "did you mean 'strategier' or 'strategi-tillgang'?" in result.output


def test_unknown_round(tree: Tree, cli) -> None:
    tree.write(ROUND, None)
    result = cli("remiss", "build", "remiss", *paths(tree, "sources", "out", "templates"))
    assert result.exit_code == ExitCode.ROUND
    assert "sources/plan.yaml:37:5: error: remiss is not a remiss round (it has no round " \
        "file)" in result.output
    assert "write " in result.output and "rounds/remiss.yaml" in result.output
    result = cli("remiss", "status", "remiss-1999", *paths(tree, "sources", "responses"))
    assert result.exit_code == ExitCode.ROUND


def test_response_from_principal_not_asked(tree: Tree, cli) -> None:
    tree.edit(ROUND, "recipients: [region, norrby, soderby]", "recipients: [region, soderby]")
    result = cli("remiss", "status", "remiss", *paths(tree, "sources", "responses"))
    assert result.exit_code == ExitCode.REFERENCE
    assert "norrby.yaml:1:1: error: Norrby kommun is not a recipient of remiss" in result.output


def test_unhandled_comment_is_a_warning_and_an_error_under_strict(tree: Tree, cli) -> None:
    tree.edit(NORRBY, "    handling: not accepted\n", "")
    tree.edit(NORRBY, "    explanation: Hemsjukvården ingår redan i tabellen.\n", "")
    args = ("decision", "remiss", *paths(tree, "sources", "responses", "out", "templates"))
    result = cli(*args)
    assert result.exit_code == 0, result.output
    assert "norrby.yaml:5:5: warning: comment norrby-1 has no handling yet" in result.output
    result = cli(*args, "--strict", "--force")
    assert result.exit_code == ExitCode.WARNING


def test_unknown_principal_option(tree: Tree, cli) -> None:
    result = cli("remiss", "build", "remiss", *paths(tree, "sources", "out", "templates"),
                 "-p", "osterby")
    assert result.exit_code == ExitCode.REFERENCE
    assert "'osterby' is not a recipient of remiss" in result.output


def test_missing_template(tree: Tree, cli) -> None:
    result = cli("remiss", "build", "remiss", *paths(tree, "sources", "out"),
                 "--templates", tree.root / "nowhere")
    assert result.exit_code == ExitCode.TEMPLATE
    assert "nowhere: error: templates folder not found" in result.output


def test_changed_in_names_a_section_of_the_decided_plan(tree: Tree, cli) -> None:
    tree.edit("responses/remiss/region.yaml", "    change: Digitala besök gäller båda huvudmännen.",
              "    change: Digitala besök gäller båda huvudmännen.\n    changed_in: ingenstans")
    result = cli("decision", "remiss", *paths(tree, "sources", "responses", "out"))
    assert result.exit_code == ExitCode.REFERENCE
    assert "changed_in names unknown section 'ingenstans'" in result.output
