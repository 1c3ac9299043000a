"""Markdown blocks and headings → model blocks and sections (paragraphs, lists, tables, quotes,
code, `::: slot`), with source positions."""

from __future__ import annotations

from markdown_it.tree import SyntaxTreeNode

from ...errors import ExitCode
from ...i18n.messages import t
from ...model import (
    Block,
    Inline,
    LineBreak,
    ListBlock,
    Paragraph,
    Quote,
    Section,
    Slot,
    Table,
    Text,
)
from ...model.syntax import HEADING_ID_RE, ID_RE, SLOT_CLOSE_RE
from .. import mdguard
from .inlines import InlineConverter


def _kind(node_type: str) -> str:
    """A block the plan text cannot hold, named in a message."""
    if node_type == "html_block":
        return t("html block")
    if node_type == "heading":  # inside a list, a quote or a footnote
        return t("heading")
    return node_type.replace("_", " ")


class BlockConverter(InlineConverter):
    """Maps the block nodes and headings of one Markdown text."""

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
        kind = node.type
        if kind == "paragraph":
            return Paragraph(tuple(self.inlines(node.children[0])), self.loc(node))
        if kind in ("bullet_list", "ordered_list"):
            items = tuple(tuple(self.blocks(item.children)) for item in node.children)
            start = int(node.attrs.get("start", 1) or 1)
            return ListBlock(kind == "ordered_list", items, self.loc(node), start)
        if kind == "table":
            return self.table(node)
        if kind == "blockquote":
            return Quote(tuple(self.blocks(node.children)), self.loc(node))
        if kind == "container_slot":
            return self.slot(node)
        if kind in ("code_block", "fence"):
            lines = node.content.rstrip("\n").split("\n")
            kids: list[Inline] = []
            for i, line in enumerate(lines):
                if i:
                    kids.append(LineBreak())
                kids.append(Text(line, code=True))
            return Paragraph(tuple(kids), self.loc(node))
        if kind == "hr":
            return None
        self.diags.error(self.loc(node), ExitCode.SYNTAX,
                         t("{kind} is not supported in plan text", kind=_kind(kind)))
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
                t("slot needs exactly one name of [a-z0-9-], got {info}",
                   info=repr(node.info.strip())),
                t("write '::: slot lokala-aktiviteter'"),
            )
            return None
        end = node.map[1] if node.map else -1  # the closing line (not in the map)
        if not 0 <= end < len(self.lines) or not SLOT_CLOSE_RE.match(self.lines[end]):
            self.diags.error(loc, ExitCode.SYNTAX,
                             t("slot {name} is not closed; it would run to the end of the file",
                                name=repr(parts[1])),
                             t("add a line ':::' where the slot ends"))
        if self.in_slot:
            self.diags.error(loc, ExitCode.SYNTAX,
                             t("slot {name} is inside another slot", name=repr(parts[1])),
                             t("close the outer slot with ':::' before opening the next one"))
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
                t("heading id {id} must be lowercase a-z, 0-9 and '-'", id=repr(explicit)),
                t("write e.g. '## Ökad delaktighet {#strategi-delaktighet}'"),
            )
            explicit = None
        self.auto_ids += 1
        sid = explicit or f"{parent_id}--{self.auto_ids}"
        title = tuple(self.inlines(inline))
        return Section(sid, title, (), (), loc, explicit_id=explicit is not None), level
