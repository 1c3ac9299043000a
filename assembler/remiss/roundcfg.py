"""sources/rounds/<round>.yaml → `RoundConfig`, every problem reported with its position.

A round file says when the remiss runs, who gets it, whom to contact and where answers go,
and what the decision document (tjänsteskrivelse) that follows the round contains.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from ..errors import Diagnostics, ExitCode, Loc
from ..i18n.messages import t
from ..load.schema import Decoder, Field, Record, ids_or_all
from ..load.sources import read_text, shown
from ..load.yamlsrc import Node, parse_yaml
from ..model import Config, Person
from .decisioncfg import decision_config
from .model import RoundConfig
from .prose import context, expand

PERIOD = Record("'period'", (Field("start", "date", required=True),
                            Field("end", "date", required=True)))
REPLIES = Record("'replies'", (
    Field("email", "any"),  # one address or a list
    Field("subject"),  # default: "Remissvar <plan>, dnr <dnr>"
))
ROUND_FILE = Record("a round file", (
    Field("round"),  # optional; must be the file's name
    Field("period", "record", required=True, record=PERIOD),
    Field("letter_date", "date"),  # default: period.start
    Field("decided_by", required=True), Field("decided", "date"),
    Field("question", required=True),
    Field("recipients", "any"),  # 'all' (default) or principal ids: schema.ids_or_all
    Field("contacts", "any"),  # names of plan.authors (default: all of them)
    Field("replies", "record", required=True, record=REPLIES),
    Field("decision", "any"),  # decoded by decisioncfg
    Field("political_answer", "bool"),
    Field("extensions", "any"),  # {principal id: a later last day}
))
ROUND_KEYS = ROUND_FILE.keys
EMAIL_RE = re.compile(r"[^@\s]+@[^@\s]+\.[a-z]{2,}", re.IGNORECASE)


def rounds_dir(sources_dir: Path) -> Path:
    return sources_dir / "rounds"


def configured_rounds(sources_dir: Path) -> list[str]:
    """Remiss rounds; dialogue rounds with the arenas (`kind: dialogue`) are wordin's."""
    from ..wordin.dialogcfg import is_dialogue

    return sorted(p.stem for p in rounds_dir(sources_dir).glob("*.yaml") if not is_dialogue(p))


def load_round(sources_dir: Path, round_id: str, config: Config,
               diags: Diagnostics) -> RoundConfig | None:
    """Read the round file for `round_id`; None (with errors in `diags`) if unusable."""
    path = rounds_dir(sources_dir) / f"{round_id}.yaml"
    where = shown(path)
    if round_id not in {r.id for r in config.rounds} or not path.is_file():
        _not_a_remiss_round(sources_dir, round_id, config, diags)
        return None
    text = read_text(path, diags)
    data = parse_yaml(text, where, 1, diags) if text is not None else None
    if data is None:
        return None
    root = Node(data, where, 1, diags)
    if not root.is_mapping(t("a round file")):
        return None
    return _round(root, round_id, config)


def _not_a_remiss_round(sources_dir: Path, round_id: str, config: Config,
                        diags: Diagnostics) -> None:
    """Why `round_id` cannot be used as a remiss round, at the place that says so."""
    path = rounds_dir(sources_dir) / f"{round_id}.yaml"
    known = ", ".join(configured_rounds(sources_dir)) or "none"
    listed = next((r for r in config.rounds if r.id == round_id), None)
    if listed is not None:  # a round of plan.yaml (e.g. the decision version) without a file
        diags.error(listed.loc, ExitCode.ROUND,
                    t("{round_id} is not a remiss round (it has no round file)", round_id=round_id),
                    t("remiss, decision and batch take a remiss round (one with a file in "
                      "{sources_dir}): {known}; to send {round_id} on remiss, write {path}",
                      sources_dir=shown(rounds_dir(sources_dir)), known=known, round_id=round_id,
                      path=shown(path)))
        return
    diags.error(Loc(shown(path) if path.is_file() else config.loc.path), ExitCode.ROUND,
                t("unknown round {round_id!r}", round_id=round_id),
                t("remiss rounds (with a file in {sources_dir}): {known}; a round must also "
                  "be listed under 'rounds:' in plan.yaml",
                  sources_dir=shown(rounds_dir(sources_dir)), known=known))


def _round(root: Node, round_id: str, config: Config) -> RoundConfig | None:
    diags = root.diags
    d = Decoder(diags, None).record(root, ROUND_FILE)
    if d is None:
        return None
    if d["round"] and d["round"] != round_id:
        diags.error(root.value_loc("round"), ExitCode.ROUND,
                    t("file for round {round_id!r} says round {d!r}", round_id=round_id,
                      d=d['round']),
                    t("name the file after its round: {d}.yaml", d=d['round']))
    period, replies = d["period"], d["replies"] or {}
    if period is None:
        return None
    start, end = period["start"], period["end"]
    if end < start:
        diags.error(root.child("period").value_loc("end"), ExitCode.CONFIG,
                    t("the remiss period ends before it starts"))
    emails = _emails(root.child("replies")) if replies else ()
    rc = RoundConfig(
        round_id=round_id, name=config.round(round_id).name, start=start, end=end,
        letter_date=d["letter_date"] or start, decided_by=d["decided_by"], decided=d["decided"],
        question=" ".join(d["question"].split()),
        recipients=_recipients(root, config), contacts=_contacts(root, config),
        reply_emails=emails, reply_subject=replies.get("subject", ""),
        decision=(decision_config(root.child("decision"), config, round_id)
                  if root.has("decision") else None),
        path=root.path, loc=root.loc, political=d["political_answer"],
        extensions=_extensions(root, config, end),
    )
    _check_prose(rc, root, config)
    return rc


def _extensions(root: Node, config: Config, end: dt.date) -> dict[str, dt.date]:
    """`extensions: {berg: 2023-09-15}`: a later deadline (anstånd) for some principals."""
    if not root.has("extensions"):
        return {}
    node = root.child("extensions")
    if not node.is_mapping("'extensions'"):
        return {}
    known = {p.id for p in config.principals}
    out = {}
    for pid in node.data:
        if str(pid) not in known:
            node.diags.error(node.key_loc(str(pid)), ExitCode.REFERENCE,
                             t("unknown principal {pid!r}", pid=pid),
                             t("principals in plan.yaml: {ids}", ids=", ".join(sorted(known))))
            continue
        day = node.date(str(pid))
        if day <= end:
            node.diags.error(node.value_loc(str(pid)), ExitCode.CONFIG,
                             t("the extension for {pid} ({day}) is not after the end of the remiss "
                               "period ({end})", pid=pid, day=day.isoformat(),
                               end=end.isoformat()),
                             t("an anstånd gives a later last day to answer"))
        out[str(pid)] = day
    return out


def _emails(node: Node) -> tuple[str, ...]:
    found: tuple[tuple[str, Loc], ...]
    if node.has("email") and isinstance(node.data["email"], str):
        found = ((node.data["email"], node.value_loc("email")),)
    else:
        found = node.str_list("email")
    for email, loc in found:
        if not EMAIL_RE.fullmatch(email):
            node.diags.error(loc, ExitCode.CONFIG,
                             t("{email!r} is not an e-mail address", email=email))
    return tuple(e for e, _ in found)


def _recipients(root: Node, config: Config) -> tuple[str, ...]:
    """Principal ids; 'all' (the default) means every principal in plan.yaml."""
    return ids_or_all(root, "recipients", [p.id for p in config.principals], "principal")


def _contacts(root: Node, config: Config) -> tuple[Person, ...]:
    """Contact persons, named after the plan's authors (their details come from plan.yaml)."""
    authors = {a.name: a for a in config.plan.authors}
    if not root.has("contacts"):
        return config.plan.authors
    out = []
    for name, loc in root.str_list("contacts"):
        if name not in authors:
            root.diags.error(loc, ExitCode.REFERENCE,
                             t("unknown contact person {name!r}", name=name),
                             t("contacts are named after plan.authors: {names}",
                               names=", ".join(authors)))
        else:
            out.append(authors[name])
    return tuple(out)


def _check_prose(rc: RoundConfig, root: Node, config: Config) -> None:
    """Expand every configured text once so that unknown variables are reported now."""
    if not rc.recipients:
        return
    sample = config.principal(rc.recipients[0])
    ctx = context(config, rc, rc.round_id, sample)
    expand(rc.question, root.value_loc("question"), config, ctx, root.diags)
    expand(rc.reply_subject, root.child("replies").value_loc("subject"), config, ctx, root.diags)
    dec = rc.decision
    if dec is None:
        return
    for blocks in (dec.summary, dec.background, dec.matter):
        for block in blocks:
            for item in block.items:
                expand(item, block.loc, config, ctx, root.diags)
    for text, loc in dec.proposals + (dec.joint.proposals if dec.joint else ()):
        expand(text, loc, config, ctx, root.diags)
