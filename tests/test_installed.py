"""The tool as a new county gets it: a wheel installed non-editable into a fresh virtual
environment, run with `python -m assembler` in a plan folder outside the checkout that is not
the embedded example."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from .conftest import ROOT
from .remiss.conftest import FIXTURE

NO_NETWORK = ["--no-deps", "--no-index", "--disable-pip-version-check", "-q"]


def _python(venv: Path) -> Path:
    scripts = venv / ("Scripts" if os.name == "nt" else "bin")
    return scripts / ("python.exe" if os.name == "nt" else "python")


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The venv's python, with plan-assembler installed from a freshly built wheel."""
    work = tmp_path_factory.mktemp("install")
    tree = work / "checkout"  # built from a copy: the build leaves nothing in the checkout
    tree.mkdir()
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(ROOT / name, tree / name)
    shutil.copytree(ROOT / "assembler", tree / "assembler",
                    ignore=shutil.ignore_patterns("__pycache__"))
    wheels = work / "wheels"
    subprocess.run([sys.executable, "-m", "pip", "wheel", *NO_NETWORK, "--no-build-isolation",
                    "-w", str(wheels), str(tree)], check=True, capture_output=True)
    (wheel,) = wheels.glob("plan_assembler-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    for template in ("plan", "missiv", "svarsmall", "tjansteskrivelse"):
        assert f"assembler/templates/{template}.docx" in names
    venv = work / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--system-site-packages", str(venv)],
                   check=True, capture_output=True)
    python = _python(venv)
    subprocess.run([str(python), "-m", "pip", "install", *NO_NETWORK, str(wheel)], check=True,
                   capture_output=True)
    return python


def test_installed_tool_runs_every_step_in_a_plan_folder_of_its_own(installed: Path,
                                                                      tmp_path: Path) -> None:
    plan = tmp_path / "annat-lan"
    shutil.copytree(FIXTURE, plan)

    def run(*args: str) -> str:
        env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
        proc = subprocess.run([str(installed), "-m", "assembler", *args], cwd=plan, env=env,
                              capture_output=True, text=True, timeout=600)
        assert proc.returncode == 0, f"{args}: {proc.stdout}{proc.stderr}"
        return proc.stdout + proc.stderr

    where = subprocess.run([str(installed), "-c", "import assembler; print(assembler.__file__)"],
                           cwd=plan, capture_output=True, text=True, check=True,
                           env={k: v for k, v in os.environ.items() if k != "PYTHONPATH"})
    location = Path(where.stdout.strip()).resolve()
    assert location.is_relative_to(installed.parents[1].resolve()), location  # not the checkout

    assert "ok:" in run("check")
    assert "built" in run("build")
    assert (plan / "output" / "remiss" / "plan-lan.docx").is_file()
    run("freeze", "remiss")
    assert (plan / "rounds" / "remiss" / "manifest.json").is_file()
    run("build", "--round", "beslut", "--against", "remiss")
    assert (plan / "output" / "beslut" / "plan-lan-andringar.docx").is_file()
    run("remiss", "build", "remiss", "-j", "1")
    assert list((plan / "output" / "remiss" / "remiss").glob("*/missiv-*.docx"))
    run("decision", "remiss", "-j", "1")
    assert list((plan / "output" / "beslut" / "beslut").glob("*/tjansteskrivelse-*.docx"))
    assert "manifest" in run("batch", "remiss", "-j", "2", "--force")
    assert not (plan / "templates").exists(), "the packaged templates were used"


def test_installed_init_gives_a_plan_that_builds_at_once(installed: Path, tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}

    def run(*args: str, cwd: Path) -> str:
        proc = subprocess.run([str(installed), "-m", "assembler", *args], cwd=cwd, env=env,
                              capture_output=True, text=True, timeout=600)
        assert proc.returncode == 0, f"{args}: {proc.stdout}{proc.stderr}"
        return proc.stdout + proc.stderr

    towns = [f"Kommun {i}" for i in range(1, 13)]
    run("init", "nytt-lan", "--county", "Nytt län", "--region", "Region Ny",
        "-m", ", ".join(towns), "--strategy", "Ett, Två, Tre", "--date", "2026-05-04",
        cwd=tmp_path, )
    plan = tmp_path / "nytt-lan"
    assert "0 warning(s)" in run("check", "--strict", cwd=plan)
    assert "built 13 edition(s)" in run("build", cwd=plan)
    assert (plan / "output" / "remiss-2026" / "plan-lan.docx").is_file()
