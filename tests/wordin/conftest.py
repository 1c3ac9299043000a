"""A copy of the embedded example plan (sources and house template) for each test."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from assembler.cli import cli

from ..conftest import ROOT, TEMPLATE


@dataclass(frozen=True)
class Plan:
    root: Path

    @property
    def sources(self) -> Path:
        return self.root / "sources"

    @property
    def template(self) -> Path:
        return self.root / "templates" / "plan.docx"

    def form(self, arena: str) -> Path:
        return self.root / "output" / "lokal" / f"lokal-text-{arena}.docx"

    def local(self, arena: str, name: str) -> Path:
        return self.sources / "local" / arena / name

    def snapshot(self) -> dict[str, bytes]:
        return {str(p.relative_to(self.sources)): p.read_bytes()
                for p in sorted(self.sources.rglob("*")) if p.is_file()}


@pytest.fixture
def plan(tmp_path: Path) -> Plan:
    shutil.copytree(ROOT / "sources", tmp_path / "plan" / "sources")
    (tmp_path / "plan" / "templates").mkdir()
    shutil.copy(TEMPLATE, tmp_path / "plan" / "templates")
    return Plan(tmp_path / "plan")


@pytest.fixture
def local_cli(plan: Plan) -> Callable[..., Result]:
    """`assembler local …` against the plan copy."""

    def run(command: str, *args: object) -> Result:
        extra = (["--out", str(plan.root / "output"), "--template", str(plan.template)]
                 if command == "form" else [])
        return CliRunner().invoke(cli, ["local", command, *map(str, args), "--sources",
                                        str(plan.sources), *extra], catch_exceptions=False)

    return run
