"""Local text, overrides, lists and typesetting: properties the outputs of any plan must have.

Each test checks a class of defect over every local text, table or list of a plan (the embedded
example and a mini plan with every kind of block in local text), not one known paragraph.
"""

from __future__ import annotations

import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from lxml import etree

from assembler.errors import ExitCode
from assembler.model import OVERRIDE_MODES, Block, Document, ListBlock, LocalText, Quote, Section
from assembler.phrases import DEFAULTS, Phrases
from assembler.pipeline import build, check
from assembler.render import oxml
from assembler.render.body import BodyWriter
from assembler.render.styles import ATTRIBUTION, LOCAL, LOCAL_INDENT, PARA_SPACING

from .conftest import MINI, ROOT, TEMPLATE

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
EXAMPLE = ROOT / "sources"

RICH = """---
target: strategi-tillgang#aktiviteter
mode: append
---
Lokalt prioriteras att

- ett första steg[^n]
- ett andra steg
  - med ett delsteg

  och ett andra stycke i punkten

3. tre
4. fyra

| Mått | Mål |
|---|---|
| Väntetid | 7 dagar |

> Ett citat ur en lokal överenskommelse.

Sista stycket.

[^n]: En lokal fotnot.
"""
RICH_SECTION = """---
id: norr-rutiner
title: Rutiner i Norr
after: strategi-tillgang
---
Lokala rutiner.[^egen]

- en punkt

## Ansvar

| Vem | Vad |
|---|---|
| Norr | Allt |

Slut.

[^egen]: En lokal fotnot.
"""


@pytest.fixture
def rich(make_sources: Callable[..., Path]) -> Path:
    return make_sources({"local/norr/aktiviteter.md": RICH, "local/norr/rutiner.md": RICH_SECTION})


def _attr(el: etree._Element | None, name: str) -> str:
    return "" if el is None else el.get(f"{W}{name}", "")


def bar_problem(el: etree._Element) -> str:
    """Why a rendered element of local text does not carry the side bar at its place ('' if it
    does): the bar comes from the local styles or a direct left border, and a paragraph's first
    line (where the bar is drawn) starts at the local text indent."""
    if el.tag == f"{W}tbl":
        left = el.find(f"{W}tblPr/{W}tblBorders/{W}left")
        return "" if _attr(left, "color") == oxml.BAR["color"] else "table without the bar"
    ppr = el.find(f"{W}pPr")
    style = _attr(ppr.find(f"{W}pStyle") if ppr is not None else None, "val")
    direct = ppr is not None and ppr.find(f"{W}pBdr/{W}left") is not None
    if style not in (LOCAL, ATTRIBUTION) and not direct:
        return f"paragraph in style {style or 'Normal'} without the bar"
    ind = ppr.find(f"{W}ind") if ppr is not None else None
    if ind is not None:
        first = int(_attr(ind, "left") or 0) - int(_attr(ind, "hanging") or 0)
        if first != LOCAL_INDENT:
            return f"first line at {first}, not at the local indent {LOCAL_INDENT}"
    return ""


def local_blocks(blocks: tuple[Block, ...]) -> Iterator[LocalText]:
    for b in blocks:
        if isinstance(b, LocalText):
            yield b
        elif isinstance(b, Quote) or hasattr(b, "blocks"):
            yield from local_blocks(b.blocks)  # type: ignore[union-attr]
        elif isinstance(b, ListBlock):
            for item in b.items:
                yield from local_blocks(item)


def writer(doc: Document, sources_dir: Path) -> BodyWriter:
    cfg = check(sources_dir).sources.config
    return BodyWriter(doc, lambda url: "rId1", {}, None, Phrases.of(cfg.phrases),
                      {a.id: a.label for a in cfg.arenas}, cfg.plan.show_override_reasons)


def local_renderings(sources_dir: Path) -> Iterator[tuple[str, list[etree._Element]]]:
    """(what, elements) for every local text and local section of every edition."""
    for doc in check(sources_dir).documents:
        for top in doc.sections:
            for s in top.walk():
                for b in local_blocks(s.blocks):
                    out: list[etree._Element] = []
                    writer(doc, sources_dir).local_text(b, out, 0)
                    yield f"{doc.edition.id}: {b.arena_id} in {s.id}", out
                if s.origin:
                    out = []
                    writer(doc, sources_dir).section(s, out)
                    yield f"{doc.edition.id}: local section {s.id}", out[1:]  # after its heading


@pytest.mark.parametrize("plan", ["example", "rich"])
def test_every_paragraph_of_local_text_carries_the_bar(plan: str, rich: Path) -> None:
    sources_dir = EXAMPLE if plan == "example" else rich
    problems, count = [], 0
    for what, elements in local_renderings(sources_dir):
        for el in elements:
            count += 1
            why = bar_problem(el)
            if why:
                problems.append(f"{what}: {why}: {oxml.text_of(el)[:50]!r}")
    assert count > (150 if plan == "example" else 20)
    assert not problems, "\n".join(problems)


def test_the_local_styles_draw_the_bar_at_the_local_indent() -> None:
    styles = etree.fromstring(zipfile.ZipFile(TEMPLATE).read("word/styles.xml"))
    for style_id in (LOCAL, ATTRIBUTION):
        style = styles.find(f"{W}style[@{W}styleId='{style_id}']")
        left = style.find(f"{W}pPr/{W}pBdr/{W}left")
        assert _attr(left, "color") == oxml.BAR["color"] and _attr(left, "sz") == oxml.BAR["sz"]
        assert int(_attr(style.find(f"{W}pPr/{W}ind"), "left")) == LOCAL_INDENT


def test_lists_tables_and_notes_in_local_text_stay_in_the_block(rich: Path, tmp_path: Path
                                                                ) -> None:
    files = {p.name: p for p in build(rich, tmp_path, TEMPLATE).written}
    doc = etree.fromstring(zipfile.ZipFile(files["plan-lan.docx"]).read("word/document.xml"))
    body = list(doc.find(f"{W}body"))
    texts = [oxml.text_of(el) for el in body]
    first = next(i for i, t in enumerate(texts) if t == "Lokalt prioriteras att")
    last = next(i for i, t in enumerate(texts) if t == "Sista stycket.")
    block = body[first:last + 1]
    assert len(block) == 10  # paragraph, 3 + 1 bullets, 2 numbered, table, quote, paragraph
    assert [bar_problem(el) for el in block] == [""] * len(block)
    notes = zipfile.ZipFile(files["plan-lan.docx"]).read("word/footnotes.xml").decode()
    assert "En lokal fotnot." in notes and LOCAL not in notes  # the note text is a plain note


def section_titles(doc: Document) -> dict[str, tuple[str, str]]:
    from assembler.walk import plain

    return {s.id: (doc.numbers[s.id], plain(s.title))
            for top in doc.sections for s in top.walk()}


@pytest.mark.parametrize("plan", ["example", "mini"])
def test_every_override_has_its_label_and_names_the_replaced_text(plan: str) -> None:
    sources_dir = EXAMPLE if plan == "example" else MINI
    checked = check(sources_dir)
    labels = {a.id: a.label for a in checked.sources.config.arenas}
    seen = 0
    for doc in checked.documents:
        titles = section_titles(doc)
        for top in doc.sections:
            for s in top.walk():
                for b in local_blocks(s.blocks):
                    if b.mode not in OVERRIDE_MODES:
                        continue
                    out: list[etree._Element] = []
                    writer(doc, sources_dir).local_text(b, out, 0)
                    label, note = oxml.text_of(out[0]), oxml.text_of(out[1])
                    assert label == f"Lokal anpassning – {labels[b.arena_id]}"
                    number, title = titles[s.id]  # the slot's section (all have ids here)
                    assert f"avsnitt {number} {title}" in note, note
                    assert "den gemensamma texten" in note and "ovan" not in note
                    # the reason is for the county-wide edition (and internal), unless asked for
                    assert ("Skäl:" in note) == (doc.edition.kind == "county"), note
                    seen += 1
    assert seen >= (6 if plan == "example" else 2)


def test_override_reason_in_arena_edition_on_request(make_sources: Callable[..., Path],
                                                     tmp_path: Path) -> None:
    plan = (MINI / "plan.yaml").read_text("utf-8").replace(
        '  version: "0.9"\n', '  version: "0.9"\n  show_override_reasons: true\n')
    sources_dir = make_sources({"plan.yaml": plan})
    files = {p.name: p for p in build(sources_dir, tmp_path, TEMPLATE).written}
    text = oxml.text_of(etree.fromstring(
        zipfile.ZipFile(files["plan-soder.docx"]).read("word/document.xml")))
    assert "Skäl: Söder har egen hemsjukvårdsorganisation." in text


def test_generated_phrases_never_use_a_full_arena_name_mid_sentence() -> None:
    cfg = check(EXAMPLE).sources.config
    phrases = Phrases.of(cfg.phrases)
    for arena in cfg.arenas:
        values = {"arena": arena.label, "name": arena.name, "replaced": "avsnitt 1 Inledning",
                  "section": "avsnitt 1 Inledning",
                  "number": "1", "title": "Inledning", "words": "Ett två", "reason": "Skäl.",
                  "county": cfg.plan.county}
        for key in DEFAULTS:
            text = phrases(key, **values)
            if arena.name == arena.label:
                continue  # a proper name ("Barnarenan") may stand anywhere
            assert arena.name not in text, (key, text)
    assert all(a.short_name for a in cfg.arenas)  # the example names every arena shortly


def test_labels_in_every_output_use_short_names(tmp_path: Path) -> None:
    cfg = check(EXAMPLE).sources.config
    long_names = [a.name for a in cfg.arenas if a.name != a.label]
    for path in build(EXAMPLE, tmp_path, TEMPLATE).written:
        doc = etree.fromstring(zipfile.ZipFile(path).read("word/document.xml"))
        for para in doc.iter(f"{W}p"):
            style = para.find(f"{W}pPr/{W}pStyle")
            if _attr(style, "val") == ATTRIBUTION:
                text = oxml.text_of(para)
                assert not any(n in text for n in long_names), (path.name, text)


@pytest.mark.parametrize("key,text,message", [
    ("arena_label", "Lokalt – {arena}", "unknown phrase 'arena_label'"),
    ("addition_label", "Lokalt tillägg – {arena.name}", "not a valid phrase"),
    ("addition_label", "Lokalt tillägg – {namn}", "unknown placeholder(s) namn"),
])
def test_bad_phrases_are_configuration_errors(key: str, text: str, message: str,
                                              make_sources: Callable[..., Path],
                                              run_cli: Callable[..., object]) -> None:
    plan = (MINI / "plan.yaml").read_text("utf-8") + f'phrases:\n  {key}: "{text}"\n'
    result = run_cli("check", "--sources", make_sources({"plan.yaml": plan}))
    assert result.exit_code == ExitCode.CONFIG  # type: ignore[attr-defined]
    lines = plan.count("\n")
    output = result.output  # type: ignore[attr-defined]
    assert f"plan.yaml:{lines}:" in output and "error: " in output and message in output, output


def test_configured_phrases_are_used(make_sources: Callable[..., Path], tmp_path: Path) -> None:
    plan = (MINI / "plan.yaml").read_text("utf-8") + (
        'phrases:\n  addition_label: "Tillägg från {arena}"\n'
        '  county_heading: "Hela {county}"\n')
    files = {p.name: p for p in build(make_sources({"plan.yaml": plan}), tmp_path,
                                      TEMPLATE).written}
    text = oxml.text_of(etree.fromstring(
        zipfile.ZipFile(files["plan-lan.docx"]).read("word/document.xml")))
    assert "Tillägg från Norr" in text and "Lokalt tillägg" not in text
    assert "Hela Testlän" in text


def test_ordered_list_keeps_its_start(rich: Path, tmp_path: Path) -> None:
    files = {p.name: p for p in build(rich, tmp_path, TEMPLATE).written}
    package = zipfile.ZipFile(files["plan-norr.docx"])
    doc = etree.fromstring(package.read("word/document.xml"))
    numbering = etree.fromstring(package.read("word/numbering.xml"))
    para = next(p for p in doc.iter(f"{W}p") if oxml.text_of(p) == "tre")
    num_id = _attr(para.find(f"{W}pPr/{W}numPr/{W}numId"), "val")
    num = numbering.find(f"{W}num[@{W}numId='{num_id}']")
    start = num.find(f"{W}lvlOverride[@{W}ilvl='0']/{W}startOverride")
    assert _attr(start, "val") == "3"
    four = next(p for p in doc.iter(f"{W}p") if oxml.text_of(p) == "fyra")
    assert _attr(four.find(f"{W}pPr/{W}numPr/{W}numId"), "val") == num_id


def test_unused_footnote_is_a_warning_and_an_error_under_strict(
        make_sources: Callable[..., Path], run_cli: Callable[..., object]) -> None:
    text = (MINI / "local/norr/rutiner.md").read_text("utf-8") + "\n[^aldrig]: Oanvänd.\n"
    sources_dir = make_sources({"local/norr/rutiner.md": text})
    line = text.count("\n")
    result = run_cli("check", "--sources", sources_dir)
    assert result.exit_code == 0  # type: ignore[attr-defined]
    assert (f"rutiner.md:{line}:1: warning: footnote [^aldrig] is defined but never used"
            in result.output)  # type: ignore[attr-defined]
    strict = run_cli("check", "--strict", "--sources", sources_dir)
    assert strict.exit_code == ExitCode.WARNING  # type: ignore[attr-defined]


def all_outputs(tmp_path: Path, rich: Path) -> list[Path]:
    return (build(EXAMPLE, tmp_path / "example", TEMPLATE).written
            + build(rich, tmp_path / "rich", TEMPLATE).written)


def test_tables_have_header_rows_unsplit_rows_and_space_after(rich: Path, tmp_path: Path
                                                              ) -> None:
    tables = 0
    for path in all_outputs(tmp_path, rich):
        body = etree.fromstring(zipfile.ZipFile(path).read("word/document.xml")).find(f"{W}body")
        for tbl in body.iter(f"{W}tbl"):
            tables += 1
            rows = tbl.findall(f"{W}tr")
            assert rows[0].find(f"{W}trPr/{W}tblHeader") is not None, path.name
            assert all(r.find(f"{W}trPr/{W}cantSplit") is not None for r in rows), path.name
            follow = tbl.getnext()
            style = _attr(follow.find(f"{W}pPr/{W}pStyle"), "val")
            if follow.tag == f"{W}p" and not style.startswith("Heading") and oxml.text_of(follow):
                spacing = follow.find(f"{W}pPr/{W}spacing")
                assert int(_attr(spacing, "before") or 0) >= PARA_SPACING, oxml.text_of(follow)
    assert tables >= 8


def test_chapters_start_pages_without_break_paragraphs(rich: Path, tmp_path: Path) -> None:
    """A page-break paragraph that lands at the top of a page leaves a blank page; chapters
    (and the contents page) start a page by pageBreakBefore instead."""
    styles = etree.fromstring(zipfile.ZipFile(TEMPLATE).read("word/styles.xml"))
    toc = styles.find(f"{W}style[@{W}styleId='TOCHeading']")
    assert toc.find(f"{W}pPr/{W}pageBreakBefore") is not None
    for path in all_outputs(tmp_path, rich):
        doc = etree.fromstring(zipfile.ZipFile(path).read("word/document.xml"))
        assert not [b for b in doc.iter(f"{W}br") if _attr(b, "type") == "page"], path.name
        for para in doc.iter(f"{W}p"):
            if _attr(para.find(f"{W}pPr/{W}pStyle"), "val") == "Heading1":
                assert para.find(f"{W}pPr/{W}pageBreakBefore") is not None, path.name


def _sections(doc: Document) -> Iterator[Section]:
    for top in doc.sections:
        yield from top.walk()
