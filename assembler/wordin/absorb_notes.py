"""Footnotes in absorb: a footnote's text edited in Word goes back to its `[^label]:`
definition in the block's file (variables kept, as for blocks); a footnote whose reference was
deleted loses its definition; a footnote added in Word is reported.

Labels follow the footnote ids: Word keeps a note's id, so the edited document's notes get the
labels the generated one's had, whatever was deleted before them. LibreOffice renumbers the
notes when it saves; then they are taken in order.
"""

from __future__ import annotations

import re

from lxml import etree

from ..i18n.messages import t
from ..model import Block
from .absorb_merge import Conflict, SourceBlock, carry, markdown
from .absorb_read import Unit, W
from .reader import BlockReader
from .wordpkg import WordPackage


def note_ids(elements: list[etree._Element]) -> list[str]:
    return [r.get(f"{W}id", "") for el in elements for r in el.iter(f"{W}footnoteReference")]


def edited_labels(original: list[etree._Element], edited: list[etree._Element],
                  labels: tuple[str, ...]) -> list[str]:
    """The labels of the edited elements' footnotes: by id while every id is one the generated
    document had (Word keeps them), else in order (LibreOffice renumbers notes when it saves)."""
    by_id = dict(zip(note_ids(original), labels, strict=False))
    ids = note_ids(edited)
    if all(nid in by_id for nid in ids):
        return [by_id[nid] for nid in ids]
    return [labels[n] if n < len(labels) else f"ny-not-{n + 1}" for n in range(len(ids))]


def note_edits(source: dict[str, tuple[Block, ...]], rendered: dict[str, tuple[Block, ...]],
               edited: dict[str, tuple[Block, ...]]) -> dict[str, str | None]:
    """label → the new definition text (None: remove it); raises Conflict."""
    out: dict[str, str | None] = {}
    for label in sorted(set(rendered) | set(edited)):
        if label not in rendered:
            raise Conflict(t("a footnote was added; add it in the source"))
        if label not in edited:
            out[label] = None
            continue
        before, after = markdown(rendered[label]), markdown(edited[label])
        if before == after:
            continue
        if label not in source:
            raise Conflict(t("footnote {label!r} is not defined in the block's file", label=label))
        text = carry(markdown(source[label]), before, after)
        if not text.strip():
            raise Conflict(t("footnote {label!r} was emptied; delete its reference instead",
                             label=label))
        out[label] = text
    return out


def definition_span(lines: list[str], label: str) -> tuple[int, int] | None:
    """(first, end) line indexes of `[^label]: …` with its continuation lines."""
    head = re.compile(rf"\[\^{re.escape(label)}\]:")
    first = next((i for i, ln in enumerate(lines) if head.match(ln)), None)
    if first is None:
        return None
    end = first + 1
    while end < len(lines):
        line, after = lines[end], lines[end + 1] if end + 1 < len(lines) else ""
        continued = bool(line.strip()) and not line.startswith("[^")  # lazy or indented
        blank_then_indented = not line.strip() and after.startswith(("    ", "\t"))
        if not (continued or blank_then_indented):
            break
        end += 1
    return first, end


def definition(label: str, text: str) -> str:
    lines = text.split("\n")
    rest = [("    " + ln) if ln else "" for ln in lines[1:]]
    return "\n".join([f"[^{label}]: {lines[0]}", *rest])


def read_md(pkg: WordPackage, unit: Unit | None, sb: SourceBlock,
             labels: list[str] | None = None) -> tuple[str, dict, list[str]]:
    reader = BlockReader(pkg, list(sb.labels) if labels is None else labels, sb.owner)
    blocks, _ = reader.blocks(unit.elements if unit else [], allow_headings=False)
    return markdown(tuple(blocks)), reader.inline.notes, reader.inline.problems


def with_notes(text: str, notes: dict) -> str:
    """A block's Markdown and its footnotes' (what the verification compares)."""
    return text + "".join(f"\n[^{k}]: {markdown(v)}" for k, v in notes.items())
