"""A page-number estimate for the pre-filled table of contents.

The TOC is a live Word field: Word recomputes exact numbers when it is updated (F9, or printing).
Until then readers see these cached numbers, so they are estimated from a simple typesetting
model of the house template (A4, 25 mm margins, Arial 10.5 pt) in points. Checked against
LibreOffice's layout of the embedded example in the tests.
"""

from __future__ import annotations

import math

from lxml import etree

from . import oxml

PAGE_HEIGHT = 700.0  # 297 mm − 2 × 25 mm, in points
TEXT_WIDTH = 453.0  # 210 mm − 2 × 25 mm
TOC_ENTRY = {1: 20.6, 2: 14.6, 3: 14.6}  # height of a TOC line by level (spacing included)
TOC_ROOM = 665.0  # a page less the "Innehåll" heading
# style → (font size, space before, space after, left indent) in points
METRICS = {
    "Heading1": (16.0, 18.0, 8.0, 0.0), "Heading2": (13.0, 12.0, 6.0, 0.0),
    "Heading3": (11.5, 10.0, 4.0, 0.0), "Heading4": (10.5, 8.0, 3.0, 0.0),
    "Attribution": (9.0, 6.0, 3.0, 11.0), "LocalAddition": (10.5, 0.0, 6.0, 11.0),
    "ListBullet": (10.5, 0.0, 3.0, 18.0), "ListNumber": (10.5, 0.0, 3.0, 18.0),
    "TableText": (9.5, 2.0, 2.0, 0.0), "Quote": (10.5, 0.0, 6.0, 56.0),
}
DEFAULT = (10.5, 0.0, 6.0, 0.0)
LINE = 1.2  # line height as a multiple of the font size (fitted to LibreOffice, see tests)
CHAR = 0.44  # average character width of Swedish prose in Arial, as a multiple of the size


_NS = {"w": oxml.W_NS}
_STYLE = etree.XPath("string(w:pPr/w:pStyle/@w:val)", namespaces=_NS)
_TEXTS = etree.XPath(".//w:t/text() | .//w:delText/text()", namespaces=_NS)  # not field codes


def _TEXT(para: etree._Element) -> str:  # noqa: N802
    texts = _TEXTS(para)
    assert isinstance(texts, list)
    return "".join(str(t) for t in texts)
_NUMBERED = etree.XPath("boolean(w:pPr/w:numPr)", namespaces=_NS)
_BREAK = etree.XPath("boolean(w:pPr/w:pageBreakBefore)", namespaces=_NS)
_NOTE_IDS = etree.XPath(".//w:footnoteReference/@w:id", namespaces=_NS)
_MARK = etree.XPath("string(w:bookmarkStart[starts-with(@w:name, '_Sec_')]/@w:name)",
                    namespaces=_NS)  # a typed heading number has a bookmark of its own first


def _style(para: etree._Element) -> str:
    return str(_STYLE(para))


def _lines(text: str, size: float, width: float) -> int:
    per_line = max(10, int(width / (size * CHAR)))
    return max(1, math.ceil(len(text) / per_line))


def _para_height(para: etree._Element, width: float = TEXT_WIDTH) -> float:
    size, before, after, indent = METRICS.get(_style(para), DEFAULT)
    if _NUMBERED(para):
        indent = max(indent, 18.0)
    lines = _lines(str(_TEXT(para)), size, width - indent)
    return before + after + lines * size * LINE


def _table_height(tbl: etree._Element) -> float:
    total = 6.0
    for row in tbl.iter(oxml.w("tr")):
        cells = row.findall(oxml.w("tc"))
        width = TEXT_WIDTH / max(1, len(cells)) - 9.0
        total += max((sum(_para_height(p, width) for p in cell.iter(oxml.w("p")))
                      for cell in cells), default=0.0) + 1.0
    return total


def _notes_height(element: etree._Element, notes: dict[str, int]) -> float:
    ids = _NOTE_IDS(element)
    assert isinstance(ids, list)
    return sum(notes.get(str(nid), 1) * 8.5 * 1.2 for nid in ids)


def estimate_pages(toc: list[tuple[int, str, str, str]], body: list[etree._Element],
                   notes: dict[str, int] | None = None) -> dict[str, int]:
    """bookmark name → estimated page of every heading in `body`.

    `notes` maps footnote ids to their number of lines (footnotes take space on their page).
    """
    notes = notes or {}
    toc_height = sum(TOC_ENTRY.get(level, 14.6) for level, *_ in toc)
    page = 2 + max(1, math.ceil(toc_height / TOC_ROOM))  # cover, TOC, then text
    used = 0.0
    pages: dict[str, int] = {}
    separator = False
    for index, element in enumerate(body):
        is_table = element.tag == oxml.w("tbl")
        height = _table_height(element) if is_table else _para_height(element)
        note_height = _notes_height(element, notes)
        if note_height and not separator:
            note_height += 12.0
        style = "" if is_table else _style(element)
        if style.startswith("Heading") and index + 1 < len(body):
            follow = body[index + 1]
            keep = 2 * 13.3 if follow.tag == oxml.w("tbl") else min(_para_height(follow), 40.0)
        else:
            keep = 0.0
        breaks = not is_table and bool(_BREAK(element))
        if used and (breaks or used + height + keep + note_height > PAGE_HEIGHT):
            if style.startswith("Heading") or breaks:
                page, used, separator = page + 1, 0.0, False
            else:  # a paragraph or table flows over the break
                used = used + height + note_height - PAGE_HEIGHT
                page, separator = page + 1, False
                continue
        mark = "" if is_table else str(_MARK(element))
        if mark:
            pages[mark] = page
        used += height + note_height
        separator = separator or note_height > 0
    return pages
