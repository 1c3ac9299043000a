"""validate: the composition checks over all sources, whatever the edition — every addition
and local section against the common text (unknown section or slot, conflicting overrides,
placement cycles), references visible in every edition that holds them, unused footnotes.
"""

from __future__ import annotations

from typing import Any

from .errors import Diagnostics, ExitCode, Loc
from .i18n.messages import t
from .model import (
    Block,
    Composed,
    CrossRef,
    FootnoteRef,
    Paragraph,
    Section,
    Slot,
    Sources,
)
from .resolve import unused_footnotes
from .walk import block_inlines, iter_blocks


def _slots_in(blocks: tuple[Block, ...]) -> list[Slot]:
    return [block for block in iter_blocks(blocks) if isinstance(block, Slot)]


def slot_index(sources: Sources, diags: Diagnostics | None = None) -> dict[str, dict[str, Slot]]:
    """section id → slot name → slot, each slot owned by its nearest section with an id."""
    index: dict[str, dict[str, Slot]] = {}

    def visit(section: Section, owner: str) -> None:
        if section.explicit_id:
            owner = section.id
            index.setdefault(owner, {})
        for slot in _slots_in(section.blocks):
            known = index[owner]
            if slot.name in known and diags is not None:
                diags.error(slot.loc, ExitCode.REFERENCE,
                            t("duplicate slot {name!r} in section {owner!r} (first at {loc})",
                              name=slot.name, owner=owner, loc=known[slot.name].loc),
                            t("give the slot another name or give its sub-section an {#id}"))
            known.setdefault(slot.name, slot)
        for child in section.children:
            visit(child, owner)

    for chapter in sources.chapters:
        visit(chapter.section, chapter.section.id)
    return index


def all_sections(sources: Sources) -> list[tuple[Section, str]]:
    """Every section with an explicit id and its origin ('' common, else arena id)."""
    out = [(s, "") for c in sources.chapters for s in c.section.walk() if s.explicit_id]
    out += [(s, ls.arena_id) for ls in sources.local_sections for s in ls.section.walk()
            if s.explicit_id]
    return out


def validate(sources: Sources, diags: Diagnostics) -> None:
    """Report every composition problem in the sources, whatever the edition."""
    seen: dict[str, Loc] = {}
    for section, _ in all_sections(sources):
        if section.id in seen:
            diags.error(section.loc, ExitCode.REFERENCE,
                        t("duplicate section id {id!r} (first defined at {seen})", id=section.id,
                          seen=seen[section.id]),
                        t("section ids must be unique over common and local files"))
        else:
            seen[section.id] = section.loc
    slots = slot_index(sources, diags)
    claimed: dict[tuple[str, str, str], Loc] = {}
    for add in sources.additions:
        if add.section_id not in slots:
            hint = (t("that is a local section; slots exist only in common sections")
                    if add.section_id in seen else
                    t("sections with slots: {ids}",
                      ids=", ".join(sorted(k for k, v in slots.items() if v))))
            diags.error(add.target_loc, ExitCode.COMPOSE,
                        t("addition for unknown section {section_id!r}",
                          section_id=add.section_id), hint)
        elif add.slot not in slots[add.section_id]:
            names = ", ".join(sorted(slots[add.section_id])) or t("none")
            diags.error(add.target_loc, ExitCode.COMPOSE,
                        t("section {section_id!r} has no slot {slot!r}; this addition has nowhere "
                          "to go", section_id=add.section_id, slot=add.slot),
                        t("slots in that section: {names}", names=names))
        if add.mode in ("replace", "remove"):
            key = (add.arena_id, add.section_id, add.slot)
            if key in claimed:
                diags.error(add.loc, ExitCode.COMPOSE,
                            t("second override of {section_id}#{slot} by arena {arena_id!r} (first "
                              "at {claimed})", section_id=add.section_id, slot=add.slot,
                              arena_id=add.arena_id, claimed=claimed[key]),
                            t("merge the two replacements into one file"))
            claimed[key] = add.loc
    _validate_local_sections(sources, seen, diags)
    for strategy in sources.config.strategies:
        if strategy.section and strategy.section not in seen:
            diags.error(strategy.loc, ExitCode.REFERENCE,
                        t("strategy {id!r} points to unknown section {section!r}", id=strategy.id,
                          section=strategy.section))


def _validate_local_sections(sources: Sources, seen: dict[str, Loc], diags: Diagnostics) -> None:
    local_ids = {ls.section.id: ls for ls in sources.local_sections}
    for ls in sources.local_sections:
        if _slots_in(ls.section.blocks) or any(_slots_in(s.blocks) for s in ls.section.walk()):
            diags.error(ls.loc, ExitCode.COMPOSE, t("slots are not allowed in a local section"))
        if ls.after not in seen:
            diags.error(ls.after_loc, ExitCode.REFERENCE,
                        t("local section placed after unknown section {after!r}", after=ls.after))
            continue
        other = local_ids.get(ls.after)
        if other is not None and other.arena_id != ls.arena_id:
            diags.error(ls.after_loc, ExitCode.COMPOSE,
                        t("local section placed after another arena's section {after!r}",
                          after=ls.after))
        chain, cur = [ls.section.id], ls
        while cur.after in local_ids:
            cur = local_ids[cur.after]
            if cur.section.id in chain:
                diags.error(ls.after_loc, ExitCode.REFERENCE,
                            t("cycle in local section placement: {cycle}",
                              cycle=" → ".join(chain + [cur.section.id])))
                break
            chain.append(cur.section.id)


def _refs(blocks: tuple[Block, ...], kind: type = CrossRef) -> list[Any]:
    """Inlines of `kind` (cross-references, footnote references) in blocks, in order."""
    return [it for it in block_inlines(blocks) if isinstance(it, kind)]


def warn_unused_footnotes(doc: Composed, diags: Diagnostics) -> None:
    """Warn of footnotes defined but never referred to in a composed (unresolved) edition."""
    texts = [blocks for blocks in doc.footnotes.values()]  # a note may refer to another
    for top in doc.sections:
        for s in top.walk():
            texts += [s.blocks, (Paragraph(s.title, s.loc),)]
    used = {ref.label for blocks in texts for ref in _refs(blocks, FootnoteRef)}
    for label in unused_footnotes(doc, used):
        blocks = doc.footnotes[label]
        loc = getattr(blocks[0], "loc", Loc("")) if blocks else Loc("")
        name = label.rpartition("#")[2]
        diags.warn(loc, t("footnote [^{name}] is defined but never used", name=name),
                   t("refer to it with [^{name}] in the text, or remove its definition", name=name))


def check_visibility(sources: Sources, diags: Diagnostics) -> None:
    """References must point to sections present in every edition that contains them."""
    common = {s.id for c in sources.chapters for s in c.section.walk() if s.explicit_id}
    local_of: dict[str, str] = {s.id: arena for s, arena in all_sections(sources) if arena}
    own: dict[str, set[str]] = {}
    for sid, arena in local_of.items():
        own.setdefault(arena, set()).add(sid)

    def check(refs: list[CrossRef], visible: set[str], where: str) -> None:
        for ref in refs:
            if ref.target in local_of and ref.target not in visible:
                diags.error(ref.loc, ExitCode.REFERENCE,
                            t("reference to {target!r}, a local section of arena {arena!r}, "
                              "which is not in {where}", target=ref.target,
                              arena=local_of[ref.target], where=where),
                            t("refer only to common sections or your own arena's sections"))

    for chapter in sources.chapters:
        for s in chapter.section.walk():
            check(_refs(s.blocks) + _title_refs(s), common, t("every edition"))
    for add in sources.additions:
        check(_refs(add.blocks), common | own.get(add.arena_id, set()),
              t("arena {arena!r}'s edition", arena=add.arena_id))
    for ls in sources.local_sections:
        for s in ls.section.walk():
            check(_refs(s.blocks), common | own.get(ls.arena_id, set()),
                  t("arena {arena!r}'s edition", arena=ls.arena_id))


def _title_refs(s: Section) -> list[CrossRef]:
    return [it for it in s.title if isinstance(it, CrossRef)]
