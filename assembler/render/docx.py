"""render: a resolved `Document` → .docx bytes through the docxtpl house template.

docxtpl fills the template's `{{ … }}` fields (cover page, header, footer); the `{{ toc }}` and
`{{ body }}` paragraphs are then replaced by the generated table of contents and plan text.
"""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path
from typing import Any

from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docxtpl import DocxTemplate
from jinja2 import StrictUndefined, TemplateError
from jinja2.sandbox import SandboxedEnvironment
from lxml import etree

from ..errors import ExitCode, Loc, fail, shown
from ..i18n.messages import t
from ..model import Config, Document
from ..ooxml.docxparts import PACKAGE_ERRORS, append_to_part, related_part, set_core_properties
from ..ooxml.zipio import normalize_zip
from ..phrases import Phrases
from ..resolve import base_context
from ..swedish import long_date
from ..templates.value import Template
from . import oxml
from .body import BodyWriter
from .contents import page_numbers
from .frame import track_frame
from .images import add_media
from .marks import shift_inserted_marks
from .origins import OriginMarks, add_properties, model_hash
from .styles import BODY_MARKER, REQUIRED_STYLES, TOC_MARKER


def template_context(config: Config, doc: Document, round_id: str) -> dict[str, Any]:
    """What `{{ … }}` fields in the house template can use."""
    plan = config.plan
    edition = doc.edition
    phrases = Phrases.of(config.phrases)
    heading = (phrases("county_heading", county=plan.county) if edition.arena is None
               else phrases("arena_heading", arena=edition.arena.label, name=edition.name))
    flat = base_context(config, edition, round_id)
    nested: dict[str, Any] = {}
    for key, value in flat.items():
        node = nested
        *parents, leaf = key.split(".")
        for part in parents:
            node = node.setdefault(part, {})
        node[leaf] = long_date(value) if isinstance(value, dt.date) else value
    rnd = next((r for r in config.rounds if r.id == round_id), None)
    nested["plan"].update(  # the document is dated and versioned by its round
        date_text=long_date(rnd.date if rnd else plan.date),
        version=(rnd.version if rnd else "") or plan.version,
        valid_from_text=flat["decisions.in_force_date"],
        issuer=plan.unit or plan.region,
        authors=[{"name": a.name, "title": a.title, "organisation": a.organisation,
                  "unit": a.unit, "email": a.email} for a in plan.authors],
    )
    nested.setdefault("round", {"name": "", "date": ""})
    nested["edition"].update(heading=heading, id=edition.id, kind=edition.kind)
    nested["vars"] = {k: v for k, (v, _) in config.variables.items()}
    nested["body"] = BODY_MARKER
    nested["toc"] = TOC_MARKER
    return nested


def _replace_marker(body: etree._Element, marker: str, elements: list[etree._Element],
                    template: Template) -> None:
    for para in body.iter(oxml.w("p")):
        parent = para.getparent()
        if parent is not None and oxml.text_of(para).strip() == marker:
            index = parent.index(para)
            parent.remove(para)
            for offset, element in enumerate(elements):
                parent.insert(index + offset, element)
            return
    name = marker.strip("⟦⟧")
    raise fail(Loc(str(template), 1, 1), ExitCode.TEMPLATE,
               t("the template has no paragraph holding only {{{{ {name} }}}}", name=name),
               t("add a paragraph with just '{{{{ {name} }}}}' where the {name} should go",
                 name=name))


def _check_styles(tpl: DocxTemplate, template: Template) -> None:
    ids = {s.style_id for s in tpl.docx.styles}
    missing = [s for s in REQUIRED_STYLES if s not in ids]
    if missing:
        raise fail(Loc(str(template), 1, 1), ExitCode.TEMPLATE,
                   t("the template lacks styles: {styles}", styles=", ".join(missing)),
                   t("start from the packaged plan.docx and keep its style names"))


def _filled(template: Template, config: Config, doc: Document, round_id: str) -> DocxTemplate:
    """The house template with its `{{ … }}` fields filled for one round."""
    try:
        tpl = DocxTemplate(template.stream())
        env = SandboxedEnvironment(undefined=StrictUndefined)
        tpl.render(template_context(config, doc, round_id), jinja_env=env, autoescape=True)
        return tpl
    except TemplateError as exc:
        raise fail(Loc(str(template), getattr(exc, "lineno", 0) or 0, 0), ExitCode.TEMPLATE,
                   t("template field error: {exc}", exc=exc)) from None
    except PACKAGE_ERRORS as exc:
        raise fail(Loc(shown(template.path)), ExitCode.TEMPLATE,
                   t("cannot use the template: {exc}", exc=exc),
                   t("give an existing house template, or leave --template out")) from None


def render(doc: Document, config: Config, round_id: str, template: Template | Path,
           arena_names: dict[str, str], revision: tuple[str, str] | None = None,
           old_round: str = "", old_docx: bytes | None = None,
           origins: OriginMarks | None = None) -> bytes:
    """The finished .docx of one edition, byte-identical for identical input.

    `revision` (author, ISO date) is needed when `doc` carries tracked changes (see revise);
    with `old_round` the template's own lines (cover, header) are tracked against that round's
    frozen output `old_docx` (or, without it, the template filled for that round).
    A clean edition carries origin markers (render/origins.py), collected into `origins`.
    `template`: the house template as read by the gathering step (a path is read here)."""
    template = Template.of(template)
    tpl = _filled(template, config, doc, round_id)
    _check_styles(tpl, template)
    part = tpl.docx.part

    def link_rel(url: str) -> str:
        return part.relate_to(url, RT.HYPERLINK, is_external=True)

    writer = BodyWriter(doc, link_rel, arena_names, revision, Phrases.of(config.phrases),
                        {a.id: a.label for a in config.arenas},
                        config.plan.show_override_reasons)
    writer.image_rel = add_media(part)
    if revision is None:
        writer.origins = origins if origins is not None else OriginMarks()
    body_elements = writer.body()
    shift_inserted_marks(body_elements, writer.next_id)
    numbering = part.numbering_part.element
    for num in writer.nums:
        numbering.append(num)
    if revision is not None and old_round:
        def stamp(kind: str) -> oxml.Stamp:
            value = writer.stamp(kind)
            assert value is not None
            return value

        old = _frozen_frame(old_docx) if old_docx else None
        track_frame(tpl, old or _filled(template, config, doc, old_round).docx, stamp,
                    lambda p: oxml.text_of(p).strip() in (BODY_MARKER, TOC_MARKER))
    body = tpl.docx.element.body
    pages = page_numbers(body, tpl.docx.styles.element, numbering, tpl.docx.settings.element,
                         writer.toc_paragraphs, body_elements, writer.notes)
    _replace_marker(body, TOC_MARKER, writer.toc_paragraphs(pages), template)
    _replace_marker(body, BODY_MARKER, body_elements, template)
    notes_part = related_part(part, RT.FOOTNOTES)
    if writer.notes:
        if notes_part is None:
            raise fail(Loc(str(template), 0, 0), ExitCode.TEMPLATE,
                       t("the template has no footnotes part"),
                       t("start from the packaged plan.docx"))
        append_to_part(notes_part, writer.notes)
    _core_properties(tpl, config, doc, round_id)
    if revision is None:
        add_properties(tpl.docx, {"edition": doc.edition.id, "round": round_id,
                                  "plan": config.plan.dnr, "sources": model_hash(doc)})
    out = io.BytesIO()
    tpl.save(out)
    return normalize_zip(out.getvalue())


def _frozen_frame(data: bytes) -> Any:
    """The frozen round's .docx as a python-docx document (None when it cannot be read)."""
    import docx

    try:
        return docx.Document(io.BytesIO(data))
    except PACKAGE_ERRORS:
        return None


def _core_properties(tpl: DocxTemplate, config: Config, doc: Document, round_id: str) -> None:
    plan = config.plan
    rnd = next((r for r in config.rounds if r.id == round_id), None)
    set_core_properties(tpl.docx, title=plan.title, subject=doc.edition.name,
                        authors=[a.name for a in plan.authors],
                        language=plan.language, identifier=plan.dnr,
                        day=rnd.date if rnd else plan.date,
                        version=(rnd.version if rnd else "") or plan.version,
                        keywords=f"{plan.county}; {doc.edition.id}")
