"""The compiled report of a dialogue round: per question, every arena's answer under the
arena's name, and who has not answered; for Fredagsgruppen and SVOM (seed 000, FAS 1)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from lxml import etree

from ..errors import Diagnostics, ExitCode, Loc
from ..i18n.messages import t
from ..load.markdown import parse_body
from ..load.sources import read_text, shown
from ..load.yamlsrc import Node, parse_yaml
from ..model import Config
from ..swedish import join_names, long_date, number_text
from . import formxml as fx
from .dialogcfg import DialogueRound
from .package import finish, word_document


@dataclass(frozen=True)
class Ledger:
    answers: dict[str, dict[str, str]]  # arena → question → Markdown
    contacts: dict[str, str]


def load_answers(responses_dir: Path, rnd: DialogueRound, diags: Diagnostics) -> Ledger:
    answers: dict[str, dict[str, str]] = {}
    contacts: dict[str, str] = {}
    asked = {q.id for q in rnd.questions}
    for path in sorted((responses_dir / rnd.id).glob("*.yaml")):
        where = shown(path)
        text = read_text(path, diags)
        data = parse_yaml(text, where, 1, diags) if text is not None else None
        root = Node(data, where, 1, diags) if data is not None else None
        if root is None or not root.is_mapping(t("a dialogue answer file")):
            continue
        root.unknown_keys({"round", "arena", "contact", "answers"}, t("a dialogue answer file"))
        arena = root.text("arena")
        if arena not in rnd.recipients:
            diags.error(root.value_loc("arena"), ExitCode.REFERENCE,
                        t("answers from {arena!r}, to whom the round was not sent", arena=arena))
            continue
        found = {}
        for item in root.items("answers"):
            qid = item.text("question")
            if qid not in asked:
                diags.error(item.value_loc("question"), ExitCode.REFERENCE,
                            t("answer to unknown question {qid!r}", qid=qid),
                            t("questions: {ids}", ids=", ".join(sorted(asked))))
            found[qid] = item.text("text", False)
        answers[arena], contacts[arena] = found, root.text("contact", False)
    return Ledger(answers, contacts)


def _answer(writer, markdown: str, where: str, diags: Diagnostics  # type: ignore[no-untyped-def]
            ) -> list[etree._Element]:
    body = parse_body(markdown, where, 1, where, "svar", diags)
    writer.footnotes = {k.rpartition("#")[2]: v for k, v in body.footnotes.items()}
    return list(writer.content(body.blocks, body.sections))


def dialogue_report(cfg: Config, rnd: DialogueRound, ledger: Ledger, template: Path,
                    responses_dir: Path, diags: Diagnostics) -> bytes:
    document, writer = word_document(cfg, template, rnd.report_title)
    names = {a.id: a.name for a in cfg.arenas}
    answered = [a for a in rnd.recipients if a in ledger.answers]
    missing = [names[a] for a in rnd.recipients if a not in ledger.answers]
    out = [fx.para(rnd.report_title, "Title"), fx.para(rnd.name, "Subtitle"),
           fx.para(" ".join(x for x in (f"Till {rnd.report_to}," if rnd.report_to else "",
                                        long_date(rnd.report_date)) if x), "FormInstruction"),
           fx.para("Om sammanställningen", "Heading1"),
           fx.para(f"Dialogfrågorna skickades den {long_date(rnd.sent)} till "
                   f"{number_text(len(rnd.recipients))} lokala samverkansarenor med svar senast "
                   f"{long_date(rnd.deadline)}. Svar har kommit in från "
                   f"{number_text(len(answered))} av {number_text(len(rnd.recipients))} arenor"
                   + (f"; svar saknas från {join_names(missing)}." if missing else "."),
                   "Normal")]
    for q in rnd.questions:
        out += [fx.para(q.title, "Heading1"), fx.para(q.text, "Quote")]
        for arena in answered:
            text = ledger.answers[arena].get(q.id, "")
            out.append(fx.para(names[arena], "Heading2"))
            where = shown(responses_dir / rnd.id / f"{arena}.yaml")
            out += (_answer(writer, text, where, diags) if text.strip()
                    else [fx.para("Arenan har inte svarat på frågan.", "FormInstruction")])
    diags.raise_if_errors()
    return finish(document, writer, out, cfg, rnd.report_title, rnd.report_date,
                  f"dialog; {rnd.id}", [("round", rnd.id)])


__all__ = ["Ledger", "Loc", "dialogue_report", "load_answers"]
