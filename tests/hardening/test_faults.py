"""Faults at the write phase, in a subprocess: SIGINT and SIGKILL during build and batch, a full
disk, a read-only folder. Outputs stay intact (every file is the old or the new version), and the
next run completes without --force.

The run is paused deterministically by the ASSEMBLER_TEST_PAUSE_WRITE hook (after the first file
of a folder is swapped in); the test waits for the pause marker, then strikes. No sleep races.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from assembler.output import MANIFEST, PAUSE_ENV, STAGE_PREFIX

from ..conftest import MINI, ROOT
from ..remiss.conftest import FIXTURE

ENTRY = "from assembler.cli import main; main()"
# Windows has no SIGKILL (and Popen.send_signal takes only SIGTERM and the console events there):
# looked up with getattr so that the module still imports, and the case is skipped.
SIGKILL = getattr(signal, "SIGKILL", None)
SIGNALS = [
    pytest.param(SIGKILL, id="SIGKILL",
                 marks=pytest.mark.skipif(SIGKILL is None, reason="no SIGKILL on this system")),
    pytest.param(signal.SIGINT, id="SIGINT",
                 marks=pytest.mark.skipif(sys.platform == "win32",
                                          reason="Popen cannot send SIGINT on Windows")),
]


def command(*args: object, env: dict[str, str] | None = None) -> subprocess.Popen[str]:
    full_env = {**os.environ, "PYTHONPATH": str(ROOT), "CI": "1", **(env or {})}
    return subprocess.Popen([sys.executable, "-c", ENTRY, *map(str, args)], env=full_env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def run(*args: object) -> subprocess.CompletedProcess[str]:
    proc = command(*args)
    out, err = proc.communicate(timeout=600)
    return subprocess.CompletedProcess(proc.args, proc.returncode, out, err)


def wait_paused(pause: Path, proc: subprocess.Popen[str]) -> None:
    deadline = time.monotonic() + 300
    while not list(pause.glob("paused-*")):
        if proc.poll() is not None:
            raise AssertionError(f"ended before the write phase: {proc.communicate()}")
        assert time.monotonic() < deadline, "never reached the write phase"
        time.sleep(0.02)


def hashes(folder: Path) -> dict[str, str]:
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()
            and p.suffix in (".docx", ".zip", ".pdf")
            and not any(part.startswith(".") for part in p.relative_to(folder).parts)}


def leftovers(root: Path) -> list[Path]:
    return [p for p in root.rglob("*") if p.name.startswith(STAGE_PREFIX) or
            p.name.endswith(".tmp")]


@pytest.fixture
def plan(tmp_path: Path) -> Path:
    shutil.copytree(MINI, tmp_path / "sources")
    return tmp_path


def _change(sources: Path) -> None:
    path = sources / "common" / "20-strategier.md"
    path.write_text(path.read_text(encoding="utf-8") + "\nEn ny mening i varje utgåva.\n",
                    encoding="utf-8")


def _expected(sources: Path, args: list[object], tmp: Path) -> dict[str, str]:
    """What a clean run of the changed sources gives (the same sources give the same bytes)."""
    clean = tmp / "clean-out"
    result = run(*args, "--sources", sources, "--out", clean)
    assert result.returncode == 0, result.stderr
    return hashes(clean)


@pytest.mark.parametrize("sig", SIGNALS)
def test_build_interrupted_at_the_write_phase(plan: Path, sig: signal.Signals) -> None:
    out = plan / "output"
    first = run("build", "--sources", plan / "sources", "--out", out)
    assert first.returncode == 0, first.stderr
    old = hashes(out)
    _change(plan / "sources")
    new = _expected(plan / "sources", ["build"], plan)
    assert set(new) == set(old) and all(new[k] != old[k] for k in new)
    pause = plan / "pause"
    pause.mkdir()
    proc = command("build", "--sources", plan / "sources", "--out", out,
                   env={PAUSE_ENV: str(pause)})
    wait_paused(pause, proc)
    proc.send_signal(sig)
    _, err = proc.communicate(timeout=120)
    assert proc.returncode != 0 and "Traceback" not in err
    now = hashes(out)
    assert set(now) == set(old)
    assert all(now[k] in (old[k], new[k]) for k in now), "a file is neither old nor new"
    assert any(now[k] == new[k] for k in now) and any(now[k] == old[k] for k in now)
    if sig == signal.SIGINT:
        assert leftovers(plan) == []  # cleaned up on the way out
        assert proc.returncode == 130 and "interrupted (Ctrl-C)" in err, err
        assert "Aborted!" not in err
    again = run("build", "--sources", plan / "sources", "--out", out)  # no --force
    assert again.returncode == 0, again.stderr
    assert "edited by hand" not in again.stderr
    assert "interrupted" in again.stderr
    assert hashes(out) == new
    assert leftovers(plan) == []
    assert "pending" not in json.loads((out / "remiss" / MANIFEST).read_text())


@pytest.fixture
def remiss_plan(tmp_path: Path) -> Path:
    shutil.copytree(FIXTURE, tmp_path / "mini")
    return tmp_path / "mini"


@pytest.mark.parametrize("sig", SIGNALS)
def test_batch_interrupted_in_one_principal(remiss_plan: Path, sig: signal.Signals) -> None:
    sources, out = remiss_plan / "sources", remiss_plan / "output"
    args: list[object] = ["batch", "remiss", "--remiss", "--responses",
                          remiss_plan / "responses"]
    first = run(*args, "--sources", sources, "--out", out)
    assert first.returncode == 0, first.stderr
    old = hashes(out)
    batch = json.loads(next(out.glob("*/remiss/manifest.json")).read_text())
    principals = batch["principals"]  # in the order they are written
    assert len(principals) >= 2, batch
    _change(sources)
    new = _expected(sources, args, remiss_plan)
    victim = principals[-1]
    pause = remiss_plan / "pause"
    pause.mkdir()
    proc = command(*args, "--sources", sources, "--out", out,
                   env={PAUSE_ENV: str(pause), PAUSE_ENV + "_IN": f"/remiss/{victim}"})
    wait_paused(pause, proc)
    proc.send_signal(sig)
    _, err = proc.communicate(timeout=120)
    assert proc.returncode != 0 and "Traceback" not in err
    now = hashes(out)
    assert all(now[k] in (old.get(k), new.get(k)) for k in now)
    done = [k for k in now if f"/{principals[0]}/" in k]  # finished before the fault
    assert done and all(now[k] == new[k] for k in done)
    again = run(*args, "--sources", sources, "--out", out)
    assert again.returncode == 0, again.stderr
    assert "edited by hand" not in again.stderr
    assert hashes(out) == new
    assert leftovers(remiss_plan) == []


def _mount(args: list[str]) -> bool:
    return subprocess.run(["mount", *args], capture_output=True).returncode == 0


@pytest.fixture
def small_disk(tmp_path: Path):  # type: ignore[no-untyped-def]
    if os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("needs root to mount a small tmpfs")
    disk = tmp_path / "disk"
    disk.mkdir()
    if not _mount(["-t", "tmpfs", "-o", "size=1m", "tmpfs", str(disk)]):
        pytest.skip("cannot mount a tmpfs here")
    yield disk
    subprocess.run(["umount", "-l", str(disk)], capture_output=True)


def test_full_disk(plan: Path, small_disk: Path) -> None:
    out = small_disk / "output"
    first = run("build", "--sources", plan / "sources", "--out", out)
    assert first.returncode == 0, first.stderr
    old = hashes(out)
    size = sum((out / k).stat().st_size for k in old)
    # Room for the old outputs, not for a second copy of them: staging must fail.
    assert _mount(["-o", f"remount,size={size + size // 2}", str(small_disk)])
    _change(plan / "sources")
    full = run("build", "--sources", plan / "sources", "--out", out)
    assert full.returncode == 8, full.stderr
    assert "disk is full" in full.stderr and "Traceback" not in full.stderr
    assert hashes(out) == old
    assert leftovers(small_disk) == []
    assert _mount(["-o", "remount,size=20m", str(small_disk)])
    again = run("build", "--sources", plan / "sources", "--out", out)
    assert again.returncode == 0, again.stderr
    assert hashes(out) != old and leftovers(small_disk) == []


def test_read_only_folder(plan: Path, small_disk: Path) -> None:
    out = small_disk / "output"
    assert run("build", "--sources", plan / "sources", "--out", out).returncode == 0
    old = hashes(out)
    assert _mount(["-o", "remount,ro", str(small_disk)])
    _change(plan / "sources")
    ro = run("build", "--sources", plan / "sources", "--out", out)
    assert ro.returncode == 8, ro.stderr
    assert "writable" in ro.stderr and "Traceback" not in ro.stderr
    frozen = run("freeze", "remiss", "--sources", plan / "sources", "--rounds",
                 small_disk / "rounds")
    assert frozen.returncode == 10 and "Traceback" not in frozen.stderr, frozen.stderr
    assert hashes(out) == old
    assert _mount(["-o", "remount,rw", str(small_disk)])
    again = run("build", "--sources", plan / "sources", "--out", out)
    assert again.returncode == 0, again.stderr
    assert hashes(out) != old and leftovers(small_disk) == []
