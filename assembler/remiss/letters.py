"""render: cover letter (missiv) and answer form (svarsmall) → .docx through docxtpl templates.

The templates (assembler/templates/missiv.docx, svarsmall.docx, tjansteskrivelse.docx) hold all
wording that is not data; this module only builds their contexts and fills them. Output is
byte-identical for identical input: dates come from the round configuration, never the clock.
"""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from docxtpl import DocxTemplate
from jinja2 import StrictUndefined, TemplateError
from jinja2 import Template as Jinja
from jinja2.sandbox import SandboxedEnvironment

from ..compose import editions
from ..errors import Diagnostics, ExitCode, Loc, fail
from ..i18n.messages import t
from ..model import Config, Edition, Principal, Sources
from ..ooxml.docxparts import PACKAGE_ERRORS, add_custom_properties, set_core_properties
from ..ooxml.package import normalize_zip
from ..swedish import date_range, join_names, long_date
from ..templates.value import Template
from .catalogue import Catalogue
from .forms import FORM_KIND, PROPERTY_PREFIX, form_tag
from .lists import restart_numbered_lists
from .model import RoundConfig
from .prose import context, expand, recipients_text


class _CachingEnvironment(SandboxedEnvironment):
    """Compiles each template source once per process: docxtpl hands the same patched XML to
    `from_string` for every principal, and compiling it costs more than rendering it."""

    def __init__(self) -> None:
        super().__init__(undefined=StrictUndefined)
        self._compiled: dict[str, Jinja] = {}

    def from_string(self, source, globals=None,
    template_class=None):  # type: ignore[no-untyped-def,override]
        key = source if isinstance(source, str) and not globals and not template_class else None
        if key is None:
            return super().from_string(source, globals, template_class)
        if key not in self._compiled:
            self._compiled[key] = super().from_string(source)
        return self._compiled[key]


_ENV = _CachingEnvironment()


@dataclass(frozen=True)
class Properties:
    """Document properties of a generated letter (title, subject, date, custom properties)."""

    title: str
    subject: str
    date: dt.date
    custom: tuple[tuple[str, str], ...] = ()


def fill(template: Template | Path, ctx: dict[str, Any], config: Config,
         props: Properties) -> bytes:
    """Render a docxtpl template (as read by the gathering step; a path is read here) with
    `ctx`; the .docx bytes, deterministic."""
    template = Template.of(template)
    try:
        tpl = DocxTemplate(template.stream())
        tpl.render(ctx, jinja_env=_ENV, autoescape=True)
    except TemplateError as exc:
        raise fail(Loc(str(template), getattr(exc, "lineno", 0) or 0, 0), ExitCode.TEMPLATE,
                   t("template field error: {exc}", exc=exc),
                   t("compare the template's {{ … }} fields with "
                     "assembler/templates/make_letters.py")) from None
    except PACKAGE_ERRORS as exc:
        raise fail(Loc(str(template), 0, 0), ExitCode.TEMPLATE,
                   t("cannot use the template: {exc}", exc=exc),
                   t("regenerate it with python assembler/templates/make_letters.py")) from None
    docx = tpl.docx
    restart_numbered_lists(docx.element.body, docx.styles.element,
                           docx.part.numbering_part.element)
    set_core_properties(docx, title=props.title, subject=props.subject,
                        authors=[a.name for a in config.plan.authors],
                        language=config.plan.language, identifier=config.plan.dnr,
                        day=props.date)
    if props.custom:
        add_custom_properties(docx, props.custom)
    out = io.BytesIO()
    tpl.save(out)
    return normalize_zip(out.getvalue())


# --------------------------------------------------------------------------- shared context


def plan_name(config: Config) -> str:
    """"Gemensam plan för primärvårdsnivå i Jämtland Härjedalen"."""
    plan = config.plan
    return f"{plan.short_title} i {plan.subtitle}" if plan.subtitle else plan.short_title


def plan_context(config: Config) -> dict[str, str]:
    plan = config.plan
    full = f"{plan.title} i {plan.subtitle}" if plan.subtitle else plan.title
    return {"title": plan.title, "short_title": plan.short_title, "subtitle": plan.subtitle,
            "full_name": full,
            "dnr": plan.dnr, "region": plan.region, "issuer": plan.unit or plan.region,
            "name": plan_name(config)}


def reply_context(config: Config, rc: RoundConfig, diags: Diagnostics) -> dict[str, str]:
    ctx = context(config, rc, rc.round_id, None)
    subject = rc.reply_subject or f"Remissvar {config.plan.short_title}, dnr {config.plan.dnr}"
    return {"emails": join_names(list(rc.reply_emails)),
            "subject": expand(subject, rc.loc, config, ctx, diags)}


def editions_for(sources: Sources, pid: str) -> list[Edition]:
    """The county-wide edition and those of the arenas the principal belongs to."""
    return [e for e in editions(sources) if e.arena is None or pid in e.arena.principals]


def edition_title(config: Config, edition: Edition) -> str:
    if edition.arena is None:
        return f"{config.plan.title} – länsgemensam version"
    return f"{config.plan.title} – lokal version för {edition.name}"


def lower_first(text: str) -> str:
    """"Kommunstyrelsen i Bergs kommun" → "kommunstyrelsen i …" mid-sentence; an acronym or a
    name written in capitals ("SVOM", "SamReKo HSI") keeps them."""
    word = text.split(" ", 1)[0]
    if len(word) > 1 and not word[1:].islower():
        return text
    return text[:1].lower() + text[1:]


# --------------------------------------------------------------------------- missiv


def missiv_name(pid: str) -> str:
    return f"missiv-{pid}.docx"


def svarsmall_name(pid: str) -> str:
    return f"svarsmall-{pid}.docx"


def missiv(sources: Sources, rc: RoundConfig, principal: Principal, template: Template,
           diags: Diagnostics, pdf: bool = False) -> bytes:
    """The cover letter to one principal: what is asked, the documents, how and when to answer."""
    config = sources.config
    plan = plan_context(config)
    intro = (f"Den {long_date(rc.decided)} beslutade {rc.decided_by} att {plan['name']} skickas "
             f"på remiss till {recipients_text(config, rc.recipients)}." if rc.decided else
             f"{plan['name']} skickas på remiss till {recipients_text(config, rc.recipients)}.")
    shipped = "PDF" if pdf else "Word"  # the answer form itself always stays .docx
    docs = [{"title": edition_title(config, e), "format": shipped}
            for e in editions_for(sources, principal.id)]
    docs.append({"title": "Svarsmall", "format": "Word"})
    ctx = {
        "doc_type": "Missiv", "date": long_date(rc.letter_date), "plan": plan,
        "recipient": {"name": principal.name, "decision_body": principal.decision_body},
        "intro": intro, "political": rc.political,
        "question": expand(rc.question, rc.loc, config,
                           context(config, rc, rc.round_id, principal), diags),
        "documents": docs, "reply": reply_context(config, rc, diags),
        "deadline": long_date(rc.deadline(principal.id)), "period": date_range(rc.start, rc.end),
        "contacts": [{"name": c.name, "title_lower": lower_first(c.title),
                      "line": ", ".join(x for x in (c.name, c.title, c.organisation, c.email) if x)}
                     for c in rc.contacts],
        "header": {"left": plan["issuer"], "right": f"Remiss, dnr {config.plan.dnr}"},
        "footer": config.plan.region,
    }
    props = Properties(f"Missiv – remiss {plan['name']}", principal.name, rc.letter_date)
    return fill(template, ctx, config, props)


# --------------------------------------------------------------------------- svarsmall


def svarsmall(config: Config, rc: RoundConfig, cat: Catalogue, principal: Principal,
              template: Template, diags: Diagnostics) -> bytes:
    """The answer form: one table per section/strategy with a position drop-down and comments."""
    plan = plan_context(config)
    refs = cat.form_sections()
    sections = [{"index": i, "id": s.id, "heading": s.heading,
                 "position_id": 100 + 2 * i, "comments_id": 101 + 2 * i}
                for i, s in enumerate(refs, 1)]
    tag = form_tag(rc.round_id, principal.id)
    ctx = {
        "plan": plan, "round": {"name": rc.name}, "principal": {"name": principal.name},
        "deadline": long_date(rc.deadline(principal.id)), "reply": reply_context(config, rc, diags),
        "form": {"tag": tag, "sdt_id": 1, "contact_id": 2, "date_id": 3, "body_id": 4,
                 "decision_date_id": 5, "paragraph_id": 6},
        "sections": sections,
        "header": {"left": f"Svarsmall – {principal.name}", "right": f"Dnr {config.plan.dnr}"},
        "footer": plan["name"],
    }
    custom = ((f"{PROPERTY_PREFIX}form", FORM_KIND), (f"{PROPERTY_PREFIX}round", rc.round_id),
              (f"{PROPERTY_PREFIX}principal", principal.id),
              (f"{PROPERTY_PREFIX}plan", config.plan.dnr),
              (f"{PROPERTY_PREFIX}sections", ",".join(s.id for s in refs)))
    props = Properties(f"Svarsmall – remiss {plan['name']}", principal.name, rc.letter_date,
                       custom)
    return fill(template, ctx, config, props)
