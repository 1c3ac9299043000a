"""Answer-form import: a filled svarsmall (.docx) → the answers it holds, checked for origin.

The form identifies itself twice: custom document properties (`plan-assembler.round` …) and a
locked content control tagged `svarsmall|<round>|<principal>`. Each section's table carries a
drop-down tagged `position|<section>` and a rich-text control tagged `comments|<section>`, plus
a hidden bookmark `_Svar_<n>` naming the n-th entry of `plan-assembler.sections`, so that a
form whose content-control tags were lost (LibreOffice drops them) is still read correctly.
Values are read from the table cells, so text typed next to a control is not lost either.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path

from lxml import etree

from ..errors import AssemblyError, Diagnostics, ExitCode, Loc
from ..i18n.messages import t
from ..load.sources import shown
from ..ooxml.ns import qn
from ..ooxml.parse import parse_xml, read_zip, unreadable
from .model import POSITIONS

FORM_KIND = "svarsmall"
PROPERTY_PREFIX = "plan-assembler."
PLACEHOLDERS = {"välj ställningstagande", "skriv synpunkter här.", "välj datum",
                "namn, e-post och telefon", "till exempel kommunstyrelsen", "till exempel § 123"}
BOOKMARK_RE = re.compile(r"_Svar_(\d+)$")


def w(tag: str) -> str:
    return qn(f"w:{tag}")


def form_tag(round_id: str, principal: str) -> str:
    return f"{FORM_KIND}|{round_id}|{principal}"


@dataclass(frozen=True)
class Answer:
    """What one section's table holds."""

    section: str
    position: str
    text: str


@dataclass(frozen=True)
class FilledForm:
    round_id: str
    principal: str
    plan: str
    date: dt.date | None
    contact: str
    answers: tuple[Answer, ...]
    loc: Loc
    body: str = ""  # a politically adopted yttrande: who adopted it, when, which paragraph
    decided: dt.date | None = None
    paragraph: str = ""

    @property
    def empty(self) -> bool:
        """Untouched: no position and no comment anywhere."""
        return not any(a.position or a.text for a in self.answers)


def read_form(path: Path, diags: Diagnostics) -> FilledForm | None:
    """Read a filled answer form; None (with errors in `diags`) if it is not a usable one."""
    loc = Loc(shown(path), 0, 0)
    parts = open_form(path, diags)
    if parts is None:
        return None
    body, custom = parts
    props = _properties(custom)
    ident = _identity(body, props, loc, diags)
    if ident is None:
        return None
    round_id, principal = ident
    sections = props.get("sections", "").split(",") if "sections" in props else []
    answers = _answers(body, sections, loc, diags)
    contact = _tagged_text(body, "contact") or _labelled(body, "Kontaktperson")
    return FilledForm(round_id, principal, props.get("plan", ""),
                      _date(body, loc, diags, "date", "Datum för svaret"), contact, answers, loc,
                      _tagged_text(body, "body") or _labelled(body, "Beslutande organ"),
                      _date(body, loc, diags, "decision_date", "Beslutsdatum"),
                      _tagged_text(body, "paragraph") or _labelled(body, "Paragraf (§)"))


def open_form(path: Path, diags: Diagnostics
              ) -> tuple[etree._Element, etree._Element | None] | None:
    """The body and custom properties of a .docx, read with the capped zip reader and the
    hardened parser; None (with the error in `diags`) if the file is not a safe, readable one."""
    loc = Loc(shown(path), 0, 0)
    try:
        members = read_zip(path.read_bytes(), shown(path))
        if "word/document.xml" not in members:
            raise unreadable(shown(path), t("there is no word/document.xml in the package"))
        body = parse_xml(members["word/document.xml"], shown(path), "word/document.xml")
        custom = (parse_xml(members["docProps/custom.xml"], shown(path), "docProps/custom.xml")
                  if "docProps/custom.xml" in members else None)
    except OSError as exc:
        diags.error(loc, ExitCode.SYNTAX, t("not a readable Word document (.docx): {exc}", exc=exc),
                    t("save the answer form as a Word document (.docx) and import that"))
        return None
    except AssemblyError as exc:
        for d in exc.diagnostics:
            diags.error(loc, d.code,
                        t("not a readable Word document (.docx): {message}", message=d.message),
                        d.hint)
        return None
    return body, custom


def _properties(custom: etree._Element | None) -> dict[str, str]:
    if custom is None:
        return {}
    out = {}
    for prop in custom.iter(qn("op:property")):
        name = prop.get("name", "")
        if name.startswith(PROPERTY_PREFIX):
            out[name[len(PROPERTY_PREFIX):]] = "".join(str(t) for t in prop.itertext()).strip()
    return out


def _tags(body: etree._Element) -> list[tuple[str, etree._Element]]:
    out = []
    for sdt in body.iter(w("sdt")):
        tag = sdt.find(f"{w('sdtPr')}/{w('tag')}")
        if tag is not None:
            out.append((tag.get(w("val"), ""), sdt))
    return out


def _identity(body: etree._Element, props: dict[str, str], loc: Loc,
              diags: Diagnostics) -> tuple[str, str] | None:
    """(round, principal) from the properties and the Remiss-ID control, which must agree."""
    found = []
    if props.get("form") == FORM_KIND and props.get("round") and props.get("principal"):
        found.append((props["round"], props["principal"]))
    for tag, _ in _tags(body):
        parts = tag.split("|")
        if len(parts) == 3 and parts[0] == FORM_KIND:
            found.append((parts[1], parts[2]))
    if not found:
        diags.error(loc, ExitCode.SYNTAX, t("not an answer form: it has no Remiss-ID"),
                    t("import the svarsmall-<huvudman>.docx sent with the remiss, filled in"))
        return None
    if len(set(found)) > 1:
        shown_ids = " and ".join(f"{r}/{p}" for r, p in sorted(set(found)))
        diags.error(loc, ExitCode.ROUND,
                    t("the form identifies itself as {shown_ids}", shown_ids=shown_ids),
                    t("parts of two answer forms were combined; fill in the form of one principal"))
        return None
    return found[0]


def _answers(body: etree._Element, sections: list[str], loc: Loc,
             diags: Diagnostics) -> tuple[Answer, ...]:
    answers: dict[str, Answer] = {}
    for number, table in enumerate(body.iter(w("tbl")), 1):
        cells = _section_cells(table, sections)
        if cells is None:
            continue
        section, position_cell, comments_cell = cells
        if section in answers:
            diags.error(loc, ExitCode.REFERENCE,
                        t("table {number}: a second table for section {value!r}", number=number,
                          value=section or 'planen'),
                        t("keep one table per section; write all comments in the same box"))
            continue
        position = _cell_text(position_cell).strip()
        value = next((v for v, shown_ in POSITIONS.items()
                      if position.lower() in (v, shown_.lower())), "")
        if position and not value and position.lower() not in PLACEHOLDERS:
            diags.error(loc, ExitCode.CONFIG,
                        t("table {number}: unknown position {position!r}", number=number,
                          position=position),
                        t("choose one of: {values}", values=", ".join(POSITIONS.values())))
        answers[section] = Answer(section, value, _cell_text(comments_cell, paragraphs=True))
    return tuple(answers.values())


def _section_cells(table: etree._Element, sections: list[str]
                   ) -> tuple[str, etree._Element, etree._Element] | None:
    """(section, position cell, comments cell) of an answer table, by tag or by bookmark."""
    cells: dict[str, etree._Element] = {}
    section = None
    for tag, sdt in _tags(table):
        kind, _, sid = tag.partition("|")
        cell = next(sdt.iterancestors(w("tc")), None)
        if kind in ("position", "comments") and cell is not None:
            cells[kind], section = cell, sid
    if section is not None and len(cells) == 2:
        return section, cells["position"], cells["comments"]
    for mark in table.iter(w("bookmarkStart")):
        match = BOOKMARK_RE.match(mark.get(w("name"), ""))
        rows = table.findall(w("tr"))
        if match and 0 < int(match.group(1)) <= len(sections) and len(rows) >= 3:
            value_cells = [r.findall(w("tc"))[-1] for r in rows[1:3]]
            return sections[int(match.group(1)) - 1], value_cells[0], value_cells[1]
    return None


def _cell_text(cell: etree._Element, paragraphs: bool = False) -> str:
    """The text a user wrote in a cell: placeholders and deleted text left out."""
    out = []
    for para in cell.iter(w("p")):
        text = _paragraph_text(para).strip()
        if text and text.lower() not in PLACEHOLDERS:
            out.append(text)
    return ("\n\n" if paragraphs else " ").join(out)


def _paragraph_text(para: etree._Element) -> str:
    """w:t text (deleted text is w:delText and stays out), tabs and breaks as spaces."""
    parts = []
    for el in para.iter(w("t"), w("tab"), w("br")):
        if not _placeholder(el):
            parts.append((el.text or "") if el.tag == w("t") else " ")
    return "".join(parts)


def _placeholder(el: etree._Element) -> bool:
    """Inside a content control that still shows its placeholder text?"""
    return any(a.tag == w("sdt") and a.find(f"{w('sdtPr')}/{w('showingPlcHdr')}") is not None
               for a in el.iterancestors())


def _tagged_text(body: etree._Element, wanted: str) -> str:
    for tag, sdt in _tags(body):
        if tag == wanted:
            text = " ".join(_paragraph_text(p) for p in sdt.iter(w("p"))) or \
                _paragraph_text(sdt)
            return "" if text.strip().lower() in PLACEHOLDERS else text.strip()
    return ""


def _labelled(body: etree._Element, label: str) -> str:
    """The value cell next to a label cell, for forms whose control tags were lost."""
    for row in body.iter(w("tr")):
        cells = row.findall(w("tc"))
        if len(cells) == 2 and _cell_text(cells[0]).strip() == label:
            return _cell_text(cells[1]).strip()
    return ""


def _date(body: etree._Element, loc: Loc, diags: Diagnostics, wanted: str,
          label: str) -> dt.date | None:
    for tag, sdt in _tags(body):
        date = sdt.find(f"{w('sdtPr')}/{w('date')}")
        if tag == wanted and date is not None and date.get(w("fullDate")):
            try:
                return dt.date.fromisoformat(date.get(w("fullDate"), "")[:10])
            except ValueError:
                break
    text = _tagged_text(body, wanted) or _labelled(body, label)
    if not text:
        return None
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        diags.error(loc, ExitCode.CONFIG,
                    t("{label}: {text!r} is not a date YYYY-MM-DD", label=label, text=text),
                    t("choose the date in the date field of the form"))
        return None
