"""`decision:` of a round file → `DecisionConfig`: the documents of the decision step.

    decision:
      round: beslut-2023            # the plan version decided on
      date: 2023-10-23              # date of the principals' tjänsteskrivelser
      prepared_by: Fredagsgruppen och SamReKo HSI
      required: all                 # whose adoption puts the plan in force (or a list of ids)
      joint_body:                   # optional: the joint body that recommends adoption first
        name: SVOM
        meeting: 2023-10-20
        date: 2023-10-06            # date of its tjänsteskrivelse (default: decision.date)
        proposals: [...]            # default: recommend the principals to adopt
        send_to: [...]
      send_to: [...]                # "Beslutet skickas till" (default: the preparers)
      principals:                   # optional, per principal
        berg: {dnr: KS 2023/245, date: …, meeting: 2023-11-14, unit: …, contact: …, send_to: […]}
      summary / background / matter / proposals / documents   (prose, see prose.py)
"""

from __future__ import annotations

import datetime as dt
import re

from ruamel.yaml.scalarstring import FoldedScalarString, LiteralScalarString

from ..errors import ExitCode
from ..i18n.messages import t
from ..load.schema import ids_or_all
from ..load.yamlsrc import Node
from ..model import Config
from ..swedish import long_date
from .model import BasisDocument, DecisionConfig, JointBody, LocalDecision, ProseBlock
from .prose import parse_prose

DECISION_KEYS = {"round", "date", "document_type", "dnr", "prepared_by", "summary",
                 "background", "matter", "proposals", "documents", "required", "joint_body",
                 "send_to", "principals"}
JOINT_KEYS = {"id", "name", "prepared_by", "meeting", "date", "dnr", "proposals", "send_to"}
LOCAL_KEYS = {"dnr", "date", "meeting", "unit", "contact", "send_to"}
DEFAULT_RECOMMENDATION = (
    "Rekommendera {{ remiss.recipients_text }} att ställa sig bakom strategier och prioriterade "
    "aktiviteter i {{ plan.short_title }} i {{ plan.subtitle }}.")


def decision_config(node: Node, config: Config, remiss_round: str) -> DecisionConfig | None:
    if not node.is_mapping("'decision'"):
        return None
    node.unknown_keys(DECISION_KEYS, "'decision'")
    rid = node.text("round")
    if rid and rid not in {r.id for r in config.rounds}:
        node.diags.error(node.value_loc("round"), ExitCode.ROUND,
                         t("unknown round {rid!r}", rid=rid),
                         t("rounds in plan.yaml: {ids}",
                           ids=", ".join(r.id for r in config.rounds)))
    proposals = node.str_list("proposals")
    if not proposals:
        node.diags.error(node.loc, ExitCode.CONFIG, t("the decision has no proposals"),
                         t("add 'proposals:' with at least one point (förslag till beslut)"))
    documents = []
    for item in node.items("documents", required=False):
        if item.is_mapping(t("a document")):
            item.unknown_keys({"title", "date"}, t("a document"))
            documents.append(BasisDocument(item.text("title"), item.date("date", False)
                                           if item.has("date") else None, item.loc))
    prepared_by = node.text("prepared_by")
    date = node.date("date")
    dec = DecisionConfig(
        round_id=rid, date=date,
        document_type=node.text("document_type", False, "Tjänsteskrivelse"),
        dnr=node.text("dnr", False, config.plan.dnr), prepared_by=prepared_by,
        summary=_prose(node, "summary"), background=_prose(node, "background"),
        matter=_prose(node, "matter"), proposals=proposals, documents=tuple(documents),
        loc=node.loc, required=_required(node, config),
        joint=_joint(node.child("joint_body"), config, prepared_by, date)
        if node.has("joint_body") else None,
        local=_local(node.child("principals"), config) if node.has("principals") else {},
        send_to=_names(node, "send_to") or (prepared_by,),
    )
    _check_dates(node, config, dec)
    return dec


def _prose(node: Node, key: str) -> tuple[ProseBlock, ...]:
    loc = node.value_loc(key)
    if isinstance(node.data.get(key), LiteralScalarString | FoldedScalarString):
        # a block scalar's text starts on the line after '|' or '>', indented (usually by 2)
        loc = loc.shifted(1, node.key_loc(key).col + 2)
    return parse_prose(node.text(key, False), loc)


def _names(node: Node, key: str) -> tuple[str, ...]:
    if not node.has(key):
        return ()
    if isinstance(node.data[key], str):
        return (node.data[key],)
    return tuple(text for text, _ in node.str_list(key))


def _required(node: Node, config: Config) -> tuple[str, ...]:
    """Whose adoption puts the plan in force, in the order of plan.yaml."""
    everyone = tuple(p.id for p in config.principals)
    wanted = ids_or_all(node, "required", everyone, "principal")
    return tuple(p for p in everyone if p in wanted)


def _joint(node: Node, config: Config, prepared_by: str, date: dt.date) -> JointBody | None:
    if not node.is_mapping("'joint_body'"):
        return None
    node.unknown_keys(JOINT_KEYS, "'joint_body'")
    name = node.text("name")
    plain = name.lower().translate(str.maketrans("åäöé", "aaoe"))
    jid = node.text("id", False) or re.sub(r"[^a-z0-9]+", "-", plain).strip("-") or "joint"
    if jid in {p.id for p in config.principals}:
        node.diags.error(node.value_loc("id") if node.has("id") else node.loc, ExitCode.CONFIG,
                         t("the joint body's id {jid!r} is also a principal's id", jid=jid),
                         t("give the joint body another 'id:'"))
    proposals = (node.str_list("proposals") if node.has("proposals") else ()) or \
        ((DEFAULT_RECOMMENDATION, node.loc),)
    return JointBody(jid, name, node.text("prepared_by", False, prepared_by),
                     node.date("meeting"), node.date("date", False) if node.has("date") else date,
                     node.text("dnr", False, config.plan.dnr), proposals,
                     _names(node, "send_to") or tuple(p.name for p in config.principals),
                     node.loc)


def _local(node: Node, config: Config) -> dict[str, LocalDecision]:
    if not node.is_mapping("'principals'"):
        return {}
    known = {p.id for p in config.principals}
    out = {}
    for pid in node.data:
        item = node.child(str(pid))
        if str(pid) not in known:
            node.diags.error(node.key_loc(str(pid)), ExitCode.REFERENCE,
                             t("unknown principal {pid!r}", pid=pid),
                             t("principals in plan.yaml: {ids}", ids=", ".join(sorted(known))))
            continue
        if not item.is_mapping(f"'principals: {pid}'"):
            continue
        item.unknown_keys(LOCAL_KEYS, f"'principals: {pid}'")
        out[str(pid)] = LocalDecision(
            dnr=item.text("dnr", False), date=item.date("date") if item.has("date") else None,
            meeting=item.date("meeting") if item.has("meeting") else None,
            unit=item.text("unit", False), contact=item.text("contact", False),
            send_to=_names(item, "send_to"))
    return out


def _check_dates(node: Node, config: Config, dec: DecisionConfig) -> None:
    """A proposal never states a date before its own meeting (warned; an error with --strict)."""
    valid = config.plan.valid_from
    rnd = next((r for r in config.rounds if r.id == dec.round_id), None)
    meetings: list[tuple[str, dt.date | None]] = [(t("the decision round"),
                                                   rnd.date if rnd else None)]
    if dec.joint is not None:
        meetings.append((t("the meeting of {name}", name=dec.joint.name), dec.joint.meeting))
        if dec.joint.meeting < dec.joint.date:
            node.diags.error(dec.joint.loc, ExitCode.CONFIG,
                             t("{name} meets before its tjänsteskrivelse is dated",
                               name=dec.joint.name),
                             t("the meeting comes after the document: check 'meeting' and 'date'"))
        early = [p for p in config.principals if (dec.of(p.id).date or dec.date) <
                 dec.joint.meeting]
        if early:
            node.diags.error(node.value_loc("date"), ExitCode.CONFIG,
                             t("the tjänsteskrivelse to {name} is dated before {joint} meets "
                               "({meeting})", name=early[0].name, joint=dec.joint.name,
                               meeting=dec.joint.meeting.isoformat()),
                             t("the principals' documents follow the joint recommendation: date "
                               "them after its meeting"))
    meetings += [(t("the meeting of {name}", name=config.principal(p).name), loc.meeting)
                 for p, loc in dec.local.items()]
    for what, day in meetings:
        if day is not None and not valid > day:
            node.diags.warn(node.value_loc("round"),
                            t("plan.valid_from ({valid}) is not after {what} ({day}): the text "
                              "says the plan takes effect 'från och med dagen efter att samtliga "
                              "huvudmän har beslutat'", valid=long_date(valid), what=what,
                              day=long_date(day)),
                            t("set plan.valid_from in plan.yaml to a date after the decisions"))
            return
