"""The decision document (tjänsteskrivelse): round configuration + ledger → context → .docx.

Like the tjänsteskrivelse of 6 October 2023 it reproduces: a header block, Sammanfattning,
Bakgrund with the remiss summary ("Svar har inkommit från 6 av 9 huvudmän …") and the comments
grouped by section or strategy, each followed by its handling in italics, Ärendet, Förslag till
beslut as numbered self-standing points, Beslutsunderlag and the signature. One per principal,
addressed to its deciding body.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, replace
from typing import Any

from ..decisions import process_of
from ..decisions import variables as decision_variables
from ..errors import Diagnostics
from ..model import Config, Principal
from ..swedish import date_range, join_names, long_date, number_text
from ..templates.value import Template
from .catalogue import Catalogue
from .letters import Properties, fill, lower_first, plan_context, plan_name
from .model import GENERAL, HANDLINGS, DecisionConfig, Ledger, principal_names
from .positions import against, position_intro, position_rows
from .prose import context, expand, expand_blocks, recipients_text

UNHANDLED = "Hanteringen av synpunkten är inte klar."
TALLY_WORDS = {"accepted": "beaktats", "partly accepted": "beaktats delvis",
               "not accepted": "inte beaktats", "noted": "noterats"}


def tjansteskrivelse_name(pid: str) -> str:
    return f"tjansteskrivelse-{pid}.docx"


def addressee(principal: Principal) -> str:
    """"Kommunstyrelsen i Krokoms kommun"; a region's board needs no "i …"."""
    if principal.kind == "region":
        return principal.decision_body
    return f"{principal.decision_body} i {principal.name}"


@dataclass(frozen=True)
class Recipient:
    """Whom a tjänsteskrivelse goes to: one principal's deciding body, or the joint body."""

    id: str
    addressee: str        # capitalised, for the address line
    date: dt.date
    dnr: str
    unit: str
    contact: str
    prepared_by: str
    send_to: tuple[str, ...]
    principal: Principal | None = None  # None: the joint body


def recipient(config: Config, dec: DecisionConfig, pid: str) -> Recipient:
    """The principal `pid`, or the joint body when `pid` is its id."""
    if dec.joint is not None and pid == dec.joint.id:
        j = dec.joint
        return Recipient(j.id, j.name, j.date, j.dnr, "", "", j.prepared_by, j.send_to)
    principal = config.principal(pid)
    local = dec.of(pid)
    # the plan's dnr is the region's own case number: not printed on a municipality's document
    dnr = local.dnr or (dec.dnr if principal.kind == "region" else "")
    return Recipient(pid, addressee(principal), local.date or dec.date, dnr, local.unit,
                     local.contact, dec.prepared_by, local.send_to or dec.send_to, principal)


def tjansteskrivelse(config: Config, ledger: Ledger, cat: Catalogue, pid: str,
                     template: Template, diags: Diagnostics, sent: tuple[str, ...] = ()) -> bytes:
    """The decision document for one principal or for the joint body; `sent`: the titles of
    the plan documents that go with it."""
    dec = ledger.round.decision
    assert dec is not None  # checked when the decision run is prepared
    to = recipient(config, dec, pid)
    ctx = decision_context(config, ledger, cat, to, diags, sent)
    props = Properties(f"{dec.document_type} – {plan_name(config)}", to.addressee, to.date)
    return fill(template, ctx, config, props)


def decision_context(config: Config, ledger: Ledger, cat: Catalogue, to: Recipient,
                     diags: Diagnostics, sent: tuple[str, ...] = ()) -> dict[str, Any]:
    rc = ledger.round
    dec = rc.decision
    assert dec is not None
    prose_ctx = context(config, rc, dec.round_id, to.principal)
    process = process_of(config, dec.round_id)
    if process is not None:  # a proposal knows only the decisions made before it is written
        known = tuple(d for d in process.decisions if d.date <= to.date)
        prose_ctx.update(decision_variables(config, replace(process, decisions=known)))
    plan = plan_context(config)
    joint = to.principal is None and dec.joint is not None
    proposals = dec.joint.proposals if joint and dec.joint else dec.proposals
    verb = "beslutar att:" if joint else "fattar följande beslut:"
    return {
        "doc_type": dec.document_type, "date": long_date(to.date),
        "dnr": to.dnr, "dnr_line": f"Dnr: {to.dnr}" if to.dnr else "",
        "plan": {**plan, "issuer": to.unit or plan["issuer"]}, "title": plan_name(config),
        "authors": [{"name": a.name, "title": a.title, "organisation": a.organisation,
                     "unit": a.unit, "email": a.email,
                     "signature": ", ".join(x for x in (lower_first(a.title),
                                                        a.unit or a.organisation) if x)}
                    for a in config.plan.authors],
        "contact": to.contact,
        "addressee": to.addressee,
        "summary": expand_blocks(dec.summary, config, prose_ctx, diags),
        "tally": tally(config, ledger),
        "against": against(config, ledger, cat),
        "background": expand_blocks(dec.background, config, prose_ctx, diags),
        "remiss": {"sent": sent_text(config, ledger, prose_ctx, diags),
                   "answers": answers_text(config, ledger),
                   "recommended": "" if joint else recommended_text(config, ledger)},
        "positions": {"intro": position_intro(ledger, cat),
                      "rows": position_rows(ledger, cat)},
        "groups": groups(config, ledger, cat),
        "changes": changes(config, ledger, cat),
        "matter": expand_blocks(dec.matter, config, prose_ctx, diags),
        "proposal_intro": f"{to.prepared_by} föreslår att {lower_first(to.addressee)} {verb}",
        "proposals": [expand(text, loc, config, prose_ctx, diags) for text, loc in proposals],
        "documents": documents(config, ledger, dec, to, sent),
        "send_to": list(to.send_to),
        "header": {"left": to.unit or plan["issuer"],
                   "right": f"{dec.document_type}, dnr {to.dnr}" if to.dnr else dec.document_type},
        "footer": config.plan.region,
    }


def recommended_text(config: Config, ledger: Ledger) -> str:
    """"Den 20 oktober 2023 beslutade SVOM att rekommendera …" (empty without a joint body)."""
    dec = ledger.round.decision
    if dec is None or dec.joint is None:
        return ""
    return (f"Den {long_date(dec.joint.meeting)} beslutade {dec.joint.name} att rekommendera "
            f"{recipients_text(config, ledger.round.recipients)} att ställa sig bakom "
            f"strategier och prioriterade aktiviteter i {plan_name(config)}.")


def sent_text(config: Config, ledger: Ledger, ctx: dict[str, Any], diags: Diagnostics) -> str:
    rc = ledger.round
    question = expand(rc.question, rc.loc, config, ctx, diags)
    who = recipients_text(config, rc.recipients)
    start = (f"Den {long_date(rc.decided)} beslutade {rc.decided_by} att ställa sig bakom att "
             if rc.decided else "")
    verb = "skickas ut" if rc.decided else "skickades ut"
    first = f"{start}{plan_name(config)} {verb} på remiss till {who} för {question}."
    return f"{first[:1].upper()}{first[1:]} Remissrundan pågick {_period(ledger)}."


def _period(ledger: Ledger) -> str:
    return date_range(ledger.round.start, ledger.round.end)


def answers_text(config: Config, ledger: Ledger) -> str:
    """"Svar har inkommit från 6 av 9 huvudmän: … Svar har inte inkommit från …"."""
    asked = len(ledger.round.recipients)
    names = principal_names(config)
    answered = [names[p] for p in ledger.answered]
    missing = [names[p] for p in ledger.missing]
    if not answered:
        return f"Inga svar har inkommit från de {number_text(asked)} huvudmännen."
    text = (f"Svar har inkommit från {number_text(len(answered))} av {number_text(asked)} "
            f"huvudmän: {join_names(answered)}.")
    if missing:
        text += f" Svar har inte inkommit från {join_names(missing)}."
    return text


def tally(config: Config, ledger: Ledger) -> str:
    """The numbers of the remiss in two sentences, for Sammanfattning."""
    comments = [c for _, c in ledger.comments() if c.text]
    text = (f"{plan_name(config)} har varit på remiss under {_period(ledger)}. Svar har "
            f"inkommit från {number_text(len(ledger.answered))} av "
            f"{number_text(len(ledger.round.recipients))} huvudmän")
    if not comments:
        return text + "."
    counts = Counter(c.handling for c in comments)
    many = "synpunkter" if len(comments) > 1 else "synpunkt"
    text += f" med sammanlagt {number_text(len(comments))} {many}."
    handled = [f"{number_text(counts[h])} {TALLY_WORDS[h]}" for h in HANDLINGS if counts[h]]
    if handled:
        text += f" Av synpunkterna har {join_names(handled)}."
    if counts[""]:
        text += f" {number_text(counts['']).capitalize()} återstår att hantera."
    return text


def groups(config: Config, ledger: Ledger, cat: Catalogue) -> list[dict[str, Any]]:
    """Comments with text, grouped by section in plan order; the plan as a whole first."""
    by_section: dict[str, list[dict[str, str]]] = {}
    names = principal_names(config)
    for response, c in ledger.comments():
        if not c.text:
            continue
        handling = c.explanation or (c.change if c.handling != "noted" else "")
        by_section.setdefault(c.section, []).append({
            "text": " ".join(c.text.split()), "who": f" ({names[response.principal]})",
            "handling": f" {handling}" if handling else "" if c.handling else f" {UNHANDLED}",
        })
    out = []
    for sid in sorted(by_section, key=cat.order):
        ref = cat.get(sid)
        label = ref.label if ref else sid
        many = len(by_section[sid]) > 1
        out.append({"general": sid == GENERAL, "comments": by_section[sid],
                    "intro": f"Följande {'synpunkter' if many else 'synpunkt'} gällande {label} "
                             f"har inkommit:"})
    return out


def changes(config: Config, ledger: Ledger, cat: Catalogue) -> list[dict[str, str]]:
    """Every change made after the remiss, once, with the principals whose comments caused it."""
    merged: dict[str, list[str]] = {}
    names = principal_names(config)
    for response, c in sorted(ledger.comments(), key=lambda rc_: cat.order(rc_[1].section)):
        if c.change and c.handling in ("accepted", "partly accepted"):
            who = merged.setdefault(c.change, [])
            if names[response.principal] not in who:
                who.append(names[response.principal])
    return [{"text": text, "why": f"Ändrat efter synpunkt från {join_names(who)}."}
            for text, who in merged.items()]


def documents(config: Config, ledger: Ledger, dec: DecisionConfig, to: Recipient,
               sent: tuple[str, ...] = ()) -> list[str]:
    """Beslutsunderlag: every document the recipient receives, with its date."""
    rnd = config.round(dec.round_id)
    out = [f"{dec.document_type}, {long_date(to.date)}"]
    if dec.joint is not None and to.principal is not None:
        out.append(f"{dec.document_type} till {dec.joint.name}, {long_date(dec.joint.date)}")
        out.append(f"Protokollsutdrag {dec.joint.name}, rekommendation, "
                   f"{long_date(dec.joint.meeting)}")
    titles = sent or (f"{plan_name(config)}, {lower_first(rnd.name)}",)
    out += [f"{title}, {long_date(rnd.date)}" for title in titles]
    names = principal_names(config)
    for response in ledger.responses:
        out.append(f"Remissvar från {names[response.principal]}" +
                   (f", {long_date(response.date)}" if response.date else ""))
    for doc in dec.documents:
        out.append(doc.title + (f", {long_date(doc.date)}" if doc.date else ""))
    return out
