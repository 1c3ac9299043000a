"""The note an override carries: which common text it replaces or removes, and why.

`compose` builds it as the first paragraph of the override's local text, with the replaced
section as a cross-reference and the common text's first words as they stand in the sources.
So `resolve` fills in the section's number, title and variables like in any text, and `revise`
tracks a changed note like any other paragraph.
"""

from __future__ import annotations

import re

from .errors import Loc
from .model import (
    Addition,
    Block,
    CrossRef,
    Inline,
    LineBreak,
    Link,
    ListBlock,
    Paragraph,
    Quote,
    Slot,
    Text,
    Var,
)
from .model.syntax import VAR_RE
from .phrases import Phrases
from .walk import plain

QUOTED_WORDS = 8  # how many words of the replaced text a note quotes


def _first_paragraph(blocks: tuple[Block, ...]) -> Paragraph | None:
    for b in blocks:
        if isinstance(b, Paragraph):
            return b
        inner = (tuple(x for item in b.items for x in item) if isinstance(b, ListBlock)
                 else b.blocks if isinstance(b, Quote | Slot) else ())
        found = _first_paragraph(inner)
        if found is not None:
            return found
    return None


def first_words(blocks: tuple[Block, ...], italic: bool = True) -> tuple[Inline, ...]:
    """The first words of a common text as inlines (a variable or reference is one word),
    followed by " …" when the text goes on."""
    para = _first_paragraph(blocks)
    items = para.children if para else ()
    out: list[Inline] = []
    count, more = 0, False
    for index, it in enumerate(items):
        if count >= QUOTED_WORDS:
            more = any(not isinstance(x, Text) or x.text.strip() for x in items[index:])
            break
        if isinstance(it, Text | Link):
            text = it.text if isinstance(it, Text) else plain(it.children)
            words = re.findall(r"\s*\S+", text)
            take = words[: QUOTED_WORDS - count]
            more = more or len(take) < len(words)
            out.append(Text("".join(take), italic=italic))
            count += len(take)
        elif isinstance(it, Var):
            out.append(Var(it.name, it.loc, it.bold, italic))
            count += 1
        elif isinstance(it, CrossRef):
            out.append(it)
            count += 1
        elif isinstance(it, LineBreak):
            out.append(Text(" ", italic=italic))
    if out and isinstance(out[-1], Text):
        out[-1] = Text(out[-1].text.rstrip(" ,.;:"), italic=italic)
    if more:
        out.append(Text(" …", italic=italic))
    return tuple(out)


def _text_with_vars(text: str, loc: Loc) -> tuple[Inline, ...]:
    parts = re.split(VAR_RE, text)
    return tuple(Text(p, italic=True) if i % 2 == 0 else Var(p, loc, italic=True)
                 for i, p in enumerate(parts) if p)


def override_note(add: Addition, owner: str, common: tuple[Block, ...], arena: str,
                  phrases: Phrases, with_reason: bool) -> Paragraph:
    """'Berg ersätter med följande den gemensamma texten i avsnitt 6.4 …, som börjar ”…”.'"""
    section: tuple[Inline, ...] = (CrossRef(owner, (), add.target_loc),)
    words = first_words(common)
    replaced = (phrases.inlines("replaced", {"section": section, "words": words}, italic=True)
                if words else
                phrases.inlines("replaced_section", {"section": section}, italic=True))
    key = "replaces" if add.mode == "replace" else "removes"
    note = phrases.inlines(key, {"arena": (Text(arena, italic=True),), "replaced": replaced},
                           italic=True)
    if with_reason and add.reason:
        note += (Text(" ", italic=True),) + phrases.inlines(
            "reason", {"reason": _text_with_vars(add.reason, add.loc)}, italic=True)
    return Paragraph(note, add.loc, generated=True)
