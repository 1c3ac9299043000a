"""The pipeline, visible in one place: load → validate → compose → resolve → render → write.

Like `mkdocs build`, all input is gathered and validated first (`gather`: the sources and the
frozen round, read once, as data) and every problem is reported before anything is rendered or
written.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from .compose import (
    check_visibility,
    compose,
    editions,
    slot_index,
    validate,
    warn_unused_footnotes,
)
from .errors import AssemblyError, Diagnostics, ExitCode, Loc
from .i18n.messages import t
from .load.inputs import FrozenRound, read_frozen
from .load.sources import load, shown
from .model import Document, Edition, LocalSection, Sources
from .output import long_paths, refuse_out_in_sources, write_outputs
from .resolve import resolve
from .rounds.freeze import (
    default_rounds_dir,
    freeze,
    refuse_if_frozen,
    refuse_if_sources_changed,
)
from .templates.value import Template

if TYPE_CHECKING:  # the round comparison is imported only when it is used
    from .rounds.changes import SectionChange


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
            diags.error(Loc(where, 0, 0), ExitCode.CONFIG, t("unknown edition {name!r}", name=name),
                        t("editions: {ids}", ids=", ".join(known)))
    return [known[n] for n in dict.fromkeys(wanted) if n in known]


def check(sources_dir: Path, wanted: Sequence[str] | None = None, round_id: str | None = None,
          strict: bool = False, loaded: Sources | None = None) -> Checked:
    """Load and validate everything; raise AssemblyError with all problems found. `loaded`:
    sources already read (and checked) for another round of the same run, not read again."""
    diags = Diagnostics()
    sources = loaded if loaded is not None else load(sources_dir, diags)
    if sources is None:
        raise AssemblyError(sorted(set(diags.errors)), more_may_follow=True)
    validate(sources, diags)
    cfg = sources.config
    rid = round_id or cfg.current_round
    if rid not in {r.id for r in cfg.rounds}:
        diags.error(Loc(shown(sources_dir / "plan.yaml"), 0, 0), ExitCode.ROUND,
                    t("unknown round {rid!r}", rid=rid),
                    t("rounds: {ids}", ids=", ".join(r.id for r in cfg.rounds)))
    chosen = select(editions(sources), wanted, diags, shown(sources_dir / "plan.yaml"))
    if diags.errors:  # go on without what has nowhere to go, so that one run reports it all
        usable = composable(sources, diags)
        if usable is None:
            raise AssemblyError(sorted(set(diags.errors)), more_may_follow=True)
        sources = usable
    # The county-wide edition holds all common and local text, so resolving it surfaces every
    # unknown reference, variable or footnote; check_visibility covers what only an arena's
    # edition lacks. Other editions are resolved only when asked for.
    check_visibility(sources, diags)
    docs = []
    for edition in editions(sources):
        if edition in chosen or edition.kind == "county":
            composed = compose(sources, edition)
            if edition.kind == "county":  # it holds every footnote definition
                warn_unused_footnotes(composed, diags)
            doc = resolve(composed, cfg, rid, diags)
            if edition in chosen:
                docs.append(doc)
    _warn_empty_slots(sources, diags)
    diags.raise_if_errors(strict)
    return Checked(sources, rid, tuple(docs), diags)


def composable(sources: Sources, diags: Diagnostics) -> Sources | None:
    """After composition errors, the sources without the additions and local sections that
    have nowhere to go, so that references and variables are still checked in the same run;
    None when an earlier error (an unreadable file, anything wrong in plan.yaml, an unknown round
    or edition) would make the later checks report what is only a consequence of it."""
    plan_yaml = sources.config.loc.path
    if any(d.code not in (ExitCode.COMPOSE, ExitCode.REFERENCE) or d.loc.path == plan_yaml
           for d in diags.errors):
        return None
    slots = slot_index(sources)
    additions = tuple(a for a in sources.additions if a.slot in slots.get(a.section_id, {}))
    placed = {s.id for c in sources.chapters for s in c.section.walk() if s.explicit_id}
    waiting = list(sources.local_sections)
    kept: list[LocalSection] = []
    while True:  # a local section goes after a placed section of the common text or its arena
        ready = [ls for ls in waiting if ls.after in placed
                 and all(k.section.id != ls.after or k.arena_id == ls.arena_id for k in kept)]
        if not ready:
            break
        for ls in ready:
            waiting.remove(ls)
            kept.append(ls)
            placed.update(s.id for s in ls.section.walk() if s.explicit_id)
    order = {id(ls): i for i, ls in enumerate(sources.local_sections)}
    kept.sort(key=lambda ls: order[id(ls)])
    return dataclasses.replace(sources, additions=additions, local_sections=tuple(kept))


def _warn_empty_slots(sources: Sources, diags: Diagnostics) -> None:
    filled = {(a.section_id, a.slot) for a in sources.additions}
    for section, slots in slot_index(sources).items():
        for name, slot in slots.items():
            if not slot.blocks and (section, name) not in filled:
                diags.warn(slot.loc,
                           t("slot {section}#{name} is not filled by any arena", section=section,
                             name=name),
                           t("add local text for it, or remove the slot"))


def output_name(edition: Edition, suffix: str = "") -> str:
    return f"plan-{edition.id}{suffix}.docx"


def output_names(checked: Checked) -> list[str]:
    """Every file `build` may write for the checked editions (also with --against)."""
    return [name for doc in checked.documents
            for name in (output_name(doc.edition), output_name(doc.edition, "-andringar"),
                         f"changes-{doc.edition.id}.json")]


@dataclass(frozen=True)
class Built:
    checked: Checked
    written: list[Path]
    changes: dict[str, list[SectionChange]]  # edition id → change summary (with --against)
    notes: list[str]  # e.g. editions without a counterpart in the frozen round


def render_all(checked: Checked, template: Template) -> dict[str, bytes]:
    from .render.docx import render

    names = {a.id: a.name for a in checked.sources.config.arenas}
    return {output_name(doc.edition): render(doc, checked.sources.config, checked.round_id,
                                             template, names)
            for doc in checked.documents}


def tracked_against(checked: Checked, frozen: FrozenRound, against: str,
                    template: Template, with_appendix: bool = False, author: str | None = None
                    ) -> tuple[dict[str, bytes], dict[str, list[SectionChange]], list[str]]:
    """Tracked-changes editions of the checked documents against a frozen round (whose own
    .docx files give the old cover and header lines)."""
    from .render.docx import render
    from .rounds.changes import appendix, summarize, to_json
    from .rounds.revise import revise

    cfg = checked.sources.config
    rnd = cfg.round(checked.round_id)
    revision = (author or cfg.plan.revision_author, f"{rnd.date.isoformat()}T00:00:00Z")
    against_name = next((r.name for r in cfg.rounds if r.id == against), against)
    names = {a.id: a.name for a in cfg.arenas}
    files: dict[str, bytes] = {}
    changes: dict[str, list[SectionChange]] = {}
    notes: list[str] = []
    for doc in checked.documents:
        old = frozen.documents.get(doc.edition.id)
        if old is None:
            notes.append(f"{doc.edition.id}: new edition, no counterpart in round {against!r}")
            continue
        revised = revise(old, doc)
        summary = summarize(revised, old.numbers)
        changes[doc.edition.id] = summary
        if with_appendix:
            revised = appendix(revised, f"{against_name.lower()} ({against})", summary, names)
        files[output_name(doc.edition, "-andringar")] = render(
            revised, cfg, checked.round_id, template, names, revision, against,
            frozen.docx(output_name(doc.edition)))
        report = to_json(doc.edition.id, against, summary)
        files[f"changes-{doc.edition.id}.json"] = (
            json.dumps(report, indent=2, ensure_ascii=False) + "\n").encode("utf-8")
    return files, changes, notes


def gather(sources_dir: Path, template: Template | Path, wanted: Sequence[str] | None,
           round_id: str | None, strict: bool, force: bool, against: str | None,
           rounds_dir: Path) -> tuple[Checked, Template, FrozenRound | None]:
    """Every input of a build, read and checked before anything is rendered: the sources, the
    house template and the frozen round to compare with (its models and .docx files), as data."""
    checked = check(sources_dir, wanted, round_id, strict)
    if not force:
        refuse_if_sources_changed(rounds_dir / checked.round_id, checked.round_id, sources_dir)
    return (checked, Template.of(template),
            read_frozen(rounds_dir / against) if against else None)


def write_build(folder: Path, files: dict[str, bytes], force: bool,
                diags: Diagnostics) -> list[Path]:
    """Write a build's files in one transaction, warning about paths too long for Windows."""
    too_long = long_paths(folder, files)
    diags.items.extend(too_long)
    try:
        return write_outputs(folder, files, force)
    except AssemblyError as exc:  # on Windows a too long path fails here: say why
        raise AssemblyError(exc.diagnostics + too_long, exc.more_may_follow) from None


def build(sources_dir: Path, out_dir: Path, template: Template | Path,
          wanted: Sequence[str] | None = None, round_id: str | None = None,
          strict: bool = False, force: bool = False,
          against: str | None = None, rounds_dir: Path | None = None,
          with_appendix: bool = False, author: str | None = None) -> Built:
    """Render the chosen editions into out_dir/<round>/ (and tracked changes against a round):
    gather every input, render (data → bytes), write."""
    refuse_out_in_sources(out_dir, sources_dir)
    checked, house, frozen = gather(sources_dir, template, wanted, round_id, strict, force,
                                    against, rounds_dir or default_rounds_dir(sources_dir))
    files = render_all(checked, house)
    changes: dict[str, list[SectionChange]] = {}
    notes: list[str] = []
    if frozen is not None and against:
        extra, changes, notes = tracked_against(checked, frozen, against, house,
                                                with_appendix, author)
        files.update(extra)
    written = write_build(out_dir / checked.round_id, files, force, checked.diagnostics)
    return Built(checked, written, changes, notes)


def freeze_round(sources_dir: Path, round_id: str, template: Template | Path,
                 rounds_dir: Path | None = None) -> Path:
    """Store what round `round_id` is now: models, outputs and a manifest."""
    folder = (rounds_dir or default_rounds_dir(sources_dir)) / round_id
    refuse_if_frozen(folder, round_id)
    checked = check(sources_dir, None, round_id)
    house = Template.of(template)
    return freeze(folder, round_id, checked.documents, render_all(checked, house),
                  sources_dir)
