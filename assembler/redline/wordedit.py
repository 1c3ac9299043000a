"""The word diff of two paragraph streams: tokens aligned (align.py), blank equalities between
changes folded into them, complex fields kept whole, and the result as character ranges.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from itertools import accumulate

from .align import Op, diff, slide
from .oxml import code_char
from .words import is_blank, tokens

# A complex field inside a paragraph (begin … end) is one token: a changed result replaces the
# whole field, as Word records an updated field (LibreOffice cannot revise inside a result).
BEGIN, END = code_char("fldbegin"), code_char("fldend")


@dataclass(frozen=True)
class Edit:
    """Char-level result of the word diff: equal runs map old → new, the rest changed."""

    equal: tuple[tuple[int, int, int], ...]  # (old start, new start, length)
    inserted: tuple[tuple[int, int], ...]  # new ranges
    deleted: tuple[tuple[int, int, int], ...]  # (new anchor, old start, old end)


def word_edit(old: str, new: str, cuts_old: Sequence[int] = (),
              cuts_new: Sequence[int] = ()) -> Edit:
    """Diff two streams by tokens; blank equalities between changes are folded into them.

    `cuts_old`/`cuts_new` are offsets where the formatting changes inside the stream: a changed
    word made of differently formatted parts ("**target**gemensamma") is diffed by its parts,
    so the part that stayed is not deleted and inserted again."""
    head, tail = _common_ends(old, new)
    ta = _whole_fields(tokens(old[head:len(old) - tail]))
    tb = _whole_fields(tokens(new[head:len(new) - tail]))
    if head:  # the unchanged ends are one token each: only the middle is tokenized
        ta.insert(0, old[:head])
        tb.insert(0, new[:head])
    if tail:
        ta.append(old[len(old) - tail:])
        tb.append(new[len(new) - tail:])
    ops = slide(diff(ta, tb), ta, tb)
    if cuts_old or cuts_new:
        ta, tb, ops = _refine(ta, tb, ops, cuts_old, cuts_new)
    oa, ob = _offsets(ta), _offsets(tb)
    merged: list[tuple[bool, int, int, int, int]] = []
    for n, (tag, i1, i2, j1, j2) in enumerate(ops):
        weak = (tag == "equal" and 0 < n < len(ops) - 1 and i2 - i1 <= 2
                and all(is_blank(t) for t in ta[i1:i2]))
        same = tag == "equal" and not weak
        if merged and not same and not merged[-1][0]:
            merged[-1] = (False, merged[-1][1], i2, merged[-1][3], j2)
        else:
            merged.append((same, i1, i2, j1, j2))
    equal, inserted, deleted = [], [], []
    for same, i1, i2, j1, j2 in merged:
        a1, a2, b1, b2 = oa[i1], oa[i2], ob[j1], ob[j2]
        if same:
            equal.append((a1, b1, a2 - a1))
            continue
        if a2 > a1:
            deleted.append((b1, a1, a2))
        if b2 > b1:
            inserted.append((b1, b2))
    return Edit(tuple(equal), tuple(inserted), tuple(deleted))


def _split_at(toks: list[str], cuts: Sequence[int], changed: list[bool]) -> list[str]:
    """Changed tokens split at the cut offsets strictly inside them; the others kept whole."""
    out: list[str] = []
    pos = 0
    for tok, split in zip(toks, changed, strict=True):
        end = pos + len(tok)
        at: list[int] = []
        if split and BEGIN not in tok:
            k = bisect_left(cuts, pos + 1)
            while k < len(cuts) and cuts[k] < end:
                at.append(cuts[k] - pos)
                k += 1
        for a, b in zip([0, *at], [*at, len(tok)], strict=True):
            out.append(tok[a:b])
        pos = end
    return out


def _refine(ta: list[str], tb: list[str], ops: list[Op], cuts_old: Sequence[int],
            cuts_new: Sequence[int]) -> tuple[list[str], list[str], list[Op]]:
    """Re-diff with the changed tokens split at formatting boundaries, when any is split."""
    ca, cb = [False] * len(ta), [False] * len(tb)
    for tag, i1, i2, j1, j2 in ops:
        if tag != "equal":
            ca[i1:i2] = [True] * (i2 - i1)
            cb[j1:j2] = [True] * (j2 - j1)
    sa, sb = _split_at(ta, cuts_old, ca), _split_at(tb, cuts_new, cb)
    if len(sa) == len(ta) and len(sb) == len(tb):
        return ta, tb, ops
    return sa, sb, slide(diff(sa, sb), sa, sb)


def _whole_fields(toks: list[str]) -> list[str]:
    """Tokens from a field's begin to its matching end joined into one (nesting counted)."""
    if BEGIN not in toks:
        return toks
    out: list[str] = []
    i = 0
    while i < len(toks):
        if toks[i] == BEGIN:
            depth, j = 0, i
            while j < len(toks):
                depth += (toks[j] == BEGIN) - (toks[j] == END)
                if depth == 0:
                    break
                j += 1
            if j < len(toks):
                out.append("".join(toks[i:j + 1]))
                i = j + 1
                continue
        out.append(toks[i])
        i += 1
    return out


def _open_field(text: str) -> int | None:
    """The offset of the outermost field begin still open at the end of text."""
    depth, at = 0, None
    for n, ch in enumerate(text):
        if ch == BEGIN:
            if depth == 0:
                at = n
            depth += 1
        elif ch == END and depth:
            depth -= 1
    return at if depth else None


def _closing_field(text: str) -> int | None:
    """The offset just after the last field end in text that has no begin in it."""
    depth, at = 0, None
    for n, ch in enumerate(text):
        if ch == BEGIN:
            depth += 1
        elif ch == END:
            if depth:
                depth -= 1
            else:
                at = n + 1
    return at


def _offsets(toks: list[str]) -> list[int]:
    return list(accumulate(map(len, toks), initial=0))


def _common_ends(a: str, b: str) -> tuple[int, int]:
    """Lengths of the common prefix and suffix, cut back to whitespace (token boundaries)."""
    head = _common(a, b, min(len(a), len(b)), lambda s, n: s[:n])
    while head and not a[head - 1].isspace():
        head -= 1
    if BEGIN in a[:head]:
        cut = _open_field(a[:head])
        head = head if cut is None else cut
    tail = _common(a, b, min(len(a), len(b)) - head, lambda s, n: s[len(s) - n:])
    while tail and not a[len(a) - tail - 1].isspace():
        tail -= 1
    if tail and END in a[len(a) - tail:]:
        cut = _closing_field(a[len(a) - tail:])
        tail = tail if cut is None else tail - cut
    return head, tail


def _common(a: str, b: str, most: int, part: Callable[[str, int], str]) -> int:
    lo, hi = 0, most
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if part(a, mid) == part(b, mid):
            lo = mid
        else:
            hi = mid - 1
    return lo
