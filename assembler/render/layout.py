"""The layout a house template prescribes, read from its own parts: page size and margins
(w:sectPr), default tab stop (settings), and the formatting of every paragraph and character
style (w:docDefaults, w:basedOn chains, numbering levels) — so a template edited in Word keeps
the contents-page estimate right. Lengths are in twips (1/20 pt), font sizes in half-points.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field

from lxml import etree

from . import oxml

_ON_OFF = {"0": False, "false": False, "off": False}


@dataclass(frozen=True)
class Format:
    """Resolved formatting of one paragraph (or of a run, for the character fields)."""

    font: str = "Times New Roman"
    size: int = 20
    bold: bool = False
    italic: bool = False
    superscript: bool = False
    before: int = 0
    after: int = 0
    line: int = 240
    line_rule: str = "auto"
    left: int = 0
    right: int = 0
    first: int = 0  # first-line indent; negative for a hanging indent
    keep_next: bool = False
    keep_lines: bool = False
    break_before: bool = False
    widows: bool = True  # LibreOffice keeps two lines together unless a style says otherwise
    num: tuple[str, int] | None = None  # numId, ilvl
    tabs: tuple[tuple[int, str], ...] = ()  # custom tab stops: position, alignment


def _flag(element: etree._Element) -> bool:
    return _ON_OFF.get(element.get(oxml.w("val"), "1"), True)


def _int(element: etree._Element, name: str, default: int) -> int:
    value = element.get(oxml.w(name))
    try:
        return int(float(value)) if value is not None else default
    except ValueError:
        return default


_RUN_FLAGS = {"b": "bold", "i": "italic"}
_PARA_FLAGS = {"keepNext": "keep_next", "keepLines": "keep_lines",
               "pageBreakBefore": "break_before", "widowControl": "widows"}


def apply_rpr(fmt: Format, rpr: etree._Element | None) -> Format:
    """`fmt` with the character properties of a w:rPr applied."""
    if rpr is None:
        return fmt
    changes: dict[str, object] = {}
    for child in rpr:
        tag = etree.QName(child).localname
        if tag in _RUN_FLAGS:
            changes[_RUN_FLAGS[tag]] = _flag(child)
        elif tag == "sz":
            changes["size"] = _int(child, "val", fmt.size)
        elif tag == "rFonts" and child.get(oxml.w("ascii")):
            changes["font"] = child.get(oxml.w("ascii"))
        elif tag == "vertAlign":
            changes["superscript"] = child.get(oxml.w("val")) in ("superscript", "subscript")
    return dataclasses.replace(fmt, **changes)  # type: ignore[arg-type]


def apply_ppr(fmt: Format, ppr: etree._Element | None) -> Format:
    """`fmt` with the paragraph properties of a w:pPr applied (not its mark's w:rPr)."""
    if ppr is None:
        return fmt
    changes: dict[str, object] = {}
    for child in ppr:
        tag = etree.QName(child).localname
        if tag in _PARA_FLAGS:
            changes[_PARA_FLAGS[tag]] = _flag(child)
        elif tag == "spacing":
            changes["before"] = _int(child, "before", fmt.before)
            changes["after"] = _int(child, "after", fmt.after)
            changes["line"] = _int(child, "line", fmt.line)
            changes["line_rule"] = child.get(oxml.w("lineRule"), fmt.line_rule if
                                             child.get(oxml.w("line")) is None else "auto")
        elif tag == "ind":
            changes["left"] = _int(child, "left", _int(child, "start", fmt.left))
            changes["right"] = _int(child, "right", _int(child, "end", fmt.right))
            if child.get(oxml.w("hanging")) is not None:
                changes["first"] = -_int(child, "hanging", 0)
            elif child.get(oxml.w("firstLine")) is not None:
                changes["first"] = _int(child, "firstLine", 0)
        elif tag == "tabs":
            stops = dict(fmt.tabs)
            for tab in child:
                pos, kind = _int(tab, "pos", 0), tab.get(oxml.w("val"), "left")
                if kind == "clear":
                    stops.pop(pos, None)
                else:
                    stops[pos] = kind
            changes["tabs"] = tuple(sorted(stops.items()))
        elif tag == "numPr":
            num_id, ilvl = child.find(oxml.w("numId")), child.find(oxml.w("ilvl"))
            numbered = num_id is not None and num_id.get(oxml.w("val"), "0") != "0"
            changes["num"] = (num_id.get(oxml.w("val")), _int(ilvl, "val", 0) if ilvl is not None
                              else 0) if numbered and num_id is not None else None
    return dataclasses.replace(fmt, **changes)  # type: ignore[arg-type]


@dataclass(frozen=True)
class Style:
    based_on: str
    ppr: etree._Element | None
    rpr: etree._Element | None
    tblpr: etree._Element | None = None


@dataclass(frozen=True)
class Layout:
    """Page geometry and styles of one document, in twips."""

    page_height: int = 16838
    page_width: int = 11906
    top: int = 1417
    bottom: int = 1417
    left: int = 1417
    right: int = 1417
    tab: int = 720
    default: Format = Format()
    styles: dict[str, Style] = field(default_factory=dict)
    default_para: str = ""
    levels: dict[tuple[str, int], etree._Element] = field(default_factory=dict)  # → lvl pPr
    header: int = 0  # height the header takes above the body, when it exceeds the top margin
    footer: int = 0
    table_border: int = 0  # twips a row's border adds to its height

    @property
    def text_width(self) -> int:
        return self.page_width - self.left - self.right

    @property
    def body_height(self) -> int:
        return self.page_height - max(self.top, self.header) - max(self.bottom, self.footer)

    def _chain(self, style_id: str) -> list[Style]:
        chain: list[Style] = []
        while style_id in self.styles and len(chain) < 20:
            chain.append(self.styles[style_id])
            style_id = self.styles[style_id].based_on
        return chain[::-1]

    def table_chain(self, style_id: str) -> list[Style]:
        return self._chain(style_id)

    def style_format(self, style_id: str) -> Format:
        fmt = self.default
        for style in self._chain(style_id or self.default_para):
            fmt = apply_rpr(apply_ppr(fmt, style.ppr), style.rpr)
        return fmt

    def para_format(self, para: etree._Element) -> Format:
        """The formatting a paragraph gets: defaults, its style, its list level, direct pPr."""
        ppr = para.find(oxml.w("pPr"))
        style = ppr.find(oxml.w("pStyle")) if ppr is not None else None
        fmt = self.style_format(style.get(oxml.w("val"), "") if style is not None else "")
        numbered = apply_ppr(fmt, ppr).num
        if numbered is not None and numbered in self.levels:
            fmt = apply_ppr(fmt, self.levels[numbered])
        return apply_ppr(fmt, ppr)

    def run_format(self, base: Format, run: etree._Element) -> Format:
        rpr = run.find(oxml.w("rPr"))
        if rpr is None:
            return base
        rstyle = rpr.find(oxml.w("rStyle"))
        if rstyle is not None:
            for style in self._chain(rstyle.get(oxml.w("val"), "")):
                base = apply_rpr(base, style.rpr)
        return apply_rpr(base, rpr)


def _styles(styles: etree._Element) -> tuple[dict[str, Style], str, Format]:
    table: dict[str, Style] = {}
    default_para = ""
    for style in styles.iter(oxml.w("style")):
        sid = style.get(oxml.w("styleId"), "")
        based = style.find(oxml.w("basedOn"))
        table[sid] = Style(based.get(oxml.w("val"), "") if based is not None else "",
                           style.find(oxml.w("pPr")), style.find(oxml.w("rPr")),
                           style.find(oxml.w("tblPr")))
        if style.get(oxml.w("type")) == "paragraph" and style.get(oxml.w("default")) == "1":
            default_para = sid
    fmt = Format()
    defaults = styles.find(oxml.w("docDefaults"))
    if defaults is not None:
        fmt = apply_rpr(fmt, defaults.find(f"{oxml.w('rPrDefault')}/{oxml.w('rPr')}"))
        fmt = apply_ppr(fmt, defaults.find(f"{oxml.w('pPrDefault')}/{oxml.w('pPr')}"))
    return table, default_para, fmt


def _levels(numbering: etree._Element | None) -> dict[tuple[str, int], etree._Element]:
    if numbering is None:
        return {}
    abstract = {a.get(oxml.w("abstractNumId")): a for a in numbering.iter(oxml.w("abstractNum"))}
    levels: dict[tuple[str, int], etree._Element] = {}
    for num in numbering.iter(oxml.w("num")):
        ref = num.find(oxml.w("abstractNumId"))
        definition = abstract.get(ref.get(oxml.w("val")) if ref is not None else None)
        if definition is None:
            continue
        for lvl in definition.iter(oxml.w("lvl")):
            ppr = lvl.find(oxml.w("pPr"))
            if ppr is not None:
                levels[num.get(oxml.w("numId"), ""), _int(lvl, "ilvl", 0)] = ppr
    return levels


def read_layout(body: etree._Element, styles: etree._Element,
                numbering: etree._Element | None = None,
                settings: etree._Element | None = None) -> Layout:
    """The layout of a document from its body (last w:sectPr), styles, numbering and settings."""
    table, default_para, fmt = _styles(styles)
    geometry: dict[str, int] = {}
    sect = body.find(oxml.w("sectPr"))
    if sect is not None:
        size, margins = sect.find(oxml.w("pgSz")), sect.find(oxml.w("pgMar"))
        if size is not None:
            geometry.update(page_width=_int(size, "w", 11906), page_height=_int(size, "h", 16838))
        if margins is not None:
            for name in ("top", "bottom", "left", "right"):
                geometry[name] = abs(_int(margins, name, 1417))
            geometry["left"] += _int(margins, "gutter", 0)
    tab = settings.find(oxml.w("defaultTabStop")) if settings is not None else None
    return Layout(**geometry, tab=_int(tab, "val", 720) if tab is not None else 720,
                  default=fmt, styles=table, default_para=default_para,
                  levels=_levels(numbering))
