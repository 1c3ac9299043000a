"""Origin markers: every body element of a clean edition carries a hidden bookmark naming the
source it came from, so that `assembler absorb` can map edits made in Word back to the sources.

A bookmark (`w:bookmarkStart`/`w:bookmarkEnd` spanning the paragraph's content, directly in the
`w:p`, never inside a run or a revision) changes neither the text nor the layout; Word keeps
hidden bookmarks (names starting with "_") and LibreOffice keeps bookmarks on a save round trip.
Names are deterministic and readable where Word's 40 characters allow:

    _PA_c_<section>_<n>_<p>                common text: block n of a section, its p-th element
    _PA_l_<section>_<n>_<p>                a local section's text (sub-sections included)
    _PA_a_<arena>_<section>_<slot>_<n>_<p> an arena's addition in a slot
    _PA_g_<section>_<n>_<p>                text the tool writes (labels, override notes)

Longer names keep their kind and replace the key by a hash. Headings already carry the `_Sec_`
bookmark of their title. The table name → `Origin` is rebuilt by rendering the same sources.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from lxml import etree

from ..errors import Loc
from ..model import Block, Document, ListBlock, LocalText, Paragraph, Quote, Section, Slot, Table
from ..ooxml.docxparts import add_custom_properties
from . import oxml

PREFIX = "_PA_"
MAX_NAME = 40  # Word's limit for bookmark names
SOURCE_BLOCKS = (Paragraph, ListBlock, Table, Quote)


@dataclass(frozen=True)
class Origin:
    """Where one top-level block of an edition came from."""

    kind: str  # "c" common, "l" local section, "a" addition in a slot, "g" generated
    section: str  # the section id the block is in
    index: int  # block n of its (kind, section, arena, slot)
    loc: Loc  # the block's first line in its source file (generated text: where it was made)
    arena: str = ""
    slot: str = ""

    @property
    def key(self) -> str:
        parts = [self.kind]
        if self.kind == "a":
            parts += [self.arena, self.section, self.slot]
        else:
            parts.append(self.section)
        return "_".join(p.replace("-", "_") for p in parts) + f"_{self.index}"


def marker_name(origin: Origin, part: int) -> str:
    """The bookmark name of element `part` of the block `origin`."""
    name = f"{PREFIX}{origin.key}_{part}"
    if len(name) <= MAX_NAME:
        return name
    digest = hashlib.sha1(origin.key.encode()).hexdigest()[:12]
    return f"{PREFIX}{origin.kind}_{digest}_{part}"


def split_name(name: str) -> tuple[str, int] | None:
    """`_PA_c_sec_3_0` → ("_PA_c_sec_3", 0): the block's name and the element's index."""
    if not name.startswith(PREFIX):
        return None
    base, _, part = name.rpartition("_")
    return (base, int(part)) if part.isdigit() and base else None


@dataclass
class OriginMarks:
    """Collects the markers while BodyWriter walks an edition; `table` maps block name → Origin."""

    table: dict[str, Origin] = field(default_factory=dict)
    section: str = ""
    local: str = ""  # the arena of the local section being written
    arena: str = ""  # inside an arena's addition
    slot: str = ""
    inside: bool = False  # within a marked block (its lists, quotes and notes stay unmarked)
    counts: dict[str, int] = field(default_factory=dict)

    def enter_section(self, s: Section) -> tuple[str, str]:
        saved = (self.section, self.local)
        self.section, self.local = s.id, s.origin or self.local
        return saved

    def leave_section(self, saved: tuple[str, str]) -> None:
        self.section, self.local = saved

    def enter(self, b: Block) -> tuple[str, str] | None:
        """Before a block at the top: the context it opens (None: not a marked level)."""
        if self.inside:
            return None
        saved = (self.arena, self.slot)
        if isinstance(b, Slot):
            self.slot = b.name
        elif isinstance(b, LocalText):
            self.arena = b.arena_id
        elif isinstance(b, SOURCE_BLOCKS):
            self.inside = True
        else:
            return None
        return saved

    def leave(self, b: Block, saved: tuple[str, str], elements: list[etree._Element],
              next_id: Callable[[], int]) -> None:
        self.arena, self.slot = saved
        if isinstance(b, SOURCE_BLOCKS):
            self.inside = False
            generated = isinstance(b, Paragraph) and b.generated
            self.mark(elements, "g" if generated else self.kind(), b.loc, next_id)

    def kind(self) -> str:
        return "a" if self.arena else "l" if self.local else "c"

    def generated(self, element: etree._Element, next_id: Callable[[], int]) -> None:
        """A paragraph the tool writes (a label)."""
        if not self.inside:
            self.mark([element], "g", Loc(""), next_id)

    def mark(self, elements: list[etree._Element], kind: str, loc: Loc,
             next_id: Callable[[], int]) -> None:
        if not elements:
            return
        arena, slot = (self.arena, self.slot) if kind == "a" else ("", "")
        scope = f"{kind}|{arena}|{self.section}|{slot}"
        index = self.counts.get(scope, 0)
        self.counts[scope] = index + 1
        origin = Origin(kind, self.section, index, loc, arena, slot)
        for part, element in enumerate(elements):
            name = marker_name(origin, part)
            self.table[name.rpartition("_")[0]] = origin
            para = element if element.tag == oxml.w("p") else next(element.iter(oxml.w("p")))
            oxml.bookmark_range(para, next_id(), name, 0)


# --------------------------------------------------------------------------- document properties

PROPERTY_PREFIX = "plan-assembler.origin."  # custom properties: edition, round, plan, sources


def model_hash(doc: Document) -> str:
    """What the edition shows, as a hash: changes exactly when the text built from the sources
    (after variables and numbering) changes. Locations are left out."""
    from ..rounds.serialize import dumps

    return hashlib.sha256(dumps(doc).encode()).hexdigest()[:24]


def add_properties(document: Any, values: dict[str, str]) -> None:
    """docProps/custom.xml (created, or extended when the template has one)."""
    add_custom_properties(document, [(PROPERTY_PREFIX + name, value)
                                     for name, value in sorted(values.items())])
