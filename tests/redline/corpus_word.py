"""More of the public corpus: constructs Word writes around an edit — content controls, simple
and complex fields, section breaks, a text box in a header, footnotes (one holding a table),
hyperlinks, bookmarks and comment ranges crossing the edit. Written here, in code."""

from __future__ import annotations

from tests.redline.docgen import Doc, Para, Raw
from tests.redline.wordlike import field, p, para, run, section_break, table, textbox

INTRO = p("Planen beskriver hur regionen och kommunerna samverkar om vården.")
OUTRO = p("Planen följs upp varje år av den politiska samverkansberedningen.")
LINK = '<w:hyperlink r:id="rIdLink1" w:history="1">'
QUOTE = '<w:rStyle w:val="Quote"/>'


def doc(*blocks: str | Para, **kw: object) -> Doc:
    return Doc(tuple(b if isinstance(b, Para) else Raw(b) for b in blocks), **kw)  # type: ignore[arg-type]


def sdt_block(*content: str, alias: str = "Ansvar") -> str:
    return (f'<w:sdt><w:sdtPr><w:alias w:val="{alias}"/><w:tag w:val="{alias.lower()}"/>'
            f'<w:id w:val="42"/></w:sdtPr><w:sdtContent>{"".join(content)}</w:sdtContent>'
            "</w:sdt>")


def sdt_inline(text: str) -> str:
    return ('<w:sdt><w:sdtPr><w:alias w:val="Datum"/><w:id w:val="43"/><w:date>'
            '<w:dateFormat w:val="d MMMM yyyy"/><w:lid w:val="sv-SE"/></w:date></w:sdtPr>'
            f"<w:sdtContent>{run(text)}</w:sdtContent></w:sdt>")


def simple_field(code: str, result: str) -> str:
    return f'<w:fldSimple w:instr=" {code} ">{run(result)}</w:fldSimple>'


def _content_controls() -> dict[str, tuple[Doc, Doc]]:
    a, b = p("Regionen ansvarar för hälso- och sjukvården."), p("Kommunen ansvarar för omsorgen.")
    b2 = p("Kommunen ansvarar för omsorgen och hemsjukvården.")
    inline = para(run("Planen gäller från "), sdt_inline("1 januari 2024"), run(" och tills vidare."))
    inline2 = para(run("Planen gäller från "), sdt_inline("1 mars 2024"), run(" och tills vidare."))
    return {
        "sdt-block-edited": (doc(INTRO, sdt_block(a, b), OUTRO), doc(INTRO, sdt_block(a, b2), OUTRO)),
        "sdt-block-paragraph-added": (doc(INTRO, sdt_block(a), OUTRO),
                                      doc(INTRO, sdt_block(a, b), OUTRO)),
        "sdt-block-inserted": (doc(INTRO, OUTRO), doc(INTRO, sdt_block(a, b), OUTRO)),
        "sdt-block-first-paragraph-edited": (
            doc(INTRO, sdt_block(a, b), OUTRO),
            doc(INTRO, sdt_block(p("Regionen ansvarar för all vård."), b), OUTRO)),
        "sdt-inline-edited": (doc(INTRO, inline, OUTRO), doc(INTRO, inline2, OUTRO)),
        "sdt-inline-text-around-edited": (
            doc(INTRO, inline, OUTRO),
            doc(INTRO, para(run("Planen gäller först från "), sdt_inline("1 januari 2024"),
                            run(" och fem år.")), OUTRO)),
    }


def _fields() -> dict[str, tuple[Doc, Doc]]:
    def ref(result: str, before: str = "Se avsnitt ") -> str:
        return para(run(before), field("REF _Ref1 \\h", result), run(" om uppföljning."))

    def head(title: str) -> str:  # the heading the REF field points to
        return para('<w:bookmarkStart w:id="1" w:name="_Ref1"/>', run(title),
                    '<w:bookmarkEnd w:id="1"/>', style="Heading1")

    old, new = head("7 Uppföljning"), head("8 Uppföljning och analys")
    return {
        "simple-field-result-edited": (
            doc(INTRO, para(run("Sidan "), simple_field("PAGE", "3"), run(" av planen.")), OUTRO),
            doc(INTRO, para(run("Sidan "), simple_field("PAGE", "4"), run(" av planen.")), OUTRO)),
        "simple-field-text-around-edited": (
            doc(INTRO, para(run("Sidan "), simple_field("PAGE", "3"), run(" av planen.")), OUTRO),
            doc(INTRO, para(run("Se sidan "), simple_field("PAGE", "3"), run(" i planen.")),
                OUTRO)),
        "simple-field-inserted": (
            doc(INTRO, para(run("Sidan av planen.")), OUTRO),
            doc(INTRO, para(run("Sidan "), simple_field("PAGE", "3"), run(" av planen.")), OUTRO)),
        "complex-field-result-words-edited": (
            doc(INTRO, ref("7 Uppföljning"), old, OUTRO),
            doc(INTRO, ref("8 Uppföljning och analys"), new, OUTRO)),
        "complex-field-text-around-edited": (
            doc(INTRO, ref("7 Uppföljning"), old, OUTRO),
            doc(INTRO, ref("7 Uppföljning", "Läs mer i avsnitt "), old, OUTRO)),
    }


def _sections() -> dict[str, tuple[Doc, Doc]]:
    landscape = section_break("landscape")
    texted = para(run("Bilagor följer."), ppr=_sect_xml())
    return {
        "section-break-inserted": (doc(INTRO, p("Bilagor."), OUTRO),
                                   doc(INTRO, p("Bilagor."), section_break(), OUTRO)),
        "section-break-landscape-inserted": (doc(INTRO, OUTRO), doc(INTRO, landscape, OUTRO)),
        "section-break-in-text-paragraph-added": (doc(INTRO, p("Bilagor följer."), OUTRO),
                                                  doc(INTRO, texted, OUTRO)),
        "section-break-paragraph-with-text-inserted": (doc(INTRO, OUTRO),
                                                       doc(INTRO, texted, OUTRO)),
    }


def _sect_xml() -> str:
    return section_break()[len("<w:p><w:pPr>"):-len("</w:pPr></w:p>")]


BOX = p("Kontakta din vårdcentral om du har frågor.")
BOX_NEW = p("Kontakta din hälsocentral om du har frågor om planen.")


def _header_and_notes() -> dict[str, tuple[Doc, Doc]]:
    def header(box: str, line: str = "Gemensam plan ") -> tuple[Raw, ...]:
        return (Raw(para(run(line), textbox(box), run("dnr RS/123/2023"))),)

    note = Para("Normal", (("", "Planen bygger på lagen^1 och på avtalet."),))
    cells = table([["Lag", "Paragraf"], ["HSL", "2 kap. 1 §"]])
    cells_new = table([["Lag", "Paragraf"], ["HSL", "2 kap. 2 §"], ["SoL", "5 kap."]])
    return {
        "header-textbox-edited": (doc(INTRO, OUTRO, header=header(BOX)),
                                  doc(INTRO, OUTRO, header=header(BOX_NEW))),
        "header-textbox-and-line-edited": (doc(INTRO, OUTRO, header=header(BOX)),
                                           doc(INTRO, OUTRO, header=header(BOX, "Plan "))),
        "footnote-edited": (doc(INTRO, note, OUTRO, notes={1: "Hälso- och sjukvårdslagen."}),
                            doc(INTRO, note, OUTRO,
                                notes={1: "Hälso- och sjukvårdslagen (2017:30)."})),
        "footnote-table-edited": (
            doc(INTRO, note, OUTRO, notes={1: "Lagarna:|" + cells + p("Se även SoL.")}),
            doc(INTRO, note, OUTRO, notes={1: "Lagarna i korthet:|" + cells_new
                                           + p("Se även SoL.")})),
        "footnote-table-added": (
            doc(INTRO, note, OUTRO, notes={1: "Lagarna:|" + p("Se även SoL.")}),
            doc(INTRO, note, OUTRO, notes={1: "Lagarna:|" + cells + p("Se även SoL.")})),
    }


def _links_and_ranges() -> dict[str, tuple[Doc, Doc]]:
    def link(text: str, before: str = "Läs ", after: str = " för mer.") -> str:
        return para(run(before), LINK + run(text, QUOTE) + "</w:hyperlink>", run(after))

    def marked(start: str, end: str, text: tuple[str, str, str]) -> str:
        return para(run(text[0]), start, run(text[1]), end, run(text[2]))

    bm = ('<w:bookmarkStart w:id="1" w:name="_Ref1"/>', '<w:bookmarkEnd w:id="1"/>')
    cm = ('<w:commentRangeStart w:id="3"/>', '<w:commentRangeEnd w:id="3"/>'
          '<w:r><w:rPr><w:rStyle w:val="Quote"/></w:rPr><w:commentReference w:id="3"/></w:r>')
    old = ("Regionen ansvarar ", "för hälso- och sjukvården", " i hela länet.")
    new = ("Regionen har ansvaret ", "för all vård", " i länet.")
    crossing_old = ("Regionen ansvarar för ", "hälso- och sjukvården i hela", " länet.")
    crossing_new = ("Regionen har ansvar för ", "vården i hela", " länet.")
    return {
        "hyperlink-text-edited": (doc(INTRO, link("regeringens webbplats"), OUTRO),
                                  doc(INTRO, link("riksdagens webbplats"), OUTRO)),
        "hyperlink-added": (doc(INTRO, p("Läs regeringens webbplats för mer."), OUTRO),
                            doc(INTRO, link("regeringens webbplats"), OUTRO)),
        "hyperlink-text-around-edited": (doc(INTRO, link("webbplatsen"), OUTRO),
                                         doc(INTRO, link("webbplatsen", "Se ", " i dag."),
                                             OUTRO)),
        "bookmark-around-edit": (doc(INTRO, marked(*bm, old), OUTRO),
                                 doc(INTRO, marked(*bm, new), OUTRO)),
        "bookmark-crossing-edit": (doc(INTRO, marked(*bm, crossing_old), OUTRO),
                                   doc(INTRO, marked(*bm, crossing_new), OUTRO)),
        "bookmark-in-deleted-paragraph": (doc(INTRO, marked(*bm, old), OUTRO), doc(INTRO, OUTRO)),
        "comment-range-around-edit": (doc(INTRO, marked(*cm, old), OUTRO),
                                      doc(INTRO, marked(*cm, new), OUTRO)),
        "comment-range-crossing-edit": (doc(INTRO, marked(*cm, crossing_old), OUTRO),
                                        doc(INTRO, marked(*cm, crossing_new), OUTRO)),
    }


WORD_PAIRS = {**_content_controls(), **_fields(), **_sections(), **_header_and_notes(),
              **_links_and_ranges()}
