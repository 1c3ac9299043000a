"""The change summary of a revised Document: per section what was added, removed and changed,
and which arenas' local texts changed. Printed by the CLI, written as JSON, and optionally added
to the document as the appendix "Ändringar sedan föregående version"."""

from __future__ import annotations

from dataclasses import asdict, dataclass, replace
from typing import Any

from ..errors import Loc
from ..model import (
    Block,
    Document,
    FormatChange,
    Inline,
    LocalText,
    Paragraph,
    Revision,
    Section,
    Table,
    Text,
)
from ..walk import child_blocks, inline_runs, plain
from .revise import changed_words, marked_section

APPENDIX_ID = "andringar-sedan-foregaende-version"
STATUS_SV = {"added": "Nytt avsnitt", "removed": "Borttaget avsnitt", "changed": "Ändrat"}


@dataclass(frozen=True)
class SectionChange:
    id: str
    number: str
    title: str
    status: str  # added | removed | changed
    inserted_words: int
    deleted_words: int
    formatting: int
    arenas: tuple[str, ...]


@dataclass
class _Tally:
    ins: int = 0
    dele: int = 0
    fmt: int = 0
    marks: int = 0

    def inlines(self, items: tuple[Inline, ...]) -> None:
        i, d = changed_words(items)
        self.ins, self.dele = self.ins + i, self.dele + d
        self.fmt += sum(isinstance(x, FormatChange) for x in items)

    @property
    def changed(self) -> bool:
        return bool(self.ins or self.dele or self.fmt or self.marks)


def _marks(b: Block) -> int:
    """Paragraph marks and table rows tracked as a whole."""
    if isinstance(b, Table):
        return sum(bool(m) for m in b.row_marks)
    return int(bool(getattr(b, "mark", "")))


def _tally(blocks: tuple[Block, ...], tally: _Tally, arenas: set[str]) -> None:
    for b in blocks:
        if isinstance(b, LocalText):  # counted apart, to tell whether its arena's text changed
            inner = _Tally(marks=_marks(b))
            notes = tuple(x for x in b.blocks if isinstance(x, Paragraph) and x.generated)
            _tally(notes, tally, arenas)  # a generated note changes with the common text
            _tally(tuple(x for x in b.blocks if x not in notes), inner, arenas)
            if inner.changed:
                arenas.add(b.arena_id)
            tally.ins, tally.dele = tally.ins + inner.ins, tally.dele + inner.dele
            tally.fmt, tally.marks = tally.fmt + inner.fmt, tally.marks + inner.marks
            continue
        for run in inline_runs(b):
            tally.inlines(run)
        tally.marks += _marks(b)
        for nested in child_blocks(b):
            _tally(nested, tally, arenas)


def summarize(revised: Document, old_numbers: dict[str, str]) -> list[SectionChange]:
    out: list[SectionChange] = []
    for top in revised.sections:
        for s in top.walk():
            tally, arenas = _Tally(), set[str]()
            tally.inlines(s.title)
            _tally(s.blocks, tally, arenas)
            if s.origin and tally.changed:
                arenas.add(s.origin)
            status = {"ins": "added", "del": "removed"}.get(s.mark, "changed")
            if status == "changed" and not tally.changed:
                continue
            number = revised.numbers.get(s.id) or old_numbers.get(s.id, "")
            title = plain(s.title) or plain(tuple(   # a removed section: its old title
                ch for c in s.title if isinstance(c, Revision) for ch in c.children))
            out.append(SectionChange(s.id, number, title, status, tally.ins, tally.dele,
                                     tally.fmt, tuple(sorted(arenas))))
    return out


def to_json(edition: str, against: str, changes: list[SectionChange]) -> dict[str, Any]:
    return {
        "edition": edition, "against": against,
        "totals": {"sections": len(changes),
                   "inserted_words": sum(c.inserted_words for c in changes),
                   "deleted_words": sum(c.deleted_words for c in changes),
                   "arenas": sorted({a for c in changes for a in c.arenas})},
        "sections": [asdict(c) for c in changes],
    }


def appendix(doc: Document, against_name: str, changes: list[SectionChange],
             arena_names: dict[str, str]) -> Document:
    """The revised document with a last chapter listing the changes, tracked as inserted (it is
    in neither round: Reject All removes it, Accept All keeps it after the new edition)."""
    loc = Loc("")
    intro = Paragraph((Text(f"Ändringar jämfört med {against_name}. Ändringarna är markerade "
                            "som spårade ändringar i dokumentet."),), loc)
    rows = tuple(
        ((Text(f"{c.number} {c.title}".strip()),), (Text(_describe(c)),),
         (Text(", ".join(arena_names.get(a, a) for a in c.arenas) or "–"),))
        for c in changes)
    table = Table(((Text("Avsnitt"),), (Text("Ändring"),), (Text("Lokala tillägg som ändrats"),)),
                  rows, ("left", "left", "left"), loc)
    body: tuple[Block, ...] = (intro, table) if rows else (
        intro, Paragraph((Text("Inga ändringar."),), loc))
    section = marked_section(Section(APPENDIX_ID, (Text("Ändringar sedan föregående version"),),
                                     body, (), loc), "ins")
    # the next number of the common outline (local chapters are "2 a", deleted ones are gone)
    number = str(1 + sum(not s.origin and s.mark != "del" for s in doc.sections))
    return replace(doc, sections=doc.sections + (section,),
                   numbers={**doc.numbers, APPENDIX_ID: number})


def _describe(c: SectionChange) -> str:
    words = []
    if c.inserted_words:
        words.append(f"{c.inserted_words} ord tillagda")
    if c.deleted_words:
        words.append(f"{c.deleted_words} ord borttagna")
    if c.formatting:
        words.append(f"{c.formatting} formateringsändringar")
    detail = ", ".join(words)
    return f"{STATUS_SV[c.status]}" + (f" ({detail})" if detail else "")
