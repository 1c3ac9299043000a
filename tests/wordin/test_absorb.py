"""`assembler absorb`: build → edit as Word would → absorb → build again gives the edited text;
edits of generated text are reported, not applied; also through LibreOffice."""

from __future__ import annotations

import zipfile
from pathlib import Path

from click.testing import CliRunner, Result
from lxml import etree

from assembler.cli import cli

from .conftest import Plan
from .wordedit import (
    Edited,
    add_after,
    delete,
    replace_text,
    split_runs,
    text_of,
    track,
    track_delete,
    w,
)

COMMON = "I den nära vården är primärvården navet"
ARENA = "prövar Bergs kommun och regionen ett digitalt vårdrum"  # a variable and a reference
ARENA_GONE = "Arenan träffas sex gånger per år"
VARIABLE = "Hälso- och sjukvårdslagen (2017:30) fastslår"


def _run(plan: Plan, *args: object) -> Result:
    return CliRunner().invoke(cli, [*map(str, args), "--sources", str(plan.sources)],
                              catch_exceptions=False)


def _build(plan: Plan, edition: str = "lan") -> Path:
    out = plan.root / "output"
    result = _run(plan, "build", "-e", edition, "--out", out, "--template", plan.template,
                  "--force")
    assert result.exit_code == 0, result.output
    return next(out.glob(f"*/plan-{edition}.docx"))


def _body(path: Path) -> list[str]:
    """Paragraph texts from the first heading on."""
    root = etree.fromstring(zipfile.ZipFile(path).read("word/document.xml"))
    paras = list(root.iter(w("p")))
    first = next(i for i, p in enumerate(paras) if any(
        b.get(w("name"), "").startswith("_Sec_") for b in p.iter(w("bookmarkStart"))))
    return [text_of(p) for p in paras[first:]]


def _edit(plan: Plan, built: Path) -> tuple[Path, list[str]]:
    """The edits of the round trip; returns the file and its body as expected after."""
    doc = Edited(built)
    common = doc.find(COMMON)
    split_runs(common)
    replace_text(common, "navet", "själva navet")
    add_after(common, "En ny mening skriven i Word.")
    arena = doc.find(ARENA)
    split_runs(arena)
    replace_text(arena, "vårdrum", "vårdrum och en hälsokiosk")
    delete(doc.find(ARENA_GONE))
    path = doc.save(plan.root / "edited.docx")
    expected = _body(path)
    label = doc.marked("_PA_g_")
    before = text_of(label)
    replace_text(label, before.split()[0], "Ändrad")
    return doc.save(path), expected if before else expected


def test_round_trip_applies_text_edits_and_reports_label(plan: Plan) -> None:
    edited, expected = _edit(plan, _build(plan))
    before = plan.snapshot()
    result = _run(plan, "absorb", edited, "--template", plan.template, "--yes")
    assert result.exit_code == 0, result.output
    assert "NOT APPLIED: generated: a generated label was edited" in result.output
    assert result.output.count("applied: sources/") == 3
    assert result.output.count("NOT APPLIED") == 1  # only the label
    changed = {k for k, v in plan.snapshot().items() if before[k] != v}
    assert changed == {"common/10-inledning.md", "local/berg/tillganglighet.md",
                       "local/berg/organisation.md"}
    text = plan.local("berg", "tillganglighet.md").read_text(encoding="utf-8")
    assert "{{ principals.berg.name }}" in text and "[](#arlig-uppfoljning)" in text
    assert "vårdrum och en hälsokiosk" in " ".join(text.split())
    front = before["local/berg/organisation.md"].decode().split("---\n")[1]
    assert plan.local("berg", "organisation.md").read_text(encoding="utf-8").startswith(
        f"---\n{front}---\n")
    assert _body(_build(plan)) == expected
    again = _run(plan, "absorb", _build(plan), "--template", plan.template)
    assert "nothing to change" in again.output


def test_variable_value_edit_is_reported_not_applied(plan: Plan) -> None:
    doc = Edited(_build(plan))
    replace_text(doc.find(VARIABLE), "Hälso- och sjukvårdslagen", "HSL")
    before = plan.snapshot()
    result = _run(plan, "absorb", doc.save(plan.root / "e.docx"), "--template", plan.template,
                  "--yes")
    assert result.exit_code == 0, result.output
    assert "NOT APPLIED" in result.output and "the text of a variable" in result.output
    assert "nothing to change" in result.output
    assert plan.snapshot() == before


def test_tracked_changes_are_accepted_as_edited_and_reported(plan: Plan) -> None:
    doc = Edited(_build(plan, "berg"))
    track(doc.find(COMMON), "navet", "kärnan")
    result = _run(plan, "absorb", doc.save(plan.root / "t.docx"), "--template", plan.template,
                  "--yes")
    assert result.exit_code == 0, result.output
    assert "tracked changes accepted as edited: 1 deletion, 1 insertion by Kalle Karlsson" in (
        result.output)
    text = (plan.sources / "common" / "10-inledning.md").read_text(encoding="utf-8")
    assert "primärvården kärnan" in text and "primärvården navet" not in text


def test_sources_changed_since_build_refused_without_force(plan: Plan) -> None:
    doc = Edited(_build(plan, "berg"))
    replace_text(doc.find(COMMON), "navet", "kärnan")
    edited = doc.save(plan.root / "s.docx")
    path = plan.sources / "common" / "10-inledning.md"
    path.write_text(path.read_text(encoding="utf-8").replace("personcentrerat", "personligt"),
                    encoding="utf-8")
    before = plan.snapshot()
    result = _run(plan, "absorb", edited, "--template", plan.template, "--yes")
    assert result.exit_code == 8 and "changed since the edition was built" in result.output
    assert plan.snapshot() == before
    forced = _run(plan, "absorb", edited, "--template", plan.template, "--yes", "--force")
    assert forced.exit_code == 0 and "primärvården kärnan" in path.read_text(encoding="utf-8")


def test_a_document_without_markers_is_refused(plan: Plan) -> None:
    form = plan.root / "output" / "lokal" / "lokal-text-berg.docx"
    assert _run(plan, "local", "form", "berg", "--out", plan.root / "output",
                "--template", plan.template).exit_code == 0
    result = _run(plan, "absorb", form, "--template", plan.template)
    assert result.exit_code == 4 and "carries no origin markers" in result.output
    missing = _run(plan, "absorb", plan.root / "nope.docx")
    assert missing.exit_code == 3 and "nope.docx" in missing.output


def test_libreoffice_round_trip_keeps_markers_and_absorbs_the_same(  # type: ignore[no-untyped-def]
        plan: Plan, tmp_path: Path, soffice) -> None:
    edited, expected = _edit(plan, _build(plan))
    (saved,) = soffice([edited], tmp_path / "lo", "docx")
    result = _run(plan, "absorb", saved, "--template", plan.template, "--yes")
    assert result.exit_code == 0, result.output
    assert result.output.count("applied: sources/") == 3
    assert result.output.count("NOT APPLIED") == 1  # only the label
    assert _body(_build(plan)) == expected


def test_heading_titles_go_back_and_numbers_are_reported(plan: Plan) -> None:
    doc = Edited(_build(plan))
    replace_text(doc.marked("_Sec_malbild"), "Målbild", "Vision")
    replace_text(doc.marked("_Sec_inledning"), "Inledning", "Introduktion")
    number = doc.marked("_Num_barnarenan")
    replace_text(number, "2 a", "2 b")
    result = _run(plan, "absorb", doc.save(plan.root / "h.docx"), "--template", plan.template,
                  "--yes")
    assert result.exit_code == 0, result.output
    assert "heading renamed to 'Introduktion'" in result.output
    assert "a heading's number was edited (numbers are generated), not applied" in result.output
    text = (plan.sources / "common" / "10-inledning.md").read_text(encoding="utf-8")
    assert "\ntitle: Introduktion\n" in text
    assert "## Vision för omställningen till nära vård {#malbild}" in text
    rebuilt = _body(_build(plan))
    assert "Introduktion" in rebuilt and "Vision för omställningen till nära vård" in rebuilt


def test_table_cell_and_arena_edits_in_an_arena_edition(plan: Plan) -> None:
    doc = Edited(_build(plan, "berg"))
    replace_text(doc.find("oavsett utförare"), "oavsett utförare", "oavsett vem som utför den")
    replace_text(doc.find("Kontinuitet är därför lika mycket"), "långa", "mycket långa")
    edited = doc.save(plan.root / "b.docx")
    result = _run(plan, "absorb", edited, "--template", plan.template, "--yes")
    assert result.exit_code == 0, result.output
    assert result.output.count("applied: sources/") == 2
    assert "| Primärvård | I denna plan avses hälso- och sjukvård på primärvårdsnivå inom " \
        "regionen och kommunerna, oavsett vem som utför den." in (
            plan.sources / "common" / "30-begrepp.md").read_text(encoding="utf-8")
    assert _body(_build(plan, "berg")) == _body(edited)


def test_a_paragraph_deleted_with_track_changes_is_deleted_from_its_source(plan: Plan) -> None:
    doc = Edited(_build(plan, "berg"))
    track_delete(doc.find(COMMON))
    result = _run(plan, "absorb", doc.save(plan.root / "d.docx"), "--template", plan.template,
                  "--yes")
    assert result.exit_code == 0, result.output
    assert "applied: sources/common/10-inledning.md:10: block deleted" in result.output
    text = (plan.sources / "common" / "10-inledning.md").read_text(encoding="utf-8")
    assert "primärvården navet" not in text and "\n## Bakgrund {#bakgrund}\n" in text
    assert COMMON not in "".join(_body(_build(plan, "berg")))


def test_footnote_text_and_a_deleted_footnote_go_back_to_their_definitions(plan: Plan) -> None:
    doc = Edited(_build(plan, "berg"))
    notes = etree.fromstring(doc.parts["word/footnotes.xml"])
    note = next(n for n in notes.iter(w("footnote")) if "2 kap. 6 §" in text_of(n))
    replace_text(next(note.iter(w("p"))), "anges i 2 kap. 6 §", "anges i andra kapitlet")
    gone = doc.find("Utifrån detta beslutade SVOM 2021")
    for ref in gone.iter(w("footnoteReference")):  # Word deletes the note with its reference
        dropped = next(n for n in notes.iter(w("footnote")) if n.get(w("id")) == ref.get(w("id")))
        notes.remove(dropped)
    doc.parts["word/footnotes.xml"] = etree.tostring(notes)
    delete(gone)
    result = _run(plan, "absorb", doc.save(plan.root / "f.docx"), "--template", plan.template,
                  "--yes")
    assert result.exit_code == 0, result.output
    text = (plan.sources / "common" / "10-inledning.md").read_text(encoding="utf-8")
    assert "[^inl-hsl]: Hälso- och sjukvårdslagen (2017:30). Primärvårdens uppdrag anges i " \
        "andra kapitlet." in text
    assert "[^inl-svom]" not in text and "[^inl-sou]: SOU 2020:19" in text
    rebuilt = zipfile.ZipFile(_build(plan, "berg")).read("word/footnotes.xml").decode()
    assert "anges i andra kapitlet" in rebuilt and "Beslut i SVOM 2021" not in rebuilt
