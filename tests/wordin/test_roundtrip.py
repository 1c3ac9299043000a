"""Form → filled as Word would (and saved by LibreOffice) → import → build gives the filled text.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from lxml import etree

from assembler.pipeline import build

from .wordfill import Fill, Grid, Para, fill

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
TARGET = "strategi-kontinuitet#lokala-aktiviteter"

FILLED = Fill(content=(
    Para((("I ", ""), ("{{ arena.name }}", "token"), (" arbetar vi ", ""), ("särskilt", "b"),
          (" med ", ""), ("kontinuitet", "i"), (" och ", ""), ("trygghet", "strong"),
          (", ", ""), ("fjällnära vård", "emph"), (" och ", ""), ("allt", "bi"), (".", ""))),
    Para((("Så här arbetar vi:", ""),)),
    Para((("Fasta läkarkontakter", ""),), list="bullet"),
    Para((("varje vecka", "b"),), list="bullet", level=1),
    Para((("Hembesök i byarna", ""),), list="bullet"),
    Para((("Första steget", ""),), list="number", start=3),
    Para((("Andra steget, se ", ""), ("[](#arlig-uppfoljning)", "token")), list="number"),
    Grid((("Ort", "Dag"), ("Sveg", "Måndag"), ("Ljungdalen", "Torsdag"))),
    Para((("Läs mer på ", ""), ("webbplatsen", "link:https://www.regionjh.se/"),
          (". Enligt lagen", ""), ("", "note:Hälso- och sjukvårdslagen (2017:30)."),
          (" gäller det.", ""))),
), mode="replace", reason="Avstånden i fjällen kräver ett eget arbetssätt.")

EXPECTED = """---
target: strategi-kontinuitet#lokala-aktiviteter
mode: replace
reason: Avstånden i fjällen kräver ett eget arbetssätt.
---
I {{ arena.name }} arbetar vi **särskilt** med *kontinuitet* och **trygghet**, *fjällnära vård* och
***allt***.

Så här arbetar vi:

- Fasta läkarkontakter
  - **varje vecka**
- Hembesök i byarna

3. Första steget
4. Andra steget, se [](#arlig-uppfoljning)

| Ort | Dag |
|---|---|
| Sveg | Måndag |
| Ljungdalen | Torsdag |

Läs mer på [webbplatsen](https://www.regionjh.se/). Enligt lagen[^not1] gäller det.

[^not1]: Hälso- och sjukvårdslagen (2017:30).
"""

NEW_SECTION = Fill(content=(Para((("Arenan ", ""), ("prövar", "b"), (" digitala ronder.", ""))),),
                   title="Digitala ronder i Berg")


def _filled_form(plan, local_cli) -> Path:  # type: ignore[no-untyped-def]
    assert local_cli("form", "berg").exit_code == 0
    form = plan.form("berg")
    data = fill(form.read_bytes(), {TARGET: FILLED, "new": NEW_SECTION})
    filled = form.with_name("ifylld-berg.docx")
    filled.write_bytes(data)
    return filled


def _check_imported(plan) -> None:  # type: ignore[no-untyped-def]
    assert plan.local("berg", "kontinuitet.md").read_text(encoding="utf-8") == EXPECTED
    new = plan.local("berg", "digitala-ronder-i-berg.md").read_text(encoding="utf-8")
    assert new.startswith("---\nid: berg-digitala-ronder-i-berg\ntitle: Digitala ronder i Berg\n"
                          "after: ")
    assert new.endswith("---\nArenan **prövar** digitala ronder.\n")


def _runs(docx: Path) -> list[tuple[str, bool, bool]]:
    with zipfile.ZipFile(docx) as zf:
        body = etree.fromstring(zf.read("word/document.xml"))
    out = []
    for run in body.iter(f"{W}r"):
        text = "".join(t.text or "" for t in run.iter(f"{W}t"))
        if text:
            out.append((text, run.find(f"{W}rPr/{W}b") is not None,
                        run.find(f"{W}rPr/{W}i") is not None))
    return out


def _check_built(plan, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    built = build(plan.sources, tmp_path / "out", plan.template, ["berg"])
    docx = next(p for p in built.written if p.name == "plan-berg.docx")
    runs = _runs(docx)
    text = "".join(t for t, _, _ in runs)
    assert ("I Lokal samverkansarena Berg arbetar vi särskilt med kontinuitet och trygghet, "
            "fjällnära vård och allt.") in text
    assert ("särskilt", True, False) in runs and ("kontinuitet", False, True) in runs
    assert ("trygghet", True, False) in runs and ("allt", True, True) in runs
    assert ("varje vecka", True, False) in runs
    for piece in ("Fasta läkarkontakter", "Första steget", "Ljungdalen", "Torsdag",
                  "webbplatsen", "Digitala ronder i Berg", "prövar"):
        assert piece in text
    with zipfile.ZipFile(docx) as zf:
        notes = zf.read("word/footnotes.xml").decode()
        rels = zf.read("word/_rels/document.xml.rels").decode()
        numbering = zf.read("word/numbering.xml").decode()
    assert "Hälso- och sjukvårdslagen (2017:30)." in notes
    assert "https://www.regionjh.se/" in rels
    assert 'w:startOverride w:val="3"' in numbering or "Första steget" in text


def test_word_fill_round_trip(plan, local_cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    filled = _filled_form(plan, local_cli)
    result = local_cli("import", filled)
    assert result.exit_code == 0, result.output
    assert "nothing written" in result.output and "+mode: replace" in result.output
    assert "kontinuitet.md" in result.output
    result = local_cli("import", filled, "--yes")
    assert result.exit_code == 0, result.output
    _check_imported(plan)
    _check_built(plan, tmp_path)
    again = local_cli("import", filled, "--force")
    assert "nothing to change" in again.output, again.output


def test_libreoffice_round_trip(plan, local_cli, soffice, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """A writer who opens the filled form in LibreOffice 7.4 and saves it as .docx: tags and
    the first paragraph's formatting of block controls are lost there; nothing of ours is."""
    filled = _filled_form(plan, local_cli)
    saved = soffice([filled], tmp_path / "lo", "docx")[0]
    with zipfile.ZipFile(saved) as zf:
        assert b"w:tag " not in zf.read("word/document.xml").replace(b"w:tag/", b"")
    result = local_cli("import", saved, "--yes")
    assert result.exit_code == 0, result.output
    _check_imported(plan)
    _check_built(plan, tmp_path)


@pytest.mark.parametrize("arena", ["harjedalen", "ostersund"])
def test_unchanged_form_through_libreoffice_changes_nothing(plan, local_cli, soffice, arena,
                                                            tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    assert local_cli("form", arena).exit_code == 0
    saved = soffice([plan.form(arena)], tmp_path / "lo", "docx")[0]
    before = plan.snapshot()
    result = local_cli("import", saved, "--yes")
    assert result.exit_code == 0, result.output
    assert "nothing to change" in result.output
    assert plan.snapshot() == before


def test_filled_form_is_valid(plan, local_cli) -> None:  # type: ignore[no-untyped-def]
    from tests.ooxml_check import check_docx

    assert check_docx(_filled_form(plan, local_cli).read_bytes()) == []
