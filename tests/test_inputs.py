"""Inputs read once (assembler/load/inputs.py): one hash of input files, and a frozen round read
in one pass into data, so that the renderers never open the round's files themselves."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from assembler.errors import AssemblyError
from assembler.load.inputs import frozen_if_any, hash_files, read_frozen
from assembler.pipeline import freeze_round
from assembler.rounds import freeze as rounds

from .conftest import MINI, ROOT, TEMPLATE


@pytest.fixture
def frozen(tmp_path: Path) -> Path:
    return freeze_round(MINI, "remiss", TEMPLATE, tmp_path / "rounds")


def test_one_hash_for_sources_rounds_and_batch_manifests(tmp_path: Path) -> None:
    assert rounds.source_hashes(MINI) == hash_files(MINI)
    prefixed = hash_files(MINI, "sources/")
    assert prefixed == {"sources/" + k: v for k, v in hash_files(MINI).items()}
    assert "sources/plan.yaml" in prefixed


def test_a_frozen_round_is_read_once_into_data(frozen: Path, tmp_path: Path) -> None:
    data = read_frozen(frozen)
    assert data.round_id == "remiss" and set(data.documents) == {"lan", "norr", "soder"}
    assert data.docx("plan-norr.docx") == (frozen / "plan-norr.docx").read_bytes()
    shutil.rmtree(frozen)  # what was read does not depend on the folder any more
    assert data.docx("plan-lan.docx") is not None and data.docx("plan-x.docx") is None


def test_a_changed_frozen_file_is_refused(frozen: Path) -> None:
    (frozen / "plan-norr.docx").write_bytes(b"edited")
    with pytest.raises(AssemblyError) as caught:
        read_frozen(frozen)
    assert "plan-norr.docx differs from its manifest" in str(caught.value)


def test_a_round_that_is_not_frozen(tmp_path: Path) -> None:
    assert frozen_if_any(tmp_path / "nope") is None
    with pytest.raises(AssemblyError, match="not a frozen round"):
        read_frozen(tmp_path / "nope")


def test_remiss_workers_get_the_frozen_docx_as_data(tmp_path: Path) -> None:
    """The remiss package sends the frozen round's own .docx; prepare has read it, so the
    render step (in a worker process) needs no access to rounds/."""
    from assembler.remiss.workflow import prepare, render_edition

    copy = tmp_path / "rounds"
    shutil.copytree(ROOT / "rounds", copy)
    prep = prepare("remiss", ROOT / "sources", "remiss-2023", ROOT / "assembler" / "templates",
                   rounds_dir=copy)
    sent = (copy / "remiss-2023" / "plan-lan.docx").read_bytes()
    shutil.rmtree(copy)
    assert render_edition(prep, "lan") == sent


def test_a_decision_run_reads_the_sources_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """The decision pack checks the plan in two rounds (remiss and decision) from one read."""
    from assembler import pipeline
    from assembler.remiss.workflow import prepare

    calls: list[Path] = []
    real = pipeline.load

    def counting(root, diags):  # type: ignore[no-untyped-def]
        calls.append(root)
        return real(root, diags)

    monkeypatch.setattr(pipeline, "load", counting)
    prep = prepare("beslut", ROOT / "sources", "remiss-2023", ROOT / "assembler" / "templates",
                   ROOT / "responses")
    assert prep.plan_round == "beslut-2023" and len(calls) == 1
