"""Markdown (CommonMark + tables + footnotes + `::: slot`) → model blocks and sections.

Parsing is markdown-it-py's; this module only maps its syntax tree onto the model and keeps
source positions. Variables `{{ x.y }}` and `[](#id)` references are recognised here and
resolved later.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from markdown_it import MarkdownIt
from markdown_it.tree import SyntaxTreeNode
from mdit_py_plugins.container import container_plugin
from mdit_py_plugins.footnote import footnote_plugin

from . import mdguard
from .errors import Diagnostics, ExitCode, Loc
from .model import (
    Block,
    CrossRef,
    FootnoteRef,
    Inline,
    LineBreak,
    Link,
    ListBlock,
    Paragraph,
    Quote,
    Section,
    Slot,
    Table,
    Text,
    Var,
)
from .model.syntax import HEADING_ID_RE, ID_RE, LOOSE_FOOTNOTE_RE, VAR_RE  # noqa: F401 - re-exported

MARKUP_CHARS = frozenset("*_[]`<>&\\!#|~")


def _slot_validate(params: str, *args: object) -> bool:
    return params.strip().split(" ", 1)[0] == "slot"


_MD = mdguard.install(
    MarkdownIt("commonmark", {"typographer": False})
    .enable("table")
    # An indented line is a continued paragraph, not a code block; no link reference definitions.
    .disable(["code", "reference"])
    .use(footnote_plugin)
    .use(container_plugin, name="slot", validate=_slot_validate)
)
_CLOSER = re.compile(r"\s*:{3,}\s*$")


@dataclass
class Body:
    """A parsed Markdown body: top blocks, the sub-sections under it, and footnote definitions."""

    blocks: tuple[Block, ...]
    sections: tuple[Section, ...]
    footnotes: dict[str, tuple[Block, ...]] = field(default_factory=dict)


class _Converter:
    def __init__(self, text: str, path: str, first_line: int, key: str, diags: Diagnostics):
        self.lines = text.split("\n")
        self.path = path
        self.first_line = first_line  # file line number of the body's first line
        self.key = key  # namespace for footnote labels
        self.diags = diags
        self.cursor: tuple[int, int] = (0, 0)
        self.auto_ids = 0
        self.in_slot = False

    # -- locations
    def loc(self, node: SyntaxTreeNode | None) -> Loc:
        line = node.map[0] if node is not None and node.map else 0
        return Loc(self.path, self.first_line + line, 1)

    def find(self, needle: str) -> Loc:
        """Locate `needle` at or after the cursor (inline tokens carry no position)."""
        line, col = self.cursor
        for i in range(line, len(self.lines)):
            pos = self.lines[i].find(needle, col if i == line else 0)
            if pos >= 0:
                self.cursor = (i, pos + len(needle))
                return Loc(self.path, self.first_line + i, pos + 1)
        return Loc(self.path, self.first_line + line, col + 1)

    def find_link(self, href: str) -> Loc:
        """The position of the '[' that opens a link to `href`."""
        loc = self.find(f"]({href}")
        line = self.lines[loc.line - self.first_line] if loc.line >= self.first_line else ""
        start = line.rfind("[", 0, loc.col)
        return Loc(loc.path, loc.line, start + 1 if start >= 0 else loc.col)

    def enter(self, node: SyntaxTreeNode) -> None:
        if node.map:
            self.cursor = (node.map[0], 0)

    # -- inlines
    def inlines(self, node: SyntaxTreeNode, bold: bool = False,
                italic: bool = False) -> list[Inline]:
        out: list[Inline] = []
        for child in node.children:
            t = child.type
            if t == "text":
                out.extend(self.text(child.content, bold, italic))
            elif t == "strong":
                out.extend(self.inlines(child, True, italic))
            elif t == "em":
                out.extend(self.inlines(child, bold, True))
            elif t == "code_inline":
                out.append(Text(child.content, bold, italic, code=True))
            elif t in ("softbreak",):
                out.append(Text(" ", bold, italic))
            elif t == "hardbreak":
                out.append(LineBreak())
            elif t == "link":
                href = str(child.attrs.get("href", ""))
                kids = tuple(self.inlines(child, bold, italic))
                if href.startswith("#"):
                    out.append(CrossRef(href[1:], kids, self.find_link(href)))
                else:
                    out.append(Link(href, kids))
            elif t == "footnote_ref":
                label = str(child.meta["label"])
                out.append(FootnoteRef(f"{self.key}#{label}", self.find(f"[^{label}]")))
            elif t in ("html_inline", "image"):
                self.diags.error(
                    self.find(child.content or "<"),
                    ExitCode.SYNTAX,
                    f"{t.replace('_', ' ')} is not supported in plan text",
                    "write plain Markdown; images and raw HTML cannot be rendered into the plan",
                )
            else:
                out.extend(self.inlines(child, bold, italic))
        return out

    def text(self, content: str, bold: bool, italic: bool) -> list[Inline]:
        out: list[Inline] = []
        pos = 0
        for m in VAR_RE.finditer(content):
            if m.start() > pos:
                out.extend(self.plain(content[pos : m.start()], bold, italic))
            out.append(Var(m.group(1), self.find(m.group(0)), bold, italic))
            pos = m.end()
        if pos < len(content):
            out.extend(self.plain(content[pos:], bold, italic))
        return out

    def plain(self, content: str, bold: bool, italic: bool) -> list[Inline]:
        for m in LOOSE_FOOTNOTE_RE.finditer(content):
            self.diags.error(
                self.find(m.group(0)),
                ExitCode.REFERENCE,
                f"footnote [^{m.group(1)}] has no definition",
                f"add a line '[^{m.group(1)}]: text' at the end of the same file",
            )
        return [Text(content, bold, italic)]

    # -- blocks
    def blocks(self, nodes: list[SyntaxTreeNode]) -> list[Block]:
        out: list[Block] = []
        for node in nodes:
            block = self.block(node)
            if block is not None:
                out.append(block)
        return out

    def block(self, node: SyntaxTreeNode) -> Block | None:
        self.enter(node)
        t = node.type
        if t == "paragraph":
            return Paragraph(tuple(self.inlines(node.children[0])), self.loc(node))
        if t in ("bullet_list", "ordered_list"):
            items = tuple(tuple(self.blocks(item.children)) for item in node.children)
            start = int(node.attrs.get("start", 1) or 1)
            return ListBlock(t == "ordered_list", items, self.loc(node), start)
        if t == "table":
            return self.table(node)
        if t == "blockquote":
            return Quote(tuple(self.blocks(node.children)), self.loc(node))
        if t == "container_slot":
            return self.slot(node)
        if t in ("code_block", "fence"):
            lines = node.content.rstrip("\n").split("\n")
            kids: list[Inline] = []
            for i, line in enumerate(lines):
                if i:
                    kids.append(LineBreak())
                kids.append(Text(line, code=True))
            return Paragraph(tuple(kids), self.loc(node))
        if t == "hr":
            return None
        self.diags.error(
            self.loc(node), ExitCode.SYNTAX, f"{t.replace('_', ' ')} is not supported in plan text"
        )
        return None

    def table(self, node: SyntaxTreeNode) -> Table:
        rows: list[tuple[tuple[Inline, ...], ...]] = []
        align: list[str] = []
        header: tuple[tuple[Inline, ...], ...] = ()
        for part in node.children:
            for tr in part.children:
                cells = []
                for cell in tr.children:
                    cells.append(tuple(self.inlines(cell.children[0])) if cell.children else ())
                    if part.type == "thead":
                        style = str(cell.attrs.get("style", ""))
                        align.append(style.replace("text-align:", "") or "left")
                if part.type == "thead":
                    header = tuple(cells)
                else:
                    rows.append(tuple(cells))
        mdguard.too_many_columns(len(align), self.loc(node), self.diags)
        return Table(header, tuple(rows), tuple(align), self.loc(node))

    def slot(self, node: SyntaxTreeNode) -> Slot | None:
        parts = node.info.strip().split()
        loc = self.loc(node)
        if len(parts) != 2 or not ID_RE.fullmatch(parts[1]):
            self.diags.error(
                loc.shifted(0, 5),
                ExitCode.SYNTAX,
                f"slot needs exactly one name of [a-z0-9-], got {node.info.strip()!r}",
                "write '::: slot lokala-aktiviteter'",
            )
            return None
        end = node.map[1] if node.map else -1  # the closing line (not in the map)
        if not 0 <= end < len(self.lines) or not _CLOSER.match(self.lines[end]):
            self.diags.error(loc, ExitCode.SYNTAX,
                             f"slot {parts[1]!r} is not closed; it would run to the end "
                             "of the file",
                             "add a line ':::' where the slot ends")
        if self.in_slot:
            self.diags.error(loc, ExitCode.SYNTAX, f"slot {parts[1]!r} is inside another slot",
                             "close the outer slot with ':::' before opening the next one")
        self.in_slot = True
        try:
            return Slot(parts[1], tuple(self.blocks(node.children)), loc)
        finally:
            self.in_slot = False

    # -- sections
    def heading(self, node: SyntaxTreeNode, parent_id: str) -> tuple[Section, int]:
        self.enter(node)
        inline = node.children[0]
        level = int(node.tag[1])
        explicit = None
        last = inline.children[-1] if inline.children else None
        if last is not None and last.type == "text":
            m = HEADING_ID_RE.search(last.content)
            if m:
                explicit = m.group(1)
                last.token.content = last.content[: m.start()]  # type: ignore[union-attr]
        loc = self.loc(node)
        if explicit is not None and not ID_RE.fullmatch(explicit):
            self.diags.error(
                self.find("{#"),
                ExitCode.SYNTAX,
                f"heading id {explicit!r} must be lowercase a-z, 0-9 and '-'",
                "write e.g. '## Ökad delaktighet {#strategi-delaktighet}'",
            )
            explicit = None
        self.auto_ids += 1
        sid = explicit or f"{parent_id}--{self.auto_ids}"
        title = tuple(self.inlines(inline))
        return Section(sid, title, (), (), loc, explicit_id=explicit is not None), level


def parse_inline(text: str, path: str, line: int, key: str, diags: Diagnostics
                 ) -> tuple[Inline, ...]:
    """Parse one line of inline Markdown (e.g. a title from front matter)."""
    if not text.strip():
        return ()
    conv = _Converter(text, path, line, key, diags)
    if not MARKUP_CHARS.intersection(text):  # plain text (most titles): no parser needed
        return tuple(conv.text(text.strip(), False, False))
    tokens = _MD.parse(text)
    if not mdguard.check_levels(tokens, path, line, diags):
        return ()
    para = SyntaxTreeNode(tokens).children[0]
    return tuple(conv.inlines(para.children[0])) if para.type == "paragraph" else (Text(text),)


def _unused_notes(conv: _Converter, key: str, env: dict[str, Any]) -> dict[str, tuple[Block, ...]]:
    """markdown-it drops footnote definitions nothing refers to; keep where they were (with no
    content) so that `check` can warn of them."""
    out: dict[str, tuple[Block, ...]] = {}
    for ref, number in env.get("footnotes", {}).get("refs", {}).items():
        if number == -1:
            needle = f"[^{ref[1:]}]:"
            line = next((i for i, t in enumerate(conv.lines) if needle in t), 0)
            loc = Loc(conv.path, conv.first_line + line, conv.lines[line].find(needle) + 1
                      if conv.lines else 1)
            out[f"{key}#{ref[1:]}"] = (Paragraph((), loc),)
    return out


def parse_body(text: str, path: str, first_line: int, key: str, owner_id: str,
               diags: Diagnostics) -> Body:
    """Parse a Markdown body; headings below the top become nested sections."""
    conv = _Converter(text, path, first_line, key, diags)
    env: dict[str, Any] = {}
    if not mdguard.prescan(text, path, first_line, diags):
        return Body((), ())
    tokens = _MD.parse(text, env)
    if not mdguard.check_levels(tokens, path, first_line, diags):
        return Body((), ())
    mdguard.duplicate_footnotes(env, path, first_line, diags)
    root = SyntaxTreeNode(tokens)
    footnotes: dict[str, tuple[Block, ...]] = _unused_notes(conv, key, env)
    top: list[Block] = []
    # stack of (level, section, blocks, children)
    stack: list[tuple[int, Section, list[Block], list[Section]]] = []
    min_level = 2
    last_level = 1  # the front matter title

    def close_to(level: int) -> None:
        while stack and stack[-1][0] >= level:
            lvl, sec, blocks, kids = stack.pop()
            done = Section(sec.id, sec.title, tuple(blocks), tuple(kids), sec.loc, sec.explicit_id)
            (stack[-1][3] if stack else top_sections).append(done)

    top_sections: list[Section] = []
    for node in root.children:
        if node.type == "footnote_block":
            for fn in node.children:
                label = str(fn.meta["label"])
                footnotes[f"{key}#{label}"] = tuple(conv.blocks(fn.children))
            continue
        if node.type == "heading":
            parent = next((s.id for _, s, _, _ in reversed(stack) if s.explicit_id), owner_id)
            section, level = conv.heading(node, parent)
            if level > last_level + 1:
                diags.warn(section.loc, f"heading level jumps from {'#' * last_level} to "
                           f"{'#' * level}; it becomes the next level down",
                           f"write {'#' * (last_level + 1)} here")
            last_level = max(level, min_level)
            if level < min_level:
                diags.error(
                    section.loc, ExitCode.SYNTAX,
                    "headings in a section body start at '##' (the front matter title is the top)",
                    "change '#' to '##'",
                )
                level = min_level
            close_to(level)
            stack.append((level, section, [], []))
            continue
        block = conv.block(node)
        if block is not None:
            (stack[-1][2] if stack else top).append(block)
    close_to(0)
    return Body(tuple(top), tuple(top_sections), footnotes)
