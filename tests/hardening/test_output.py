"""The output transaction: journal, stale temp files, locks, filesystem errors as user errors."""

from __future__ import annotations

import json
import threading
from pathlib import Path

import pytest

from assembler.errors import AssemblyError, ExitCode
from assembler.output import LOCK, MANIFEST, STAGE_PREFIX, locked, write_outputs


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir()
                  if p.name.startswith(STAGE_PREFIX) or p.name.endswith(".tmp"))


def test_interrupted_run_is_completed_without_force(tmp_path: Path) -> None:
    write_outputs(tmp_path, {"a.docx": b"A1", "b.docx": b"B1"})
    # What a run killed after swapping in a.docx leaves: the journal, a mixed folder, leftovers.
    (tmp_path / "a.docx").write_bytes(b"A2")
    body = json.loads((tmp_path / MANIFEST).read_text())
    body["pending"] = {"a.docx": __import__("hashlib").sha256(b"A2").hexdigest(),
                       "b.docx": __import__("hashlib").sha256(b"B2").hexdigest()}
    (tmp_path / MANIFEST).write_text(json.dumps(body))
    (tmp_path / f"{STAGE_PREFIX}x").mkdir()
    (tmp_path / f"{STAGE_PREFIX}x" / "b.docx").write_bytes(b"B2")
    (tmp_path / ".a.docx.abc.tmp").write_bytes(b"half")
    write_outputs(tmp_path, {"a.docx": b"A3", "b.docx": b"B3"})
    assert (tmp_path / "a.docx").read_bytes() == b"A3"
    assert (tmp_path / "b.docx").read_bytes() == b"B3"
    assert "pending" not in json.loads((tmp_path / MANIFEST).read_text())
    assert _leftovers(tmp_path) == []


def test_hand_edit_is_still_refused_after_an_interrupted_run(tmp_path: Path) -> None:
    write_outputs(tmp_path, {"a.docx": b"A1"})
    body = json.loads((tmp_path / MANIFEST).read_text())
    body["pending"] = {"a.docx": "0" * 64}
    (tmp_path / MANIFEST).write_text(json.dumps(body))
    (tmp_path / "a.docx").write_bytes(b"mine")
    with pytest.raises(AssemblyError) as err:
        write_outputs(tmp_path, {"a.docx": b"A2"})
    assert err.value.exit_code == ExitCode.OUTPUT
    assert (tmp_path / "a.docx").read_bytes() == b"mine"


def test_other_files_in_the_manifest_are_kept(tmp_path: Path) -> None:
    write_outputs(tmp_path, {"a.docx": b"A"})
    write_outputs(tmp_path, {"b.docx": b"B"})
    assert set(json.loads((tmp_path / MANIFEST).read_text())["files"]) == {"a.docx", "b.docx"}


def test_a_second_writer_waits_for_the_lock(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("ASSEMBLER_LOCK_TIMEOUT", "0.2")
    with locked(tmp_path), pytest.raises(AssemblyError) as err:
        write_outputs(tmp_path, {"a.docx": b"A"})
    assert err.value.exit_code == ExitCode.OUTPUT
    assert "another assembler run" in str(err.value)
    assert not (tmp_path / "a.docx").exists()


def test_concurrent_writers_never_see_a_false_hand_edit(tmp_path: Path) -> None:
    errors: list[BaseException] = []

    def work(tag: bytes) -> None:
        try:
            for i in range(15):
                write_outputs(tmp_path, {"a.docx": tag + bytes([i]), "b.docx": tag})
        except BaseException as exc:  # noqa: BLE001
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(t,)) for t in (b"x", b"y")]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert _leftovers(tmp_path) == [] and (tmp_path / LOCK).exists()


@pytest.mark.parametrize("layout", ["out-is-file", "round-is-file"])
def test_a_file_in_the_way_is_an_output_error(tmp_path: Path, layout: str) -> None:
    out = tmp_path / "out"
    if layout == "out-is-file":
        out.write_bytes(b"x")
    else:
        out.mkdir()
        (out / "remiss").write_bytes(b"x")
    with pytest.raises(AssemblyError) as err:
        write_outputs(out / "remiss", {"a.docx": b"A"})
    assert err.value.exit_code == ExitCode.OUTPUT
    assert "out" in str(err.value) and "hint" in str(err.value)


def test_the_word_check_sees_a_lost_word(tmp_path: Path) -> None:
    """The nothing-lost rule can fail: a word removed from the edition is reported."""
    import zipfile

    from ..conftest import MINI
    from .words import lost_words

    out = tmp_path / "out"
    from click.testing import CliRunner

    from assembler.cli import cli

    assert CliRunner().invoke(cli, ["build", "--sources", str(MINI), "--out", str(out),
                                    "-e", "lan"]).exit_code == 0
    county = out / "remiss" / "plan-lan.docx"
    assert lost_words(MINI, county) == {}
    damaged = tmp_path / "damaged.docx"
    with zipfile.ZipFile(county) as src, zipfile.ZipFile(damaged, "w") as dst:
        for item in src.infolist():
            data = src.read(item)
            if item.filename == "word/document.xml":
                data = data.replace("Söders egen text".encode(), "Söders text".encode())
            dst.writestr(item, data)
    assert lost_words(MINI, damaged) == {"egen": 1}
