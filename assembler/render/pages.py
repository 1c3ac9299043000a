"""A page-number estimate for the pre-filled table of contents.

Word recomputes the real numbers when the TOC is updated (the field is live, and the document asks
Word to update fields on open); the estimate only makes the first view plausible.
"""

from __future__ import annotations

import math

from lxml import etree

from . import oxml

LINES_PER_PAGE = 46
CHARS_PER_LINE = 95
TOC_LINES_PER_PAGE = 38


def _para_lines(para: etree._Element) -> float:
    text = oxml.text_of(para)
    style = para.find(f"{oxml.w('pPr')}/{oxml.w('pStyle')}")
    name = style.get(oxml.w("val"), "") if style is not None else ""
    if name.startswith("Heading"):
        return 2.5
    return max(1, math.ceil(len(text) / CHARS_PER_LINE)) + 0.5


def estimate_pages(toc: list[tuple[int, str, str, str]], body: list[etree._Element]
                   ) -> dict[str, int]:
    """bookmark name → estimated page, for every heading in `body`."""
    page = 2 + max(1, math.ceil(len(toc) / TOC_LINES_PER_PAGE))  # cover, TOC, then text
    lines = 0.0
    pages: dict[str, int] = {}
    started = False
    for element in body:
        if element.tag == oxml.w("tbl"):
            lines += sum(_para_lines(p) for p in element.iter(oxml.w("p"))) * 0.6
        else:
            if element.find(f"{oxml.w('pPr')}/{oxml.w('pageBreakBefore')}") is not None and started:
                page, lines = page + 1, 0.0
            lines += _para_lines(element)
            mark = element.find(oxml.w("bookmarkStart"))
            if mark is not None:
                pages[mark.get(oxml.w("name"), "")] = page
        started = True
        while lines > LINES_PER_PAGE:
            page, lines = page + 1, lines - LINES_PER_PAGE
    return pages
