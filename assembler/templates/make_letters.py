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
from svarsmall_xml import POSITIONS, SVARSMALL  # noqa: F401 - POSITIONS checked by the tests

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
