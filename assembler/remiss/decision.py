"""The decision document (tjänsteskrivelse): round configuration + ledger → context → .docx.

Like the tjänsteskrivelse of 6 October 2023 it reproduces: a header block, Sammanfattning,
Bakgrund with the remiss summary ("Svar har inkommit från 6 av 9 huvudmän …") and the comments
grouped by section or strategy, each followed by its handling in italics, Ärendet, Förslag till
beslut as numbered self-standing points, Beslutsunderlag and the signature. One per principal,
addressed to its deciding body.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

from ..errors import Diagnostics
from ..model import Config, Principal
from ..swedish import date_range, join_names, long_date
from .catalogue import Catalogue
from .letters import Properties, fill, lower_first, plan_context, plan_name, recipients_text
from .model import GENERAL, HANDLINGS, DecisionConfig, Ledger, principal_names
from .prose import context, expand, expand_blocks

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


def tjansteskrivelse(config: Config, ledger: Ledger, cat: Catalogue, principal: Principal,
                     template: Path, diags: Diagnostics) -> bytes:
    """The decision document for one principal."""
    dec = ledger.round.decision
    assert dec is not None  # checked when the decision run is prepared
    ctx = decision_context(config, ledger, cat, principal, diags)
    props = Properties(f"{dec.document_type} – {plan_name(config)}", principal.name, dec.date)
    return fill(template, ctx, config, props)


def decision_context(config: Config, ledger: Ledger, cat: Catalogue, principal: Principal,
                     diags: Diagnostics) -> dict[str, Any]:
    rc = ledger.round
    dec = rc.decision
    assert dec is not None
    prose_ctx = context(config, rc, dec.round_id, principal)
    plan = plan_context(config)
    return {
        "doc_type": dec.document_type, "date": long_date(dec.date), "dnr": dec.dnr,
        "plan": plan, "title": plan_name(config),
        "authors": [{"name": a.name, "title": a.title, "organisation": a.organisation,
                     "unit": a.unit, "email": a.email,
                     "signature": ", ".join(x for x in (lower_first(a.title),
                                                        a.unit or a.organisation) if x)}
                    for a in config.plan.authors],
        "addressee": addressee(principal),
        "summary": expand_blocks(dec.summary, config, prose_ctx, diags),
        "tally": tally(config, ledger),
        "background": expand_blocks(dec.background, config, prose_ctx, diags),
        "remiss": {"sent": sent_text(config, ledger, prose_ctx, diags),
                   "answers": answers_text(config, ledger)},
        "groups": groups(config, ledger, cat),
        "changes": changes(config, ledger, cat),
        "matter": expand_blocks(dec.matter, config, prose_ctx, diags),
        "proposal_intro": f"{dec.prepared_by} föreslår att {addressee(principal)} fattar "
                          "följande beslut:",
        "proposals": [expand(text, loc, config, prose_ctx, diags) for text, loc in dec.proposals],
        "documents": documents(config, ledger, dec),
        "header": {"left": plan["issuer"], "right": f"{dec.document_type}, dnr {dec.dnr}"},
        "footer": config.plan.region,
    }


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
        return f"Inga svar har inkommit från de {asked} huvudmännen."
    text = f"Svar har inkommit från {len(answered)} av {asked} huvudmän: {join_names(answered)}."
    if missing:
        text += f" Svar har inte inkommit från {join_names(missing)}."
    return text


def tally(config: Config, ledger: Ledger) -> str:
    """The numbers of the remiss in two sentences, for Sammanfattning."""
    comments = [c for _, c in ledger.comments() if c.text]
    text = (f"{plan_name(config)} har varit på remiss under {_period(ledger)}. Svar har "
            f"inkommit från {len(ledger.answered)} av {len(ledger.round.recipients)} huvudmän")
    if not comments:
        return text + "."
    counts = Counter(c.handling for c in comments)
    text += f" med sammanlagt {len(comments)} synpunkter."
    handled = [f"{counts[h]} {TALLY_WORDS[h]}" for h in HANDLINGS if counts[h]]
    if handled:
        text += f" Av synpunkterna har {join_names(handled)}."
    if counts[""]:
        text += f" {counts['']} återstår att hantera."
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


def documents(config: Config, ledger: Ledger, dec: DecisionConfig) -> list[str]:
    """Beslutsunderlag: this document, the plan for decision, the answers, configured extras."""
    rnd = config.round(dec.round_id)
    out = [f"{dec.document_type}, {long_date(dec.date)}",
           f"{plan_name(config)}, {lower_first(rnd.name)}, {long_date(rnd.date)}"]
    names = principal_names(config)
    for response in ledger.responses:
        out.append(f"Remissvar från {names[response.principal]}" +
                   (f", {long_date(response.date)}" if response.date else ""))
    for doc in dec.documents:
        out.append(doc.title + (f", {long_date(doc.date)}" if doc.date else ""))
    return out
