"""Property: for random documents and random edits, accept all gives NEW and reject all OLD."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from assembler.redline.align import diff
from tests.redline.docgen import STYLES, Doc, Para, Table, build
from tests.redline.helpers import redline_ok
from tests.redline.oracle import part_view

WORDS = ["och", "för", "vård", "hälso-", "sjukvård", "länet", "Östersund", "åtgärd", "är",
         "planen", "kommunen", "regionen", "ansvar", "samverkan", "barn", "äldre", ",", ".",
         "2017:30", "t.ex.", "(HSL)", "–", "Jämtland", "Härjedalen", "\t", "^1", "^2", "%F", "%I"]

text = st.lists(st.sampled_from(WORDS), min_size=0, max_size=12).map(
    lambda ws: " ".join(ws).replace("^1 ^2", "^1"))
run = st.tuples(st.sampled_from(["", "b", "i", "bi"]), text)
para = st.builds(Para, st.sampled_from(STYLES), st.lists(run, min_size=0, max_size=3).map(tuple),
                 st.booleans())
cell = st.lists(para, min_size=1, max_size=2).map(tuple)
table = st.integers(1, 3).flatmap(lambda cols: st.lists(
    st.lists(cell, min_size=cols, max_size=cols).map(tuple), min_size=1, max_size=4
).map(lambda rows: Table(tuple(rows))))
blocks = st.lists(st.one_of(para, para, para, table), min_size=1, max_size=10)


def _unique_notes(bs: list[Para | Table]) -> tuple[Para | Table, ...]:
    """A footnote may be referenced once only: keep the first reference of each."""
    seen: set[str] = set()

    def fix(p: Para) -> Para:
        runs = []
        for fmt, t in p.runs:
            for ref in ("^1", "^2"):
                if ref in t:
                    head, _, tail = t.partition(ref)
                    t = head + (ref if ref not in seen else "") + tail.replace(ref, "")
                    seen.add(ref)
            runs.append((fmt, t))
        return Para(p.style, tuple(runs), p.numbered)

    out: list[Para | Table] = []
    for b in bs:
        if isinstance(b, Para):
            out.append(fix(b))
        else:
            out.append(Table(tuple(tuple(tuple(fix(p) for p in c) for c in r) for r in b.rows)))
    return tuple(out)


@st.composite
def pairs(draw: st.DrawFn) -> tuple[Doc, Doc]:
    old = draw(blocks)
    new = list(old)
    for _ in range(draw(st.integers(0, 5))):
        kind = draw(st.sampled_from(["edit", "insert", "delete", "move", "move", "style",
                                     "fresh"]))
        if kind == "insert" or not new:
            new.insert(draw(st.integers(0, len(new))), draw(st.one_of(para, table)))
        elif kind == "delete" and len(new) > 1:
            del new[draw(st.integers(0, len(new) - 1))]
        elif kind == "move":
            new.insert(draw(st.integers(0, len(new) - 1)), new.pop(draw(st.integers(0, len(new) - 1))))
        elif kind == "edit":
            i = draw(st.integers(0, len(new) - 1))
            b = new[i]
            if isinstance(b, Para) and b.runs:
                runs = list(b.runs)
                j = draw(st.integers(0, len(runs) - 1))
                words = runs[j][1].split(" ")
                k = draw(st.integers(0, len(words)))
                words[k:k + draw(st.integers(0, 2))] = draw(st.lists(st.sampled_from(WORDS), max_size=2))
                runs[j] = (draw(st.sampled_from([runs[j][0], "", "b"])), " ".join(words))
                new[i] = Para(b.style, tuple(runs), b.numbered)
            elif isinstance(b, Table):
                rows = list(b.rows)
                r = draw(st.integers(0, len(rows) - 1))
                op = draw(st.sampled_from(["del", "dup", "cell"]))
                if op == "del" and len(rows) > 1:
                    del rows[r]
                elif op == "dup":
                    rows.insert(r, tuple((draw(para),) for _ in rows[r]))
                else:
                    rows[r] = (tuple((draw(para),) for _ in rows[r]))
                new[i] = Table(tuple(rows))
        elif kind == "style":
            i = draw(st.integers(0, len(new) - 1))
            b = new[i]
            if isinstance(b, Para):
                new[i] = Para(draw(st.sampled_from(STYLES)), b.runs, not b.numbered)
        else:
            new[draw(st.integers(0, len(new) - 1))] = draw(st.one_of(para, table))
    notes_old = {1: "Lag (2017:30).", 2: "Se bilaga."}
    notes_new = {1: draw(st.sampled_from(["Lag (2017:30).", "Lag (2017:30), 2 kap."])), 2: "Se bilaga."}
    header = text.map(lambda t: t.replace("^", "").replace("%I", ""))  # no notes, no images
    head_old = (Para("Header", (("", draw(header)),)),)
    head_new = draw(st.sampled_from([head_old, (Para("Header", (("b", draw(header)),)),)]))
    return (Doc(_unique_notes(old), notes_old, head_old),
            Doc(_unique_notes(new), notes_new, head_new))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(pairs(), st.booleans())
def test_accept_gives_new_and_reject_gives_old(pair: tuple[Doc, Doc], moves: bool) -> None:
    old, new = pair
    a, b = build(old), build(new)
    out = redline_ok(a, b, moves)
    for mode, want in (("accept", b), ("reject", a)):
        assert part_view(out, "word/header1.xml", mode) == part_view(want, "word/header1.xml")


@settings(max_examples=300, deadline=None)
@given(st.lists(st.integers(0, 6), max_size=40), st.lists(st.integers(0, 6), max_size=40))
def test_diff_opcodes_rebuild_b(a: list[int], b: list[int]) -> None:
    out: list[int] = []
    pos = (0, 0)
    for tag, i1, i2, j1, j2 in diff(a, b):
        assert (i1, j1) == pos
        if tag == "equal":
            assert a[i1:i2] == b[j1:j2]
        out += b[j1:j2]
        pos = (i2, j2)
    assert pos == (len(a), len(b)) and out == b
