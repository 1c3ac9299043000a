"""Random plans (sections, slots, additions, references) build or fail with our own errors only;
when they build, every source word reaches the county-wide edition; every .docx passes the
OOXML check. Random Markdown bodies never crash the Markdown layer."""

from __future__ import annotations

import tempfile
from dataclasses import dataclass
from pathlib import Path

from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from assembler.cli import cli
from assembler.errors import Diagnostics
from assembler.load.markdown import parse_body

from ..conftest import MINI
from ..ooxml_check import check_docx
from .words import lost_words

VOCAB = ["vård", "omsorg", "kommun", "region", "ökad", "tillgång", "samverkan", "barn",
         "äldre", "insatser", "Östersund", "2023", "uppföljning", "hälsa", "ansvar"]
OUR_EXITS = {0, 3, 4, 5, 6, 7}
_MINI_PLAN = (MINI / "plan.yaml").read_text(encoding="utf-8")
# The fixture's plan.yaml without its strategy (whose section the random chapters do not have).
PLAN_YAML = (_MINI_PLAN[:_MINI_PLAN.index("strategies:")]
             + _MINI_PLAN[_MINI_PLAN.index("rounds:"):])

words = st.lists(st.sampled_from(VOCAB), min_size=1, max_size=8).map(" ".join)


@dataclass(frozen=True)
class Chapter:
    id: str
    paragraphs: tuple[str, ...]
    subsections: tuple[tuple[str, str], ...]  # (id, text)
    slots: tuple[tuple[str, str], ...]  # (name, common text, may be "")
    refs: tuple[str, ...]


@st.composite
def chapters(draw: st.DrawFn, index: int) -> Chapter:
    cid = f"kap{index}"
    subs = tuple((f"{cid}-del{i}", draw(words)) for i in range(draw(st.integers(0, 2))))
    slots = tuple((f"plats{i}", draw(st.sampled_from(["", "Gemensam text om vård."])))
                  for i in range(draw(st.integers(0, 2))))
    refs = tuple(draw(st.lists(st.sampled_from(["kap0"] * 6 + ["kap0-del0", "saknas"]),
                               max_size=2)))
    return Chapter(cid, tuple(draw(st.lists(words, min_size=1, max_size=3))), subs, slots, refs)


def render_chapter(ch: Chapter, order: int) -> str:
    body = [f"---\nid: {ch.id}\ntitle: Kapitel {ch.paragraphs[0].split()[0]}\n"
            f"order: {order}\n---"]
    for text in ch.paragraphs:
        body.append(text + "." + "".join(f" Se [](#{r})." for r in ch.refs))
    for name, common in ch.slots:
        body.append(f"::: slot {name}\n{common}\n:::" if common else f"::: slot {name}\n:::")
    for sid, text in ch.subsections:
        body.append(f"## Del {text.split()[0]} {{#{sid}}}\n\n{text}.")
    return "\n\n".join(body) + "\n"


@st.composite
def plans(draw: st.DrawFn) -> dict[str, str]:
    chs = [draw(chapters(i)) for i in range(draw(st.integers(1, 3)))]
    files = {f"common/{10 * (i + 1)}-{c.id}.md": render_chapter(c, 10 * (i + 1))
             for i, c in enumerate(chs)}
    targets = [f"{c.id}#{name}" for c in chs for name, _ in c.slots] * 6 + ["kap9#plats0"]
    for n in range(draw(st.integers(0, 4))):
        arena = draw(st.sampled_from(["norr", "soder"]))
        mode = draw(st.sampled_from(["append", "prepend", "replace", "remove"]))
        reason = draw(st.sampled_from(["", *["reason: Lokala skäl för ändringen.\n"] * 5]))
        text = "" if mode == "remove" else draw(words) + "."
        files[f"local/{arena}/tillagg{n}.md"] = (
            f"---\ntarget: {draw(st.sampled_from(targets))}\nmode: {mode}\n{reason}---\n{text}\n")
    return files


def build(files: dict[str, str], root: Path) -> tuple[int, str, Path]:
    sources = root / "sources"
    sources.mkdir()
    (sources / "plan.yaml").write_text(PLAN_YAML, encoding="utf-8")
    for rel, text in files.items():
        (sources / rel).parent.mkdir(parents=True, exist_ok=True)
        (sources / rel).write_text(text, encoding="utf-8")
    (sources / "local" / "norr").mkdir(parents=True, exist_ok=True)
    (sources / "local" / "soder").mkdir(parents=True, exist_ok=True)
    result = CliRunner().invoke(cli, ["build", "--sources", str(sources),
                                      "--out", str(root / "out")], catch_exceptions=False)
    return result.exit_code, result.output, sources


@settings(max_examples=60, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.too_slow])
@given(plans())
def test_random_plans_build_or_fail_cleanly_and_lose_nothing(files: dict[str, str]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        code, output, sources = build(files, Path(tmp))
        assert code in OUR_EXITS, output
        assert "internal error" not in output and "Traceback" not in output
        if code == 0:
            out = Path(tmp) / "out" / "remiss"
            assert lost_words(sources, out / "plan-lan.docx") == {}
            for docx in out.glob("*.docx"):
                assert check_docx(docx.read_bytes()) == [], docx.name
        else:
            assert ": error: " in output or ": warning: " in output


markdown_text = st.lists(st.one_of(
    words, st.sampled_from(["::: slot a", ":::", "> ", "- ", "1. ", "## Rubrik {#r}", "[^n]",
                            "[^n]: not", "{{ vars.x }}", "{{ __x__ }}", "**", "__", "|a|b|",
                            "|-|-|", "[](#r)", "    ", "\t", "<b>", "```", "* * *"]),
), max_size=30).map(lambda parts: "".join(p + ("\n" if i % 3 == 2 else " ")
                                          for i, p in enumerate(parts)))


@settings(max_examples=300, deadline=None, derandomize=True)
@given(markdown_text)
def test_random_markdown_never_crashes(text: str) -> None:
    diags = Diagnostics()
    parse_body(text, "x.md", 1, "k", "owner", diags)
    for d in diags.items:
        assert d.loc.path == "x.md" and d.loc.line >= 1
