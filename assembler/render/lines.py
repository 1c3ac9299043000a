"""How many lines a paragraph takes: its runs measured with the advance widths of their font,
broken greedily at the places a line may break (spaces, after a hyphen or dash), as Word and
LibreOffice fill lines of left-aligned text. Lengths are in twips.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from lxml import etree

from . import fontmetrics, oxml
from .layout import Format, Layout

FAMILY = {"arial": "sans", "liberation sans": "sans", "helvetica": "sans", "arimo": "sans",
          "times new roman": "serif", "liberation serif": "serif", "tinos": "serif",
          "courier new": "mono", "liberation mono": "mono", "cousine": "mono"}
SUPERSCRIPT = 0.58  # size of superscript (a footnote reference) relative to the text
BREAK_AFTER = "-–—\u2010"
_INDEX = {c: i for i, c in enumerate(fontmetrics.CHARS)}
_CONTENT = {oxml.w(t) for t in ("t", "delText", "tab", "br", "footnoteReference")}


def family(font: str) -> str:
    return FAMILY.get(font.lower(), "sans")


@functools.cache
def _scale(fmt_font: str, bold: bool, italic: bool) -> tuple[tuple[int, ...], float]:
    fam = family(fmt_font)
    return fontmetrics.WIDTHS[fam, bold, italic], 1.0 / fontmetrics.UNITS[fam]


def text_width(text: str, fmt: Format) -> float:
    """Width in twips of `text` set in `fmt` (size in half-points, so × 10 gives twips)."""
    widths, per_unit = _scale(fmt.font, fmt.bold, fmt.italic)
    default = widths[_INDEX["n"]]
    units = sum(widths[_INDEX[c]] if c in _INDEX else default for c in text)
    size = fmt.size * (SUPERSCRIPT if fmt.superscript else 1.0)
    return units * per_unit * size * 10


def single_height(fmt: Format) -> float:
    """Height in twips of one line of `fmt` at single spacing: the font's ascent + descent +
    line gap, each rounded to twips as LibreOffice does."""
    fam = family(fmt.font)
    twips = fmt.size * 10 / fontmetrics.UNITS[fam]
    return float(sum(round(part * twips) for part in fontmetrics.LINE[fam]))


def line_height(fmt: Format) -> float:
    """Height in twips of one line of `fmt` with its line spacing."""
    single = single_height(fmt)
    if fmt.line_rule == "exact":
        return float(fmt.line)
    if fmt.line_rule == "atLeast":
        return float(max(fmt.line, single))
    return float(round(single * fmt.line / 240))


@dataclass(frozen=True)
class Piece:
    """A stretch that cannot break inside: its width, the width of the spaces after it, and
    whether it is a tab (which jumps to the next tab stop) or a forced line break."""

    width: float
    space: float = 0.0
    tab: bool = False
    newline: bool = False


def _pieces_of(text: str, fmt: Format) -> list[Piece]:
    pieces: list[Piece] = []
    word = ""
    i = 0
    while i < len(text):
        c = text[i]
        if c == " ":
            j = i
            while j < len(text) and text[j] == " ":
                j += 1
            pieces.append(Piece(text_width(word, fmt), text_width(text[i:j], fmt)))
            word, i = "", j
            continue
        word += c
        if c in BREAK_AFTER and len(word) - 1 > 0 and i + 1 < len(text) and text[i + 1].isalpha():
            pieces.append(Piece(text_width(word, fmt)))
            word = ""
        i += 1
    if word:
        pieces.append(Piece(text_width(word, fmt)))
    return pieces


def pieces(para: etree._Element, layout: Layout, fmt: Format) -> list[Piece]:
    """The paragraph's content as unbreakable pieces; text running across runs is joined."""
    out: list[Piece] = []
    for run in para.iter(oxml.w("r")):
        rfmt = layout.run_format(fmt, run)
        for child in run:
            if child.tag not in _CONTENT:
                continue
            local = etree.QName(child).localname
            if local in ("t", "delText"):
                new = _pieces_of(child.text or "", rfmt)
            elif local == "footnoteReference":
                new = [Piece(text_width("9", rfmt) * SUPERSCRIPT)]
            else:
                new = [Piece(0.0, tab=local == "tab", newline=local == "br")]
            if new and out and not out[-1].space and not out[-1].tab and not new[0].tab \
                    and not out[-1].newline and not new[0].newline:
                new[0] = Piece(out.pop().width + new[0].width, new[0].space)  # one word
            out += new
    return out


def _tab(pos: float, following: float, stops: tuple[tuple[int, str], ...], tab: int,
         indent: float, width: float) -> float:
    """Where text continues after a tab at `pos` (relative to the indent): the next custom stop
    (a right or centred stop aligns the `following` text on it; a stop beyond the right margin
    counts as on it), else the next default stop."""
    for stop, kind in stops:
        at = min(stop - indent, width)
        if at > pos:
            if kind in ("right", "end"):
                return max(pos, at - following)
            return max(pos, at - following / 2) if kind == "center" else at
    return ((pos + indent) // tab + 1) * tab - indent


def count_lines(items: list[Piece], first: float, rest: float, start: float,
                tab: int, stops: tuple[tuple[int, str], ...] = (), indent: float = 0.0) -> int:
    """Lines needed for `items`: `first`/`rest` are the widths of the first and later lines,
    `start` where text starts on the first line (after a list label), `stops` the custom tab
    stops and `indent` the paragraph's left indent they are measured against."""
    lines, pos, width = 1, start, first
    for index, piece in enumerate(items):
        if piece.newline:
            lines, pos, width = lines + 1, 0.0, rest
            continue
        if piece.tab:
            following = items[index + 1].width if index + 1 < len(items) else 0.0
            pos = _tab(pos, following, stops, tab, indent, width)
            continue
        if pos and pos + piece.width > width + 0.5:
            lines, pos, width = lines + 1, 0.0, rest
            while piece.width > width + 0.5:  # a word longer than a line is cut
                lines, piece = lines + 1, Piece(piece.width - width, piece.space)
        pos += piece.width + piece.space
    return lines
