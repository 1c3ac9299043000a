"""One plan folder: every command finds sources/, rounds/, responses/, templates/ and output/
from --plan (default: the current folder), with the per-part options as overrides."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from assembler.cli import cli
from assembler.cliopts import folder_of
from assembler.errors import ExitCode

from .conftest import MINI


def _run(*args: object):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(cli, [str(a) for a in args], catch_exceptions=False)


@pytest.fixture
def plan(tmp_path: Path) -> Path:
    root = tmp_path / "län"
    shutil.copytree(MINI, root / "sources")
    return root


def test_parts_default_to_the_plan_folder_and_options_override_them(tmp_path: Path) -> None:
    folder = folder_of(tmp_path)
    assert folder.sources == tmp_path / "sources"
    assert folder.out == tmp_path / "output"
    assert folder.rounds == tmp_path / "rounds"
    assert folder.responses == tmp_path / "responses"
    assert folder.decisions == tmp_path / "decisions"
    assert folder.templates.plan_folder == tmp_path / "templates"
    assert folder_of(None, sources=tmp_path / "x" / "sources").rounds == tmp_path / "x" / "rounds"
    assert folder_of(tmp_path, rounds=tmp_path / "arkiv").rounds == tmp_path / "arkiv"
    assert folder_of().sources == Path("sources")


def test_build_freeze_and_against_from_the_plan_folder(plan: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(plan)  # the default plan folder is the current folder
    result = _run("freeze", "remiss")
    assert result.exit_code == 0, result.output
    assert (plan / "rounds" / "remiss" / "manifest.json").is_file()
    result = _run("build", "--plan", plan, "--against", "remiss", "--round", "remiss")
    assert result.exit_code == 0, result.output
    assert (plan / "output" / "remiss" / "plan-lan.docx").is_file()
    assert (plan / "output" / "remiss" / "plan-lan-andringar.docx").is_file()
    assert result.output.count("\n") == 1, "one summary line without -v"
    assert "built 3 edition(s) of round remiss into" in result.output
    verbose = _run("build", "--plan", plan, "-v", "--out", plan / "o")
    assert "wrote" in verbose.output


def test_frozen_round_refused_when_the_sources_changed(plan: Path) -> None:
    assert _run("freeze", "remiss", "--plan", plan).exit_code == 0
    chapter = next((plan / "sources" / "common").glob("*.md"))
    chapter.write_text(chapter.read_text(encoding="utf-8") + "\nSkrivet efter remissen.\n",
                       encoding="utf-8")
    result = _run("build", "--plan", plan, "--round", "remiss")
    assert result.exit_code == ExitCode.ROUND
    assert "round 'remiss' is frozen and the sources have changed since" in result.output
    assert f"common/{chapter.name}" in result.output and "--force" in result.output
    assert not (plan / "output").exists()
    assert _run("build", "--plan", plan, "--round", "remiss", "--force").exit_code == 0


def test_plan_folder_rounds_override(plan: Path, tmp_path: Path) -> None:
    elsewhere = tmp_path / "arkiv"
    assert _run("freeze", "remiss", "--plan", plan, "--rounds", elsewhere).exit_code == 0
    assert (elsewhere / "remiss" / "manifest.json").is_file()
    missing = _run("build", "--plan", plan, "--against", "remiss")
    assert missing.exit_code == ExitCode.ROUND
    found = _run("build", "--plan", plan, "--against", "remiss", "--rounds", elsewhere)
    assert found.exit_code == 0, found.output


def test_python_dash_m_help_lists_every_command() -> None:
    result = _run("--help")
    for name in ("batch", "build", "check", "decision", "diff", "freeze", "list", "remiss"):
        assert f"  {name} " in result.output
    commands = result.output.split("Commands:")[1]
    assert "..." not in commands, "help summaries are not cut off"
    for group in (("remiss", "--help"), ("decision", "--help")):
        assert "..." not in _run(*group).output.split("Commands:")[1]


def test_decision_says_when_the_remiss_round_is_not_frozen(tmp_path: Path) -> None:
    from .remiss.conftest import FIXTURE

    shutil.copytree(FIXTURE, tmp_path / "plan")
    result = _run("decision", "remiss", "--plan", tmp_path / "plan", "-j", "1")
    assert result.exit_code == 0, result.output
    assert "remiss round 'remiss' is not frozen in" in result.output
    assert "no tracked-changes editions" in result.output
