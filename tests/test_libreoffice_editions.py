"""LibreOffice checks on every output of the embedded example: contents pages and Accept/Reject.

- Every .docx the tool writes or ships that has a contents page (clean editions, tracked-changes
  editions with and without the appendix, what `freeze` writes, the frozen remiss round, the
  remiss pack): the cached page numbers equal the ones LibreOffice computes when it updates the
  index from its own layout.
- Every tracked-changes edition: Accept All gives the clean new edition and Reject All the frozen
  one, paragraph by paragraph (cover and body; the contents page and the numbers in
  cross-references are field results, which follow the new edition).

All LibreOffice work runs as one batch per test (tests/lo_batch.py).
"""

from __future__ import annotations

import hashlib
import re
import zipfile
from pathlib import Path

import pytest

from assembler.pipeline import build, freeze_round

from .conftest import ROOT, TEMPLATE, soffice_path
from .lo_batch import Batch, read

EXAMPLE = ROOT / "sources"
FROZEN = ROOT / "rounds" / "remiss-2023"
ENTRY = re.compile(r"^(.+)\t(\d*)$")


@pytest.fixture(scope="module")
def batch(soffice, tmp_path_factory: pytest.TempPathFactory) -> Batch:
    exe = soffice_path()
    assert exe is not None
    return Batch(exe, tmp_path_factory.mktemp("lo-batch"))


@pytest.fixture(scope="module")
def outputs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[Path]]:
    from click.testing import CliRunner

    from assembler.cli import cli

    out = tmp_path_factory.mktemp("editions")
    plain = build(EXAMPLE, out / "plain", TEMPLATE, against="remiss-2023").written
    appendix = build(EXAMPLE, out / "appendix", TEMPLATE, against="remiss-2023",
                     with_appendix=True).written
    frozen_now = freeze_round(EXAMPLE, "beslut-2023", TEMPLATE, out / "rounds")
    result = CliRunner().invoke(cli, ["remiss", "build", "remiss-2023", "--sources",
                                      str(EXAMPLE), "--out", str(out / "pack")])
    assert result.exit_code == 0, result.output
    docx = [p for p in plain + appendix if p.suffix == ".docx"]
    return {
        "clean": [p for p in docx if "andringar" not in p.name and "appendix" not in str(p)],
        "tracked": [p for p in docx if "andringar" in p.name and "plain" in str(p)],
        "tracked+appendix": [p for p in docx if "andringar" in p.name and "appendix" in str(p)],
        "freeze": sorted(frozen_now.glob("*.docx")),
        "frozen": sorted(FROZEN.glob("*.docx")),
        "pack": sorted((out / "pack").rglob("*.docx")),
    }


def _has_toc(path: Path) -> bool:
    return "TOC \\o" in zipfile.ZipFile(path).read("word/document.xml").decode()


def _toc(text: str) -> list[tuple[str, str]]:
    lines = text.splitlines()
    start = lines.index("Innehåll") + 1
    entries = []
    for line in lines[start:]:
        m = ENTRY.match(line)
        if not m:
            break
        entries.append((m.group(1).strip(), m.group(2)))
    return entries


def test_contents_pages_match_libreoffice_layout_in_every_output(outputs, batch) -> None:
    files = [p for group in outputs.values() for p in group if _has_toc(p)]
    assert len(outputs["clean"]) == len(outputs["tracked"]) == 10
    assert len(outputs["tracked+appendix"]) == len(outputs["freeze"]) == 10
    assert len(outputs["frozen"]) == 10 and len(files) >= 60
    unique = {hashlib.sha256(p.read_bytes()).hexdigest(): p for p in files}
    prefixes = batch.run([("toc", p) for p in unique.values()])
    off, compared = [], 0
    for path, prefix in zip(unique.values(), prefixes, strict=True):
        cached, laid_out = _toc(read(prefix)), _toc(read(prefix, "-updated"))
        assert [t for t, _ in cached] == [t for t, _ in laid_out], path
        assert all(page for _, page in cached), path  # every entry has a page
        compared += len(cached)
        off += [(path.parent.name, path.name, t, c, n)
                for (t, c), (_, n) in zip(cached, laid_out, strict=True) if c != n]
    print(f"{len(files)} outputs ({len(unique)} distinct), {compared} contents entries compared")
    assert not off, f"{len(off)} of {compared} contents entries differ from LibreOffice: {off}"


def _cover_and_body(text: str, appendix: bool = False) -> list[str]:
    """The cover and the text after the contents page; outline numbers in cross-references are
    REF field results (masked), a bare outline number left by a joined heading is dropped."""
    lines = text.splitlines()
    cover = lines[:lines.index("Innehåll")]
    body = lines[[i for i, line in enumerate(lines) if line.strip() == "1 Inledning"][0]:]
    if appendix:
        end = [i for i, line in enumerate(body)
               if re.fullmatch(r"\d+ Ändringar sedan föregående version", line.strip())]
        assert end, "the appendix chapter is missing"
        body = body[:end[-1]]
    kept = [re.sub(r"avsnitt \d+(\.\d+)*( [a-z]+(\.\d+)*)?", "avsnitt #", line)
            for line in cover + body if not re.fullmatch(r"\d+(\.\d+)* ?", line)]
    while kept and not kept[-1].strip():
        kept.pop()
    return kept


def test_accept_all_and_reject_all_in_every_tracked_edition(outputs, batch) -> None:
    clean = {p.name: p for p in outputs["clean"]}
    frozen = {p.name: p for p in outputs["frozen"]}
    tracked = [(p, False) for p in outputs["tracked"]] + [
        (p, True) for p in outputs["tracked+appendix"]]
    jobs: list[tuple[str, Path]] = []
    for path, _ in tracked:
        jobs += [("AcceptAll", path), ("RejectAll", path)]
    jobs += [("", p) for p in clean.values()] + [("", p) for p in frozen.values()]
    prefixes = iter(batch.run(jobs))
    results = [(path, app, read(next(prefixes)), read(next(prefixes))) for path, app in tracked]
    texts = {name: read(next(prefixes)) for name in list(clean) + [f"frozen/{n}" for n in frozen]}
    wrong = []
    for path, app, accepted, rejected in results:
        name = path.name.replace("-andringar", "")
        new = _cover_and_body(texts[name])
        old = _cover_and_body(texts[f"frozen/{name}"])
        assert new != old, name
        if _cover_and_body(accepted, app) != new:
            wrong.append((path.parent.parent.name, path.name, "Accept All"))
        if _cover_and_body(rejected) != old:  # empty paragraphs count too
            wrong.append((path.parent.parent.name, path.name, "Reject All"))
    print(f"{len(results)} tracked editions accepted and rejected by LibreOffice")
    assert len(results) == 20
    assert not wrong, wrong


def test_changed_label_wording_is_tracked(batch, tmp_path: Path) -> None:
    """A county rewords a label phrase and renames an arena between two rounds: every generated
    line (labels in the text, the cover's edition heading) shows as a revision, and LibreOffice
    gives the new wording on Accept All and the old one on Reject All."""
    import shutil

    from ruamel.yaml import YAML

    rounds = tmp_path / "rounds"
    frozen = freeze_round(EXAMPLE, "beslut-2023", TEMPLATE, rounds)
    sources = tmp_path / "sources"
    shutil.copytree(EXAMPLE, sources)
    plan_yaml = sources / "plan.yaml"
    yaml = YAML()
    data = yaml.load(plan_yaml.read_text(encoding="utf-8"))
    data["phrases"] = {"addition_label": "Lokal text från {arena}",
                       "section_label": "Avsnitt skrivet av {arena}"}
    for arena in data["arenas"]:
        if arena["id"] == "are":
            arena["short_name"] = "Åre kommun"
    with plan_yaml.open("w", encoding="utf-8") as f:
        yaml.dump(data, f)
    out = build(sources, tmp_path / "out", TEMPLATE, wanted=["lan", "are"],
                round_id="beslut-2023", against="beslut-2023", rounds_dir=rounds,
                force=True).written
    docx = {p.name: p for p in out if p.suffix == ".docx"}
    tracked = zipfile.ZipFile(docx["plan-lan-andringar.docx"]).read("word/document.xml").decode()
    assert "tillägg" in "".join(re.findall(r"<w:delText[^>]*>([^<]*)<", tracked))
    assert "Lokal text från" in tracked
    names = ("plan-lan-andringar.docx", "plan-are-andringar.docx")
    jobs = [(a, docx[n]) for n in names for a in ("AcceptAll", "RejectAll")]
    jobs += [("", docx[n.replace("-andringar", "")]) for n in names]
    jobs += [("", frozen / n.replace("-andringar", "")) for n in names]
    texts = [read(p) for p in batch.run(jobs)]
    for i, name in enumerate(names):
        accepted, rejected = texts[2 * i], texts[2 * i + 1]
        new, old = texts[4 + i], texts[6 + i]
        assert _cover_and_body(accepted) == _cover_and_body(new), name
        assert _cover_and_body(rejected) == _cover_and_body(old), name
        assert _cover_and_body(new) != _cover_and_body(old), name
    assert "Lokalt tillägg – Berg" in texts[6] and "Lokal text från Berg" in texts[4]
    assert "Lokal version – Åre kommun" in texts[5] and "Lokal version – Åre\n" in texts[7]


def _edited_template(folder: Path) -> Path:
    """The house template as a county might edit it in Word: other margins, a larger serif
    body font, more spacing after paragraphs and a different line spacing."""
    with zipfile.ZipFile(TEMPLATE) as z:
        parts = {i.filename: z.read(i.filename) for i in z.infolist()}
    doc = parts["word/document.xml"].decode()
    doc = re.sub(r'<w:pgMar [^>]*/>', '<w:pgMar w:top="1984" w:right="1134" w:bottom="1701" '
                 'w:left="2268" w:header="709" w:footer="709" w:gutter="0"/>', doc)
    styles = parts["word/styles.xml"].decode()
    styles = styles.replace('w:ascii="Arial" w:hAnsi="Arial" w:eastAsia="Arial"',
                            'w:ascii="Times New Roman" w:hAnsi="Times New Roman" '
                            'w:eastAsia="Times New Roman"', 1)
    styles = styles.replace('<w:sz w:val="21"/><w:szCs w:val="21"/>',
                            '<w:sz w:val="24"/><w:szCs w:val="24"/>', 1)
    styles = styles.replace('<w:spacing w:after="120"\n w:line="264" w:lineRule="auto"/>',
                            '<w:spacing w:after="160" w:line="288" w:lineRule="auto"/>', 1)
    assert "Times New Roman" in styles and 'w:line="288"' in styles and "1984" in doc
    parts["word/document.xml"], parts["word/styles.xml"] = doc.encode(), styles.encode()
    path = folder / "plan.docx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts.items():
            z.writestr(name, data)
    return path


def test_contents_page_follows_an_edited_template(batch, tmp_path: Path) -> None:
    """The estimate reads page size, margins, fonts and spacing from the template in use."""
    template = _edited_template(tmp_path)
    files = [p for p in build(EXAMPLE, tmp_path / "out", template, wanted=["lan", "berg"],
                              against="remiss-2023", with_appendix=True).written
             if p.suffix == ".docx"]
    assert len(files) == 4
    prefixes = batch.run([("toc", p) for p in files])
    compared = 0
    for path, prefix in zip(files, prefixes, strict=True):
        cached, laid_out = _toc(read(prefix)), _toc(read(prefix, "-updated"))
        assert cached == laid_out, path.name
        compared += len(cached)
    assert compared > 100
    # and the edited template really lays out differently from the packaged one
    plain = build(EXAMPLE, tmp_path / "plain", TEMPLATE, wanted=["lan"]).written
    packaged = _toc(read(batch.run([("", [p for p in plain if p.suffix == ".docx"][0])])[0]))
    edited = _toc(read(prefixes[[p.name for p in files].index("plan-lan.docx")]))
    assert packaged != edited
