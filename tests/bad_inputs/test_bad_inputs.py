"""The bad-input corpus (cases.yaml): each case gets its exit code, its location and its message
key; the output folder (and frozen rounds) stay as they were and no temporary file is left. Cases
that build must lose no word of the sources."""

from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path
from typing import Any

import pytest
import yaml
from click.testing import CliRunner

from assembler.cli import cli
from assembler.output import LOCK, STAGE_PREFIX

from ..conftest import MINI
from ..hardening.words import lost_words
from ..ooxml_check import check_docx
from .keys import KEYS, matches

HERE = Path(__file__).parent
CASES: list[dict[str, Any]] = yaml.safe_load((HERE / "cases.yaml").read_text(encoding="utf-8"))
DEFAULT_ARGS = ["build", "--sources", "{sources}", "--out", "{out}"]


def invoke(*args: str) -> Any:
    return CliRunner().invoke(cli, [str(a) for a in args], catch_exceptions=False)


@pytest.fixture(scope="session")
def previous_build(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """What an earlier good run left in output/: the folder every case must leave unchanged."""
    out = tmp_path_factory.mktemp("previous") / "output"
    result = invoke("build", "--sources", MINI, "--out", out)
    assert result.exit_code == 0, result.output
    return out


def apply_edits(sources: Path, edits: dict[str, Any]) -> None:
    for rel, change in edits.items():
        path = sources / rel
        if change is None:
            path.unlink()
            continue
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(change, str):
            path.write_text(change, encoding="utf-8")
            continue
        text = path.read_text(encoding="utf-8") if path.exists() else ""
        if "replace" in change:
            old, new = change["replace"]
            assert old in text, f"{rel}: {old!r} not found"
            text = text.replace(old, new, 1)
        if "append" in change:
            text += change["append"]
        if "nest" in change:
            indent, line, count = change["nest"]
            text += "\n" + "".join(indent * i + line + "\n" for i in range(count))
        path.write_text(text, encoding="utf-8")


def freeze(plan: Path) -> Path:
    rounds = plan / "rounds"
    result = invoke("freeze", "remiss", "--sources", plan / "sources", "--rounds", rounds)
    assert result.exit_code == 0, result.output
    return rounds / "remiss"


def rewrite_manifest(folder: Path, change: dict[str, str]) -> None:
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    manifest["files"].update(change)
    (folder / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")


def setup(kind: str, plan: Path) -> None:
    out = plan / "output"
    if kind == "out-file":
        shutil.rmtree(out)
        out.write_bytes(b"not a folder")
    elif kind == "round-file":
        shutil.rmtree(out / "remiss")
        (out / "remiss").write_bytes(b"not a folder")
    elif kind == "hand-edit":
        target = out / "remiss" / "plan-norr.docx"
        target.write_bytes(target.read_bytes() + b"edited by hand")
    elif kind == "foreign-file":
        (out / "remiss" / "plan-lan.docx").write_bytes(b"someone's own file")
    elif kind == "rounds-file":
        (plan / "rounds").write_bytes(b"not a folder")
    elif kind == "frozen":
        freeze(plan)
    elif kind == "frozen-changed":
        folder = freeze(plan)
        (folder / "plan-lan.docx").write_bytes(b"changed")
    elif kind == "manifest-escape":
        (plan / "secret.txt").write_text("outside the round", encoding="utf-8")
        rewrite_manifest(freeze(plan), {"../../secret.txt": "0" * 64})
    elif kind == "model-invalid":
        folder = freeze(plan)
        bad = b"{not json"
        (folder / "model" / "lan.json").write_bytes(bad)
        rewrite_manifest(folder, {"model/lan.json": hashlib.sha256(bad).hexdigest()})
    else:
        raise AssertionError(f"unknown setup {kind!r}")


def snapshot(*folders: Path) -> dict[str, str]:
    state = {}
    for folder in folders:
        if folder.is_file():
            state[str(folder)] = hashlib.sha256(folder.read_bytes()).hexdigest()
        elif folder.is_dir():
            for p in sorted(folder.rglob("*")):
                if p.is_file() and p.name != LOCK:
                    state[str(p)] = hashlib.sha256(p.read_bytes()).hexdigest()
    return state


def leftovers(root: Path) -> list[str]:
    return [str(p) for p in root.rglob("*")
            if p.name.startswith(STAGE_PREFIX) or p.name.endswith(".tmp")]


def expected_prefix(plan: Path, at: str) -> str:
    if at.startswith('"'):
        return f'"{plan}/' + at[1:]
    return f"{plan}/{at}"


def test_corpus_is_well_formed() -> None:
    ids = [c["id"] for c in CASES]
    assert len(ids) == len(set(ids))
    assert sum(1 for c in CASES if c["exit"] != 0) >= 40
    for c in CASES:
        assert c["exit"] == 0 or c["key"] in KEYS, c["id"]


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_case(case: dict[str, Any], tmp_path: Path, previous_build: Path) -> None:
    plan = tmp_path / "plan"
    sources = plan / "sources"
    shutil.copytree(MINI, sources)
    shutil.copytree(previous_build, plan / "output")
    apply_edits(sources, case.get("edit") or {})
    if case.get("setup"):
        setup(case["setup"], plan)
    before = snapshot(plan / "output", plan / "rounds")
    names = {"sources": sources, "out": plan / "output", "rounds": plan / "rounds", "plan": plan}
    args = [a.format(**names) for a in case.get("args") or DEFAULT_ARGS]
    result = invoke(*args)
    assert "Traceback" not in result.output and "internal error" not in result.output
    assert result.exit_code == case["exit"], result.output
    assert leftovers(plan) == []
    if case["exit"] == 0:
        county = plan / "output" / "remiss" / "plan-lan.docx"
        assert lost_words(sources, county) == {}
        for docx in (plan / "output" / "remiss").glob("*.docx"):
            assert check_docx(docx.read_bytes()) == [], docx.name
        return
    assert snapshot(plan / "output", plan / "rounds") == before, "outputs changed"
    prefix = expected_prefix(plan, case["at"])
    hits = [line for line in result.output.splitlines()
            if line.startswith(prefix + ":") and (": error: " in line or ": warning: " in line)]
    assert hits, f"nothing reported at {prefix}:\n{result.output}"
    messages = [line.split(": error: " if ": error: " in line else ": warning: ", 1)[1]
                for line in hits]
    assert any(matches(case["key"], m) for m in messages), (case["key"], messages)
