"""The text side of absorb: source blocks by location, the edit carried onto the source's
Markdown (variables stay variables), and new file text with only the changed blocks replaced.

Three texts of a block take part, all Markdown on one line per paragraph: SOURCE, as the file
holds it (with `{{ var }}`), RENDERED, as the edition showed it (read back from the generated
document), and EDITED, as read back from the edited one. The changes RENDERED → EDITED are
made to SOURCE; one that touches a variable's text is a change of generated text and refused.
"""

from __future__ import annotations

import contextlib
import difflib
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from markdown_it.tree import SyntaxTreeNode

from ..errors import Diagnostics
from ..i18n.messages import t
from ..load.markdown import _MD, parse_body
from ..load.sources import source_key, split_front_matter
from ..model import Block, Section, Slot, Sources
from ..model.syntax import VAR_RE
from . import mdwrite
from .importer import footnote_order
from .normal import normalize_blocks


@dataclass(frozen=True)
class SourceBlock:
    block: Block
    owner: str  # the section id it belongs to
    labels: tuple[str, ...]  # its footnote labels, in order
    notes: dict[str, tuple[Block, ...]]  # label → the definition's blocks (unresolved)


def source_blocks(sources: Sources) -> dict[tuple[str, int], SourceBlock]:
    """(path, line) → every top-level block of the sources (slot contents included)."""
    root = Path(sources.root)
    out: dict[tuple[str, int], SourceBlock] = {}
    notes: dict[str, dict[str, tuple[Block, ...]]] = {}  # path → label → blocks
    defs = [c.footnotes for c in sources.chapters] + [a.footnotes for a in sources.additions] + [
        ls.footnotes for ls in sources.local_sections]
    for found in defs:
        for key, blocks in found.items():
            path, _, label = key.rpartition("#")
            notes.setdefault(path, {})[label] = blocks

    def add(blocks: tuple[Block, ...], owner: str) -> None:
        for b in blocks:
            if isinstance(b, Slot):
                add(b.blocks, owner)
            else:
                labels = tuple(footnote_order((b,)))
                mine = notes.get(source_key(Path(b.loc.path), root), {})
                out[(b.loc.path, b.loc.line)] = SourceBlock(
                    b, owner, labels, {k: mine[k] for k in labels if k in mine})

    def sections(s: Section, owner: str) -> None:
        owner = s.id if s.explicit_id else owner
        add(s.blocks, owner)
        for child in s.children:
            sections(child, owner)

    for chapter in sources.chapters:
        sections(chapter.section, chapter.section.id)
    for a in sources.additions:
        add(a.blocks, a.section_id)
    for ls in sources.local_sections:
        sections(ls.section, ls.section.id)
    return out


@contextlib.contextmanager
def _unwrapped() -> Iterator[None]:
    width, mdwrite.WIDTH = mdwrite.WIDTH, 10**9
    try:
        yield
    finally:
        mdwrite.WIDTH = width


def markdown(blocks: tuple[Block, ...], wrapped: bool = False) -> str:
    """Blocks as Markdown (footnote references only), one line per paragraph unless wrapped."""
    if wrapped:
        return "\n".join(mdwrite.blocks_lines(blocks, mdwrite.Notes()))
    with _unwrapped():
        return "\n".join(mdwrite.blocks_lines(blocks, mdwrite.Notes()))


class Conflict(Exception):
    """An edit that cannot be carried onto the source (it changes a variable's text)."""


def _var_spans(source: str, rendered: str) -> list[tuple[int, int, int, int]]:
    """Each variable: (start, end) in RENDERED and (start, end) in SOURCE."""
    pieces = VAR_RE.split(source)  # literal, name, literal, name, …
    if len(pieces) == 1:
        if source != rendered:
            raise Conflict(t("the source block does not read back as the edition shows it"))
        return []
    pattern = "".join(re.escape(p) if i % 2 == 0 else "(.+?)" for i, p in enumerate(pieces))
    m = re.fullmatch(pattern, rendered, re.DOTALL)
    if m is None:
        raise Conflict(t("the source block does not read back as the edition shows it"))
    spans = []
    tokens = [t for t in VAR_RE.finditer(source)]
    for k, token in enumerate(tokens, 1):
        spans.append((m.start(k), m.end(k), token.start(), token.end()))
    return spans


def carry(source: str, rendered: str, edited: str) -> str:
    """SOURCE with the edits RENDERED → EDITED made to it (raises Conflict)."""
    if not edited:
        return ""  # the block deleted, variables and all
    spans = _var_spans(source, rendered)

    def to_source(i: int) -> int:
        shift = 0
        for a, b, sa, sb in spans:
            if b <= i:
                shift += (sb - sa) - (b - a)
        return i + shift

    out: list[str] = []
    at = 0
    ops = difflib.SequenceMatcher(None, rendered, edited, autojunk=False).get_opcodes()
    for tag, i1, i2, j1, j2 in ops:
        if tag == "equal":
            continue
        for a, b, _, _ in spans:
            # An edit inside a variable's text, or replacing exactly that text, changes its
            # value; deleting or replacing a stretch around it removes the variable.
            around = i1 <= a and b <= i2 and (i1 < a or b < i2)
            if ((i1 < b and a < i2) or a < i1 < b) and not around:
                raise Conflict(t("the text of a variable ({rendered!r}) was changed; change its "
                                 "value where it is defined", rendered=rendered[a:b]))
        s1, s2 = to_source(i1), to_source(i2)
        out += [source[at:s1], edited[j1:j2]]
        at = s2
    out.append(source[at:])
    return "".join(out)


def rewrap(text: str, owner: str) -> str:
    """Unwrapped Markdown → the wrapped lines a person would write (same blocks)."""
    labels = sorted(set(re.findall(r"\[\^([^\]\s]+)\]", text)))
    defs = "".join(f"\n\n[^{label}]: x" for label in labels)
    diags = Diagnostics()
    parsed = parse_body(text + defs, "absorb", 1, "absorb", owner, diags)
    if diags.errors or parsed.sections:
        return text
    wrapped = markdown(parsed.blocks, wrapped=True)
    again = parse_body(wrapped + defs, "absorb", 1, "absorb", owner, Diagnostics())
    same = normalize_blocks(again.blocks) == normalize_blocks(parsed.blocks)
    return wrapped if same else text


# --------------------------------------------------------------------------- file text


def block_spans(text: str, path: str) -> dict[int, tuple[int, int]]:
    """File line (1-based, as in a block's Loc) → (first, end) 0-based line indexes of every
    top-level block, slot contents included."""
    split = split_front_matter(text, path, Diagnostics())
    if split is None:
        return {}
    _, body, first = split
    out: dict[int, tuple[int, int]] = {}

    def visit(nodes: list[SyntaxTreeNode]) -> None:
        for node in nodes:
            if node.type == "container_slot":
                visit(node.children)
            elif node.map and node.type not in ("heading", "footnote_block"):
                out[first + node.map[0]] = (first - 1 + node.map[0], first - 1 + node.map[1])

    visit(SyntaxTreeNode(_MD.parse(body, {})).children)
    return out


def splice(text: str, edits: list[tuple[int, int, str | None]]) -> str:
    """Replace line ranges (first, end) by new text ("" deletes the block and a blank line,
    None exactly the lines)."""
    lines = text.split("\n")
    for first, end, new in sorted(edits, key=lambda e: e[:2], reverse=True):
        if new is None:
            del lines[first:end]
        elif new:
            lines[first:end] = new.split("\n")
        else:
            if end < len(lines) and not lines[end].strip():
                end += 1
            elif first > 0 and not lines[first - 1].strip():
                first -= 1
            del lines[first:end]
    return "\n".join(lines)


def read_source(path: Path) -> str:
    return path.read_text(encoding="utf-8")
