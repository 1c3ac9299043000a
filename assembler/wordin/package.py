"""The Word documents wordin writes (forms, the dialogue report) start from the house
template, with its header, footer and styles, and are finished the same way: body, the form
styles, list instances, footnotes, core and custom properties, a deterministic zip."""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Callable
from pathlib import Path
from typing import Any

from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docxtpl import DocxTemplate
from jinja2 import StrictUndefined
from jinja2.sandbox import SandboxedEnvironment
from lxml import etree

from ..model import Arena, Config, Document, Edition
from ..ooxml.docxparts import (
    add_custom_properties,
    append_to_part,
    related_part,
    set_core_properties,
)
from ..ooxml.zipio import normalize_zip
from ..remiss.forms import PROPERTY_PREFIX
from ..render import oxml
from ..render.docx import template_context
from . import formxml as fx
from .areas import AreaWriter


def word_document(cfg: Config, template: Path, name: str, arena: Arena | None = None
                  ) -> tuple[Any, AreaWriter]:
    """The house template with its fields filled (`name` in the header) and an empty body."""
    edition = Edition(arena.id if arena else "lan", "arena" if arena else "county",
                      cfg.plan.title, name, arena)
    tpl = DocxTemplate(str(template))
    tpl.render(template_context(cfg, Document(edition, (), {}), cfg.current_round),
               jinja_env=SandboxedEnvironment(undefined=StrictUndefined), autoescape=True)
    document = tpl.docx
    part = document.part

    def link_rel(url: str) -> str:
        return str(part.relate_to(url, RT.HYPERLINK, is_external=True))

    body = document.element.body
    for child in list(body):
        if child.tag != oxml.w("sectPr"):
            body.remove(child)
    return document, AreaWriter(link_rel)


def finish(document: Any, writer: AreaWriter, elements: list[etree._Element], cfg: Config,
           title: str, day: dt.date, keywords: str,
           values: list[tuple[str, str]]) -> bytes:
    """Put `elements` in the body and return the finished .docx bytes."""
    body = document.element.body
    for index, element in enumerate(elements):
        body.insert(index, element)
    fx.add_styles(document.styles.element)
    numbering = document.part.numbering_part.element
    for num in writer.nums:
        numbering.append(num)
    notes = related_part(document.part, RT.FOOTNOTES)
    if writer.notes and notes is not None:
        append_to_part(notes, writer.notes)
    set_core_properties(document, title=title, subject=cfg.plan.title,
                        authors=[a.name for a in cfg.plan.authors],
                        language=cfg.plan.language, identifier=cfg.plan.dnr, day=day,
                        keywords=keywords)
    if values:
        add_custom_properties(document, [(PROPERTY_PREFIX + k, v) for k, v in values])
    out = io.BytesIO()
    document.save(out)
    return normalize_zip(out.getvalue())


LinkRel = Callable[[str], str]
