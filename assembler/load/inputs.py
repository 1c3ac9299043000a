"""Inputs read once, before anything is rendered: the one hash of input files, and frozen
rounds with their models and .docx files held as data.

A frozen round is read in one pass: every file its manifest names is read once, checked
against its hash, and kept, so that the renderers (also in `batch`'s worker processes) get
the old .docx bytes as data and never open a path.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import AssemblyError, Diagnostic, ExitCode, Loc, shown
from ..i18n.messages import t
from ..model import Document
from ..output import sha256
from ..rounds import serialize

MANIFEST = "manifest.json"


def hash_file(path: Path) -> str:
    return sha256(path.read_bytes())


def hash_files(root: Path, prefix: str = "") -> dict[str, str]:
    """sha256 of every file below `root`, by `prefix` + its path relative to `root` (with /)."""
    files = sorted(p for p in root.rglob("*") if p.is_file())
    return {prefix + p.relative_to(root).as_posix(): hash_file(p) for p in files}


@dataclass(frozen=True)
class FrozenRound:
    """A frozen round as data: its edition models and its files (name → bytes), verified."""

    round_id: str
    folder: Path
    documents: Mapping[str, Document]
    files: Mapping[str, bytes] = field(default_factory=dict)

    def docx(self, name: str) -> bytes | None:
        """The round's own .docx of that name (e.g. plan-lan.docx), if it has one."""
        return self.files.get(name)


def inside(folder: Path, name: str) -> Path | None:
    """folder/name, or None when `name` (read from data) would leave the folder."""
    if not name or "\\" in name or name.startswith("/") or ":" in name:
        return None
    path = folder / name
    if ".." in Path(name).parts or not path.resolve().is_relative_to(folder.resolve()):
        return None
    return path


def read_round_files(folder: Path) -> tuple[dict[str, bytes], list[Diagnostic]]:
    """Every file the manifest names, read once and checked against its hash."""
    where = Loc(shown(folder / MANIFEST), 0, 0)
    try:
        manifest = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
        listed = dict(manifest["files"])
    except (OSError, ValueError, KeyError, TypeError):
        return {}, [Diagnostic(where, ExitCode.ROUND,
                               t("not a frozen round (no readable manifest)"),
                               t("freeze it with 'assembler freeze {name}'", name=folder.name))]
    restore = t("restore it from git (git checkout -- {folder})", folder=shown(folder))
    files: dict[str, bytes] = {}
    problems = []
    for name, digest in sorted(listed.items()):
        path = inside(folder, str(name))
        if path is None:
            problems.append(Diagnostic(
                where, ExitCode.ROUND,
                t("the manifest names {name!r}, outside the round", name=str(name)),
                restore))
            continue
        try:
            data = path.read_bytes() if path.is_file() else None
        except OSError:
            data = None
        if data is None or sha256(data) != digest:
            problems.append(Diagnostic(
                Loc(shown(path), 0, 0), ExitCode.ROUND,
                t("frozen round {round!r} was changed: {name} differs from its manifest",
                  round=folder.name, name=name),
                restore))
            continue
        files[str(name)] = data
    return files, problems


def read_frozen(folder: Path) -> FrozenRound:
    """The frozen round in `folder`, verified; raise with every problem found."""
    files, problems = read_round_files(folder)
    if problems:
        raise AssemblyError(problems)
    documents = {}
    for name in sorted(n for n in files if n.startswith("model/") and n.endswith(".json")):
        path = folder / name
        try:
            doc = serialize.loads(files[name].decode("utf-8"))
            if not isinstance(doc, Document):
                raise ValueError("not a frozen edition")
            documents[path.stem] = doc
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            problems.append(Diagnostic(
                Loc(shown(path), 0, 0), ExitCode.ROUND,
                t("the frozen model cannot be read ({kind}: {exc})", kind=type(exc).__name__,
                  exc=exc),
                t("restore it from git (git checkout -- {folder})", folder=shown(folder))))
    if problems:
        raise AssemblyError(problems)
    return FrozenRound(folder.name, folder, documents, files)


def frozen_if_any(folder: Path) -> FrozenRound | None:
    """The frozen round in `folder` if it has been frozen (it has a manifest)."""
    return read_frozen(folder) if (folder / MANIFEST).is_file() else None
