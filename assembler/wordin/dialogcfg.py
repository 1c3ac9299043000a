"""A dialogue round with the arenas (seed 000, FAS 1: "dialogfrågor till lokala
samverkansgrupper"): sources/rounds/<round>.yaml with `kind: dialogue`.

    round: dialog-2022
    kind: dialogue
    name: Dialogfrågor till lokala samverkansgrupper
    sent: 2021-05-01              # the forms' date
    deadline: 2021-10-30          # last day to answer
    recipients: all               # or arena ids
    intro: Projektet Gemensam plan vill veta …
    report: {title: …, to: Fredagsgruppen och SVOM, date: 2022-01-28}
    questions:
      - {id: samverkan, title: Samverkan i dag, text: Hur fungerar …?}

The remiss machinery reads the other round files; `configured_rounds` leaves these out.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path

from ..errors import Diagnostics, ExitCode, Loc
from ..i18n.messages import t
from ..load.schema import ids_or_all
from ..load.sources import read_text, shown
from ..load.yamlsrc import Node, parse_yaml
from ..model import Config
from ..model.syntax import ID_RE

KEYS = {"round", "kind", "name", "sent", "deadline", "recipients", "intro", "report",
        "questions"}
_KIND = re.compile(r"^kind:\s*dialogue\s*(#.*)?$", re.MULTILINE)


def is_dialogue(path: Path) -> bool:
    """Cheap test used by the remiss round list: does the file say `kind: dialogue`?"""
    try:
        return bool(_KIND.search(path.read_text(encoding="utf-8")))
    except (OSError, UnicodeDecodeError):
        return False


@dataclass(frozen=True)
class Question:
    id: str
    title: str
    text: str
    loc: Loc


@dataclass(frozen=True)
class DialogueRound:
    id: str
    name: str
    sent: dt.date
    deadline: dt.date
    recipients: tuple[str, ...]  # arena ids
    intro: str
    report_title: str
    report_to: str
    report_date: dt.date
    questions: tuple[Question, ...]
    loc: Loc


def _questions(root: Node) -> tuple[Question, ...]:
    out: list[Question] = []
    for item in root.items("questions"):
        if not item.is_mapping(t("a question")):
            continue
        item.unknown_keys({"id", "title", "text"}, t("a question"))
        qid = item.text("id")
        if qid and not ID_RE.fullmatch(qid):
            item.diags.error(item.value_loc("id"), ExitCode.CONFIG,
                             t("question id {qid!r} must be lowercase a-z, 0-9 and '-'", qid=qid))
        if qid in {q.id for q in out}:
            item.diags.error(item.value_loc("id"), ExitCode.CONFIG,
                             t("duplicate question {qid!r}", qid=qid))
        out.append(Question(qid, item.text("title"), " ".join(item.text("text").split()),
                            item.loc))
    if not out:
        root.diags.error(root.loc, ExitCode.CONFIG, t("a dialogue round needs questions"),
                         t("add 'questions:' with id, title and text"))
    return tuple(out)


def _recipients(root: Node, config: Config) -> tuple[str, ...]:
    """Arena ids; 'all' (the default) means every arena in plan.yaml."""
    return ids_or_all(root, "recipients", [a.id for a in config.arenas], "arena")


def load_dialogue(sources_dir: Path, round_id: str, config: Config,
                  diags: Diagnostics) -> DialogueRound | None:
    path = sources_dir / "rounds" / f"{round_id}.yaml"
    where = shown(path)
    if not path.is_file() or not is_dialogue(path):
        diags.error(Loc(where, 0, 0), ExitCode.ROUND,
                    t("unknown dialogue round {round_id!r}", round_id=round_id),
                    t("a dialogue round is sources/rounds/<round>.yaml with 'kind: dialogue'"))
        return None
    text = read_text(path, diags)
    data = parse_yaml(text, where, 1, diags) if text is not None else None
    root = Node(data, where, 1, diags) if data is not None else None
    if root is None or not root.is_mapping(t("a dialogue round file")):
        return None
    root.unknown_keys(KEYS, t("a dialogue round file"))
    if root.has("round") and root.text("round") != round_id:
        diags.error(root.value_loc("round"), ExitCode.ROUND,
                    t("file for round {round_id!r} says round {value!r}", round_id=round_id,
                      value=root.text('round')))
    report = root.child("report") if root.has("report") else Node({}, where, 1, diags)
    if report.data:
        report.is_mapping("'report'")
        report.unknown_keys({"title", "to", "date"}, "'report'")
    sent, deadline = root.date("sent"), root.date("deadline")
    if deadline < sent:
        diags.error(root.value_loc("deadline"), ExitCode.CONFIG, t("the deadline is before 'sent'"))
    return DialogueRound(
        round_id, root.text("name"), sent, deadline, _recipients(root, config),
        " ".join(root.text("intro", False).split()),
        report.text("title", False, "Sammanställning av dialogfrågor"),
        report.text("to", False), report.date("date", False) if report.has("date") else deadline,
        _questions(root), root.loc)
