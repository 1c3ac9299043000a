"""The answer form (svarsmall.docx) of the remiss templates: content controls with the tags
`assembler remiss import` reads (`position|<section>`, `comments|<section>`,
`svarsmall|<round>|<principal>`) and the drop-down of positions. Used by make_letters.py.
"""

from __future__ import annotations

from letter_xml import (
    ACCENT,
    LABEL_WIDTH,
    TEXT_WIDTH,
    cell,
    document,
    p,
    row,
    run,
    table,
    tag,
)

# The positions offered in the answer form's drop-down (value, shown text). They must match
# POSITIONS in assembler/remiss/model.py; the first item is the "nothing chosen" placeholder.
CHOOSE = "Välj ställningstagande"
POSITIONS = (("", CHOOSE), ("tillstyrker", "Tillstyrker"),
             ("tillstyrker med ändringar", "Tillstyrker med ändringar"),
             ("avstyrker", "Avstyrker"))
COMMENT_PLACEHOLDER = "Skriv synpunkter här."
BODY_PLACEHOLDER = "Till exempel kommunstyrelsen"  # read back as empty: PLACEHOLDERS in forms.py
PARAGRAPH_PLACEHOLDER = "Till exempel § 123"


# --------------------------------------------------------------------------- svarsmall


def placeholder_run(text: str) -> str:
    """Placeholder text: the Placeholder Text style, and its grey set directly as well, because
    LibreOffice ignores the style inside text controls and would show it as if filled in."""
    return run(text, "Placeholder", '<w:color w:val="808080"/>')


def sdt_props(alias: str, tag_value: str, sid: str, lock: str, extra: str = "") -> str:
    return (f'<w:sdtPr><w:alias w:val="{alias}"/><w:tag w:val="{tag_value}"/><w:id w:val="{sid}"/>'
            f'<w:lock w:val="{lock}"/>{extra}</w:sdtPr>')


def dropdown(tag_value: str, sid: str) -> str:
    items = "".join(f'<w:listItem w:displayText="{shown}" w:value="{value}"/>'
                    for value, shown in POSITIONS)
    props = sdt_props("Ställningstagande", tag_value, sid, "sdtLocked",
                      f"<w:dropDownList>{items}</w:dropDownList>")
    return (f"<w:p><w:pPr><w:pStyle w:val=\"FormText\"/><w:keepNext/></w:pPr><w:sdt>{props}"
            f"<w:sdtContent>{placeholder_run(CHOOSE)}</w:sdtContent></w:sdt></w:p>")


def rich_text(tag_value: str, sid: str, placeholder: str) -> str:
    # no type element: a rich-text control (LibreOffice shows the placeholder of a w:text or
    # w:richText control in black, as if it had been filled in)
    props = sdt_props("Synpunkter", tag_value, sid, "sdtLocked", "<w:showingPlcHdr/>")
    return (f"<w:sdt>{props}<w:sdtContent>{p('', 'FormText', runs=placeholder_run(placeholder))}"
            "</w:sdtContent></w:sdt>")


def plain_text(tag_value: str, sid: str, alias: str, placeholder: str) -> str:
    props = sdt_props(alias, tag_value, sid, "sdtLocked", "<w:showingPlcHdr/>")  # see rich_text
    return (f"<w:p><w:pPr><w:pStyle w:val=\"FormText\"/></w:pPr><w:sdt>{props}<w:sdtContent>"
            f"{placeholder_run(placeholder)}</w:sdtContent></w:sdt></w:p>")


def date_control(tag_value: str, sid: str, alias: str = "Datum") -> str:
    props = sdt_props(alias, tag_value, sid, "sdtLocked",
                      '<w:showingPlcHdr/><w:date><w:dateFormat w:val="yyyy-MM-dd"/>'
                      '<w:lid w:val="sv-SE"/><w:storeMappedDataAs w:val="dateTime"/>'
                      '<w:calendar w:val="gregorian"/></w:date>')
    return (f"<w:p><w:pPr><w:pStyle w:val=\"FormText\"/></w:pPr><w:sdt>{props}<w:sdtContent>"
            f"{placeholder_run('Välj datum')}</w:sdtContent></w:sdt></w:p>")


VALUE_WIDTH = TEXT_WIDTH - LABEL_WIDTH


def form_row(label: str, value: str, height: int = 0, keep: bool = False) -> str:
    """A label cell and a value cell; `keep` keeps the row on the page of the next one."""
    label_para = p(label, "FormLabel", "<w:keepNext/>" if keep else "")
    return row(cell(LABEL_WIDTH, label_para, "DEEAF6") + cell(VALUE_WIDTH, value), height=height)


IDENT = ("<w:sdt>" + sdt_props("Remiss-ID", "{{ form.tag }}", "{{ form.sdt_id }}",
                                "sdtContentLocked")
         + "<w:sdtContent>" + p("Svarsmall för {{ principal.name }}", "Instruction")
         + "</w:sdtContent></w:sdt>")  # the machine identity is only in the tag and properties
ABOUT = table("FormTable", (LABEL_WIDTH, VALUE_WIDTH), "".join((
    form_row("Remissinstans", p("{{ principal.name }}", "FormText")),
    form_row("Remiss", p("{{ round.name }}, {{ plan.full_name }}, dnr {{ plan.dnr }}",
                         "FormText")),
    form_row("Svar senast", p("{{ deadline }} till {{ reply.emails }}", "FormText")),
    form_row("Kontaktperson", plain_text("contact", "{{ form.contact_id }}", "Kontaktperson",
                                         "Namn, e-post och telefon")),
    form_row("Datum för svaret", date_control("date", "{{ form.date_id }}")),
    form_row("Beslutande organ", plain_text("body", "{{ form.body_id }}", "Beslutande organ",
                                            BODY_PLACEHOLDER)),
    form_row("Beslutsdatum", date_control("decision_date", "{{ form.decision_date_id }}",
                                          "Beslutsdatum")),
    form_row("Paragraf (§)", plain_text("paragraph", "{{ form.paragraph_id }}", "Paragraf",
                                        PARAGRAPH_PLACEHOLDER)),
)), layout="uppgifter om remissvaret, en rad per uppgift")
SECTION_TABLE = table("FormTable", (LABEL_WIDTH, VALUE_WIDTH), "".join((
    row(cell(TEXT_WIDTH, '<w:p><w:pPr><w:pStyle w:val="FormHeading"/></w:pPr>'
             '<w:bookmarkStart w:id="{{ s.index }}" w:name="_Svar_{{ s.index }}"/>'
             + run("{{ s.heading }}") + '<w:bookmarkEnd w:id="{{ s.index }}"/></w:p>',
             ACCENT, span=2), header=True),
    form_row("Ställningstagande", dropdown("position|{{ s.id }}", "{{ s.position_id }}"),
             keep=True),
    form_row("Synpunkter", rich_text("comments|{{ s.id }}", "{{ s.comments_id }}",
                                     COMMENT_PLACEHOLDER), height=1700),
)), header=True)

SVARSMALL = document("".join((
    p("Svarsmall", "DocType"),
    p("Remissvar – {{ plan.short_title }}", "Title"),
    IDENT,
    ABOUT,
    p("Så fyller ni i svarsmallen", "Heading2"),
    p("Välj ställningstagande i rullistan för planen i sin helhet och för varje avsnitt och "
      "strategi: tillstyrker, tillstyrker med ändringar eller avstyrker. Skriv synpunkter i rutan "
      "Synpunkter; flera stycken går bra. Avsnittens nummer är desamma som i den länsgemensamma "
      "versionen av planen.", "Instruction"),
    p("Är svaret ett politiskt antaget yttrande, fyll i beslutande organ, beslutsdatum och "
      "paragraf.", "Instruction"),
    p("Lägg inte till, ta bort eller flytta tabellerna: svarsmallen läses in maskinellt. Spara som "
      "Word-dokument (.docx).", "Instruction"),
    tag("for s in sections"),
    p("", extra_ppr='<w:keepNext/><w:spacing w:before="120" w:after="0"/>'),
    SECTION_TABLE,
    tag("endfor"),
)))
