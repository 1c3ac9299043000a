"""Child order tables and inserting in schema order, on tiny inline fixtures."""

from __future__ import annotations

from lxml import etree

from assembler.ooxml.ns import NS, local, qn
from assembler.ooxml.schema import PPR, get_or_add, insert, out_of_order, successors


def _xml(text: str) -> etree._Element:
    return etree.fromstring(f'<w:p xmlns:w="{NS["w"]}">{text}</w:p>')


def _names(el: etree._Element) -> list[str]:
    return [local(c.tag) for c in el]


def test_successors_are_the_names_after_one() -> None:
    assert successors(PPR, "pPrChange") == ()
    assert successors(PPR, "rPr") == ("sectPr", "pPrChange")
    assert successors(PPR, "unknown") == ()


def test_insert_puts_a_child_between_its_predecessors_and_successors() -> None:
    para = _xml("<w:pPr><w:pStyle w:val='a'/><w:keepNext/><w:spacing/><w:jc/></w:pPr>")
    ppr = para[0]
    insert(ppr, etree.Element(qn("w:numPr")))
    assert _names(ppr) == ["pStyle", "keepNext", "numPr", "spacing", "jc"]
    insert(ppr, etree.Element(qn("w:pPrChange")))
    assert _names(ppr)[-1] == "pPrChange"
    insert(ppr, etree.Element(qn("w:pStyle")))  # after the one of its own name
    assert _names(ppr)[:2] == ["pStyle", "pStyle"]
    assert out_of_order(ppr) == []


def test_get_or_add_puts_properties_first_and_finds_them_again() -> None:
    para = _xml("<w:r><w:t>x</w:t></w:r><w:bookmarkStart/>")
    ppr = get_or_add(para, "w:pPr")
    assert _names(para) == ["pPr", "r", "bookmarkStart"]
    assert get_or_add(para, "w:pPr") is ppr
    run = para[1]
    get_or_add(run, "w:rPr")
    assert _names(run) == ["rPr", "t"]


def test_a_name_outside_the_table_is_appended() -> None:
    ppr = _xml("<w:pPr><w:jc/></w:pPr>")[0]
    insert(ppr, etree.Element(qn("w14:unknown")))
    assert _names(ppr) == ["jc", "unknown"]


def test_out_of_order_names_the_children_it_ranks() -> None:
    ppr = _xml("<w:pPr><w:jc/><w:pStyle/></w:pPr>")[0]
    assert out_of_order(ppr) == ["jc", "pStyle"]


def test_the_base_tables_are_what_a_change_record_holds() -> None:
    from assembler.ooxml import schema

    assert "headerReference" not in schema.SECT_PR_BASE
    assert "sectPrChange" not in schema.SECT_PR_BASE
    assert set(schema.SECT_PR_BASE) < set(schema.SECT_PR)
    assert [n for n in schema.SECT_PR if n in schema.SECT_PR_BASE] == list(schema.SECT_PR_BASE)
    for table in (schema.TBL_PR_BASE, schema.TR_PR_BASE, schema.TC_PR_INNER):
        assert len(set(table)) == len(table)
        assert not any(n.endswith("Change") for n in table)
