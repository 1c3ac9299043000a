"""A Word paragraph → model inlines: runs with their bold/italic (direct or by character
style), hyperlinks, tokens (runs in `PlanToken`, read back as their source syntax), footnotes,
line breaks and field results. What the plan cannot hold is reported by name, never dropped."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import Any

from lxml import etree
from markdown_it.common.normalize_url import normalizeLink

from ..errors import Diagnostics, Loc
from ..i18n.messages import t
from ..load.markdown import parse_inline
from ..model import Block, FootnoteRef, Image, Inline, LineBreak, Link, Text, Var
from ..ooxml.ns import qn
from ..remiss.forms import w
from .areas import TOKEN_STYLE
from .wordpkg import WordPackage, _on

MATH = (qn("m:oMath"), qn("m:oMathPara"))
V_TEXTBOX = qn("v:textbox")
FORM_LOC = Loc("form", 0, 0)
_SPACE = re.compile(r"[ \t\r\n]+")
# a picture's token: ![alt](src "title"), as mdwrite writes it
IMAGE_TOKEN = re.compile(r'!\[((?:[^\]\\]|\\.)*)\]\((\S+?)(?: "((?:[^"\\]|\\.)*)")?\)')
_UNESCAPE = re.compile(r"\\(.)")
TRACKED = {"ins": "an insertion", "del": "a deletion", "moveFrom": "a move",
           "moveTo": "a move"}
SKIP = {"bookmarkStart", "bookmarkEnd", "proofErr", "permStart", "permEnd", "lastRenderedPageBreak",
        "rPr", "pPr", "sdtPr", "sdtEndPr", "commentRangeEnd", "instrText", "delText",
        "footnoteRef", "annotationRef", "separator", "continuationSeparator"}


@dataclass
class InlineReader:
    """Reads paragraphs of one area; collects footnotes and problems on the way."""

    pkg: WordPackage
    note_blocks: Callable[[etree._Element], tuple[Block, ...]]
    labels: list[str] = field(default_factory=list)  # the source's footnote labels, in order
    notes: dict[str, tuple[Block, ...]] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)
    in_field: list[str] = field(default_factory=list)  # "instr" | "result" per open field

    def paragraph(self, para: etree._Element) -> tuple[Inline, ...]:
        items: list[Any] = []
        self.walk(para, items, False, False)
        return tidy(items)

    def walk(self, el: etree._Element, out: list[Any], bold: bool, italic: bool) -> None:
        for child in el:
            if not isinstance(child.tag, str):
                continue
            name = etree.QName(child).localname
            if child.tag == w("r"):
                self.run(child, out)
            elif child.tag == w("hyperlink"):
                self.hyperlink(child, out)
            elif name in TRACKED and child.tag == w(name):
                self.problems.append(t("{change} still tracked (accept or reject it)",
                                       change=t(TRACKED[name])))
                if name in ("ins", "moveTo"):
                    self.walk(child, out, bold, italic)
            elif child.tag in (w("commentRangeStart"), w("commentReference")):
                if child.tag == w("commentRangeStart"):
                    self.problems.append(t("a comment (delete it or write its point in the text)"))
            elif child.tag in MATH:
                self.problems.append(t("an equation"))
            elif name not in SKIP:
                self.walk(child, out, bold, italic)  # sdt, sdtContent, smartTag, fldSimple …

    def run(self, run: etree._Element, out: list[Any]) -> None:
        rpr = run.find(w("rPr"))
        bold = italic = code = token = False
        if rpr is not None:
            style = rpr.find(w("rStyle"))
            sid = style.get(w("val"), "") if style is not None else ""
            bold, italic = self.pkg.char_format(sid)
            bold = _on(rpr.find(w("b"))) if rpr.find(w("b")) is not None else bold
            italic = _on(rpr.find(w("i"))) if rpr.find(w("i")) is not None else italic
            code, token = sid == "Code", sid == TOKEN_STYLE
            if rpr.find(w("rPrChange")) is not None:
                self.problems.append(t("a formatting change still tracked (accept or reject it)"))
        for child in run:
            self.run_child(child, out, bold, italic, code, token)

    def run_child(self, child: etree._Element, out: list[Any], bold: bool, italic: bool,
                  code: bool, token: bool) -> None:
        tag = child.tag
        if tag == w("fldChar"):
            kind = child.get(w("fldCharType"))
            if kind == "begin":
                self.in_field.append("instr")
            elif kind == "separate" and self.in_field:
                self.in_field[-1] = "result"
            elif kind == "end" and self.in_field:
                self.in_field.pop()
        elif self.in_field and self.in_field[-1] == "instr":
            return
        elif tag == w("t"):
            kind = "token" if token else ""
            out.append(_Token(child.text or "", bold, italic) if kind else
                       Text(child.text or "", bold, italic, code))
        elif tag in (w("tab"), w("ptab")):
            out.append(Text(" ", bold, italic))
        elif tag in (w("br"), w("cr")):
            if child.get(w("type"), "textWrapping") == "textWrapping":
                out.append(LineBreak())
        elif tag == w("noBreakHyphen"):
            out.append(Text("-", bold, italic))
        elif tag == w("sym"):
            out.append(Text(chr(int(child.get(w("char"), "20"), 16) & 0xFFFF), bold, italic))
        elif tag == w("footnoteReference"):
            self.footnote(child.get(w("id"), ""), out)
        elif tag == w("endnoteReference"):
            self.problems.append(t("an endnote (use a footnote instead)"))
        elif tag in (w("drawing"), w("pict"), w("object")):
            self.problems.append(_graphic(child))

    def hyperlink(self, link: etree._Element, out: list[Any]) -> None:
        kids: list[Any] = []
        self.walk(link, kids, False, False)
        rid = link.get(qn("r:id"), "")
        url = normalizeLink(self.pkg.links.get(rid, ""))  # as the Markdown reader stores it
        out.append(Link(url, tidy(kids, strip=False)) if url else _Group(tuple(kids)))

    def footnote(self, note_id: str, out: list[Any]) -> None:
        note = self.pkg.footnotes.get(note_id)
        n = len(self.notes)
        label = self.labels[n] if n < len(self.labels) else f"not{n + 1}"
        while label in self.notes:
            label += "x"
        self.notes[label] = self.note_blocks(note) if note is not None else ()
        out.append(FootnoteRef(label, FORM_LOC))


@dataclass(frozen=True)
class _Token:
    text: str
    bold: bool
    italic: bool


@dataclass(frozen=True)
class _Group:
    children: tuple[Inline, ...]


def _graphic(el: etree._Element) -> str:
    if el.find(f".//{w('txbxContent')}") is not None or el.find(f".//{V_TEXTBOX}") is not None:
        return t("a text box (move its text into the area)")
    doc_pr = el.find(f".//{qn('wp:docPr')}")
    alt = (doc_pr.get("descr") or doc_pr.get("title") or "") if doc_pr is not None else ""
    if alt:
        return t("an image ({alt!r}); images cannot be part of the plan text", alt=alt)
    return t("an image without alt text; images cannot be part of the plan text")


def _tokens(items: list[Any]) -> list[Inline]:
    """Neighbouring token runs → one token → the inlines its source syntax parses to."""
    out: list[Any] = []
    pending: list[_Token] = []

    def flush() -> None:
        if pending:
            text = "".join(t.text for t in pending)
            picture = IMAGE_TOKEN.fullmatch(text)  # its file is beside the source, not here
            parsed = ([Image(_UNESCAPE.sub(r"\1", picture[1]), picture[2], "", "",
                             _UNESCAPE.sub(r"\1", picture[3] or ""))] if picture
                      else parse_inline(text, "form", 0, "form", Diagnostics()))
            bold, italic = pending[0].bold, pending[0].italic
            for it in parsed or (Text(text),):
                if isinstance(it, Text | Var):
                    it = replace(it, bold=bold or it.bold, italic=italic or it.italic)
                out.append(it)
            pending.clear()

    for it in items:
        if isinstance(it, _Token):
            pending.append(it)
        else:
            flush()
            out.extend(it.children if isinstance(it, _Group) else (it,))
    flush()
    return out


def _peel(items: list[Inline]) -> list[Inline]:
    """Spaces at the edges of bold or italic text move outside it (Markdown cannot hold them
    inside its markers; a writer who selected a word with its space meant the word)."""
    out: list[Inline] = []
    for it in items:
        if isinstance(it, Text) and (it.bold or it.italic) and not it.code and it.text.strip():
            core = it.text.strip(" ")
            lead, trail = it.text[: len(it.text) - len(it.text.lstrip(" "))], it.text[
                len(it.text.rstrip(" ")):]
            out += [Text(lead)] if lead else []
            out.append(replace(it, text=core))
            out += [Text(trail)] if trail else []
        elif isinstance(it, Text) and (it.bold or it.italic) and not it.code:
            out.append(Text(it.text))
        else:
            out.append(it)
    return out


def _punct(ch: str) -> bool:
    return unicodedata.category(ch)[0] in "PS"


def _word(ch: str | None) -> bool:
    return ch is not None and not ch.isspace() and not _punct(ch)


def _peel_punct(items: list[Inline]) -> list[Inline]:
    """Punctuation at the edge of bold or italic text, right next to a letter outside it,
    loses the formatting: CommonMark cannot open or close emphasis there ("ord*:*")."""
    out: list[Inline] = []
    for n, it in enumerate(items):
        if not (isinstance(it, Text) and (it.bold or it.italic) and not it.code):
            out.append(it)
            continue
        prev = items[n - 1] if n else None
        nxt = items[n + 1] if n + 1 < len(items) else None
        before = prev.text[-1:] or None if isinstance(prev, Text) else None
        after = nxt.text[:1] or None if isinstance(nxt, Text) else None
        text, head, tail = it.text, "", ""
        while text and _punct(text[0]) and _word(before):
            head, text = head + text[0], text[1:]
        while text and _punct(text[-1]) and _word(after):
            tail, text = text[-1] + tail, text[:-1]
        out += [Text(head)] if head else []
        out += [replace(it, text=text)] if text else []
        out += [Text(tail)] if tail else []
    return out


def tidy(items: list[Any], strip: bool = True) -> tuple[Inline, ...]:
    """Tokens parsed, white space collapsed as Markdown reads it, empty texts dropped."""
    from ..resolve import merge_texts

    merged = list(merge_texts(_tokens(items)))
    for _ in range(4):  # peeling punctuation can bare a space, and the other way round
        peeled = list(merge_texts(_peel_punct(list(merge_texts(_peel(merged))))))
        if peeled == merged:
            break
        merged = peeled
    out: list[Any] = []
    for i, it in enumerate(merged):
        if isinstance(it, Text) and not it.code:
            text = _SPACE.sub(" ", it.text)
            prev = out[-1] if out else None
            if (isinstance(prev, Text) and prev.text.endswith(" ")) or (
                    strip and prev is None) or isinstance(prev, LineBreak):
                text = text.lstrip(" ")
            if strip and i == len(merged) - 1 or (
                    i + 1 < len(merged) and isinstance(merged[i + 1], LineBreak)):
                text = text.rstrip(" ")
            it = Text(text, it.bold, it.italic)
        if not (isinstance(it, Text) and not it.text):
            out.append(it)
    while strip and out and isinstance(out[-1], LineBreak):
        out.pop()
    return tuple(out)
