"""A dialogue round with the arenas: a form per arena, its answers into a ledger
(responses/<round>/<arena>.yaml, the answers as Markdown), and a compiled report (.docx) of all
answers per question, attributed to the arena.

The form is built from the same pieces as the local-text form: each question has a table whose
text control is tagged `answer|<question>` and whose bookmark is `_Dialog_<n>`; the answers are
read with the same reader, so their lists, bold text, tables and links survive.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path

from lxml import etree
from ruamel.yaml import YAML
from ruamel.yaml.scalarstring import LiteralScalarString

from ..errors import Diagnostics, ExitCode, Loc
from ..i18n.messages import t
from ..load.sources import shown
from ..model import Config
from ..remiss.forms import w
from ..swedish import long_date
from . import formxml as fx
from .dialogcfg import DialogueRound
from .mdwrite import write_body
from .package import finish, word_document
from .reader import BlockReader, _flatten
from .wordpkg import read_package

FORM_KIND = "dialog"
BOOKMARK = "_Dialog_"
CONTACT_PLACEHOLDER = "Namn, e-post och telefon"


def form_name(arena: str) -> str:
    return f"dialog-{arena}.docx"


def dialogue_form(cfg: Config, rnd: DialogueRound, arena_id: str, template: Path) -> bytes:
    arena = cfg.arena(arena_id)
    document, writer = word_document(cfg, template, f"{rnd.name} – {arena.name}", arena)
    out = [fx.para(rnd.name, "Title"), fx.para(arena.name, "Subtitle"),
           fx.para(f"{cfg.plan.title}. Svara senast {long_date(rnd.deadline)}.",
                   "FormInstruction")]
    if rnd.intro:
        out.append(fx.para(rnd.intro, "Normal"))
    out.append(fx.para("Skriv arenans svar i den vita rutan under varje fråga. Punktlistor, "
                       "numrerade listor, fetstil, kursiv, tabeller och länkar följer med in i "
                       "sammanställningen. Lämna rutan tom om arenan inte vill svara på frågan.",
                       "FormInstruction"))
    out.append(fx.area_table(f"{BOOKMARK}0", writer.next_id(), [
        ("Kontaktperson", fx.inline_field("contact", 20, "Kontaktperson", "",
                                          CONTACT_PLACEHOLDER))]))
    for n, q in enumerate(rnd.questions, 1):
        out.append(fx.para(f"Fråga {n}. {q.title}", "FormArea"))
        out.append(fx.para(q.text, "Normal"))
        out.append(fx.area_table(f"{BOOKMARK}{n}", writer.next_id(), [
            ("Svar", fx.text_area((f"Svar på fråga {n}", f"answer|{q.id}"), 100 + n, []))]))
    values = [("form", FORM_KIND), ("plan", cfg.plan.dnr), ("round", rnd.id),
              ("arena", arena_id)]
    values += [(f"question.{n}", q.id) for n, q in enumerate(rnd.questions, 1)]
    return finish(document, writer, out, cfg, f"{rnd.name} – {arena.name}", rnd.sent,
                  f"{FORM_KIND}; {rnd.id}; {arena_id}", values)


@dataclass(frozen=True)
class DialogueAnswers:
    round_id: str
    arena: str
    contact: str
    answers: tuple[tuple[str, str], ...]  # (question id, Markdown)
    source: str


def _table_index(tbl: etree._Element) -> int | None:
    for sdt in tbl.iter(w("sdt")):
        tag = sdt.find(f"{w('sdtPr')}/{w('alias')}")
        if tag is not None and tag.get(w("val"), "").startswith("Svar på fråga "):
            return int(tag.get(w("val"), "")[14:] or 0)
    for mark in tbl.iter(w("bookmarkStart")):
        name = mark.get(w("name"), "")
        if name.startswith(BOOKMARK) and name[len(BOOKMARK):].isdigit():
            return int(name[len(BOOKMARK):])
    return None


def read_dialogue_form(path: Path, rnd: DialogueRound, cfg: Config,
                       diags: Diagnostics) -> DialogueAnswers | None:
    loc = Loc(shown(path), 0, 0)
    try:
        pkg = read_package(path)
    except Exception as exc:  # noqa: BLE001 - any unreadable file is the user's to fix
        diags.error(loc, ExitCode.SYNTAX, t("not a readable Word document (.docx): {exc}", exc=exc),
                    t("save the form as a Word document (.docx) and import that"))
        return None
    props = pkg.properties
    if props.get("form") != FORM_KIND:
        diags.error(loc, ExitCode.SYNTAX, t("not a dialogue form"),
                    t("import the dialog-<arena>.docx sent with the dialogue round"))
        return None
    problems = [(props.get("plan") != cfg.plan.dnr,
                 t("another plan (dnr {dnr})", dnr=props.get("plan"))),
                (props.get("round") != rnd.id,
                 t("round {round!r}, not {expected!r}", round=props.get("round"), expected=rnd.id)),
                (props.get("arena") not in rnd.recipients,
                 t("arena {arena!r}, which this round was not sent to", arena=props.get("arena")))]
    for bad, what in problems:
        if bad:
            diags.error(loc, ExitCode.ROUND, t("the form is from {what}", what=what),
                        t("import the forms of this round"))
            return None
    asked = {int(k[9:]): v for k, v in props.items() if k.startswith("question.")}
    answers: dict[str, str] = {}
    contact = ""
    for tbl in (el for el in _flatten(pkg.body) if el.tag == w("tbl")):
        n = _table_index(tbl)
        cell = tbl.findall(w("tr"))[-1].findall(w("tc"))[-1] if tbl.findall(w("tr")) else None
        if n is None or cell is None:
            continue
        if n == 0:
            contact = fx.value_text(cell, {CONTACT_PLACEHOLDER})
            continue
        reader = BlockReader(pkg, [], "svar")
        blocks, sections = reader.blocks(_flatten(cell))
        for problem in dict.fromkeys(reader.inline.problems):
            diags.error(loc, ExitCode.SYNTAX, t("answer {n}: {problem}", n=n, problem=problem),
                        t("the report cannot hold it; change it in the form"))
        if n in asked:
            answers[asked[n]] = write_body(tuple(blocks), tuple(sections), reader.inline.notes)
    _check_questions(asked, answers, rnd, loc, diags)
    ordered = tuple((q.id, answers.get(q.id, "")) for q in rnd.questions)
    return DialogueAnswers(rnd.id, str(props.get("arena")), contact, ordered, path.name)


def _check_questions(asked: dict[int, str], answers: dict[str, str], rnd: DialogueRound,
                     loc: Loc, diags: Diagnostics) -> None:
    for qid in (asked[n] for n in sorted(asked) if asked[n] not in answers and n):
        diags.error(loc, ExitCode.REFERENCE,
                    t("the answer box of question {qid!r} is missing", qid=qid),
                    t("use the form as it was sent out"))
    for qid in (q for q in asked.values() if q not in {x.id for x in rnd.questions}):
        diags.error(loc, ExitCode.REFERENCE,
                    t("the form asks question {qid!r}, which the round no longer has", qid=qid),
                    t("the questions changed since the forms went out"))


def dump_answers(a: DialogueAnswers, arena_name: str) -> bytes:
    yaml = YAML(typ="rt")
    yaml.width = 100
    data = {"round": a.round_id, "arena": a.arena, "contact": a.contact,
            "answers": [{"question": q, "text": LiteralScalarString(t) if t else ""}
                        for q, t in a.answers]}
    out = io.StringIO()
    out.write(f"# Svar från {arena_name} ({a.source}). Texten är Markdown.\n")
    yaml.dump(data, out)
    return out.getvalue().encode("utf-8")
