"""Markdown (CommonMark + tables + footnotes + `::: slot`) → model blocks and sections.

Parsing is markdown-it-py's; this package only maps its syntax tree onto the model and keeps
source positions. Variables `{{ x.y }}` and `[](#id)` references are recognised here and
resolved later; their syntax is stated in `model.syntax`.

    __init__.py  the parser's configuration; parse_body (sections from headings), parse_inline
    blocks.py    block nodes and headings → blocks and sections
    inlines.py   inline nodes → inlines, and the source positions of both
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from markdown_it import MarkdownIt
from markdown_it.tree import SyntaxTreeNode
from mdit_py_plugins.container import container_plugin
from mdit_py_plugins.footnote import footnote_plugin

from ...errors import Diagnostics, ExitCode, Loc
from ...i18n.messages import t
from ...model import Block, Inline, Paragraph, Section, Text
from .. import mdguard
from .blocks import BlockConverter

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


@dataclass
class Body:
    """A parsed Markdown body: top blocks, the sub-sections under it, and footnote definitions."""

    blocks: tuple[Block, ...]
    sections: tuple[Section, ...]
    footnotes: dict[str, tuple[Block, ...]] = field(default_factory=dict)


def parse_inline(text: str, path: str, line: int, key: str, diags: Diagnostics
                 ) -> tuple[Inline, ...]:
    """Parse one line of inline Markdown (e.g. a title from front matter)."""
    if not text.strip():
        return ()
    conv = BlockConverter(text, path, line, key, diags)
    if not MARKUP_CHARS.intersection(text):  # plain text (most titles): no parser needed
        return tuple(conv.text(text.strip(), False, False))
    tokens = _MD.parse(text)
    if not mdguard.check_levels(tokens, path, line, diags):
        return ()
    para = SyntaxTreeNode(tokens).children[0]
    return tuple(conv.inlines(para.children[0])) if para.type == "paragraph" else (Text(text),)


def _unused_notes(conv: BlockConverter, key: str, env: dict[str, Any]
                  ) -> dict[str, tuple[Block, ...]]:
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
    conv = BlockConverter(text, path, first_line, key, diags)
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
                diags.warn(section.loc,
                           t("heading level jumps from {old} to {new}; it becomes the next "
                             "level down", old="#" * last_level, new="#" * level),
                           t("write {hashes} here", hashes="#" * (last_level + 1)))
            last_level = max(level, min_level)
            if level < min_level:
                diags.error(
                    section.loc, ExitCode.SYNTAX,
                    t("headings in a section body start at '##' (the front matter title is "
                      "the top)"),
                    t("change '#' to '##'"),
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
