"""The decision register, the one validity rule and `assembler decision status`."""

from __future__ import annotations

import datetime as dt
import hashlib
import zipfile

import pytest
from click.testing import CliRunner

from assembler.cli import cli as main_cli
from assembler.decisions import PENDING, Decision, Process, processes
from assembler.errors import Diagnostics, ExitCode
from assembler.pipeline import check
from assembler.resolve import base_context
from assembler.swedish import long_date

from .conftest import Tree, paths

D = dt.date


def process(valid: D, *decided: tuple[str, D, str], required: tuple[str, ...] = ("a", "b")
            ) -> Process:
    decisions = tuple(Decision(p, "Kommunstyrelsen", day, "", outcome)
                      for p, day, outcome in decided)
    return Process("beslut", ("a", "b"), required, valid, (D(2024, 2, 1),),
                   D(2024, 1, 30), decisions)


@pytest.mark.parametrize(("valid", "decided", "in_force", "stated"), [
    # valid_from after every known date: stated before anyone has decided
    (D(2024, 6, 1), (), False, D(2024, 6, 1)),
    # valid_from not after the decision round: no date can be stated yet
    (D(2024, 1, 1), (), False, None),
    (D(2024, 1, 1), (("a", D(2024, 2, 20), "antagen"),), False, None),
    # reached on the last decision: the day after it …
    (D(2024, 1, 1), (("a", D(2024, 2, 20), "antagen"), ("b", D(2024, 3, 5), "antagen")),
     True, D(2024, 3, 6)),
    # … or valid_from when that is later
    (D(2024, 6, 1), (("a", D(2024, 2, 20), "antagen"), ("b", D(2024, 3, 5), "antagen")),
     True, D(2024, 6, 1)),
    # a decision after valid_from pushes a stated date out until everyone has decided
    (D(2024, 3, 1), (("a", D(2024, 3, 5), "antagen"),), False, None),
    # anything but antagen keeps the plan out of force
    (D(2024, 6, 1), (("a", D(2024, 2, 20), "antagen"), ("b", D(2024, 3, 5), "återremitterad")),
     False, None),
])
def test_the_one_validity_rule(valid: D, decided: tuple, in_force: bool, stated: D | None
                               ) -> None:
    p = process(valid, *decided)
    assert p.in_force is in_force
    assert p.stated == stated
    assert p.phrase == (PENDING if stated is None else long_date(stated))


def test_a_named_set_of_required_principals() -> None:
    p = process(D(2024, 1, 1), ("a", D(2024, 2, 20), "antagen"),
                ("b", D(2024, 3, 5), "avslagen"), required=("a",))
    assert p.in_force and p.in_force_on == D(2024, 2, 21)
    assert [d.principal for d in p.not_adopted] == ["b"]


def record(tree: Tree, principal: str, date: str, *extra: str) -> str:
    result = CliRunner().invoke(main_cli, ["decision", "record", "remiss", principal, "--date",
                                           date, *extra, *paths(tree, "sources")])
    assert result.exit_code == 0, result.output
    return result.output


def status(tree: Tree) -> list[str]:
    result = CliRunner().invoke(main_cli, ["decision", "status", "remiss",
                                           *paths(tree, "sources")])
    assert result.exit_code == 0, result.output
    return result.output.splitlines()


def test_register_round_trip(tree: Tree) -> None:
    extract = tree.write("protokoll.pdf", "%PDF-1.4 protokollsutdrag")
    record(tree, "norrby", "2024-02-20", "--paragraph", "12", "--protocol",
           "Protokoll KS 2024-02-20", "--note", "Enhälligt", "--extract", str(extract))
    folder = tree.root / "decisions" / "beslut"
    assert sorted(p.name for p in folder.iterdir()) == ["norrby-protokollsutdrag.pdf",
                                                        "norrby.yaml"]
    config = check(tree.sources).sources.config
    diags = Diagnostics()
    (loaded,) = processes(tree.sources, config, diags)["beslut"].decisions
    assert diags.items == []
    assert (loaded.principal, loaded.body, loaded.date, loaded.paragraph, loaded.outcome,
            loaded.protocol, loaded.note) == ("norrby", "Kommunstyrelsen", D(2024, 2, 20),
                                              "§ 12", "antagen", "Protokoll KS 2024-02-20",
                                              "Enhälligt")
    assert loaded.extract_sha256 == hashlib.sha256(extract.read_bytes()).hexdigest()
    # a second registration is refused unless --force
    again = CliRunner().invoke(main_cli, ["decision", "record", "remiss", "norrby", "--date",
                                          "2024-02-21", *paths(tree, "sources")])
    assert again.exit_code == ExitCode.OUTPUT and "already registered" in again.output


def test_status_with_none_some_and_all_decided(tree: Tree) -> None:
    lines = status(tree)
    assert lines[0] == "beslut: noll av tre huvudmän har beslutat, noll har antagit planen"
    assert lines[2].split()[-2:] == ["ej", "beslutat"]
    assert "Norrby kommun" in lines[3] and "(sammanträde 2024-02-20)" in lines[3]
    assert lines[5] == "Ingen av de tre huvudmännen har ännu beslutat om planen."
    record(tree, "norrby", "2024-02-20", "--paragraph", "12")
    lines = status(tree)
    assert lines[0] == "beslut: en av tre huvudmän har beslutat, en har antagit planen"
    assert lines[3].split()[2:] == ["Kommunstyrelsen", "2024-02-20", "§", "12", "antagen"]
    assert lines[5] == ("En av tre huvudmän har beslutat. Planen gäller från och med dagen "
                        "efter att samtliga huvudmän har beslutat.")
    assert lines[6] == "Beslut saknas från Region Test och Söderby kommun."
    record(tree, "region", "2024-02-27")
    record(tree, "soderby", "2024-03-04", "--paragraph", "§ 31")
    lines = status(tree)
    assert lines[5] == ("Planen gäller från och med 5 mars 2024, då samtliga tre huvudmän har "
                        "beslutat att anta den.")
    # the plan text follows: validity is reached on the last decision
    config = check(tree.sources).sources.config
    ctx = base_context(config, None, "beslut")
    assert ctx["decisions.in_force_date"] == "5 mars 2024"
    assert ctx["decisions.count"] == "tre" and ctx["decisions.in_force"] == "ja"


def test_an_outcome_other_than_antagen_says_what_follows(tree: Tree) -> None:
    record(tree, "region", "2024-02-27")
    record(tree, "norrby", "2024-02-20")
    record(tree, "soderby", "2024-03-04", "--outcome", "återremitterad", "--paragraph", "31")
    lines = status(tree)
    assert "återremitterad" in lines[4]
    assert lines[6] == ("Söderby kommun: kommunstyrelsen återremitterade ärendet den 4 mars 2024 "
                        "(§ 31). Det återkommer till kommunstyrelsen för nytt beslut. Planen "
                        "gäller inte för Söderby kommun förrän kommunstyrelsen har antagit den, "
                        "och den träder inte i kraft förrän samtliga tre huvudmän har antagit "
                        "den.")


def test_check_reports_register_round_and_response_errors_in_one_run(tree: Tree) -> None:
    tree.write("decisions/beslut/norrby.yaml",
               "body: Kommunstyrelsen\ndate: 2024-01-02\noutcome: antogs\n")
    tree.write("decisions/beslut/vasterby.yaml", "date: 2024-02-20\noutcome: antagen\n")
    tree.edit("sources/rounds/remiss.yaml", "decided_by:", "decidedby:")
    tree.edit("responses/remiss/norrby.yaml", "section: inledning", "section: inledningen")
    result = CliRunner().invoke(main_cli, ["check", *paths(tree, "sources")])
    out = result.output
    assert result.exit_code == ExitCode.CONFIG, out
    assert "decisions/beslut/norrby.yaml:2:7: error: decided 2024-01-02, before the " \
           "recommendation of 2024-01-30" in out
    assert "decisions/beslut/norrby.yaml:3:10: error: unknown outcome 'antogs'" in out
    assert "decisions/beslut/vasterby.yaml:1:1: error: decision of unknown principal " \
           "'vasterby'" in out
    assert "rounds/remiss.yaml:6:1: error: unknown key 'decidedby' in a round file" in out
    assert "responses/remiss/norrby.yaml:10:14: error: comment on unknown section " \
           "'inledningen'" in out


def test_check_warns_when_valid_from_is_not_after_the_decision(tree: Tree) -> None:
    args = ["check", *paths(tree, "sources")]
    result = CliRunner().invoke(main_cli, args)
    assert result.exit_code == 0
    assert "warning: plan.valid_from (1 januari 2024) is not after the decision round" \
        in result.output
    assert CliRunner().invoke(main_cli, [*args, "--strict"]).exit_code == ExitCode.WARNING
    tree.edit("sources/plan.yaml", "valid_from: 2024-01-01", "valid_from: 2024-06-01")
    assert "valid_from" not in CliRunner().invoke(main_cli, [*args, "--strict"]).output


def test_the_plan_text_and_the_proposal_agree(tree: Tree, cli) -> None:
    result = cli("decision", "remiss", *paths(tree, "sources", "responses", "out"))
    assert result.exit_code == 0, result.output
    doc = zipfile.ZipFile(tree.out / "beslut" / "beslut" / "norrby" /
                          "tjansteskrivelse-norrby.docx").read("word/document.xml").decode()
    assert "Planen gäller från och med dagen efter att samtliga huvudmän har beslutat." in doc
    tree.edit("sources/plan.yaml", "valid_from: 2024-01-01", "valid_from: 2024-06-01")
    result = cli("decision", "remiss", *paths(tree, "sources", "responses", "out"), "--force")
    doc = zipfile.ZipFile(tree.out / "beslut" / "beslut" / "norrby" /
                          "tjansteskrivelse-norrby.docx").read("word/document.xml").decode()
    assert "Planen gäller från och med 1 juni 2024." in doc


def test_a_proposal_knows_only_the_decisions_made_before_it(tree: Tree, cli) -> None:
    # every principal decided after the proposals were written: the plan text says 5 mars 2024,
    # the proposals (dated 1 februari 2024) cannot
    record(tree, "region", "2024-02-27")
    record(tree, "norrby", "2024-02-20")
    record(tree, "soderby", "2024-03-04")
    result = cli("decision", "remiss", *paths(tree, "sources", "responses", "out"))
    assert result.exit_code == 0, result.output
    doc = zipfile.ZipFile(tree.out / "beslut" / "beslut" / "norrby" /
                          "tjansteskrivelse-norrby.docx").read("word/document.xml").decode()
    assert "Planen gäller från och med dagen efter att samtliga huvudmän har beslutat." in doc
    plan = zipfile.ZipFile(tree.out / "beslut" / "beslut" / "planversioner" /
                           "plan-lan.docx").read("word/document.xml").decode()
    assert "5 mars 2024" in plan
