"""Model blocks → the Markdown a person would write (the inverse of `assembler.load.markdown`).

Used for text that comes back from Word: `parse_body(write_body(blocks))` gives the same blocks
again (checked by `importer` for every area it writes, and by the tests). Lines are wrapped at
100 columns like the hand-written sources, never where a break would start a new block.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..model import (
    Block,
    CrossRef,
    FootnoteRef,
    Image,
    Inline,
    LineBreak,
    Link,
    ListBlock,
    Paragraph,
    Quote,
    Section,
    Table,
    Text,
    Var,
)

WIDTH = 100
_ESCAPE = re.compile(r"([\\*_\[\]`<>!])")
_ENTITY = re.compile(r"&(?=#?\w+;)")
# A line starting so would begin a block (list, heading, break, fence …); `*`, `>` and `` ` ``
# are escaped wherever they stand.
_BLOCK_START = re.compile(
    r"(~~~|#{1,6}(?=\s|$)|[-=]+(?=\s*$)|(?:[-+=|]|\d{1,9}[.)])(?=\s|$))")


@dataclass
class Notes:
    """Footnote definitions (label → blocks); `order` records first references while writing."""

    defs: dict[str, tuple[Block, ...]] = field(default_factory=dict)
    order: list[str] = field(default_factory=list)

    def use(self, label: str) -> str:
        if label not in self.order:
            self.order.append(label)
        return label


def escape(text: str, table: bool = False) -> str:
    out = _ENTITY.sub("\\&", _ESCAPE.sub(r"\\\1", text))
    return out.replace("|", "\\|") if table else out


def _fmt(it: Inline) -> tuple[bool, bool]:
    if isinstance(it, Text | Var):
        return it.bold, it.italic
    return False, False


def _atom(it: Inline, notes: Notes, table: bool) -> str:
    if isinstance(it, Text):
        if it.code:
            fence = "``" if "`" in it.text else "`"
            return f"{fence}{it.text}{fence}"
        return escape(it.text, table)
    if isinstance(it, Var):
        return "{{ " + it.name + " }}"
    if isinstance(it, LineBreak):
        return "\\\n"
    if isinstance(it, CrossRef):
        return f"[{inlines(it.children, notes, table)}](#{it.target})"
    if isinstance(it, Link):
        return f"[{inlines(it.children, notes, table)}](<{it.url}>)" if " " in it.url else \
            f"[{inlines(it.children, notes, table)}]({it.url})"
    if isinstance(it, FootnoteRef):
        return f"[^{notes.use(it.label.rpartition('#')[2])}]"
    if isinstance(it, Image):
        title = ' "' + it.title.replace('"', '\\"') + '"' if it.title else ""
        return f"![{escape(it.alt, table)}]({it.src}{title})"
    return ""


def _mark(body: str, marker: str) -> str:
    """Emphasis markers around `body`, its edge spaces kept outside (flanking rules)."""
    if not marker or not body.strip():
        return body
    lead = body[: len(body) - len(body.lstrip())]
    trail = body[len(body.rstrip()):]
    return f"{lead}{marker}{body.strip()}{marker}{trail}"


def _region(items: list[Inline], notes: Notes, table: bool) -> str:
    """A run of formatted items: the attribute all share is the outer emphasis (bold first),
    the other one marks inner runs; without a shared one, each run is marked on its own."""
    bold = all(_fmt(it)[0] for it in items)
    italic = all(_fmt(it)[1] for it in items)
    if not bold and not italic:
        return "".join(_mark(_atoms(run, notes, table),
                             {(True, True): "***", (True, False): "**", (False, True): "*"}
                             .get(_fmt(run[0]), "")) for run in _runs(items, _fmt))
    outer, inner = ("**", 1) if bold else ("*", 0)
    if bold and italic:
        return _mark(_atoms(items, notes, table), "***")
    body = "".join(_mark(_atoms(run, notes, table), "*" if inner == 1 and _fmt(run[0])[1]
                         else "**" if inner == 0 and _fmt(run[0])[0] else "")
                   for run in _runs(items, lambda it: _fmt(it)[inner]))
    return _mark(body, outer)


def _runs(items: list[Inline], key) -> list[list[Inline]]:  # type: ignore[no-untyped-def]
    out: list[list[Inline]] = []
    for it in items:
        if out and key(out[-1][-1]) == key(it):
            out[-1].append(it)
        else:
            out.append([it])
    return out


def _atoms(items: list[Inline], notes: Notes, table: bool) -> str:
    return "".join(_atom(it, notes, table) for it in items)


def inlines(items: tuple[Inline, ...], notes: Notes, table: bool = False) -> str:
    """Inline content: plain atoms, and formatted regions (see `_region`)."""
    out: list[str] = []
    for run in _runs(list(items), lambda it: _fmt(it) != (False, False)):
        formatted = _fmt(run[0]) != (False, False)
        out.append(_region(run, notes, table) if formatted else _atoms(run, notes, table))
    return "".join(out)


def wrap(text: str, indent: str = "", first: str = "") -> list[str]:
    """Break at spaces to WIDTH columns; never inside `{{ }}`, links, or before a block marker."""
    words = _words(text)
    lines: list[str] = []
    line = first
    for word in words:
        candidate = line + word if not line.strip() or line.endswith(" ") else f"{line} {word}"
        if (len(candidate) > WIDTH and line.strip() and "\n" not in line
                and not _BLOCK_START.match(word)):
            lines.append(line)
            line = indent + word
        else:
            line = candidate
    lines.append(line)
    return [part for ln in lines for part in ln.split("\n")]


def _words(text: str) -> list[str]:
    """Split at single spaces outside brackets and `{{ }}`; hard breaks end a word."""
    words: list[str] = []
    depth, cur = 0, ""
    i = 0
    while i < len(text):
        ch = text[i]
        if text.startswith("{{", i) or (ch in "[(" and (i == 0 or text[i - 1] != "\\")):
            depth += 1
        elif text.startswith("}}", i) or (ch in "])" and text[i - 1] != "\\"):
            depth = max(0, depth - 1)
        if ch == " " and depth == 0:
            words.append(cur)
            cur = ""
        else:
            cur += ch
        i += 1
    words.append(cur)
    return [w_ for w_ in words if w_ != ""] or [""]


def _guard_start(text: str) -> str:
    """Escape a paragraph's first character when it would start a list, heading, quote …"""
    m = _BLOCK_START.match(text)
    if m is None:
        return text
    if m.group(1)[0].isdigit():
        n = len(m.group(1))
        return text[: n - 1] + "\\" + text[n - 1:]
    return "\\" + text


def paragraph(p: Paragraph, notes: Notes, indent: str = "", first: str = "") -> list[str]:
    text = _guard_start(inlines(p.children, notes).strip())
    return wrap(text, indent, first)


def list_lines(b: ListBlock, notes: Notes, indent: str = "", alt: bool = False) -> list[str]:
    lines: list[str] = []
    loose = any(sum(isinstance(x, Paragraph) for x in item) > 1 for item in b.items)
    for n, item in enumerate(b.items, b.start):
        marker = (f"{n}{')' if alt else '.'} " if b.ordered else ("* " if alt else "- "))
        inner = indent + " " * len(marker)
        first_line = indent + marker
        if n > b.start and loose:
            lines.append("")
        for k, block in enumerate(item):
            if k and (loose or not isinstance(block, ListBlock)):
                lines.append("")
            sub = block_lines(block, notes, inner, first_line if k == 0 else inner)
            lines.extend(sub)
            first_line = inner
        if not item:
            lines.append(first_line.rstrip())
    return lines


def table_lines(t: Table, notes: Notes, indent: str = "") -> list[str]:
    cols = max([len(t.header)] + [len(r) for r in t.rows]) or 1

    def row(cells: tuple[tuple[Inline, ...], ...]) -> str:
        texts = [inlines(c, notes, table=True).strip() for c in cells]
        texts += [""] * (cols - len(texts))
        return indent + "| " + " | ".join(texts) + " |"

    rule = {"center": ":---:", "right": "---:"}
    aligns = [rule.get(a, "---") for a in (*t.align, *("left",) * cols)[:cols]]
    return [row(t.header), indent + "|" + "|".join(aligns) + "|", *(row(r) for r in t.rows)]


def block_lines(b: Block, notes: Notes, indent: str = "", first: str | None = None,
                alt: bool = False) -> list[str]:
    first = indent if first is None else first
    if isinstance(b, Paragraph):
        return paragraph(b, notes, indent, first)
    if isinstance(b, ListBlock):
        lines = list_lines(b, notes, indent, alt)
        return [first + lines[0][len(indent):], *lines[1:]] if lines else []
    if isinstance(b, Table):
        lines = table_lines(b, notes, indent)
        return [first + lines[0][len(indent):], *lines[1:]]
    if isinstance(b, Quote):
        inner = blocks_lines(b.blocks, notes)
        quoted = [(indent + "> " + ln).rstrip() for ln in inner]
        return [first + quoted[0][len(indent):], *quoted[1:]] if quoted else []
    return []


def blocks_lines(blocks: tuple[Block, ...], notes: Notes, indent: str = "") -> list[str]:
    lines: list[str] = []
    prev: Block | None = None
    alt = False  # two lists in a row need different markers, or CommonMark joins them
    for b in blocks:
        if lines:
            lines.append("")
        alt = (isinstance(prev, ListBlock) and isinstance(b, ListBlock)
               and prev.ordered == b.ordered and not alt)
        lines.extend(block_lines(b, notes, indent, alt=alt))
        prev = b
    return lines


def section_lines(s: Section, level: int, notes: Notes) -> list[str]:
    """A sub-section: `##` heading (with `{#id}` when it has one) then its content."""
    title = inlines(s.title, notes).strip()
    heading = "#" * level + " " + title + (f" {{#{s.id}}}" if s.explicit_id else "")
    lines = [heading]
    if s.blocks:
        lines += ["", *blocks_lines(s.blocks, notes)]
    for child in s.children:
        lines += ["", *section_lines(child, level + 1, notes)]
    return lines


def footnote_lines(notes: Notes) -> list[str]:
    lines: list[str] = []
    for label in [*notes.order, *(k for k in notes.defs if k not in notes.order)]:
        body = blocks_lines(notes.defs.get(label, ()), Notes(), "    ")
        head = f"[^{label}]: "
        if body:
            body[0] = head + body[0].lstrip()
        lines += ["", *(body or [head.rstrip()])]
    return lines


def write_body(blocks: tuple[Block, ...], sections: tuple[Section, ...] = (),
               footnotes: dict[str, tuple[Block, ...]] | None = None) -> str:
    """The Markdown body of a source file: blocks, sub-sections, then footnote definitions
    (`footnotes`: label → blocks)."""
    notes = Notes(dict(footnotes or {}))
    lines = blocks_lines(blocks, notes)
    for s in sections:
        lines += (["", *section_lines(s, 2, notes)] if lines else section_lines(s, 2, notes))
    lines += footnote_lines(notes)
    text = "\n".join(lines).strip("\n")
    return text + "\n" if text else ""
