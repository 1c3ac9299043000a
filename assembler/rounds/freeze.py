"""Frozen rounds: what a round was (the composed model of every edition, its outputs and a
manifest of hashes) stored under rounds/<round>/, committed with the sources, never changed."""

from __future__ import annotations

import json
import os
from collections.abc import Mapping
from pathlib import Path

from ..errors import Diagnostic, ExitCode, Loc, fail
from ..i18n.messages import t
from ..load import inputs
from ..load.sources import shown
from ..model import Document
from ..output import (
    STAGE_PREFIX,
    clean_stale,
    ensure_folder,
    locked,
    os_error,
    sha256,
    staged_folder,
)
from . import serialize

MANIFEST = inputs.MANIFEST


def default_rounds_dir(sources_dir: Path) -> Path:
    """rounds/ beside the sources folder, so both are committed together."""
    return sources_dir.parent / "rounds"


def source_hashes(sources_dir: Path) -> dict[str, str]:
    """The hashes a frozen round records of its sources (inputs.hash_files)."""
    return inputs.hash_files(sources_dir)


def refuse_if_frozen(folder: Path, round_id: str) -> None:
    if folder.exists():
        raise fail(Loc(shown(folder), 0, 0), ExitCode.ROUND,
                   t("round {round_id!r} is already frozen; a frozen round is never changed",
                     round_id=round_id),
                   t("give the next round its own id in plan.yaml and freeze that"))


def refuse_if_sources_changed(folder: Path, round_id: str, sources_dir: Path) -> None:
    """Building a frozen round again is refused when the sources differ from the frozen ones:
    the result would claim to be that round while holding text written after it."""
    try:
        manifest = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
        frozen = dict(manifest["sources"])
    except (OSError, ValueError, KeyError, TypeError):
        return  # not frozen (or not readable: `check` and --against report that)
    now = source_hashes(sources_dir)
    changed = sorted(k for k in frozen.keys() | now.keys() if frozen.get(k) != now.get(k))
    if changed:
        listed = ", ".join(changed[:5]) + (t(" and {n} more", n=len(changed) - 5)
                                           if len(changed) > 5 else "")
        raise fail(Loc(shown(folder / MANIFEST)), ExitCode.ROUND,
                   t("round {round_id!r} is frozen and the sources have changed since: {listed}",
                     round_id=round_id, listed=listed),
                   t("the frozen files are in {folder}/; build the next round instead "
                     "(current_round in plan.yaml), or use --force to build this round from "
                     "today's sources anyway (the result is then not what was sent out)",
                     folder=shown(folder)))


def freeze(folder: Path, round_id: str, documents: tuple[Document, ...],
           outputs: dict[str, bytes], sources_dir: Path) -> Path:
    """Write rounds/<round>/ in one step (a temporary folder renamed into place)."""
    refuse_if_frozen(folder, round_id)
    files: dict[str, bytes] = {
        f"model/{doc.edition.id}.json": serialize.dump_frozen(doc).encode("utf-8")
        for doc in documents
    }
    files.update(outputs)
    manifest = {
        "round": round_id,
        "files": {name: sha256(data) for name, data in sorted(files.items())},
        "sources": source_hashes(sources_dir),
    }
    ensure_folder(folder.parent, ExitCode.ROUND, t("the rounds folder"))
    with locked(folder.parent, ExitCode.ROUND):
        refuse_if_frozen(folder, round_id)  # another run may have frozen it meanwhile
        clean_stale(folder.parent)  # staging folders left by a killed run
        try:
            _write_folder(folder, files, manifest)
        except OSError as exc:
            raise os_error(folder, exc, ExitCode.ROUND, t("the rounds folder")) from None
    return folder


def _write_folder(folder: Path, files: dict[str, bytes], manifest: Mapping[str, object]) -> None:
    text = json.dumps(manifest, indent=2, ensure_ascii=False) + "\n"
    with staged_folder(folder.parent, f"{STAGE_PREFIX}{folder.name}-",
                       {**files, MANIFEST: text.encode("utf-8")}) as tmp:
        os.chmod(tmp, 0o755)
        os.replace(tmp, folder)


def verify(folder: Path) -> list[Diagnostic]:
    """Problems with a frozen round: missing, or changed since it was frozen."""
    return inputs.read_round_files(folder)[1]


def load_frozen(folder: Path) -> dict[str, Document]:
    """edition id → frozen Document, after checking the round was not changed."""
    return dict(inputs.read_frozen(folder).documents)
