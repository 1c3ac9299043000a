"""The page on which every heading starts, for the pre-filled table of contents.

The TOC is a live Word field: Word recomputes exact numbers when it is updated (F9, or printing).
Until then readers see these cached numbers, so they come from a typesetting model of the
document as it will be laid out: the page geometry and styles of its own template (layout.py),
lines filled with the fonts' advance widths (lines.py), and pages filled as Word and
LibreOffice fill them — spacing before and after, keep-with-next chains, lines kept together,
widow and orphan control, page breaks before, table rows that cannot split and repeated header
rows, footnotes at the foot of their page. Checked against LibreOffice's layout of every
output of the embedded example and of a template with other margins and fonts in the tests.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from lxml import etree

from . import oxml
from .layout import Format, Layout
from .lines import count_lines, line_height, pieces, single_height

_MARK = etree.XPath("string(w:bookmarkStart[starts-with(@w:name, '_Sec_')]/@w:name)",
                    namespaces={"w": oxml.W_NS})
_NOTE_IDS = etree.XPath(".//w:footnoteReference/@w:id", namespaces={"w": oxml.W_NS})


@dataclass(frozen=True)
class Box:
    """A paragraph measured: spacing before and after, its lines and their height."""

    before: float
    lines: int
    line: float
    after: float
    fmt: Format
    slack: float = 0.0  # extra spacing of the last line that may reach past the page bottom

    @property
    def height(self) -> float:
        return self.before + self.lines * self.line + self.after


def measure(para: etree._Element, layout: Layout, width: float) -> Box:
    """`para` set in a column `width` twips wide."""
    fmt = layout.para_format(para)
    inner = width - fmt.left - fmt.right
    if fmt.num is not None and fmt.first < 0:  # label in the hanging indent, text at `left`
        first, start = inner, 0.0
    else:
        first, start = inner - fmt.first, 0.0
    lines = count_lines(pieces(para, layout, fmt), first, inner, start, layout.tab, fmt.tabs,
                        float(fmt.left))
    line = line_height(fmt)
    return Box(float(fmt.before), lines, line, float(fmt.after), fmt,
               max(0.0, line - single_height(fmt)))


@dataclass(frozen=True)
class Row:
    height: float
    header: bool


def stack(boxes: list[Box]) -> float:
    """Height of paragraphs one above the other (between two, the larger spacing counts)."""
    if not boxes:
        return 0.0
    total = boxes[0].before + boxes[-1].after
    for above, below in zip(boxes, boxes[1:], strict=False):
        total += above.lines * above.line + max(above.after, below.before)
    return total + boxes[-1].lines * boxes[-1].line


_SIDES = {"start": "left", "end": "right"}


def _table_props(tbl: etree._Element, layout: Layout) -> dict[str, int]:
    """Cell margins and border widths (twips) of a table: its style chain, then its tblPr."""
    props = {"top": 0, "bottom": 0, "left": 108, "right": 108, "border_top": 0,
             "border_bottom": 0, "border_insideH": 0}
    tbl_pr = tbl.find(oxml.w("tblPr"))
    style = tbl_pr.find(oxml.w("tblStyle")) if tbl_pr is not None else None
    sources = [s.tblpr for s in layout.table_chain(style.get(oxml.w("val"), ""))] \
        if style is not None else []
    for pr in [*sources, tbl_pr]:
        if pr is None:
            continue
        for side in pr.iterfind(f"{oxml.w('tblCellMar')}/*"):
            name = etree.QName(side).localname
            props[_SIDES.get(name, name)] = int(side.get(oxml.w("w"), "0"))
        for side in pr.iterfind(f"{oxml.w('tblBorders')}/*"):
            none = side.get(oxml.w("val")) in ("nil", "none")
            width = 0 if none else int(side.get(oxml.w("sz"), "0")) * 20 // 8
            props[f"border_{etree.QName(side).localname}"] = width
    return props


def table_rows(tbl: etree._Element, layout: Layout, width: float) -> list[Row]:
    """Each row's height in a table `width` twips wide (columns in the grid's proportions)."""
    grid = [int(c.get(oxml.w("w"), "0")) for c in tbl.iter(oxml.w("gridCol"))]
    total = sum(grid) or 1
    props = _table_props(tbl, layout)
    top, bottom, left, right = (props[k] for k in ("top", "bottom", "left", "right"))
    rows = []
    for index, tr in enumerate(tbl.findall(oxml.w("tr"))):
        column, tallest = 0, 0.0
        for tc in tr.findall(oxml.w("tc")):
            span_el = tc.find(f"{oxml.w('tcPr')}/{oxml.w('gridSpan')}")
            span = int(span_el.get(oxml.w("val"), "1")) if span_el is not None else 1
            cell = width * sum(grid[column:column + span]) / total - left - right
            column += span
            tallest = max(tallest, stack([measure(p, layout, cell)
                                          for p in tc.iter(oxml.w("p"))]))
        header = tr.find(f"{oxml.w('trPr')}/{oxml.w('tblHeader')}") is not None
        border = props["border_top"] if index == 0 else props["border_insideH"]
        rows.append(Row(tallest + top + bottom + border, header))
    if rows:  # the table's bottom border closes the last row
        rows[-1] = Row(rows[-1].height + props["border_bottom"], rows[-1].header)
    return rows


@dataclass
class Flow:
    """Pages being filled: the current page, the height used on it, and its footnotes."""

    layout: Layout
    notes: dict[str, float]
    separator: float = 0.0  # above the first footnote of a page
    page: int = 1
    used: float = 0.0  # to the last line of text on the page
    after: float = 0.0  # spacing after that line's paragraph
    explicit: bool = True  # the page began with a page break (its first spacing before counts)
    page_started: bool = False
    note_height: float = 0.0
    pages: dict[str, int] = field(default_factory=dict)
    trace: list[tuple[int, float]] = field(default_factory=list)

    @property
    def room(self) -> float:
        return self.layout.body_height - self.used - self.note_height

    @property
    def top(self) -> bool:
        return not self.used

    def gap(self, before: float) -> float:
        """Spacing above a paragraph here: the larger of the two paragraphs' spacings; none at
        the top of a page that a paragraph running over began, `before` after a page break."""
        if self.top:
            return before if self.explicit else 0.0
        return max(before, self.after)

    def start(self, mark: str, before: float, notes: float = 0.0) -> None:
        self.used += self.gap(before)
        self.note_height += notes
        self.trace.append((self.page, self.used))
        self.page_started = True
        if mark:
            self.pages[mark] = self.page

    def new_page(self, explicit: bool = False) -> None:
        self.page, self.used, self.after, self.note_height = self.page + 1, 0.0, 0.0, 0.0
        self.explicit = explicit

    def notes_of(self, element: etree._Element) -> float:
        """Height the footnotes referenced in `element` add at the foot of this page."""
        ids = _NOTE_IDS(element)
        assert isinstance(ids, list)
        height = sum(self.notes.get(str(nid), 0.0) for nid in ids)
        return height + (self.separator if height and not self.note_height else 0.0)


def _lead(box: Box) -> float:
    """What of a paragraph must share the page of a paragraph kept with it (keepNext)."""
    if box.fmt.keep_lines or box.fmt.keep_next:
        return box.before + box.lines * box.line - box.slack
    return box.before + min(box.lines, 2 if box.fmt.widows else 1) * box.line - box.slack


def _keep(boxes: list[Box | list[Row]], index: int) -> float:
    """What must follow paragraph `index` on its page: with keepNext, the start of the next
    element (the whole of a next paragraph that is itself kept with the one after it)."""
    box = boxes[index]
    if not isinstance(box, Box) or not box.fmt.keep_next or index + 1 >= len(boxes):
        return 0.0
    follow = boxes[index + 1]
    if isinstance(follow, list):
        return box.after + (follow[0].height if follow else 0.0)
    gap = max(box.after, follow.before) - follow.before
    chain = _keep(boxes, index + 1) if follow.fmt.keep_next else 0.0
    return gap + _lead(follow) + chain


def _split(box: Box, fit: int) -> int:
    """How many of a paragraph's lines stay on the page when `fit` would fit there."""
    if box.fmt.keep_lines:
        return 0
    least = 2 if box.fmt.widows else 1
    fit = min(fit, box.lines - least) if box.lines - fit < least else fit
    return fit if fit >= least else 0


def _place_para(flow: Flow, box: Box, keep: float, mark: str, notes: etree._Element) -> None:
    """Put one paragraph on the pages; `keep` is what must follow it on the same page, `notes`
    the element whose footnote references go to the foot of the page it starts on."""
    if box.fmt.break_before and (flow.used or flow.page_started):
        flow.new_page(explicit=True)
    text = box.lines * box.line - box.slack
    room = flow.room - flow.notes_of(notes)
    if not flow.top and (keep or box.fmt.keep_lines) and \
            flow.gap(box.before) + text + box.slack + keep > room and \
            box.before + text + box.slack + keep <= flow.layout.body_height:
        flow.new_page()
        room = flow.room - flow.notes_of(notes)
    if not flow.top and flow.gap(box.before) + text > room:
        fit = _split(box, int((room - flow.gap(box.before) + box.slack) // box.line))
        if fit <= 0:
            flow.new_page()
        else:
            flow.start(mark, box.before, flow.notes_of(notes))
            flow.new_page()
            flow.used, flow.after = (box.lines - fit) * box.line, box.after
            return
    flow.start(mark, box.before, flow.notes_of(notes))
    flow.used += box.lines * box.line
    flow.after = box.after


def _place_table(flow: Flow, tbl: etree._Element, rows: list[Row]) -> None:
    """Rows never split (w:cantSplit is on every row we write); a header row repeats on each
    page; a row's footnotes go to the foot of its page."""
    header = sum(r.height for r in rows if r.header)
    flow.start("", 0.0)
    for i, (tr, row) in enumerate(zip(tbl.findall(oxml.w("tr")), rows, strict=True)):
        notes = flow.notes_of(tr)
        if not flow.top and row.height > flow.room - notes:
            flow.new_page()
            notes = flow.notes_of(tr)
            if not row.header and i:
                flow.used += header
        flow.used += row.height
        flow.note_height += notes
    flow.after = 0.0


def estimate_pages(body: list[etree._Element], layout: Layout,
                   notes: dict[str, float] | None = None, separator: float = 0.0,
                   first_page: int = 1) -> Flow:
    """Lay out `body` (paragraphs and tables, the first on page `first_page`); the result's
    `pages` maps the name of every _Sec_ bookmark to the page its heading starts on.

    `notes` maps footnote ids to the height of their text in twips."""
    flow = Flow(layout, notes or {}, separator, page=first_page)
    width = float(layout.text_width)
    boxes: list[Box | list[Row]] = [
        table_rows(e, layout, width) if e.tag == oxml.w("tbl") else measure(e, layout, width)
        for e in body]
    for index, (element, box) in enumerate(zip(body, boxes, strict=True)):
        if isinstance(box, list):
            _place_table(flow, element, box)
            continue
        _place_para(flow, box, _keep(boxes, index), str(_MARK(element)), element)
    return flow
