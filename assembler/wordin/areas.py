"""Model blocks (as written in a source file, unresolved) → the w:* content of a form's area.

Text keeps its formatting as direct bold/italic (what Word's Ctrl+B writes); variables and
cross-references become tokens: a locked inline content control holding a run in the character
style `PlanToken` whose text is the source syntax itself (`{{ arena.name }}`, `[](#id)`), so the
token reads back exactly even where LibreOffice dropped the control. Footnote references become
real Word footnotes holding the definition, editable in place.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from lxml import etree

from ..model import (
    Block,
    CrossRef,
    FootnoteRef,
    Inline,
    LineBreak,
    Link,
    ListBlock,
    Paragraph,
    Quote,
    Section,
    Table,
    Text,
    Var,
)
from ..render import oxml
from .mdwrite import Notes, inlines

TOKEN_STYLE = "PlanToken"
TOKEN_TAG = "token"
SUBHEADING = "FormSubheading"  # + level: sub-headings inside a local section's area
BULLET_NUM = 2  # the house template's bullet list
ORDERED_ABSTRACT = 2  # the house template's ordered list definition
FIRST_NUM = 300


def token_text(it: Inline) -> str:
    """The source syntax a token shows."""
    return inlines((it,), Notes())


@dataclass
class AreaWriter:
    """Writes areas of one form; keeps the document-wide counters (ids, lists, notes)."""

    link_rel: Callable[[str], str]
    footnotes: dict[str, tuple[Block, ...]] = field(default_factory=dict)  # label → blocks
    notes: list[etree._Element] = field(default_factory=list)
    nums: list[etree._Element] = field(default_factory=list)
    last_id: int = 1000

    def next_id(self) -> int:
        self.last_id += 1
        return self.last_id

    # -- inlines
    def inlines(self, parent: etree._Element, items: tuple[Inline, ...],
                style: str = "") -> None:
        for it in items:
            if isinstance(it, Text):
                if it.text:
                    oxml.r(it.text, bold=it.bold, italic=it.italic,
                           style="Code" if it.code else style, parent=parent)
            elif isinstance(it, LineBreak):
                oxml.br(parent)
            elif isinstance(it, Var | CrossRef):
                self.token(parent, it)
            elif isinstance(it, Link):
                link = oxml.hyperlink(parent, r_id=self.link_rel(it.url))
                self.inlines(link, it.children or (Text(it.url),), "Hyperlink")
            elif isinstance(it, FootnoteRef):
                self.note(parent, it.label.rpartition("#")[2])

    def token(self, parent: etree._Element, it: Var | CrossRef) -> None:
        sdt = oxml.el("sdt", parent)
        props = oxml.el("sdtPr", sdt)
        oxml.el("alias", props, val="Kodord")
        oxml.el("tag", props, val=TOKEN_TAG)
        oxml.el("id", props, val=str(self.next_id()))
        oxml.el("lock", props, val="contentLocked")
        content = oxml.el("sdtContent", sdt)
        bold = isinstance(it, Var) and it.bold
        italic = isinstance(it, Var) and it.italic
        oxml.r(token_text(it), style=TOKEN_STYLE, bold=bold, italic=italic, parent=content)

    def note(self, parent: etree._Element, label: str) -> None:
        paras: list[etree._Element] = []
        for block in self.footnotes.get(label, ()):
            self.block(block, paras, "FootnoteText")
        note_id = len(self.notes) + 1
        self.notes.append(oxml.footnote(note_id, paras))
        oxml.footnote_reference(parent, note_id)

    # -- blocks
    def block(self, b: Block, out: list[etree._Element], style: str = "Normal",
              depth: int = 0) -> None:
        if isinstance(b, Paragraph):
            para = oxml.p(style)
            self.inlines(para, b.children)
            out.append(para)
        elif isinstance(b, ListBlock):
            self.list_block(b, out, depth)
        elif isinstance(b, Table):
            out.append(self.table(b))
            out.append(oxml.p(style))  # Word needs a paragraph between tables and after one
        elif isinstance(b, Quote):
            for inner in b.blocks:
                self.block(inner, out, "Quote", depth)

    def ordered_num(self, start: int, depth: int) -> int:
        """A new ordered list instance whose level `depth` starts at `start`."""
        num_id = FIRST_NUM + len(self.nums)
        num = oxml.el("num", None, numId=str(num_id))
        oxml.el("abstractNumId", num, val=str(ORDERED_ABSTRACT))
        for lvl in range(9):
            override = oxml.el("lvlOverride", num, ilvl=str(lvl))
            oxml.el("startOverride", override, val=str(start if lvl == depth else 1))
        self.nums.append(num)
        return num_id

    def list_block(self, b: ListBlock, out: list[etree._Element], depth: int) -> None:
        if b.ordered:
            num_id, style = self.ordered_num(b.start, depth), "ListNumber"
        else:
            num_id, style = BULLET_NUM, "ListBullet"
        for item in b.items:
            first = True
            for inner in item:
                if isinstance(inner, Paragraph):
                    para = oxml.p(style, num=(num_id, depth) if first else None,
                                  ind_left=None if first else 360 * (depth + 1))
                    self.inlines(para, inner.children)
                    out.append(para)
                    first = False
                elif isinstance(inner, ListBlock):
                    self.list_block(inner, out, depth + 1)
                else:
                    self.block(inner, out, "Normal", depth)

    def table(self, b: Table) -> etree._Element:
        cols = max([len(b.header)] + [len(r) for r in b.rows]) or 1
        widths = [7000 // cols] * cols
        tbl = oxml.table(widths)
        for index, cells in enumerate((b.header, *b.rows)):
            row = oxml.tr(tbl, header=index == 0)
            for col in range(cols):
                cell = oxml.tc(row, widths[col])
                para = oxml.p("TableText")
                align = b.align[col] if col < len(b.align) else "left"
                if align in ("center", "right"):
                    ppr = para.find(oxml.w("pPr"))
                    assert ppr is not None
                    oxml.el("jc", ppr, val=align)
                if col < len(cells):
                    self.inlines(para, cells[col])
                cell.append(para)
        return tbl

    def section(self, s: Section, level: int, out: list[etree._Element]) -> None:
        """A sub-section of a local section: a sub-heading (its `{#id}` as a token)."""
        para = oxml.p(f"{SUBHEADING}{min(level, 4)}")
        self.inlines(para, s.title)
        if s.explicit_id:
            oxml.r(" ", parent=para)
            sdt = oxml.el("sdt", para)
            props = oxml.el("sdtPr", sdt)
            oxml.el("tag", props, val=TOKEN_TAG)
            oxml.el("id", props, val=str(self.next_id()))
            oxml.el("lock", props, val="contentLocked")
            oxml.r(f"{{#{s.id}}}", style=TOKEN_STYLE, parent=oxml.el("sdtContent", sdt))
        out.append(para)
        for b in s.blocks:
            self.block(b, out)
        for child in s.children:
            self.section(child, level + 1, out)

    def content(self, blocks: tuple[Block, ...], sections: tuple[Section, ...] = ()
                ) -> list[etree._Element]:
        out: list[etree._Element] = []
        for b in blocks:
            self.block(b, out)
        for s in sections:
            self.section(s, 2, out)
        return out
