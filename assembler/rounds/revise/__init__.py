"""revise: two resolved Documents of one edition (a frozen round and now) → one Document whose
content carries tracked changes: sections aligned by id, blocks by kind and text, table rows,
and words inside paragraphs, headings and cells.

    words.py    the word-level diff of two runs of inlines; changed-word counts
    blocks.py   whole blocks and sections marked, aligned and diffed
"""

from __future__ import annotations

from dataclasses import replace

from ...model import Document
from .blocks import diff_sections, marked, marked_section
from .words import changed_words, diff_inlines

__all__ = ["changed_words", "diff_inlines", "marked", "marked_section", "revise"]


def revise(old: Document, new: Document) -> Document:
    """The new document with every difference from the old one as a tracked change."""
    if old.edition.kind != new.edition.kind or old.edition.id != new.edition.id:
        raise ValueError("revise compares two versions of the same edition")
    return replace(new, sections=diff_sections(old.sections, new.sections))
