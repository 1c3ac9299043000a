"""Resolved inlines → runs, hyperlinks, REF fields, footnotes and pictures: the inline half of
the body writer (body.py holds the blocks and sections).

`InlineWriter` is the base of `BodyWriter`; it keeps the counters every element shares (one id
for bookmarks and revisions, as Word does) and declares the state it reads.
"""

from __future__ import annotations

import base64
import hashlib
from collections.abc import Callable
from typing import assert_never

from lxml import etree

from ..model import (
    Block,
    CrossRef,
    FootnoteRef,
    FormatChange,
    Image,
    Inline,
    LineBreak,
    Link,
    Note,
    Revision,
    SectionLink,
    Text,
    UnresolvedError,
    Var,
)
from . import images, oxml
from .images import ImageRel
from .styles import LOCAL_INDENT, NORMAL, TEXT_WIDTH


def bookmark_name(section_id: str) -> str:
    """Hidden (leading underscore) Word bookmark, at most 40 characters, no hyphens."""
    name = "_Sec_" + section_id.replace("-", "_")
    if len(name) > 40:
        name = name[:31] + "_" + hashlib.sha1(section_id.encode()).hexdigest()[:8]
    return name


def number_bookmark(section_id: str) -> str:
    """The bookmark around a typed heading number ("7.3 a") of a local section."""
    return "_Num" + bookmark_name(section_id)[4:]


class InlineWriter:
    """Writes inlines; `BodyWriter` (a dataclass) declares and initialises the state."""

    link_rel: Callable[[str], str]  # external URL → relationship id
    revision: tuple[str, str] | None  # author, date of tracked changes
    bar: bool  # inside local text: every paragraph carries the side bar
    after_table: bool  # the next body paragraph needs the space a table lacks
    notes: list[etree._Element]
    last_id: int
    image_rel: ImageRel | None

    def block(self, b: Block, out: list[etree._Element], style: str = NORMAL,
              depth: int = 0) -> None:
        raise NotImplementedError  # BodyWriter's: a note holds blocks

    def next_id(self) -> int:
        self.last_id += 1
        return self.last_id

    def stamp(self, kind: str) -> oxml.Stamp | None:
        if not kind:
            return None
        if self.revision is None:
            raise ValueError("tracked changes need an author and a date")
        return (kind, self.next_id(), *self.revision)

    def container(self, parent: etree._Element, rev: str) -> etree._Element:
        """Where runs go: the parent, or a w:ins/w:del in it (reused for neighbouring runs)."""
        if not rev:
            return parent
        if len(parent) and parent[-1].tag == oxml.w(rev):
            return parent[-1]
        stamp = self.stamp(rev)
        assert stamp is not None
        return oxml.track(parent, stamp)

    # -- inlines
    def inlines(self, parent: etree._Element, items: tuple[Inline, ...], bold: bool = False,
                italic: bool = False, style: str = "", rev: str = "") -> None:
        for it in items:
            if isinstance(it, Text):
                if it.text:
                    oxml.r(it.text, bold=bold or it.bold, italic=italic or it.italic,
                           style="Code" if it.code else style,
                           parent=self.container(parent, rev), deleted=rev == "del")
            elif isinstance(it, LineBreak):
                oxml.br(self.container(parent, rev))
            elif isinstance(it, SectionLink):
                link = oxml.hyperlink(parent, anchor=bookmark_name(it.anchor))
                if it.number and it.title:
                    self.ref_fields(link, it, bold, italic, rev)
                else:
                    self.inlines(link, it.children, bold, italic, "CrossReference", rev)
            elif isinstance(it, Link):
                link = oxml.hyperlink(parent, r_id=self.link_rel(it.url))
                self.inlines(link, it.children or (Text(it.url),), bold, italic, "Hyperlink", rev)
            elif isinstance(it, Note):
                self.note(self.container(parent, rev), it)
            elif isinstance(it, Revision):
                self.inlines(parent, it.children, bold, italic, style, it.kind)
            elif isinstance(it, FormatChange):
                self.format_change(parent, it, bold, italic, style)
            elif isinstance(it, Image):
                self.image(self.container(parent, rev), it)
            elif isinstance(it, Var | CrossRef | FootnoteRef):  # a Document refuses them
                raise UnresolvedError(f"internal error: unresolved {type(it).__name__} in render")
            else:  # mypy: every kind of inline has its branch
                assert_never(it)

    def image(self, parent: etree._Element, it: Image) -> None:
        """A picture (images.py); without a media writer its alternative text stands in."""
        if self.image_rel is None:
            oxml.r(f"[{it.alt}]", parent=parent, deleted=parent.tag == oxml.w("del"))
            return
        width = TEXT_WIDTH - (LOCAL_INDENT if self.bar else 0)
        images.picture(parent, it, self.image_rel(base64.b64decode(it.data)), self.next_id(),
                       width)

    def ref_fields(self, link: etree._Element, it: SectionLink, bold: bool, italic: bool,
                   rev: str) -> None:
        """ "avsnitt " + REF to the heading's number + " " + REF to its title, results cached.

        A common heading's number is its outline-list number (\\w: full context); a local
        section's typed number has a bookmark of its own."""
        target = bookmark_name(it.anchor)
        typed = " " in it.number  # "7.3 a"
        number_ref = f"REF {number_bookmark(it.anchor)} \\h" if typed else f"REF {target} \\w \\h"
        deleted = rev == "del"
        fmt = {"bold": bold, "italic": italic, "style": "CrossReference", "deleted": deleted}
        oxml.r("avsnitt ", parent=self.container(link, rev), **fmt)  # type: ignore[arg-type]
        oxml.ref_field(self.container(link, rev), number_ref, it.number, fmt)
        oxml.r(" ", parent=self.container(link, rev), **fmt)  # type: ignore[arg-type]
        oxml.ref_field(self.container(link, rev), f"REF {target} \\h", it.title, fmt)

    def format_change(self, parent: etree._Element, it: FormatChange, bold: bool, italic: bool,
                      style: str) -> None:
        for child in it.children:
            if isinstance(child, Text) and child.text:
                stamp = self.stamp("rPrChange")
                assert stamp is not None
                oxml.r(child.text, bold=bold or child.bold, italic=italic or child.italic,
                       style="Code" if child.code else style, parent=parent,
                       was=(stamp, bold or it.old_bold, italic or it.old_italic))

    def note(self, parent: etree._Element, note: Note) -> None:
        paras: list[etree._Element] = []
        bar, after_table, self.bar, self.after_table = self.bar, self.after_table, False, False
        for block in note.blocks:
            self.block(block, paras, "FootnoteText")
        self.bar, self.after_table = bar, after_table
        note_id = len(self.notes) + 1
        self.notes.append(oxml.footnote(note_id, paras))
        oxml.footnote_reference(parent, note_id)
