"""The house templates ship in the package; a plan folder's templates/ and the options override
them per file; a missing or broken template is exit 9 with its path."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from assembler.errors import Diagnostics, ExitCode
from assembler.templates import NAMES, Templates, packaged

from .conftest import MINI, ROOT

PACKAGED = ROOT / "assembler" / "templates"


def test_packaged_templates_are_in_the_package() -> None:
    for name, file in NAMES.items():
        assert packaged(name) == PACKAGED / file
        assert packaged(name).is_file()


def test_builders_rebuild_the_packaged_templates_byte_for_byte(tmp_path: Path) -> None:
    work = tmp_path / "templates"
    shutil.copytree(PACKAGED, work, ignore=shutil.ignore_patterns("*.docx", "__pycache__"))
    for script in ("make_template.py", "make_letters.py"):
        subprocess.run([sys.executable, script], cwd=work, check=True, capture_output=True)
    for file in NAMES.values():
        assert (work / file).read_bytes() == (PACKAGED / file).read_bytes(), file


def test_precedence_option_then_folder_then_plan_then_packaged(tmp_path: Path) -> None:
    override, plan = tmp_path / "override", tmp_path / "plan"
    for folder in (override, plan):
        folder.mkdir()
    (plan / "plan.docx").write_bytes(b"x")
    (plan / "missiv.docx").write_bytes(b"x")
    (override / "missiv.docx").write_bytes(b"x")
    chosen = Templates(None, override, plan)
    assert chosen.path("plan") == plan / "plan.docx"
    assert chosen.path("missiv") == override / "missiv.docx"
    assert chosen.path("svarsmall") == packaged("svarsmall")
    assert Templates(tmp_path / "mine.docx", override, plan).path("plan") == tmp_path / "mine.docx"
    diags = Diagnostics()
    Templates(tmp_path / "mine.docx", tmp_path / "nowhere").check(diags)
    assert [d.message for d in diags.errors] == ["templates folder not found",
                                                 "template not found"]


def _plan_folder(tmp_path: Path) -> Path:
    shutil.copytree(MINI, tmp_path / "sources")
    return tmp_path


def test_plan_folder_templates_override_the_packaged_one(tmp_path: Path, run_cli) -> None:
    plan = _plan_folder(tmp_path)
    (plan / "templates").mkdir()
    (plan / "templates" / "plan.docx").write_bytes(b"not a zip")
    result = run_cli("build", "--sources", plan / "sources", "--out", plan / "output")
    assert result.exit_code == ExitCode.TEMPLATE, result.output
    assert "templates/plan.docx" in result.output
    assert "cannot use the template" in result.output


@pytest.mark.parametrize("option", ["--template", "--templates"])
def test_missing_template_is_exit_9_with_its_path(tmp_path: Path, run_cli, option: str) -> None:
    plan = _plan_folder(tmp_path)
    result = run_cli("build", "--sources", plan / "sources", "--out", plan / "output",
                     option, tmp_path / "gone")
    assert result.exit_code == ExitCode.TEMPLATE, result.output
    assert "gone" in result.output and "internal error" not in result.output
    assert not (plan / "output").exists()
