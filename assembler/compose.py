"""compose: common chapters + one edition's local additions and local sections → `Document`.

`validate` (validate.py) checks every addition and local section against the common text once;
`compose` then builds an edition and can assume the sources are consistent. The checks are
re-exported here for their callers.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from .model import (
    COUNTY,
    OVERRIDE_MODES,
    Addition,
    Block,
    Composed,
    Edition,
    Inline,
    LocalSection,
    LocalText,
    Section,
    Slot,
    Sources,
    Text,
)
from .overrides import override_note
from .phrases import Phrases
from .validate import (  # noqa: F401 - re-exported: callers import them from compose
    all_sections,
    check_visibility,
    slot_index,
    validate,
    warn_unused_footnotes,
)
from .walk import map_blocks


def editions(sources: Sources) -> tuple[Edition, ...]:
    """The county-wide edition first, then one per arena in configuration order."""
    cfg = sources.config
    county = Edition(COUNTY, "county", cfg.plan.title, cfg.plan.county)
    return (county,) + tuple(
        Edition(a.id, "arena", cfg.plan.title, a.name, a) for a in cfg.arenas
    )


@dataclass(frozen=True)
class _Local:
    """What composition needs to know about arenas to place and annotate their text."""

    names: dict[str, str]  # arena id → name
    labels: dict[str, str]  # arena id → short name
    phrases: Phrases
    reasons: bool  # override notes give the reason (county-wide edition, or on request)

    def label(self, key: str, arena_id: str) -> tuple[Inline, ...]:
        """A label line ("Lokalt tillägg – Berg") as one run of text."""
        return (Text(self.phrases(key, arena=self.labels[arena_id])),)


def _fill(slot: Slot, owner: str, adds: list[Addition], county: bool,
          names: _Local) -> Slot:
    mine = [a for a in adds if a.section_id == owner and a.slot == slot.name]

    def wrap(a: Addition) -> LocalText:
        blocks = a.blocks if a.mode != "remove" else ()
        if a.mode in OVERRIDE_MODES:
            note = override_note(a, owner, slot.blocks, names.labels[a.arena_id], names.phrases,
                                 names.reasons)
            blocks = (note,) + blocks
        label = None
        if county or a.mode in OVERRIDE_MODES:
            key = "override_label" if a.mode in OVERRIDE_MODES else "addition_label"
            label = names.label(key, a.arena_id)
        return LocalText(a.arena_id, names.names[a.arena_id], a.mode, a.reason, blocks, county,
                         a.loc, label=label)

    if county:
        return replace(slot, blocks=slot.blocks + tuple(wrap(a) for a in mine))
    override = next((a for a in mine if a.mode in ("replace", "remove")), None)
    body: tuple[Block, ...] = (wrap(override),) if override is not None else slot.blocks
    before = tuple(wrap(a) for a in mine if a.mode == "prepend")
    after = tuple(wrap(a) for a in mine if a.mode == "append")
    return replace(slot, blocks=before + body + after)


def _fill_blocks(blocks: tuple[Block, ...], owner: str, adds: list[Addition], county: bool,
                 names: _Local) -> tuple[Block, ...]:
    """Every slot, wherever it is nested, filled (slots hold no slots: the reader refuses them)."""
    return map_blocks(lambda b: _fill(b, owner, adds, county, names) if isinstance(b, Slot)
                      else b, blocks)


def _build(section: Section, owner: str, level: int, adds: list[Addition],
           locals_after: dict[str, list[LocalSection]], county: bool,
           names: _Local) -> list[Section]:
    owner = section.id if section.explicit_id else owner
    children: list[Section] = []
    for child in section.children:
        children.extend(_build(child, owner, level + 1, adds, locals_after, county, names))
    built = replace(section, level=level, children=tuple(children),
                    blocks=_fill_blocks(section.blocks, owner, adds, county, names))
    out = [built]
    for ls in locals_after.get(section.id, []):
        label = names.label("section_label", ls.arena_id) if county else None
        local = replace(ls.section, origin=ls.arena_id, attribution=label)
        out.extend(_build(local, owner, level, adds, locals_after, county, names))
    return out


def compose(sources: Sources, edition: Edition) -> Composed:
    """The sections of one edition, slots filled; assumes `validate` found no errors."""
    county = edition.kind == "county"
    wanted = {a.id for a in sources.config.arenas} if county else {edition.id}
    adds = [a for a in sources.additions if a.arena_id in wanted]
    order = {a.id: i for i, a in enumerate(sources.config.arenas)}
    adds.sort(key=lambda a: order[a.arena_id])
    cfg = sources.config
    names = _Local({a.id: a.name for a in cfg.arenas}, {a.id: a.label for a in cfg.arenas},
                   Phrases.of(cfg.phrases), county or cfg.plan.show_override_reasons)
    locals_after: dict[str, list[LocalSection]] = {}
    for ls in sorted((s for s in sources.local_sections if s.arena_id in wanted),
                     key=lambda s: order[s.arena_id]):
        locals_after.setdefault(ls.after, []).append(ls)
    sections: list[Section] = []
    for chapter in sources.chapters:
        sections.extend(_build(chapter.section, chapter.section.id, 1, adds, locals_after,
                               county, names))
    footnotes: dict[str, tuple[Block, ...]] = {}
    for c in sources.chapters:
        footnotes.update(c.footnotes)
    for a in adds:
        footnotes.update(a.footnotes)
    for ls in sources.local_sections:
        if ls.arena_id in wanted:
            footnotes.update(ls.footnotes)
    return Composed(edition, tuple(sections), footnotes)
