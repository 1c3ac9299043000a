"""Fixtures for the remiss tests: a small plan with a round file and two responses."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from assembler.remiss.cli import batch_cmd, remiss_group
from assembler.remiss.decision_cli import decision_cmd

from ..conftest import ROOT

FIXTURE = Path(__file__).parent / "fixtures" / "mini"
TEMPLATES = ROOT / "assembler" / "templates"
EXAMPLE_SOURCES = ROOT / "sources"
EXAMPLE_RESPONSES = ROOT / "responses"


@dataclass(frozen=True)
class Tree:
    """A copy of the fixture: sources, responses and an output folder."""

    root: Path

    @property
    def sources(self) -> Path:
        return self.root / "sources"

    @property
    def responses(self) -> Path:
        return self.root / "responses"

    @property
    def out(self) -> Path:
        return self.root / "output"

    def write(self, rel: str, text: str | None) -> Path:
        path = self.root / rel
        if text is None:
            path.unlink()
        else:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
        return path

    def edit(self, rel: str, old: str, new: str) -> None:
        path = self.root / rel
        text = path.read_text(encoding="utf-8")
        assert old in text, f"{old!r} not in {rel}"
        path.write_text(text.replace(old, new), encoding="utf-8")


@pytest.fixture
def tree(tmp_path: Path) -> Tree:
    shutil.copytree(FIXTURE, tmp_path / "mini")
    return Tree(tmp_path / "mini")


COMMANDS = {"remiss": remiss_group, "decision": decision_cmd, "batch": batch_cmd}


@pytest.fixture
def cli() -> Callable[..., Result]:
    """Run one of our click objects: cli("remiss", "status", "remiss", "--sources", …)."""

    def run(command: str, *args: object) -> Result:
        return CliRunner().invoke(COMMANDS[command], [str(a) for a in args],
                                  catch_exceptions=False)

    return run


def paths(t: Tree, *names: str) -> list[str]:
    """Common options pointing a command at the tree."""
    table = {"sources": ["--sources", str(t.sources)], "out": ["--out", str(t.out)],
             "responses": ["--responses", str(t.responses)],
             "templates": ["--templates", str(TEMPLATES)]}
    return [arg for name in names for arg in table[name]]
