"""One-time regeneration of the embedded example's frozen remiss round (issue 10).

The remiss text of the example exists only as the frozen models in rounds/remiss-2023/model/
(git history has no remiss version of sources/). This script re-renders those models with the
current code: local sections take their letter numbers ("7.3 a"), default cross-references
become REF fields with the new numbers, the remiss edition states its own version, and the
contents page uses the current page estimate. A real county's frozen rounds never change: this
is a deliberate change of example data. Run from the repository root:

    PYTHONPATH=. python3 scripts/refreeze_remiss_2023.py
"""

from __future__ import annotations

import io
import json
import re
import shutil
import sys
import zipfile
from dataclasses import replace
from pathlib import Path

from assembler.errors import Diagnostics
from assembler.load.sources import load
from assembler.model import Document, Inline, Section, SectionLink, Text
from assembler.render.docx import render
from assembler.resolve import label_local, number_sections, plain
from assembler.rounds import serialize
from assembler.rounds.freeze import MANIFEST, freeze

ROUND = "remiss-2023"
REF = re.compile(r"avsnitt (\d+(?:\.\d+)*) (.+)")


def _links(items: tuple[Inline, ...], numbers: dict[str, str], titles: dict[str, str]
           ) -> tuple[Inline, ...]:
    out: list[Inline] = []
    for it in items:
        if isinstance(it, SectionLink) and it.anchor in numbers:
            m = REF.fullmatch(plain(it.children))
            if m and m.group(2) == titles[it.anchor]:
                n = numbers[it.anchor]
                it = SectionLink(it.anchor, (Text(f"avsnitt {n} {m.group(2)}"),), n, m.group(2))
        elif hasattr(it, "children") and not isinstance(it, SectionLink):
            it = replace(it, children=_links(it.children, numbers, titles))  # type: ignore
        out.append(it)
    return tuple(out)


def _blocks(value, numbers, titles, version):  # type: ignore[no-untyped-def]
    if isinstance(value, tuple):
        if value and all(not isinstance(v, tuple) for v in value) and any(
                isinstance(v, (Text, SectionLink)) for v in value):
            return _links(tuple(_fix_text(v, version) for v in value), numbers, titles)
        return tuple(_blocks(v, numbers, titles, version) for v in value)
    if hasattr(value, "__dataclass_fields__"):
        kwargs = {f: _blocks(getattr(value, f), numbers, titles, version)
                  for f in ("children", "blocks", "items", "header", "rows", "title")
                  if f in value.__dataclass_fields__}
        return replace(value, **kwargs)
    return value


def _fix_text(it: Inline, version: str) -> Inline:
    if isinstance(it, Text):  # the remiss edition states its own round's version
        return replace(it, text=it.text.replace("Remissversion, version 1.0",
                                                f"Remissversion, version {version}"))
    return it


def renumbered(doc: Document, version: str) -> Document:
    numbers = number_sections(doc.sections)
    titles = {s.id: plain(s.title) for top in doc.sections for s in top.walk()}
    sections = tuple(_blocks(s, numbers, titles, version) for s in doc.sections)
    assert all(isinstance(s, Section) for s in sections)
    return replace(doc, sections=label_local(sections, numbers), numbers=numbers)


def laid_out(outputs: dict[str, bytes]) -> dict[str, bytes]:
    """The contents pages with LibreOffice's page numbers (this one time, so the frozen example
    is exact whatever the estimate says; tests/test_libreoffice_editions.py checks it)."""
    import shutil as sh
    import tempfile

    from lxml import etree

    from assembler.ooxml.zipio import normalize_zip
    from tests.lo_batch import Batch, read

    work = Path(tempfile.mkdtemp(prefix="refreeze-"))
    files = []
    for name, data in outputs.items():
        (work / name).write_bytes(data)
        files.append(work / name)
    exe = sh.which("soffice") or "soffice"
    prefixes = Batch(exe, work / "lo").run([("toc", f) for f in files])
    w = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    out = {}
    for path, prefix in zip(files, prefixes, strict=True):
        lines = read(prefix, "-updated").splitlines()
        start = lines.index("Innehåll") + 1
        pages = []
        for line in lines[start:]:
            if "\t" not in line:
                break
            pages.append(line.rsplit("\t", 1)[1])
        with zipfile.ZipFile(path) as z:
            parts = {i.filename: z.read(i.filename) for i in z.infolist()}
        root = etree.fromstring(parts["word/document.xml"])
        toc = [p for p in root.iter(f"{w}p") if (p.find(f"{w}pPr/{w}pStyle") is not None and
               p.find(f"{w}pPr/{w}pStyle").get(f"{w}val", "").startswith("TOC"))]
        toc = [p for p in toc
               if "PAGEREF" in "".join(t.text or "" for t in p.iter(f"{w}instrText"))]
        assert len(toc) == len(pages), path.name
        for para, page in zip(toc, pages, strict=True):
            para.findall(f".//{w}hyperlink//{w}t")[-1].text = page
        parts["word/document.xml"] = etree.tostring(root, xml_declaration=True,
                                                    encoding="UTF-8", standalone=True)
        buf = io.BytesIO()
        with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
            for name, data in parts.items():
                z.writestr(name, data)
        out[path.name] = normalize_zip(buf.getvalue())
    sh.rmtree(work)
    return out


def main(root: Path) -> None:
    folder = root / "rounds" / ROUND
    old_manifest = json.loads((folder / MANIFEST).read_text("utf-8"))
    sources = load(root / "sources", Diagnostics())
    assert sources is not None
    cfg = sources.config
    version = cfg.round(ROUND).version or cfg.plan.version
    names = {a.id: a.name for a in cfg.arenas}
    template = root / "assembler" / "templates" / "plan.docx"
    docs = tuple(renumbered(serialize.loads(p.read_text("utf-8")), version)
                 for p in sorted((folder / "model").glob("*.json")))
    outputs = {f"plan-{d.edition.id}.docx": render(d, cfg, ROUND, template, names) for d in docs}
    outputs = laid_out(outputs)
    tmp = folder.with_name(f".{ROUND}.old")
    shutil.move(folder, tmp)
    try:
        freeze(folder, ROUND, docs, outputs, root / "sources")
    except BaseException:
        shutil.move(tmp, folder)
        raise
    shutil.rmtree(tmp)
    manifest = json.loads((folder / MANIFEST).read_text("utf-8"))
    manifest["sources"] = old_manifest["sources"]  # what the round was frozen from
    (folder / MANIFEST).write_text(json.dumps(manifest, indent=2, ensure_ascii=False) + "\n",
                                   "utf-8")


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "."))
