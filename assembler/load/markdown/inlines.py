"""Markdown inlines → model inlines, with source positions (markdown-it's inline tokens carry
none: they are found in the text from a cursor)."""

from __future__ import annotations

from markdown_it.tree import SyntaxTreeNode

from ...errors import Diagnostics, ExitCode, Loc
from ...i18n.messages import t
from ...model import CrossRef, FootnoteRef, Inline, LineBreak, Link, Text, Var
from ...model.syntax import LOOSE_FOOTNOTE_RE, VAR_RE
from ..mdimage import read_image


class InlineConverter:
    """Maps the inline nodes of one Markdown text; `BlockConverter` adds the blocks."""

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
            kind = child.type
            if kind == "text":
                out.extend(self.text(child.content, bold, italic))
            elif kind == "strong":
                out.extend(self.inlines(child, True, italic))
            elif kind == "em":
                out.extend(self.inlines(child, bold, True))
            elif kind == "code_inline":
                out.append(Text(child.content, bold, italic, code=True))
            elif kind in ("softbreak",):
                out.append(Text(" ", bold, italic))
            elif kind == "hardbreak":
                out.append(LineBreak())
            elif kind == "link":
                href = str(child.attrs.get("href", ""))
                kids = tuple(self.inlines(child, bold, italic))
                if href.startswith("#"):
                    out.append(CrossRef(href[1:], kids, self.find_link(href)))
                else:
                    out.append(Link(href, kids))
            elif kind == "footnote_ref":
                label = str(child.meta["label"])
                out.append(FootnoteRef(f"{self.key}#{label}", self.find(f"[^{label}]")))
            elif kind == "image":
                image = read_image(child.content, str(child.attrs.get("src", "")),
                                   str(child.attrs.get("title", "") or ""), self.path,
                                   self.find("!["), self.diags)
                if image is not None:
                    out.append(image)
            elif kind == "html_inline":
                self.diags.error(
                    self.find(child.content or "<"),
                    ExitCode.SYNTAX,
                    t("html inline is not supported in plan text"),
                    t("write plain Markdown; raw HTML cannot be rendered into the plan"),
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
                t("footnote [^{label}] has no definition", label=m.group(1)),
                t("add a line '[^{label}]: text' at the end of the same file", label=m.group(1)),
            )
        return [Text(content, bold, italic)]
