"""Contents pages: the cached result of a TOC field is not authored text.

Unless asked otherwise (`--fields`), OLD's contents page is replaced by NEW's before diffing, so
the output keeps NEW's entries and page numbers without revisions (like `build --against`);
every other field result stays tracked.
"""

from __future__ import annotations

import copy
from collections.abc import Iterator

from .oxml import INSTR, SDT, SDTCONTENT, Element, P, qn

FLDCHAR, FLDCHARTYPE = qn("w:fldChar"), qn("w:fldCharType")


def follow_new_toc(old: Element, new: Element) -> int:
    """Give the old story the new story's TOC field results; returns how many were replaced."""
    done = 0
    for old_range, new_range in zip(toc_ranges(old), toc_ranges(new), strict=False):
        if not (_siblings(old_range) and _siblings(new_range)):
            continue
        parent = old_range[0].getparent()
        assert parent is not None
        at = parent.index(old_range[0])
        for p in old_range:
            parent.remove(p)
        for n, p in enumerate(new_range):
            parent.insert(at + n, copy.deepcopy(p))
        done += 1
    return done


def _paragraphs(story: Element) -> Iterator[Element]:
    """Block-level paragraphs in order, block content controls opened (tables are not)."""
    for el in story:
        if el.tag == P:
            yield el
        elif el.tag == SDT:
            content = el.find(SDTCONTENT)
            if content is not None:
                yield from _paragraphs(content)


def toc_ranges(story: Element) -> list[list[Element]]:
    """The paragraphs from a TOC field's begin to its end, for each TOC field of a story."""
    ranges: list[list[Element]] = []
    current: list[Element] | None = None
    depth = 0  # open fields (inside a TOC: counted from the TOC itself)
    instr: str | None = None  # the code of a top-level field being read
    start: Element | None = None
    for p in _paragraphs(story):
        for node in p.iter(FLDCHAR, INSTR):
            kind = node.get(FLDCHARTYPE) if node.tag == FLDCHAR else "instr"
            if kind == "begin":
                depth += 1
                if depth == 1:
                    instr, start = "", p
            elif kind == "instr" and instr is not None and depth == 1:
                instr += node.text or ""
            elif kind == "separate" and depth == 1 and instr is not None:
                if instr.strip().upper().startswith("TOC") and start is not None:
                    current = [start] if start is p else [start, p]
                instr = None
            elif kind == "end" and depth:
                depth -= 1
                if depth == 0:
                    if current is not None:
                        if current[-1] is not p:
                            current.append(p)
                        ranges.append(current)
                    current, instr = None, None
        if current is not None and current[-1] is not p:
            current.append(p)
    return ranges


def _siblings(paras: list[Element]) -> bool:
    """Whether the paragraphs are consecutive children of one parent."""
    parent = paras[0].getparent()
    if parent is None or any(p.getparent() is not parent for p in paras):
        return False
    first = parent.index(paras[0])
    return [parent.index(p) for p in paras] == list(range(first, first + len(paras)))
