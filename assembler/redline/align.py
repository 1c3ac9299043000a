"""Sequence alignment: Myers' O(ND) diff inside patience anchors, similarity pairing of gaps,
and sliding changes past spaces. The word diff of two paragraph streams is wordedit.py.

No O(n·m) table is ever built for whole documents: common prefixes and suffixes are cut, lines
unique on both sides anchor the rest (patience diff), and Myers runs only between anchors, with a
bound on the edit distance after which the gap is reported as one replacement.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Hashable, Sequence
from typing import Any

Op = tuple[str, int, int, int, int]  # like difflib: tag, a[i1:i2], b[j1:j2]
MAX_D = 400  # edit distance beyond which a gap between anchors is one replacement


def diff(a: Sequence[Hashable], b: Sequence[Hashable]) -> list[Op]:
    """Opcodes 'equal', 'delete', 'insert', 'replace' that turn a into b."""
    ids: dict[Hashable, int] = {}
    ia = [ids.setdefault(x, len(ids)) for x in a]
    ib = [ids.setdefault(x, len(ids)) for x in b]
    raw: list[tuple[str, int, int, int, int]] = []
    _diff(ia, ib, 0, len(ia), 0, len(ib), raw)
    return _merge(raw)


def _diff(a: list[int], b: list[int], alo: int, ahi: int, blo: int, bhi: int,
          out: list[Op]) -> None:
    start_a, start_b = alo, blo
    while alo < ahi and blo < bhi and a[alo] == b[blo]:
        alo, blo = alo + 1, blo + 1
    out.append(("equal", start_a, alo, start_b, blo))
    end_a, end_b = ahi, bhi
    while alo < ahi and blo < bhi and a[ahi - 1] == b[bhi - 1]:
        ahi, bhi = ahi - 1, bhi - 1
    tail = [("equal", ahi, end_a, bhi, end_b)]
    if alo == ahi or blo == bhi:
        out.append(("replace", alo, ahi, blo, bhi))
    else:
        anchors = _anchors(a, b, alo, ahi, blo, bhi)
        if anchors:
            for i, j in anchors:
                _diff(a, b, alo, i, blo, j, out)
                out.append(("equal", i, i + 1, j, j + 1))
                alo, blo = i + 1, j + 1
            _diff(a, b, alo, ahi, blo, bhi, out)
        else:
            out.extend(_myers(a[alo:ahi], b[blo:bhi], alo, blo))
    out.extend(tail)


def _anchors(a: list[int], b: list[int], alo: int, ahi: int, blo: int,
             bhi: int) -> list[tuple[int, int]]:
    """Longest increasing run of items that occur once on each side (patience diff)."""
    count: dict[int, int] = {}
    for x in a[alo:ahi]:
        count[x] = count.get(x, 0) + 1
    where: dict[int, int] = {}
    for j in range(blo, bhi):
        x = b[j]
        if count.get(x) == 1:
            where[x] = -1 if x in where else j
    pairs = [(i, where[a[i]]) for i in range(alo, ahi) if where.get(a[i], -1) >= 0]
    return _lis(pairs)


def _lis(pairs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    tails: list[int] = []
    tail_idx: list[int] = []
    back: list[int] = []
    for n, (_, j) in enumerate(pairs):
        k = bisect_left(tails, j)
        back.append(tail_idx[k - 1] if k else -1)
        if k == len(tails):
            tails.append(j)
            tail_idx.append(n)
        else:
            tails[k], tail_idx[k] = j, n
    out = []
    n = tail_idx[-1] if tail_idx else -1
    while n >= 0:
        out.append(pairs[n])
        n = back[n]
    return out[::-1]


def _myers(a: list[int], b: list[int], ao: int, bo: int) -> list[Op]:
    n, m = len(a), len(b)
    v = {1: 0}
    trace: list[dict[int, int]] = []
    for d in range(min(n + m, MAX_D) + 1):
        vd: dict[int, int] = {}
        for k in range(-d, d + 1, 2):
            x = v[k + 1] if k == -d or (k != d and v[k - 1] < v[k + 1]) else v[k - 1] + 1
            y = x - k
            while x < n and y < m and a[x] == b[y]:
                x, y = x + 1, y + 1
            vd[k] = x
            if x >= n and y >= m:
                trace.append(vd)
                return _backtrack(trace, n, m, ao, bo)
        trace.append(vd)
        v = vd
    return [("replace", ao, ao + n, bo, bo + m)]


def _backtrack(trace: list[dict[int, int]], x: int, y: int, ao: int, bo: int) -> list[Op]:
    ops: list[Op] = []
    for d in range(len(trace) - 1, 0, -1):
        prev = trace[d - 1]
        k = x - y
        down = k == -d or (k != d and prev[k - 1] < prev[k + 1])
        pk = k + 1 if down else k - 1
        px = prev[pk]
        py = px - pk
        mx, my = (px, py + 1) if down else (px + 1, py)
        while x > mx:
            x, y = x - 1, y - 1
            ops.append(("equal", ao + x, ao + x + 1, bo + y, bo + y + 1))
        if down:
            ops.append(("replace", ao + px, ao + px, bo + py, bo + py + 1))
        else:
            ops.append(("replace", ao + px, ao + px + 1, bo + py, bo + py))
        x, y = px, py
    while x > 0:
        x, y = x - 1, y - 1
        ops.append(("equal", ao + x, ao + x + 1, bo + y, bo + y + 1))
    return ops[::-1]


def _merge(raw: list[Op]) -> list[Op]:
    spans: list[tuple[bool, int, int, int, int]] = []
    for tag, i1, i2, j1, j2 in raw:
        if i1 == i2 and j1 == j2:
            continue
        same = tag == "equal"
        if spans and spans[-1][0] == same:
            spans[-1] = (same, spans[-1][1], i2, spans[-1][3], j2)
        else:
            spans.append((same, i1, i2, j1, j2))
    ops: list[Op] = []
    for same, i1, i2, j1, j2 in spans:
        kind = "equal" if same else (
            "replace" if i1 < i2 and j1 < j2 else ("delete" if i1 < i2 else "insert"))
        ops.append((kind, i1, i2, j1, j2))
    return ops


def pair(n_old: int, n_new: int, sim: Callable[[int, int], float],
         threshold: float) -> list[tuple[int | None, int | None]]:
    """Monotone pairing of a gap's old and new items that maximizes total similarity."""
    if n_old * n_new > 2500:
        return _pair_greedy(n_old, n_new, sim, threshold)
    score = [[0.0] * (n_new + 1) for _ in range(n_old + 1)]
    for i in range(n_old - 1, -1, -1):
        for j in range(n_new - 1, -1, -1):
            s = sim(i, j)
            best = max(score[i + 1][j], score[i][j + 1])
            score[i][j] = max(best, s + score[i + 1][j + 1]) if s >= threshold else best
    out: list[tuple[int | None, int | None]] = []
    i = j = 0
    while i < n_old and j < n_new:
        s = sim(i, j)
        if s >= threshold and score[i][j] == s + score[i + 1][j + 1]:
            out.append((i, j))
            i, j = i + 1, j + 1
        elif score[i][j] == score[i + 1][j]:
            out.append((i, None))
            i += 1
        else:
            out.append((None, j))
            j += 1
    out += [(k, None) for k in range(i, n_old)] + [(None, k) for k in range(j, n_new)]
    return out


def _pair_greedy(n_old: int, n_new: int, sim: Callable[[int, int], float],
                 threshold: float) -> list[tuple[int | None, int | None]]:
    out: list[tuple[int | None, int | None]] = []
    i = j = 0
    while i < n_old and j < n_new:
        if sim(i, j) >= threshold:
            out.append((i, j))
            i, j = i + 1, j + 1
        elif j + 1 < n_new and sim(i, j + 1) >= threshold:
            out.append((None, j))
            j += 1
        else:
            out.append((i, None))
            i += 1
    out += [(k, None) for k in range(i, n_old)] + [(None, k) for k in range(j, n_new)]
    return out


def slide(ops: list[Op], ta: Sequence[Any], tb: Sequence[Any],
          space: Callable[[Any], bool] = str.isspace) -> list[Op]:
    """Move a pure insertion or deletion past a space it starts with: "a| b|" → "a |b |".
    `space` tells a space token (plain strings here; the model-level diff passes its own keys)."""
    out = list(ops)
    for n in range(1, len(out) - 1):
        tag, i1, i2, j1, j2 = out[n]
        prev, nxt = out[n - 1], out[n + 1]
        if prev[0] != "equal" or nxt[0] != "equal" or tag not in ("insert", "delete"):
            continue
        seq, first, after = (tb, j1, j2) if tag == "insert" else (ta, i1, i2)
        if not (space(seq[first]) and seq[first] == seq[after]):
            continue
        out[n - 1] = ("equal", prev[1], prev[2] + 1, prev[3], prev[4] + 1)
        out[n] = (tag, i1 + 1, i2 + 1, j1 + 1, j2 + 1)
        out[n + 1] = ("equal", nxt[1] + 1, nxt[2], nxt[3] + 1, nxt[4])
    return [op for op in out if op[1] < op[2] or op[3] < op[4]]
