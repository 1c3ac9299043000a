"""One normal form for comparing blocks read from Word with blocks parsed from Markdown:
neighbouring texts of equal formatting joined, footnote labels without their file key, pictures
by their syntax (alternative text, path, title)."""

from __future__ import annotations

from dataclasses import replace

from ..model import (
    Block,
    CrossRef,
    FootnoteRef,
    Image,
    Inline,
    Link,
    ListBlock,
    Paragraph,
    Quote,
    Section,
    Table,
)
from ..resolve import merge_texts


def normalize_inlines(items: tuple[Inline, ...]) -> tuple[Inline, ...]:
    out: list[Inline] = []
    for it in items:
        if isinstance(it, Link | CrossRef):
            out.append(replace(it, children=normalize_inlines(it.children)))
        elif isinstance(it, FootnoteRef):
            out.append(replace(it, label=it.label.rpartition("#")[2]))
        elif isinstance(it, Image):  # a form holds a picture's syntax, not its file
            out.append(replace(it, media="", data=""))
        else:
            out.append(it)
    return merge_texts(out)


def normalize_blocks(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    out: list[Block] = []
    for b in blocks:
        if isinstance(b, Paragraph):
            out.append(replace(b, children=normalize_inlines(b.children)))
        elif isinstance(b, ListBlock):
            out.append(replace(b, items=tuple(normalize_blocks(i) for i in b.items)))
        elif isinstance(b, Table):
            out.append(replace(b, header=tuple(normalize_inlines(c) for c in b.header),
                               rows=tuple(tuple(normalize_inlines(c) for c in r)
                                          for r in b.rows)))
        elif isinstance(b, Quote):
            out.append(replace(b, blocks=normalize_blocks(b.blocks)))
        else:
            out.append(b)
    return tuple(out)


def normalize_sections(sections: tuple[Section, ...]) -> tuple[Section, ...]:
    return tuple(replace(s, title=normalize_inlines(s.title), blocks=normalize_blocks(s.blocks),
                         children=normalize_sections(s.children)) for s in sections)


def normalize_notes(notes: dict[str, tuple[Block, ...]]) -> dict[str, tuple[Block, ...]]:
    return {k.rpartition("#")[2]: normalize_blocks(v) for k, v in notes.items()}
