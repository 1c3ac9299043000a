"""Windows without long-path support refuses a path of 260 characters or more: `check` and
`build` warn (on every platform) about every output file whose full path would be too long."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from assembler.cli import cli
from assembler.output import MAX_PATH, long_paths

from .conftest import MINI


def _run(*args: object):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(cli, ["--lang", "en", *(str(a) for a in args)],
                              catch_exceptions=False)


def deep(base: Path, length: int) -> Path:
    """A folder below `base` whose absolute path is `length` characters long."""
    folder = base.absolute()
    rest = length - len(str(folder))
    parts = -(-rest // 61)  # each part is "/" and 1 to 60 characters
    for i in range(parts):
        folder = folder / ("x" * (rest // parts + (i < rest % parts) - 1))
    assert len(str(folder)) == length
    return folder


@pytest.fixture
def plan(tmp_path: Path) -> Path:
    shutil.copytree(MINI, tmp_path / "plan" / "sources")
    return tmp_path / "plan"


def test_a_path_of_259_characters_is_fine_and_260_is_not(tmp_path: Path) -> None:
    folder = deep(tmp_path, MAX_PATH - len("/plan-lan.docx"))
    assert long_paths(folder, ["plan-lan.docx"]) == []
    warned = long_paths(folder, ["plan-lan.docx", "plan-norr.docx"])
    assert [Path(w.loc.path).name for w in warned] == ["plan-norr.docx"]
    assert warned[0].warning and "260 characters" in warned[0].message


def test_check_names_each_output_that_would_be_too_long(plan: Path, tmp_path: Path) -> None:
    out = deep(tmp_path, 230)  # out/remiss/plan-lan.docx fits, plan-norr-andringar.docx not
    result = _run("check", "--plan", plan, "--out", out)
    assert result.exit_code == 0, result.output
    assert "plan-norr-andringar.docx" in result.output and "plan-lan.docx" not in result.output
    assert "Windows without long-path support accepts at most 259" in result.output
    assert "choose a shorter --out folder" in result.output
    strict = _run("check", "--strict", "--plan", plan, "--out", out)
    assert strict.exit_code != 0 and "plan-norr-andringar.docx" in strict.output
    assert "warning:" not in _run("check", "--plan", plan).output


def test_build_warns_and_still_writes_where_the_system_allows_it(plan: Path,
                                                                 tmp_path: Path) -> None:
    out = deep(tmp_path, 250)
    result = _run("build", "--plan", plan, "--out", out)
    assert result.exit_code == 0, result.output
    assert "plan-lan.docx: warning: the full path is" in result.output.replace(
        str(out / "remiss") + "/", "")
    assert (out / "remiss" / "plan-lan.docx").is_file()
