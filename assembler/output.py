"""Atomic writes and the manifest of generated files' hashes.

A generated file that was edited by hand since (its hash no longer matches the manifest) is never
overwritten without `force`; every write goes to a temporary file that is then renamed.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from pathlib import Path

from .errors import AssemblyError, Diagnostic, ExitCode, Loc, shown

MANIFEST = ".manifest.json"


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def atomic_write(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    umask = os.umask(0)
    os.umask(umask)
    try:
        os.chmod(tmp, 0o666 & ~umask)
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def read_manifest(folder: Path) -> dict[str, str]:
    try:
        data = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
        return dict(data.get("files", {}))
    except (OSError, ValueError, AttributeError):
        return {}


def hand_edited(folder: Path, names: list[str]) -> list[str]:
    """Names among `names` whose file exists but differs from what we last generated."""
    manifest = read_manifest(folder)
    edited = []
    for name in names:
        target = folder / name
        if target.exists() and manifest.get(name) != sha256(target.read_bytes()):
            edited.append(name)
    return edited


def write_outputs(folder: Path, files: dict[str, bytes], force: bool = False) -> list[Path]:
    """Write all files or none (when one would overwrite a hand edit); update the manifest."""
    if not force:
        edited = hand_edited(folder, sorted(files))
        if edited:
            raise AssemblyError([
                Diagnostic(Loc(shown(folder / name), 0, 0), ExitCode.OUTPUT,
                           "changed since it was generated (edited by hand?); not overwritten",
                           "save your edits elsewhere or rerun with --force to overwrite")
                for name in edited
            ])
    manifest = read_manifest(folder)
    written = []
    for name in sorted(files):
        target = folder / name
        data = files[name]
        if not (target.exists() and target.read_bytes() == data):
            atomic_write(target, data)
        manifest[name] = sha256(data)
        written.append(target)
    body = json.dumps({"files": dict(sorted(manifest.items()))}, indent=2, ensure_ascii=False)
    atomic_write(folder / MANIFEST, (body + "\n").encode("utf-8"))
    return written
