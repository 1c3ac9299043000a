"""The page numbers of the pre-filled contents page: the whole document (cover, contents page,
plan text) laid out through the template's own layout (layout.py, pages.py)."""

from __future__ import annotations

from collections.abc import Callable

from lxml import etree

from . import oxml
from .layout import Layout, read_layout
from .pages import estimate_pages, measure, stack
from .styles import BODY_MARKER, TOC_MARKER

# LibreOffice's footnote separator: 0.1 cm above a 0.5 pt line and 0.1 cm below it (twips).
NOTE_SEPARATOR = 57 + 10 + 57
PASSES = 3  # the contents page's own numbers can change its length; settle them


def _sequence(body: etree._Element, toc: list[etree._Element],
              text: list[etree._Element]) -> list[etree._Element]:
    out: list[etree._Element] = []
    for child in body:
        if child.tag not in (oxml.w("p"), oxml.w("tbl")):
            continue
        marker = oxml.text_of(child).strip() if child.tag == oxml.w("p") else ""
        out += toc if marker == TOC_MARKER else text if marker == BODY_MARKER else [child]
    return out


def note_heights(notes: list[etree._Element], layout: Layout) -> dict[str, float]:
    """Footnote id → height of its text at the foot of a page, in twips."""
    return {n.get(oxml.w("id"), ""): stack([measure(p, layout, layout.text_width)
                                            for p in n.iter(oxml.w("p"))]) for n in notes}


def page_numbers(body: etree._Element, styles: etree._Element,
                 numbering: etree._Element | None, settings: etree._Element | None,
                 toc: Callable[[dict[str, int]], list[etree._Element]],
                 text: list[etree._Element], notes: list[etree._Element]) -> dict[str, int]:
    """Bookmark name of every heading → the page it starts on, for a template `body` whose
    marker paragraphs are to be replaced by `toc(pages)` and `text`."""
    layout = read_layout(body, styles, numbering, settings)
    heights = note_heights(notes, layout)
    pages: dict[str, int] = {}
    for _ in range(PASSES):
        flow = estimate_pages(_sequence(body, toc(pages), text), layout, heights,
                              NOTE_SEPARATOR)
        if flow.pages == pages:
            break
        pages = flow.pages
    return pages
