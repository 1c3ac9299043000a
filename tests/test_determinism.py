"""The same sources give byte-identical files wherever the tool is run from: nothing of the
working directory (paths in keys, hashes or properties) gets into an edition or a frozen
model."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from .conftest import MINI, ROOT


def _run(cwd: Path, *args: str) -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-m", "assembler", *args], cwd=cwd, env=env,
                          capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stdout + done.stderr


def test_build_and_freeze_do_not_depend_on_the_working_directory(tmp_path: Path) -> None:
    plan = tmp_path / "plan"
    shutil.copytree(MINI, plan / "sources")
    elsewhere = tmp_path / "somewhere" / "else"
    elsewhere.mkdir(parents=True)
    _run(plan, "build", "--out", "out-a")  # from inside the plan folder, relative paths
    _run(elsewhere, "build", "--plan", str(plan), "--out", str(plan / "out-b"))
    _run(plan, "freeze", "remiss", "--rounds", "rounds-a")
    _run(elsewhere, "freeze", "remiss", "--plan", str(plan), "--rounds", str(plan / "rounds-b"))
    a = sorted(p.relative_to(plan / "out-a") for p in (plan / "out-a").rglob("*.docx"))
    b = sorted(p.relative_to(plan / "out-b") for p in (plan / "out-b").rglob("*.docx"))
    assert a == b and len(a) == 3
    assert [n for n in a if (plan / "out-a" / n).read_bytes() != (plan / "out-b" / n).read_bytes()
            ] == []
    frozen_a = sorted((plan / "rounds-a" / "remiss").rglob("*"))
    assert len(frozen_a) > 3
    for path in frozen_a:
        if path.is_file():
            twin = plan / "rounds-b" / "remiss" / path.relative_to(plan / "rounds-a" / "remiss")
            assert path.read_bytes() == twin.read_bytes(), path.name
    model = (plan / "rounds-a" / "remiss" / "model" / "lan.json").read_text(encoding="utf-8")
    assert str(tmp_path) not in model and "\"common/10-inledning.md#hsl\"" in model
