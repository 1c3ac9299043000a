"""Resolved model → body elements (headings, paragraphs, lists, tables, notes) and the TOC.

Walks the model and calls the `oxml` builders; keeps the counters that must be unique and
deterministic in one document: bookmark ids, list (w:num) ids and footnote ids.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, assert_never

from lxml import etree

from ..model import (
    OVERRIDE_MODES,
    Block,
    Document,
    Inline,
    ListBlock,
    LocalText,
    Paragraph,
    Quote,
    Section,
    Slot,
    Table,
    Text,
)
from ..phrases import Phrases
from ..walk import plain
from . import oxml
from .images import ImageRel
from .inlines import InlineWriter, bookmark_name, number_bookmark
from .origins import OriginMarks
from .styles import (
    ABSTRACT_NUMBERED,
    ATTRIBUTION,
    BULLET_NUM_ID,
    HEADING_STYLES,
    LIST_BULLET,
    LIST_INDENT,
    LIST_NUMBER,
    LOCAL,
    LOCAL_INDENT,
    NORMAL,
    PARA_SPACING,
    QUOTE,
    TABLE_TEXT,
    TEXT_WIDTH,
    TOC_LEVELS,
    TOC_STYLES,
)

FIRST_NUM_ID = 100  # list instances we add; the template's own nums stay below
HEADING_INDENT = (567, 709, 851, 993)  # twips: the outline list's indent, for typed numbers


@dataclass
class BodyWriter(InlineWriter):
    doc: Document
    link_rel: Callable[[str], str]  # external URL → relationship id
    arena_names: dict[str, str]
    revision: tuple[str, str] | None = None  # author, date of tracked changes
    phrases: Phrases = field(default_factory=Phrases.of)
    arena_labels: dict[str, str] = field(default_factory=dict)  # arena id → short name
    show_reasons: bool = False  # override reasons in an arena's own edition
    bar: bool = False  # inside local text: every paragraph carries the side bar
    after_table: bool = False  # the next body paragraph needs the space a table lacks
    notes: list[etree._Element] = field(default_factory=list)
    nums: list[etree._Element] = field(default_factory=list)
    last_id: int = 0  # one counter for bookmarks and revisions, as Word does
    toc: list[tuple[int, str, str, str]] = field(default_factory=list)  # level, number, title, bm
    origins: OriginMarks | None = None  # origin markers (clean editions, for `absorb`)
    image_rel: ImageRel | None = None  # adds a picture's media part (see images.py)

    def para(self, style: str, **kw: Any) -> etree._Element:
        """A body paragraph; the first one after a table gets the spacing the table lacks."""
        if self.after_table:
            kw.setdefault("space_before", PARA_SPACING)
            self.after_table = False
        return oxml.p(style, **kw)

    # -- blocks
    def block(self, b: Block, out: list[etree._Element], style: str = NORMAL,
              depth: int = 0) -> None:
        saved = self.origins.enter(b) if self.origins is not None else None
        start = len(out)
        self.plain_block(b, out, style, depth)
        if self.origins is not None and saved is not None:
            self.origins.leave(b, saved, out[start:], self.next_id)

    def plain_block(self, b: Block, out: list[etree._Element], style: str = NORMAL,
                    depth: int = 0) -> None:
        if self.bar and style != "FootnoteText":
            style = LOCAL
        if isinstance(b, Paragraph):
            para = self.para(style, mark=self.stamp(b.mark))
            self.inlines(para, b.children)
            out.append(para)
        elif isinstance(b, ListBlock):
            self.list_block(b, out, style, depth)
        elif isinstance(b, Table):
            out.append(self.table(b))
            self.after_table = True
        elif isinstance(b, Quote):
            for inner in b.blocks:
                self.block(inner, out, QUOTE, depth)
        elif isinstance(b, Slot):
            for inner in b.blocks:
                self.block(inner, out, style, depth)
        elif isinstance(b, LocalText):
            self.local_text(b, out, depth)
        else:  # mypy: every kind of block has its branch
            assert_never(b)

    def generated(self, style: str, text: str | tuple[Inline, ...], mark: str,
                  out: list[etree._Element], italic: bool = False,
                  keep_next: bool = False) -> None:
        """A paragraph of text the tool writes (a label), tracked with its block; given as
        inlines when the model carries it (a changed wording is then tracked too)."""
        para = self.para(style, keep_next=keep_next, mark=self.stamp(mark))
        items = (Text(text, italic=italic),) if isinstance(text, str) else text
        self.inlines(para, items, rev=mark)
        out.append(para)
        if self.origins is not None:
            self.origins.generated(para, self.next_id)

    def arena_label(self, arena_id: str, fallback: str) -> str:
        return self.arena_labels.get(arena_id, fallback)

    def local_text(self, b: LocalText, out: list[etree._Element], depth: int) -> None:
        """Label, then the local text (an override starts with its note, see overrides.py)."""
        override = b.mode in OVERRIDE_MODES
        if b.label is not None:
            self.generated(ATTRIBUTION, b.label, b.mark, out, keep_next=True)
        elif b.show_attribution or override:
            label = self.phrases("override_label" if override else "addition_label",
                                 arena=self.arena_label(b.arena_id, b.arena_name))
            self.generated(ATTRIBUTION, label, b.mark, out, keep_next=True)
        bar, self.bar = self.bar, True
        for inner in b.blocks:
            self.block(inner, out, LOCAL, depth)
        self.bar = bar

    def list_block(self, b: ListBlock, out: list[etree._Element], style: str, depth: int) -> None:
        if b.ordered:
            num_id = FIRST_NUM_ID + len(self.nums)
            self.nums.append(oxml.num(ABSTRACT_NUMBERED, num_id, b.start, depth))
            list_style = LIST_NUMBER
        else:
            num_id, list_style = BULLET_NUM_ID, LIST_BULLET
        # In local text the side bar stays where it is: the bar is drawn at a paragraph's first
        # line, so every list paragraph starts there (the number hangs at the local indent) and
        # its text keeps the level's own indent to the right of it.
        shift = LOCAL_INDENT if style == LOCAL else 0
        if style == LOCAL:
            list_style = LOCAL
        left = shift + LIST_INDENT * (depth + 1)
        for item in b.items:
            first = True
            for inner in item:
                if isinstance(inner, Paragraph):
                    para = self.para(list_style, num=(num_id, depth) if first else None,
                                     ind_left=left if shift or not first else None,
                                     hanging=left - shift if shift else None,
                                     mark=self.stamp(inner.mark))
                    if shift and not first:
                        oxml.tab_run(para)  # to the item's text, past the hanging indent
                    self.inlines(para, inner.children)
                    out.append(para)
                    first = False
                elif isinstance(inner, ListBlock):
                    self.list_block(inner, out, style, depth + 1)
                else:
                    self.block(inner, out, style, depth)

    def table(self, b: Table) -> etree._Element:
        cols = max([len(b.header)] + [len(r) for r in b.rows]) or 1
        widths = [TEXT_WIDTH // cols] * cols
        tbl = oxml.table(widths, bar=self.bar)
        marks = b.row_marks or ("",) * (1 + len(b.rows))
        for index, cells in enumerate((b.header, *b.rows)):
            row = oxml.tr(tbl, header=index == 0, mark=self.stamp(marks[index]))
            for col in range(cols):
                cell = oxml.tc(row, widths[col])
                para = oxml.p(TABLE_TEXT, mark=self.stamp(marks[index]))
                if col < len(cells):
                    self.inlines(para, cells[col])
                cell.append(para)
        return tbl

    # -- sections
    def heading(self, s: Section) -> etree._Element:
        level = min(s.level, len(HEADING_STYLES))
        typed = bool(s.label)  # a typed number ("7.3 a") instead of the outline list's
        # A sub-heading of a local section keeps the bar: indented like local text, the
        # number hanging so that the bar stays in line.
        indent = HEADING_INDENT[level - 1]
        custom = typed or self.bar
        self.after_table = False
        return oxml.p(HEADING_STYLES[level - 1], num=(0, level - 1) if typed else None,
                      page_break_before=s.level == 1, bar=self.bar,
                      ind_left=indent + (LOCAL_INDENT if self.bar else 0) if custom else None,
                      hanging=indent if custom else None, mark=self.stamp(s.mark))

    def section(self, s: Section, out: list[etree._Element]) -> None:
        saved = self.origins.enter_section(s) if self.origins is not None else None
        self.section_body(s, out)
        if self.origins is not None and saved is not None:
            self.origins.leave_section(saved)

    def section_body(self, s: Section, out: list[etree._Element]) -> None:
        number = self.doc.numbers.get(s.id, "")
        para = self.heading(s)
        typed = bool(s.label)  # a local section: its number is text, outside the outline list
        name = bookmark_name(s.id)
        if typed:  # the number and the title each have a bookmark (REF fields quote them)
            num_start = len(para)
            self.inlines(para, s.label, rev=s.mark)
            oxml.bookmark_range(para, self.next_id(), number_bookmark(s.id), num_start)
            oxml.tab_run(self.container(para, s.mark))
        title_start = len(para)
        self.inlines(para, s.title)
        oxml.bookmark_range(para, self.next_id(), name, title_start)
        out.append(para)
        if s.level <= TOC_LEVELS and s.mark != "del":
            self.toc.append((s.level, number, plain(s.title), name))
        bar = self.bar
        if s.origin and not bar:  # a local section: labelled, and barred over its extent
            if s.attribution is not None:
                self.generated(ATTRIBUTION, s.attribution, s.mark, out, keep_next=True)
            elif self.doc.edition.kind == "county":
                label = self.phrases("section_label", arena=self.arena_label(s.origin, s.origin))
                self.generated(ATTRIBUTION, label, s.mark, out, keep_next=True)
            self.bar = True
        for b in s.blocks:
            self.block(b, out)
        for child in s.children:
            self.section(child, out)
        self.bar = bar

    def body(self) -> list[etree._Element]:
        out: list[etree._Element] = []
        for s in self.doc.sections:
            self.section(s, out)
        # The last paragraph mark of a story cannot be removed; keeping an untracked empty one
        # last makes accept/reject of inserted or deleted final paragraphs exact.
        out.append(oxml.p())
        return out

    def toc_paragraphs(self, pages: dict[str, int]) -> list[etree._Element]:
        """A TOC field whose cached result already lists every entry (no F9 needed)."""
        paras = []
        for i, (level, number, title, name) in enumerate(self.toc):
            para = oxml.p(TOC_STYLES[level - 1])
            if i == 0:
                oxml.field_begin(para, f'TOC \\o "1-{TOC_LEVELS}" \\h \\z \\u')
            link = oxml.hyperlink(para, anchor=name)
            oxml.r(f"{number} {title}", parent=link)
            oxml.tab_run(link)
            oxml.field(link, f"PAGEREF {name} \\h", str(pages.get(name, "")))
            paras.append(para)
        if paras:
            oxml.field_end(paras[-1])
        return paras

