"""Transactional writes into one output folder, and the manifest of generated files' hashes.

A command writes its own folder (a round's editions, one principal's remiss or decision package)
as one transaction: under a lock (`filelock`, cross-platform), every file is first staged in a
temporary folder inside the target; the manifest then records the new hashes as *pending* (the
journal); the staged files are renamed into place one by one; the manifest is finally rewritten
without the journal. A run killed at any point leaves each file either as it was or as it was
meant to become, and the journal says which hashes are ours, so the next run completes without
`--force` and never blames the user for an interrupted run. A generated file that was edited by
hand since (its hash matches neither) is never overwritten without `force`. Stale staging folders
and temporary files of killed runs are removed under the lock.
"""

from __future__ import annotations

import errno
import hashlib
import json
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path

from filelock import FileLock, Timeout

from .errors import AssemblyError, Diagnostic, ExitCode, Loc, fail, shown
from .i18n.messages import t

MANIFEST = ".manifest.json"
LOCK = ".assembler.lock"
STAGE_PREFIX = ".assembler-stage-"
PAUSE_ENV = "ASSEMBLER_TEST_PAUSE_WRITE"  # tests: a folder; the write phase waits there
LOCK_TIMEOUT_ENV = "ASSEMBLER_LOCK_TIMEOUT"
MAX_PATH = 259  # characters of a full path Windows accepts without long-path support (260 - NUL)


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _hint(exc: OSError, what: str) -> str:
    if exc.errno == errno.ENOSPC:
        return t("the disk is full: free some space and run the command again")
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):  # Windows: a file open in Word
        return t("close the file if it is open in Word, make {what} writable, or choose another "
                 "folder", what=t(what))
    if exc.errno in (errno.ENOTDIR, errno.EEXIST):
        return t("a file is in the way of {what}: move it, or choose another folder", what=t(what))
    return t("check {what} and run the command again", what=t(what))


def os_error(path: Path, exc: OSError, code: ExitCode = ExitCode.OUTPUT,
             what: str = "the output folder") -> AssemblyError:
    """A filesystem problem as a user error naming the path and what to do."""
    where = Path(exc.filename) if isinstance(exc.filename, str) else path
    reason = exc.strerror or type(exc).__name__
    return fail(Loc(shown(where), 0, 0), code,
                t("cannot write: {reason}", reason=reason), _hint(exc, what))


def ensure_folder(folder: Path, code: ExitCode = ExitCode.OUTPUT,
                  what: str = "the output folder") -> None:
    """Create `folder` (and parents); a file in the way is a user error, not a bug."""
    blocking = next((p for p in (folder, *folder.parents) if p.exists() and not p.is_dir()),
                    None)
    if blocking is not None:
        raise fail(Loc(shown(blocking), 0, 0), code, t("is a file, not a folder"),
                   t("move the file away, or choose another folder for {what}", what=t(what)))
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise os_error(folder, exc, code, what) from None
    if not folder.is_dir():  # mkdir(exist_ok) accepts nothing else, but be explicit
        raise fail(Loc(shown(folder), 0, 0), code, t("is a file, not a folder"),
                   t("move the file away, or choose another folder for {what}", what=t(what)))


def refuse_out_in_sources(out: Path, sources: Path) -> None:
    """Generated files never go into the sources (check would read them, freeze hash them)."""
    out_r, src_r = out.resolve(), sources.resolve()
    if out_r == src_r or out_r.is_relative_to(src_r):
        raise fail(Loc(shown(out), 0, 0), ExitCode.OUTPUT,
                   t("the output folder is inside the sources folder {sources}",
                     sources=shown(sources)),
                   t("choose an --out folder beside sources/, e.g. output/"))


def long_paths(folder: Path, names: Iterable[str]) -> list[Diagnostic]:
    """A warning for each output file whose full path would be longer than Windows accepts
    without long-path support (on every platform: the folder may be synced to Windows)."""
    base = folder.absolute()
    warnings = []
    for name in sorted(names):
        path = base / name
        if len(str(path)) > MAX_PATH:
            warnings.append(Diagnostic(
                Loc(shown(path)), ExitCode.WARNING,
                t("the full path is {n} characters long; Windows without long-path support "
                  "accepts at most {max}", n=len(str(path)), max=MAX_PATH),
                t("choose a shorter --out folder, or move the plan folder closer to the "
                  "drive (e.g. C:\\Planer\\)"),
                warning=True))
    return warnings


def _temp_beside(path: Path, data: bytes) -> str:
    """`data` in a new temporary file beside `path`, with the umask's permissions."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    umask = os.umask(0)
    os.umask(umask)
    try:
        os.chmod(tmp, 0o666 & ~umask)
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return tmp


def replace_files(files: Mapping[Path, bytes], removed: Iterable[Path] = ()) -> None:
    """All files or none: each to a temporary file beside it, then all renamed; then `removed`."""
    staged: list[tuple[str, Path]] = []
    try:
        for path, data in files.items():
            staged.append((_temp_beside(path, data), path))
        for tmp, path in staged:
            os.replace(tmp, path)
    except BaseException:
        for tmp, _ in staged:
            Path(tmp).unlink(missing_ok=True)
        raise
    for path in removed:
        path.unlink(missing_ok=True)


def atomic_write(path: Path, data: bytes) -> None:
    replace_files({path: data})


@contextmanager
def staged_folder(parent: Path, prefix: str, files: Mapping[str, bytes]) -> Iterator[Path]:
    """A new folder in `parent` holding `files` (name with / → bytes), to be renamed into place."""
    parent.mkdir(parents=True, exist_ok=True)
    stage = Path(tempfile.mkdtemp(prefix=prefix, dir=parent))
    try:
        _stage(stage, files)
        yield stage
    finally:
        shutil.rmtree(stage, ignore_errors=True)


def place_staged(stage: Path, folder: Path, names: Iterable[str]) -> None:
    """The staged files into `folder`: the whole folder at once when it does not exist yet."""
    if not folder.exists():
        os.replace(stage, folder)
        return
    for name in names:
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        os.replace(stage / name, folder / name)


@contextmanager
def locked(folder: Path, code: ExitCode = ExitCode.OUTPUT) -> Iterator[None]:
    """Hold the folder's lock; a second run waits (up to ASSEMBLER_LOCK_TIMEOUT seconds)."""
    timeout = float(os.environ.get(LOCK_TIMEOUT_ENV, "600"))
    lock = FileLock(str(folder / LOCK), timeout=timeout)
    try:
        with lock:
            yield
    except Timeout:
        raise fail(Loc(shown(folder), 0, 0), code,
                   t("another assembler run is writing into this folder (waited {timeout:g} s)",
                     timeout=timeout),
                   t("wait for it to finish, then run the command again")) from None
    except OSError as exc:
        if exc.filename and Path(str(exc.filename)).name == LOCK:
            raise os_error(folder, exc, code) from None
        raise


def clean_stale(folder: Path) -> int:
    """Remove staging folders and temporary files left by killed runs (call under the lock)."""
    removed = 0
    for entry in folder.iterdir():
        name = entry.name
        if name.startswith(STAGE_PREFIX) and entry.is_dir():
            shutil.rmtree(entry, ignore_errors=True)
            removed += 1
        elif name.startswith(".") and name.endswith(".tmp") and entry.is_file():
            entry.unlink(missing_ok=True)
            removed += 1
    return removed


def read_journal(folder: Path) -> tuple[dict[str, str], dict[str, str]]:
    """(hashes of the files we generated, hashes an interrupted run was about to write)."""
    try:
        data = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
        return dict(data.get("files", {})), dict(data.get("pending", {}))
    except (OSError, ValueError, AttributeError, TypeError):
        return {}, {}


def read_manifest(folder: Path) -> dict[str, str]:
    return read_journal(folder)[0]


def _digest(path: Path) -> str | None:
    try:
        return sha256(path.read_bytes()) if path.is_file() else "not a file"
    except OSError:
        return "unreadable"


def hand_edited(folder: Path, names: list[str]) -> list[str]:
    """Names among `names` whose file exists but differs from what we generated (or were about
    to generate when the last run was interrupted)."""
    files, pending = read_journal(folder)
    edited = []
    for name in names:
        target = folder / name
        if target.exists() or target.is_symlink():
            digest = _digest(target)
            if digest not in (files.get(name), pending.get(name)):
                edited.append(name)
    return edited


def _write_manifest(folder: Path, files: dict[str, str], pending: dict[str, str]) -> None:
    body: dict[str, object] = {"files": dict(sorted(files.items()))}
    if pending:
        body["pending"] = dict(sorted(pending.items()))
    text = json.dumps(body, indent=2, ensure_ascii=False) + "\n"
    atomic_write(folder / MANIFEST, text.encode("utf-8"))


def _pause_for_tests(folder: Path) -> None:
    """Fault tests kill the run here, deterministically: after the first file is swapped in."""
    where = os.environ.get(PAUSE_ENV)
    if not where or os.environ.get(PAUSE_ENV + "_IN", "") not in folder.as_posix():
        return
    Path(where, f"paused-{os.getpid()}").write_text(str(folder), encoding="utf-8")
    while not Path(where, "resume").exists():
        time.sleep(0.01)


def _stage(stage: Path, files: Mapping[str, bytes]) -> None:
    for name, data in files.items():
        (stage / name).parent.mkdir(parents=True, exist_ok=True)
        with open(stage / name, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())


def write_outputs(folder: Path, files: dict[str, bytes], force: bool = False) -> list[Path]:
    """Write all files or none (when one would overwrite a hand edit), as one transaction."""
    ensure_folder(folder)
    with locked(folder):
        try:
            return _transaction(folder, files, force)
        except OSError as exc:
            raise os_error(folder, exc) from None


def _transaction(folder: Path, files: dict[str, bytes], force: bool) -> list[Path]:
    clean_stale(folder)
    manifest, pending = read_journal(folder)
    if pending:
        sys.stderr.write(t("note: the last run into {folder} was interrupted; completing it now",
                           folder=shown(folder)) + "\n")
    if not force:
        edited = hand_edited(folder, sorted(files))
        if edited:
            raise AssemblyError([
                Diagnostic(Loc(shown(folder / name), 0, 0), ExitCode.OUTPUT,
                           t("changed since it was generated (edited by hand?); not overwritten"),
                           t("save your edits elsewhere or rerun with --force to overwrite"))
                for name in edited
            ])
    for name, digest in pending.items():  # files the interrupted run did write are ours
        if name not in files and _digest(folder / name) == digest:
            manifest[name] = digest
    new = {name: sha256(data) for name, data in files.items()}
    changed = sorted(n for n in files if _digest(folder / n) != new[n])
    stage = Path(tempfile.mkdtemp(prefix=STAGE_PREFIX, dir=folder))
    try:
        _stage(stage, {n: files[n] for n in changed})  # a full disk fails here: nothing touched
        _write_manifest(folder, manifest, {n: new[n] for n in changed})  # the journal
        for i, name in enumerate(changed):
            (folder / name).parent.mkdir(parents=True, exist_ok=True)
            os.replace(stage / name, folder / name)
            if i == 0:
                _pause_for_tests(folder)
        manifest.update(new)
        _write_manifest(folder, manifest, {})
    finally:
        shutil.rmtree(stage, ignore_errors=True)
    return [folder / name for name in sorted(files)]
