"""revise, words: the word-level diff of two runs of inlines (the tokenizer and alignment core
of `assembler diff`), and the count of changed words."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Any

from ...model import (
    FormatChange,
    Image,
    Inline,
    Link,
    Note,
    Paragraph,
    Revision,
    SectionLink,
    Text,
)
from ...redline.align import diff as align_diff
from ...redline.align import slide
from ...redline.words import is_blank
from ...redline.words import tokens as word_tokens
from ...resolve import merge_texts
from ...walk import plain

OUTLINE_RE = re.compile(r"\b\d+(?:\.\d+)*\b")

# --------------------------------------------------------------------------- words


def _key(it: Inline) -> tuple[Any, ...]:
    if isinstance(it, Text):
        return ("t", it.text, it.code)
    if isinstance(it, SectionLink):
        # Outline numbers in a reference follow the headings (like a REF field's result);
        # a renumbering alone is not a change of the text.
        return ("ref", it.anchor, OUTLINE_RE.sub("#", plain(it.children)))
    if isinstance(it, Link):
        return ("link", it.url, plain(it.children))
    if isinstance(it, Image):
        return ("image", it.data, it.alt, it.title)
    if isinstance(it, Note):
        return ("note", repr([plain(b.children) for b in it.blocks if isinstance(b, Paragraph)]))
    return (type(it).__name__,)


def tokens(items: tuple[Inline, ...]) -> list[Inline]:
    """Words, spaces and punctuation as separate Text pieces (the tokenizer of `assembler diff`,
    so both engines mark "(2017:30)" → "(2017:31)" alike); links and notes stay whole."""
    out: list[Inline] = []
    for it in items:
        if isinstance(it, Text):
            out.extend(Text(t, it.bold, it.italic, it.code) for t in word_tokens(it.text))
        else:
            out.append(it)
    return out


def _opcodes(a: Sequence[Any], b: Sequence[Any], blank: Callable[[Any], bool]
             ) -> list[tuple[str, int, int, int, int]]:
    """Opcodes of the shared alignment core (redline.align) with short unchanged gaps (a space
    or a punctuation mark, as in `assembler diff`) absorbed into the changes around them."""
    ops = slide(align_diff(a, b), a, b, space=_space)
    merged: list[tuple[str, int, int, int, int]] = []
    for i, op in enumerate(ops):
        tag, i1, i2, j1, j2 = op
        between = 0 < i < len(ops) - 1 and tag == "equal" and i2 - i1 <= 2
        if between and all(blank(x) for x in a[i1:i2]):
            tag = "replace"
        if merged and tag != "equal" and merged[-1][0] != "equal":
            _, pi1, _, pj1, _ = merged[-1]
            merged[-1] = ("replace", pi1, i2, pj1, j2)
        else:
            merged.append((tag, i1, i2, j1, j2))
    return merged


def _space(key: Any) -> bool:
    return bool(key[0] == "t" and key[1].isspace())


def diff_inlines(old: tuple[Inline, ...], new: tuple[Inline, ...]) -> tuple[Inline, ...]:
    if old == new:  # most paragraphs are unchanged between rounds
        return new
    a, b = tokens(old), tokens(new)
    out: list[Inline] = []
    ops = _opcodes([_key(x) for x in a], [_key(x) for x in b],
                   lambda k: k[0] == "t" and is_blank(k[1]))
    for tag, i1, i2, j1, j2 in ops:
        if tag == "equal":
            for x, y in zip(a[i1:i2], b[j1:j2], strict=True):
                if isinstance(x, Text) and isinstance(y, Text) and (
                        (x.bold, x.italic) != (y.bold, y.italic)):
                    out.append(FormatChange((y,), x.bold, x.italic))
                else:
                    out.append(y)
            continue
        if i2 > i1:
            out.append(Revision("del", merge_texts(a[i1:i2])))
        if j2 > j1:
            out.append(Revision("ins", merge_texts(b[j1:j2])))
    return merge_texts(out)


def changed_words(items: tuple[Inline, ...]) -> tuple[int, int]:
    """(inserted, deleted) words in inlines."""
    ins = dele = 0
    for it in items:
        if isinstance(it, Revision):
            n = len(plain(it.children).split())
            if it.kind == "ins":
                ins += n
            else:
                dele += n
    return ins, dele
