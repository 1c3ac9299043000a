"""The public redline corpus: pairs of Word-like documents (OLD, NEW), each a kind of edit that
Word users make, written in code (tests/redline/wordlike.py). Every pair is checked by the
independent reader (tests/redline/oracle.py) and by LibreOffice's Accept All / Reject All
(tests/redline/test_corpus.py)."""

from __future__ import annotations

from tests.redline.corpus_word import WORD_PAIRS
from tests.redline.docgen import Doc, Raw
from tests.redline.wordlike import (
    field,
    image_para,
    p,
    para,
    run,
    section_break,
    table,
    textbox,
    toc,
)

INTRO = p("Planen beskriver hur regionen och kommunerna samverkar om vården.")
OUTRO = p("Planen följs upp varje år av den politiska samverkansberedningen.")
BOX = p("Kontakta din vårdcentral om du har frågor om planen.")
BOX_NEW = p("Kontakta din hälsocentral om du har frågor om den här planen.")


def doc(*blocks: str) -> Doc:
    return Doc(tuple(Raw(b) for b in blocks))


def with_box(content: str, before: str = "Rutan nedan ", n: int = 1, fallback: bool = True,
             after: str = "sammanfattar vad som gäller.") -> str:
    return para(run(before), textbox(content, n, fallback), run(after))


def _pairs() -> dict[str, tuple[Doc, Doc]]:
    two_old = para(run("Två rutor: "), textbox(BOX, 1), run(" och "),
                   textbox(p("Ring 1177 dygnet runt."), 2), run(" här."))
    two_new = para(run("Två rutor: "), textbox(BOX, 1), run(" och "),
                   textbox(p("Ring 1177 vårdguiden dygnet runt."), 2), run(" här."))
    two_both = para(run("Två rutor: "), textbox(BOX_NEW, 1), run(" och "),
                    textbox(p("Ring 112 vid fara."), 2), run(" här."))
    box_table_old = table([["Vem", "Vad"], ["Regionen", "Hälso- och sjukvård"]])
    box_table_new = table([["Vem", "Vad"], ["Regionen", "Specialiserad hälso- och sjukvård"],
                           ["Kommunen", "Omsorg"]])
    cell_box_old = table([["Ruta", with_box(BOX, "I cellen ")], ["Annat", "Text"]])
    cell_box_new = table([["Ruta", with_box(BOX_NEW, "I cellen ")], ["Annat", "Text"]])
    return {
        "textbox-edit": (doc(INTRO, with_box(BOX), OUTRO), doc(INTRO, with_box(BOX_NEW), OUTRO)),
        "textbox-edit-no-fallback": (doc(INTRO, with_box(BOX, fallback=False), OUTRO),
                                     doc(INTRO, with_box(BOX_NEW, fallback=False), OUTRO)),
        "textbox-paragraph-added": (doc(INTRO, with_box(BOX), OUTRO),
                                    doc(INTRO, with_box(BOX + p("Ett andra stycke i rutan.")),
                                        OUTRO)),
        "textbox-last-paragraph-removed": (doc(INTRO, with_box(BOX + p("Andra stycket.")), OUTRO),
                                           doc(INTRO, with_box(BOX), OUTRO)),
        "textbox-text-around-edited": (doc(INTRO, with_box(BOX), OUTRO),
                                       doc(INTRO, with_box(BOX, "Rutan här ", after="visar det "
                                                           "viktigaste."), OUTRO)),
        "textbox-two-one-edited": (doc(INTRO, two_old, OUTRO), doc(INTRO, two_new, OUTRO)),
        "textbox-two-both-edited": (doc(INTRO, two_old, OUTRO), doc(INTRO, two_both, OUTRO)),
        "textbox-in-table-cell": (doc(INTRO, cell_box_old, OUTRO), doc(INTRO, cell_box_new, OUTRO)),
        "table-in-textbox": (doc(INTRO, with_box(p("Ansvar:") + box_table_old + p(""))),
                             doc(INTRO, with_box(p("Ansvar:") + box_table_new + p("")))),
        "textbox-with-image": (doc(INTRO, with_box(image_para("Karta över länet: ")), OUTRO),
                               doc(INTRO, with_box(image_para("Karta över Jämtlands län: ")),
                                   OUTRO)),
        "textbox-image-removed": (doc(INTRO, with_box(image_para("Karta: ") + BOX), OUTRO),
                                  doc(INTRO, with_box(BOX), OUTRO)),
        "textbox-inserted": (doc(INTRO, OUTRO), doc(INTRO, with_box(BOX), OUTRO)),
        "textbox-deleted": (doc(INTRO, with_box(BOX), OUTRO), doc(INTRO, OUTRO)),
        "textbox-deleted-at-end": (doc(INTRO, with_box(BOX)), doc(INTRO)),
        "textbox-inserted-at-end": (doc(INTRO), doc(INTRO, with_box(BOX))),
        "image-inserted": (doc(INTRO, OUTRO), doc(INTRO, image_para("Karta: "), OUTRO)),
        "image-added-in-paragraph": (doc(INTRO, p("Karta: "), OUTRO),
                                     doc(INTRO, image_para("Karta: "), OUTRO)),
        **_table_pairs(),
    }


ROWS = [["Huvudman", "Ansvar"], ["Regionen", "Hälso- och sjukvård"],
        ["Kommunen", "Omsorg och hemsjukvård"]]


def _table_pairs() -> dict[str, tuple[Doc, Doc]]:
    emptied = [ROWS[0], ["", ""], ROWS[2]]
    moved_in = [ROWS[0], ROWS[1], [OUTRO, "Omsorg och hemsjukvård"]]
    two_paras = [ROWS[0], [p("Regionen") + p("Primärvården"), ROWS[1][1]], ROWS[2]]
    return {
        "table-row-contents-deleted": (doc(INTRO, table(ROWS), OUTRO),
                                       doc(INTRO, table(emptied), OUTRO)),
        "table-cell-emptied": (doc(INTRO, table(ROWS), OUTRO),
                               doc(INTRO, table([ROWS[0], ["Regionen", ""], ROWS[2]]), OUTRO)),
        "table-row-contents-added": (doc(INTRO, table(emptied), OUTRO),
                                     doc(INTRO, table(ROWS), OUTRO)),
        "paragraph-moved-into-table": (doc(INTRO, table([ROWS[0], ROWS[1], ["", ROWS[2][1]]]),
                                           OUTRO),
                                       doc(INTRO, table(moved_in), p("Slut."))),
        "paragraph-inserted-before-table": (doc(INTRO, table(ROWS), OUTRO),
                                            doc(INTRO, p("Tabellen visar ansvaret."),
                                                table(ROWS), OUTRO)),
        "paragraph-deleted-before-table": (doc(INTRO, p("Tabellen visar ansvaret."),
                                               table(ROWS), OUTRO),
                                           doc(INTRO, table(ROWS), OUTRO)),
        "first-paragraph-before-table-deleted": (doc(p("Tabellen visar ansvaret."), table(ROWS),
                                                     OUTRO),
                                                 doc(table(ROWS), OUTRO)),
        "cell-text-edited": (doc(INTRO, table(ROWS), OUTRO),
                             doc(INTRO, table([ROWS[0], ["Regionen", "Specialiserad vård"],
                                               ROWS[2]]), OUTRO)),
        "cell-paragraph-added": (doc(INTRO, table(ROWS), OUTRO),
                                 doc(INTRO, table(two_paras), OUTRO)),
        "cell-last-paragraph-removed": (doc(INTRO, table(two_paras), OUTRO),
                                        doc(INTRO, table(ROWS), OUTRO)),
        "table-replaced-by-paragraph": (doc(INTRO, table(ROWS), OUTRO),
                                        doc(INTRO, p("Ansvaret delas mellan huvudmännen."),
                                            OUTRO)),
        "tables-adjacent-second-deleted": (doc(INTRO, table(ROWS), table(ROWS[:2]), OUTRO),
                                           doc(INTRO, table(ROWS), OUTRO)),
    }


TOC_OLD = [("1 Inledning", "3"), ("2 Ansvar", "4"), ("3 Uppföljning", "6")]
TOC_NEW = [("1 Inledning", "3"), ("2 Ansvar och roller", "5"), ("3 Uppföljning", "7")]
HEAD = p("1 Inledning", "Heading1")


def _field_pairs() -> tuple[dict[str, tuple[Doc, Doc]], dict[str, Doc]]:
    """Pairs with fields, and what Reject All gives where it is not OLD: the contents page
    (a TOC field result) follows NEW untracked, every other field result is tracked."""
    body_old = (HEAD, INTRO, para(run("Se sidan "), field('QUOTE "4"', "4"), run(".")))
    body_new = (HEAD, INTRO, para(run("Se sidan "), field('QUOTE "5"', "5"), run(".")))
    edited = p("Planen beskriver hur regionen och kommunerna samverkar om hälsa och vård.")
    pairs = {
        "toc-page-numbers-follow-new": (doc(toc(TOC_OLD), *body_old), doc(toc(TOC_NEW), *body_old)),
        "toc-and-text-edited": (doc(toc(TOC_OLD), HEAD, INTRO), doc(toc(TOC_NEW), HEAD, edited)),
        "field-result-tracked": (doc(*body_old), doc(*body_new)),
        "date-field-result-tracked": (doc(para(run("Utskrivet "), field("DATE", "2023-10-06"))),
                                      doc(para(run("Utskrivet "), field("DATE", "2024-05-31")))),
    }
    rejects = {
        "toc-page-numbers-follow-new": doc(toc(TOC_NEW), *body_old),
        "toc-page-numbers-follow-new~": doc(toc(TOC_OLD), *body_old),
        "toc-and-text-edited": doc(toc(TOC_NEW), HEAD, INTRO),
        "toc-and-text-edited~": doc(toc(TOC_OLD), HEAD, edited),
    }
    return pairs, rejects


FIELD_PAIRS, REJECTS = _field_pairs()
LANDSCAPE = ('<w:sectPr><w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/><w:pgMar w:top="1417"'
             ' w:right="1417" w:bottom="1417" w:left="1417" w:header="708" w:footer="708" '
             'w:gutter="0"/></w:sectPr>')


def _property_pairs() -> dict[str, tuple[Doc, Doc]]:
    shade = '<w:shd w:val="clear" w:color="auto" w:fill="D9E2F3"/>'
    return {
        "table-properties-changed": (doc(INTRO, table(ROWS), OUTRO),
                                     doc(INTRO, table(ROWS, tblpr='<w:jc w:val="center"/>'),
                                         OUTRO)),
        "row-properties-changed": (doc(INTRO, table(ROWS), OUTRO),
                                   doc(INTRO, table(ROWS, trpr="<w:cantSplit/>"), OUTRO)),
        "cell-properties-changed": (doc(INTRO, table(ROWS), OUTRO),
                                    doc(INTRO, table(ROWS, tcpr=shade), OUTRO)),
        "cell-properties-and-text-changed": (
            doc(INTRO, table(ROWS), OUTRO),
            doc(INTRO, table([ROWS[0], ["Regionen", "Vård"], ROWS[2]], tcpr=shade), OUTRO)),
        "section-properties-changed": (doc(INTRO, OUTRO),
                                       Doc((Raw(INTRO), Raw(OUTRO)), sect=LANDSCAPE)),
        "section-break-columns-changed": (doc(INTRO, section_break(), OUTRO),
                                          doc(INTRO, section_break(cols=2), OUTRO)),
        "column-added": (doc(INTRO, table(ROWS), OUTRO),
                         doc(INTRO, table([[*r, "Ny"] for r in ROWS]), OUTRO)),
        **_cell_pairs(),
    }


WIDE = [["Huvudman", "Ansvar", "Kontakt"], ["Regionen", "Hälso- och sjukvård", "Hälsocentralen"],
        ["Kommunen", "Omsorg och hemsjukvård", "Kommunens växel"]]
SPAN2 = '<w:gridSpan w:val="2"/>'


def _cell_pairs() -> dict[str, tuple[Doc, Doc]]:
    """Columns added and removed, cells merged and split: cell inserts and deletes."""
    merged = [WIDE[0], WIDE[1], [WIDE[2][0], ("Omsorg, hemsjukvård och växel", SPAN2)]]
    vertical = [WIDE[0], [("Huvudmännen", '<w:vMerge w:val="restart"/>'), *WIDE[1][1:]],
                [("", "<w:vMerge/>"), *WIDE[2][1:]]]
    return {
        "column-removed-middle": (doc(INTRO, table(WIDE), OUTRO),
                                  doc(INTRO, table([[r[0], r[2]] for r in WIDE]), OUTRO)),
        "column-added-first": (doc(INTRO, table(ROWS), OUTRO),
                               doc(INTRO, table([[str(n), *r] for n, r in enumerate(ROWS)]),
                                   OUTRO)),
        "column-added-and-cell-edited": (
            doc(INTRO, table(ROWS), OUTRO),
            doc(INTRO, table([[*ROWS[0], "Kontakt"], ["Regionen", "Specialiserad vård", "1177"],
                              [*ROWS[2], "Växeln"]]), OUTRO)),
        "cells-merged": (doc(INTRO, table(WIDE), OUTRO), doc(INTRO, table(merged), OUTRO)),
        "cells-merged-vertically": (doc(INTRO, table(WIDE), OUTRO), doc(INTRO, table(vertical),
                                                                        OUTRO)),
        "empty-column-added": (doc(INTRO, table(ROWS), OUTRO),
                               doc(INTRO, table([[*r, ""] for r in ROWS]), OUTRO)),
    }


MOVED = p("Varje huvudman ansvarar för att planen blir känd i den egna verksamheten.")
MOVED_EDITED = p("Varje huvudman ansvarar för att den gemensamma planen blir känd i hela "
                 "verksamheten.")
MIDDLE = p("Samverkan sker i de lokala samverkansarenorna och i länsgemensamma grupper.")


def _move_pairs() -> dict[str, tuple[Doc, Doc]]:
    """Paragraphs moved (run with --moves): unchanged, edited, reformatted, into a table."""
    bold = para(run("Varje huvudman ansvarar för att planen blir "),
                run("känd", "<w:b/>"), run(" i den egna verksamheten."))
    return {
        "paragraph-moved-down": (doc(MOVED, INTRO, MIDDLE, OUTRO),
                                 doc(INTRO, MIDDLE, MOVED, OUTRO)),
        "paragraph-moved-and-edited": (doc(MOVED, INTRO, MIDDLE, OUTRO),
                                       doc(INTRO, MIDDLE, MOVED_EDITED, OUTRO)),
        "paragraph-moved-up-and-edited": (doc(INTRO, MIDDLE, MOVED, OUTRO),
                                          doc(MOVED_EDITED, INTRO, MIDDLE, OUTRO)),
        "paragraph-moved-and-reformatted": (doc(MOVED, INTRO, MIDDLE, OUTRO),
                                            doc(INTRO, MIDDLE, bold, OUTRO)),
        "paragraph-with-link-moved": (
            doc(para(run("Läs "), '<w:hyperlink r:id="rIdLink1" w:history="1">',
                     run("regeringens webbplats om vården"), "</w:hyperlink>", run(" i dag.")),
                INTRO, MIDDLE, OUTRO),
            doc(INTRO, MIDDLE, para(run("Läs "), '<w:hyperlink r:id="rIdLink1" w:history="1">',
                                    run("regeringens webbplats om vården"), "</w:hyperlink>",
                                    run(" i morgon.")), OUTRO)),
        "paragraph-moved-edited-to-end": (doc(MOVED, INTRO, MIDDLE, OUTRO),
                                          doc(INTRO, MIDDLE, OUTRO, MOVED_EDITED)),
    }


MOVE_PAIRS = _move_pairs()
PAIRS = {**_pairs(), **FIELD_PAIRS, **_property_pairs(), **MOVE_PAIRS, **WORD_PAIRS}
