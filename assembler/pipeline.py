"""The pipeline, visible in one place: load → validate → compose → resolve → render → write.

Like `mkdocs build`, all input is gathered and validated first and every problem is reported
before anything is rendered or written.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from .compose import compose, editions, slot_index, validate
from .errors import AssemblyError, Diagnostics, ExitCode, Loc
from .load import load, shown
from .model import Document, Edition, Sources
from .output import write_outputs
from .resolve import resolve


@dataclass(frozen=True)
class Checked:
    """Sources that passed every check, with the resolved documents of the chosen editions."""

    sources: Sources
    round_id: str
    documents: tuple[Document, ...]
    diagnostics: Diagnostics


def select(all_editions: Sequence[Edition], wanted: Sequence[str] | None,
           diags: Diagnostics, where: str) -> list[Edition]:
    if not wanted:
        return list(all_editions)
    known = {e.id: e for e in all_editions}
    for name in wanted:
        if name not in known:
            diags.error(Loc(where, 0, 0), ExitCode.CONFIG, f"unknown edition {name!r}",
                        "editions: " + ", ".join(known))
    return [known[n] for n in dict.fromkeys(wanted) if n in known]


def check(sources_dir: Path, wanted: Sequence[str] | None = None, round_id: str | None = None,
          strict: bool = False) -> Checked:
    """Load and validate everything; raise AssemblyError with all problems found."""
    diags = Diagnostics()
    sources = load(sources_dir, diags)
    if sources is None:
        diags.raise_if_errors()
        raise AssemblyError([])  # unreachable: load returns None only with errors
    validate(sources, diags)
    cfg = sources.config
    rid = round_id or cfg.current_round
    if rid not in {r.id for r in cfg.rounds}:
        diags.error(Loc(shown(sources_dir / "plan.yaml"), 0, 0), ExitCode.ROUND,
                    f"unknown round {rid!r}", "rounds: " + ", ".join(r.id for r in cfg.rounds))
    chosen = select(editions(sources), wanted, diags, shown(sources_dir / "plan.yaml"))
    # Errors so far make composition meaningless (unknown slots …): report them first.
    diags.raise_if_errors()
    docs = []
    everything = editions(sources)
    for edition in everything:  # resolve all editions so that every reference error surfaces
        doc = resolve(compose(sources, edition), cfg, rid, diags)
        if edition in chosen:
            docs.append(doc)
    _warn_empty_slots(sources, diags)
    diags.raise_if_errors(strict)
    return Checked(sources, rid, tuple(docs), diags)


def _warn_empty_slots(sources: Sources, diags: Diagnostics) -> None:
    filled = {(a.section_id, a.slot) for a in sources.additions}
    for section, slots in slot_index(sources).items():
        for name, slot in slots.items():
            if not slot.blocks and (section, name) not in filled:
                diags.warn(slot.loc, f"slot {section}#{name} is not filled by any arena",
                           "add local text for it, or remove the slot")


def output_name(edition: Edition) -> str:
    return f"plan-{edition.id}.docx"


def build(sources_dir: Path, out_dir: Path, template: Path, wanted: Sequence[str] | None = None,
          round_id: str | None = None, strict: bool = False, force: bool = False
          ) -> tuple[Checked, list[Path]]:
    """Render the chosen editions into out_dir/<round>/ and return the files written."""
    from .render.docx import render

    checked = check(sources_dir, wanted, round_id, strict)
    names = {a.id: a.name for a in checked.sources.config.arenas}
    files = {
        output_name(doc.edition): render(doc, checked.sources.config, checked.round_id,
                                         template, names)
        for doc in checked.documents
    }
    written = write_outputs(out_dir / checked.round_id, files, force)
    return checked, written
