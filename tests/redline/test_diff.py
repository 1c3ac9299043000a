"""Golden cases: each edit a reader makes, and the markup Word expects for it."""

from __future__ import annotations

import io
import re
import zipfile

import pytest

from assembler.ooxml.zipio import normalize_zip
from assembler.redline import diff_docx
from tests.redline.checks import count_revisions
from tests.redline.docgen import Doc, Para, Table, build
from tests.redline.helpers import AUTHOR, DATE, redline_ok

BASE = (
    Para("Heading1", (("", "Inledning"),)),
    Para("Normal", (("", "Planen gäller för hälso- och sjukvård i Jämtlands län."),)),
    Para("Normal", (("", "Regionen och kommunerna ansvarar"), ("b", " gemensamt"),
                    ("", " för uppföljningen^1."))),
    Table(((( Para("Normal", (("", "Huvudman"),)),), (Para("Normal", (("", "Ansvar"),)),)),
           ((Para("Normal", (("", "Region"),)),), (Para("Normal", (("", "Hälso- och sjukvård"),)),)),
           ((Para("Normal", (("", "Kommun"),)),), (Para("Normal", (("", "Omsorg"),)),)))),
    Para("ListBullet", (("", "Första punkten i listan."),), numbered=True),
    Para("ListBullet", (("", "Andra punkten i listan."),), numbered=True),
    Para("Normal", (("", "Sista stycket."),)),
)
NOTES = {1: "Hälso- och sjukvårdslagen (2017:30)."}


def doc(blocks: tuple[Para | Table, ...] = BASE, notes: dict[int, str] | None = None) -> bytes:
    return build(Doc(blocks, NOTES if notes is None else notes))


def document_xml(data: bytes) -> str:
    return zipfile.ZipFile(io.BytesIO(data)).read("word/document.xml").decode()


def with_block(i: int, block: Para | Table | None, blocks: tuple = BASE) -> tuple:
    out = list(blocks)
    if block is None:
        del out[i]
    else:
        out[i] = block
    return tuple(out)


def test_identical_documents_give_no_revisions() -> None:
    out = redline_ok(doc(), doc())
    assert sum(count_revisions(out).values()) == 0


def test_word_replaced_is_one_del_and_one_ins_of_whole_words() -> None:
    new = with_block(1, Para("Normal", (("", "Planen gäller för all hälso- och sjukvård i Jämtlands och Härjedalens län."),)))
    xml = document_xml(redline_ok(doc(), doc(new)))
    assert re.findall(r"<w:delText[^>]*>([^<]*)<", xml) == []
    inserted = re.findall(r'<w:ins [^>]*><w:r><w:t[^>]*>([^<]*)<', xml)
    assert inserted == ["all ", "och Härjedalens "]


def test_swedish_word_change_is_whole_word() -> None:
    new = with_block(1, Para("Normal", (("", "Planen gäller för hälso- och sjukvård i Västernorrlands län."),)))
    xml = document_xml(redline_ok(doc(), doc(new)))
    assert re.findall(r"<w:delText[^>]*>([^<]*)<", xml) == ["Jämtlands"]
    assert re.findall(r'<w:ins [^>]*><w:r><w:t[^>]*>([^<]*)<', xml) == ["Västernorrlands"]


def test_inserted_and_deleted_paragraphs_mark_their_paragraph_mark() -> None:
    blocks = list(BASE)
    blocks.insert(2, Para("Normal", (("", "Ett helt nytt stycke om samverkan."),)))
    del blocks[5]
    xml = document_xml(redline_ok(doc(), doc(tuple(blocks))))
    assert xml.count("<w:rPr><w:ins ") == 1 and xml.count("<w:rPr><w:del ") == 1


def test_bold_made_plain_is_rprchange_with_the_old_bold() -> None:
    new = with_block(2, Para("Normal", (("", "Regionen och kommunerna ansvarar gemensamt för uppföljningen^1."),)))
    out = redline_ok(doc(), doc(new))
    xml = document_xml(out)
    assert re.search(r"<w:rPrChange [^>]*><w:rPr><w:b/></w:rPr></w:rPrChange>", xml)
    assert "<w:del " not in xml and "<w:ins " not in xml


def test_heading_level_changed_is_pprchange() -> None:
    new = with_block(0, Para("Heading2", (("", "Inledning"),)))
    xml = document_xml(redline_ok(doc(), doc(new)))
    assert re.search(r'<w:pPrChange [^>]*><w:pPr><w:pStyle w:val="Heading1"/></w:pPr>', xml)


def test_list_removed_is_pprchange_with_old_numbering() -> None:
    new = with_block(4, Para("Normal", (("", "Första punkten i listan."),)))
    xml = document_xml(redline_ok(doc(), doc(new)))
    assert re.search(r"<w:pPrChange [^>]*><w:pPr>.*?<w:numId w:val=\"1\"/>.*?</w:pPrChange>", xml)


def test_table_row_inserted_and_deleted_use_trpr() -> None:
    table = BASE[3]
    assert isinstance(table, Table)
    row = ((Para("Normal", (("", "Privat vårdgivare"),)),), (Para("Normal", (("", "Avtal"),)),))
    new = with_block(3, Table((table.rows[0], row, table.rows[2])))
    xml = document_xml(redline_ok(doc(), doc(new)))
    assert re.search(r"<w:trPr><w:ins ", xml) and re.search(r"<w:trPr><w:del ", xml)


def test_cell_edit_is_word_level_inside_the_cell() -> None:
    table = BASE[3]
    assert isinstance(table, Table)
    row = ((Para("Normal", (("", "Region"),)),), (Para("Normal", (("", "Specialiserad hälso- och sjukvård"),)),))
    new = with_block(3, Table((table.rows[0], row, table.rows[2])))
    xml = document_xml(redline_ok(doc(), doc(new)))
    assert "<w:trPr>" not in xml
    assert re.findall(r'<w:ins [^>]*><w:r><w:t[^>]*>([^<]*)<', xml) == ["Specialiserad hälso"]
    assert re.findall(r"<w:delText[^>]*>([^<]*)<", xml) == ["Hälso"]


@pytest.mark.parametrize("case", ["append", "drop-last", "replace-last", "drop-before-table",
                                  "append-after-table"])
def test_end_of_story_edits_join_exactly(case: str) -> None:
    blocks = list(BASE)
    extra = Para("Quote", (("i", "Ett tillagt slutord."),))
    if case == "append":
        blocks.append(extra)
    elif case == "drop-last":
        blocks.pop()
    elif case == "replace-last":
        blocks[-1] = extra
    elif case == "drop-before-table":
        blocks = blocks[:4]
    else:
        blocks += [Table(((( Para("Normal", (("", "Ny"),)),),),)), extra]
    redline_ok(doc(), doc(tuple(blocks)))
    redline_ok(doc(tuple(blocks)), doc())


def test_moved_paragraph_is_exact() -> None:
    blocks = list(BASE)
    blocks.insert(0, blocks.pop(5))
    redline_ok(doc(), doc(tuple(blocks)))


def test_footnote_text_edit_is_revised_inside_the_note() -> None:
    out = redline_ok(doc(), doc(notes={1: "Hälso- och sjukvårdslagen (2017:30), 2 kap."}))
    notes = zipfile.ZipFile(io.BytesIO(out)).read("word/footnotes.xml").decode()
    assert re.findall(r'<w:ins [^>]*><w:r><w:t[^>]*>([^<]*)<', notes) == [", 2 kap"]


def test_deleted_footnote_reference_keeps_its_note() -> None:
    new = with_block(2, Para("Normal", (("", "Regionen och kommunerna ansvarar"), ("b", " gemensamt"),
                                        ("", " för uppföljningen."))))
    out = redline_ok(doc(), doc(new, notes={}))
    assert "footnoteReference" in document_xml(out)


def test_output_is_deterministic_and_ids_start_above_existing() -> None:
    new = with_block(1, Para("Normal", (("", "Helt annan text."),)))
    a = diff_docx(doc(), doc(new), AUTHOR, DATE)
    assert a == diff_docx(doc(), doc(new), AUTHOR, DATE)
    assert normalize_zip(a) == a  # the house packaging: sorted members, fixed time stamps
    assert all(int(i) > 1 for i in re.findall(r'<w:(?:ins|del) w:id="(\d+)"', document_xml(a)))


def test_inputs_with_revisions_are_compared_as_accepted() -> None:
    new = with_block(1, Para("Normal", (("", "Planen gäller i hela länet."),)))
    once = diff_docx(doc(), doc(new), AUTHOR, DATE)
    again = redline_ok(once, doc(new))
    assert sum(count_revisions(again).values()) == 0


def test_deleted_field_uses_delinstrtext_inside_del() -> None:
    old = with_block(1, Para("Normal", (("", "Sidan %F av planen."),)))
    new = with_block(1, None)
    xml = document_xml(redline_ok(doc(old), doc(new)))
    assert re.search(r"<w:del [^>]*>(?:(?!</w:del>).)*<w:delInstrText[^>]*> PAGE ", xml)
    assert "<w:instrText" not in xml


def test_deleted_image_keeps_its_picture() -> None:
    old = with_block(1, Para("Normal", (("", "Karta: %I"),)))
    out = redline_ok(doc(old), doc())
    names = zipfile.ZipFile(io.BytesIO(out)).namelist()
    assert any(n.startswith("word/media/") for n in names)


def test_header_edits_are_tracked_in_the_header() -> None:
    from tests.redline.oracle import part_view

    old = build(Doc(BASE, NOTES, header=(Para("Header", (("", "Dnr RS/1057/2021 – remiss"),)),)))
    new = build(Doc(BASE, NOTES, header=(Para("Header", (("", "Dnr RS/1057/2021 – beslut"),)),)))
    out = redline_ok(old, new)
    header = zipfile.ZipFile(io.BytesIO(out)).read("word/header1.xml").decode()
    assert re.findall(r"<w:delText[^>]*>([^<]*)<", header) == ["remiss"]
    assert part_view(out, "word/header1.xml", "accept") == part_view(new, "word/header1.xml")
    assert part_view(out, "word/header1.xml", "reject") == part_view(old, "word/header1.xml")


def test_moved_paragraph_as_move_markup() -> None:
    blocks = list(BASE)
    blocks.insert(5, blocks.pop(1))
    out = redline_ok(doc(), doc(tuple(blocks)), moves=True)
    xml = document_xml(out)
    assert re.search(r'<w:moveFrom w:id="\d+"[^>]*><w:r><w:t[^>]*>Planen gäller', xml)
    assert re.search(r'<w:moveTo w:id="\d+"[^>]*><w:r><w:t[^>]*>Planen gäller', xml)
    assert "<w:delText" not in xml and "<w:ins " not in xml
    names = re.findall(r'<w:move(?:From|To)RangeStart [^>]*w:name="([^"]+)"', xml)
    assert len(names) == 2 and names[0] == names[1]


def test_part_of_a_word_in_other_formatting_is_kept() -> None:
    """A word glued to a bold word ("**Id**personer" → "**Id**till") keeps the bold part."""
    old = with_block(1, Para("Normal", (("b", "Planen"), ("", "gäller för vården."))))
    new = with_block(1, Para("Normal", (("b", "Planen"), ("", "styr vården."))))
    xml = document_xml(redline_ok(doc(old), doc(new)))
    assert re.findall(r"<w:delText[^>]*>([^<]*)<", xml) == ["gäller för"]
    assert re.findall(r'<w:ins [^>]*><w:r><w:t[^>]*>([^<]*)<', xml) == ["styr"]


@pytest.mark.parametrize("down", [True, False])
def test_moved_and_edited_paragraph_is_a_move_plus_the_edit(down: bool) -> None:
    """Lost words are w:del at the source, gained ones w:ins at the destination, beside (never
    inside) w:moveFrom/w:moveTo, and the rest moves."""
    blocks = list(BASE)
    moved = Para("Normal", (("", "Planen gäller för all hälso- och sjukvård i länet."),))
    blocks.pop(1)
    blocks.insert(5 if down else 0, moved)
    out = redline_ok(doc(), doc(tuple(blocks)), moves=True)
    xml = document_xml(out)
    assert re.findall(r"<w:delText[^>]*>([^<]*)<", xml) == ["Jämtlands län"]
    assert re.findall(r'<w:ins [^>]*><w:r><w:t[^>]*>([^<]*)<', xml) == ["all ", "länet"]
    assert re.search(r'<w:moveFrom w:id="\d+"[^>]*><w:r><w:t[^>]*>Planen gäller för ', xml)
    assert re.search(r'<w:moveTo w:id="\d+"[^>]*><w:r><w:t[^>]*>Planen gäller för ', xml)
    assert not re.search(r"<w:move(From|To) [^>]*>(?:(?!</w:move).)*<w:(ins|del) ", xml)
    names = re.findall(r'<w:move(?:From|To)RangeStart [^>]*w:name="([^"]+)"', xml)
    assert len(names) == 2 and names[0] == names[1]
    # Without --moves: a deletion and an insertion, as before.
    plain = document_xml(redline_ok(doc(), doc(tuple(blocks))))
    assert "moveFrom" not in plain
