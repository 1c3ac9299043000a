"""Writes the remiss templates from readable XML: missiv.docx (cover letter), svarsmall.docx
(answer form) and tjansteskrivelse.docx (decision document).

They are ordinary Word files: open one in Word to change fonts, colours, margins, wording or the
header and footer, and save it again. `{{ … }}` are docxtpl (Jinja) fields; a paragraph holding
only `{%p … %}` is a loop or condition and disappears from the result. The context each template
gets is built in assembler/remiss/letters.py and assembler/remiss/decision.py.

In the answer form, keep the content controls (the grey boxes): their tags (`position|<section>`,
`comments|<section>`, `svarsmall|<round>|<principal>`) are what `assembler remiss import` reads.

Run: python templates/make_letters.py   (rewrites the three templates next to this script)
"""

from __future__ import annotations

from pathlib import Path

from letter_xml import (
    ACCENT,
    LABEL_WIDTH,
    TEXT_WIDTH,
    cell,
    document,
    p,
    parts,
    prose,
    row,
    run,
    table,
    tag,
)
from ooxml_parts import write_docx

# The positions offered in the answer form's drop-down (value, shown text). They must match
# POSITIONS in assembler/remiss/model.py; the first item is the "nothing chosen" placeholder.
CHOOSE = "Välj ställningstagande"
POSITIONS = (("", CHOOSE), ("tillstyrker", "Tillstyrker"),
             ("tillstyrker med ändringar", "Tillstyrker med ändringar"),
             ("avstyrker", "Avstyrker"))
COMMENT_PLACEHOLDER = "Skriv synpunkter här."
BODY_PLACEHOLDER = "Till exempel kommunstyrelsen"  # read back as empty: PLACEHOLDERS in forms.py
PARAGRAPH_PLACEHOLDER = "Till exempel § 123"


# --------------------------------------------------------------------------- missiv

INFO_RIGHT = (p("{{ doc_type }}", "DocType") + p("Datum: {{ date }}", "InfoBlock")
              + p("Dnr: {{ plan.dnr }}", "InfoBlock"))
MISSIV_INFO = table("LayoutTable", (5472, 3600), row(
    cell(5472, p("{{ plan.issuer }}", "InfoBlock", runs="") + p("{{ plan.region }}", "InfoBlock"))
    + cell(3600, INFO_RIGHT)), layout="avsändare, dokumenttyp, datum och diarienummer")

MISSIV = document("".join((
    MISSIV_INFO,
    p("Till: {{ recipient.name }}", "Recipient"),
    p("{{ recipient.decision_body }}", "InfoBlock"),
    p("Remiss: {{ plan.full_name }}", "Title"),
    p("{{ intro }}"),
    p("Vad remissen gäller", "Heading2"),
    p("Remissen avser {{ question }}. Planen består av gemensamma delar som gäller i hela länet och "
      "lokala tillägg från de lokala samverkansarenorna. {{ recipient.name }} får den länsgemensamma "
      "versionen och versionerna för de samverkansarenor där {{ recipient.name }} ingår."),
    p("Remisshandlingar", "Heading2"),
    tag("for d in documents"), p("{{ d.title }} ({{ d.format }})", "ListBullet"), tag("endfor"),
    p("Så svarar ni", "Heading2"),
    p("Svara i den bifogade svarsmallen. Ange för planen i sin helhet och för varje avsnitt och "
      "strategi om {{ recipient.name }} tillstyrker, tillstyrker med ändringar eller avstyrker, och "
      "skriv eventuella synpunkter i rutan under. Lägg inte till eller ta bort tabeller i "
      "svarsmallen; den läses in maskinellt."),
    tag("if political"),
    p("Svaret ska vara ett politiskt antaget yttrande. Ange i svarsmallen vilket organ som har "
      "beslutat om yttrandet, datum för beslutet och paragraf (§) i protokollet."),
    tag("endif"),
    p("Skicka den ifyllda svarsmallen som Word-dokument (.docx) till {{ reply.emails }} och ange "
      "”{{ reply.subject }}” i ämnesraden."),
    p("", runs=run("Svar senast {{ deadline }}.", "Strong")
      + run(" Remisstiden är {{ period }}.")),
    p("Kontaktpersoner", "Heading2"),
    tag("for c in contacts"), p("{{ c.line }}", "Signature"), tag("endfor"),
    p("Med vänlig hälsning", extra_ppr='<w:spacing w:before="360"/>'),
    tag("for c in contacts"), p("{{ c.name }}, {{ c.title_lower }}", "Signature"), tag("endfor"),
)))


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


# --------------------------------------------------------------------------- tjänsteskrivelse

AUTHORS = "".join((
    tag("for a in authors"),
    p("", "InfoBlock", runs=run("{{ a.name }}", "Strong")),
    p("{{ a.title }}", "InfoBlock"),
    p("{{ a.organisation }}", "InfoBlock"),
    tag("if a.unit"), p("{{ a.unit }}", "InfoBlock"), tag("endif"),
    tag("if a.email"), p("{{ a.email }}", "InfoBlock"), tag("endif"),
    p("", "InfoBlock"),
    tag("endfor"),
))
DECISION_INFO = table("LayoutTable", (5472, 3600), row(
    cell(5472, AUTHORS)
    + cell(3600, p("{{ doc_type }}", "DocType") + p("Datum: {{ date }}", "InfoBlock")
           + p("{{ dnr_line }}", "InfoBlock")
           + p("{{ plan.issuer }}", "InfoBlock", '<w:spacing w:before="120" w:after="0"/>')
           + p("{{ contact }}", "InfoBlock"))),
    layout="författare, dokumenttyp, datum och diarienummer")
KEEP = "<w:keepNext/>"
COUNT_WIDTH = 1500
POSITION_TABLE = table("FormTable", (TEXT_WIDTH - 3 * COUNT_WIDTH,) + (COUNT_WIDTH,) * 3, "".join((
    row(cell(TEXT_WIDTH - 3 * COUNT_WIDTH, p("Avsnitt och strategi", "FormLabel"))
        + "".join(cell(COUNT_WIDTH, p(label, "FormLabel")) for label in (
            "Tillstyrker", "Tillstyrker med ändringar", "Avstyrker")), header=True),
    row(cell(TEXT_WIDTH, p("{%tr for r in positions.rows %}"), span=4)),
    row(cell(TEXT_WIDTH - 3 * COUNT_WIDTH, p("{{ r.label }}", "FormText"))
        + "".join(cell(COUNT_WIDTH, p("{{ r.counts[" + str(i) + "] }}", "FormText",
                                      '<w:jc w:val="center"/>')) for i in range(3))),
    row(cell(TEXT_WIDTH, p("{%tr endfor %}"), span=4)),
)), header=True)


def handled(style: str) -> str:
    """A comment followed by its handling in italics."""
    return p("", style, runs=run("{{ c.text }}") + run("{{ c.who }}") + run("{{ c.handling }}",
                                                                       "Handling"))


TJANSTESKRIVELSE = document("".join((
    DECISION_INFO,
    p("Till: {{ addressee }}", "Recipient"),
    p("{{ title }}", "Title"),
    p("Sammanfattning", "Heading1"),
    prose("summary"),
    p("{{ tally }}"),
    tag("for a in against"), p("{{ a }}"), tag("endfor"),
    p("Bakgrund", "Heading1"),
    prose("background"),
    p("{{ remiss.sent }}"),
    p("{{ remiss.answers }}"),
    tag("if positions.rows"),
    p("{{ positions.intro }}", extra_ppr=KEEP),
    POSITION_TABLE,
    p("", extra_ppr='<w:spacing w:after="0"/>'),
    tag("endif"),
    tag("if groups"),
    p("Nedan följer en sammanfattning av synpunkterna i yttrandena. Hur synpunkterna har beaktats "
      "beskrivs i kursiv stil."),
    tag("endif"),
    tag("for g in groups"),
    tag("if g.general"),
    tag("for c in g.comments"), handled(""), tag("endfor"),
    tag("else"),
    p("{{ g.intro }}", extra_ppr="<w:keepNext/>"),
    tag("for c in g.comments"), handled("ListBullet"), tag("endfor"),
    tag("endif"),
    tag("endfor"),
    tag("if changes"),
    p("Ändringar i planen efter remissen", "Heading2"),
    tag("for ch in changes"),
    p("", "ListBullet", runs=run("{{ ch.text }} ") + run("{{ ch.why }}", "Handling")),
    tag("endfor"),
    tag("endif"),
    tag("if remiss.recommended"), p("{{ remiss.recommended }}"), tag("endif"),
    p("Ärendet", "Heading1"),
    prose("matter"),
    p("Förslag till beslut", "Heading2"),
    p("{{ proposal_intro }}", extra_ppr="<w:keepNext/>"),
    tag("for item in proposals"), p("{{ item }}", "ListNumber", KEEP), tag("endfor"),
    p("Beslutsunderlag", "Heading2"),
    tag("for d in documents"), p("{{ d }}", "ListBullet"), tag("endfor"),
    # the last section, the signature and the names stay together: never "I tjänsten" alone
    tag("if send_to"),
    p("Beslutet skickas till", "Heading2"),
    tag("for d in send_to"), p("{{ d }}", "ListBullet", KEEP), tag("endfor"),
    tag("endif"),
    p("I tjänsten", extra_ppr='<w:keepNext/><w:spacing w:before="360"/>'),
    tag("for a in authors"), p("{{ a.name }}, {{ a.signature }}", "Signature", KEEP),
    tag("endfor"),
)))


# --------------------------------------------------------------------------- påminnelse

PAMINNELSE = document("".join((
    MISSIV_INFO,
    p("Till: {{ recipient.name }}", "Recipient"),
    p("{{ recipient.decision_body }}", "InfoBlock"),
    p("Påminnelse: remiss av {{ plan.full_name }}", "Title"),
    p("{{ intro }}"),
    p("{{ status }}"),
    p("", runs=run("{{ deadline_line }}", "Strong")
      + run(" Skicka den ifyllda svarsmallen till {{ reply.emails }} och ange "
            "”{{ reply.subject }}” i ämnesraden.")),
    p("Behöver ni mer tid, kontakta oss så snart som möjligt."),
    p("Kontaktpersoner", "Heading2"),
    tag("for c in contacts"), p("{{ c.line }}", "Signature"), tag("endfor"),
    p("Med vänlig hälsning", extra_ppr='<w:keepNext/><w:spacing w:before="360"/>'),
    tag("for c in contacts"), p("{{ c.name }}, {{ c.title_lower }}", "Signature",
                                "<w:keepNext/>"), tag("endfor"),
)))


TEMPLATES = {
    "missiv.docx": ("Husmall missiv", MISSIV),
    "paminnelse.docx": ("Husmall påminnelse", PAMINNELSE),
    "svarsmall.docx": ("Husmall svarsmall", SVARSMALL),
    "tjansteskrivelse.docx": ("Husmall tjänsteskrivelse", TJANSTESKRIVELSE),
}


def main() -> None:
    for name, (title, body) in TEMPLATES.items():
        write_docx(Path(__file__).with_name(name), parts(title, body))


if __name__ == "__main__":
    main()
