"""The write helpers every writer outside the output transaction uses (freeze, init, import):
files beside their target first, renamed into place, no staging leftovers."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from assembler.output import place_staged, replace_files, staged_folder


def test_replace_files_writes_every_file_and_leaves_no_temporary_one(tmp_path: Path,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "old.md").write_text("gone")
    (tmp_path / "a.md").write_text("A1")
    replace_files({tmp_path / "a.md": b"A2", tmp_path / "sub" / "b.md": b"B"},
                  [tmp_path / "old.md"])
    assert (tmp_path / "a.md").read_bytes() == b"A2"
    assert (tmp_path / "sub" / "b.md").read_bytes() == b"B"
    assert not (tmp_path / "old.md").exists()
    real = os.replace
    calls: list[str] = []

    def failing(src: str, dst: str) -> None:
        calls.append(dst)
        if len(calls) == 2:
            raise OSError(28, "No space left on device")
        real(src, dst)

    monkeypatch.setattr(os, "replace", failing)
    with pytest.raises(OSError):
        replace_files({tmp_path / "a.md": b"A3", tmp_path / "c.md": b"C"})
    leftovers = [p.name for p in tmp_path.rglob("*.tmp")]
    assert leftovers == [] and not (tmp_path / "c.md").exists()


def test_a_staged_folder_is_placed_whole_or_file_by_file(tmp_path: Path) -> None:
    files = {"x.txt": b"X", "d/y.txt": b"Y"}
    with staged_folder(tmp_path / "new-parent", ".stage-", files) as stage:
        place_staged(stage, tmp_path / "new-parent" / "plan", sorted(files))
    assert (tmp_path / "new-parent" / "plan" / "d" / "y.txt").read_bytes() == b"Y"
    (tmp_path / "kept").mkdir()
    (tmp_path / "kept" / "own.txt").write_text("mine")
    with staged_folder(tmp_path, ".stage-", files) as stage:
        place_staged(stage, tmp_path / "kept", sorted(files))
    assert sorted(p.name for p in (tmp_path / "kept").rglob("*.txt")) == \
        ["own.txt", "x.txt", "y.txt"]
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".stage-")]
