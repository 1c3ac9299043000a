"""`assembler check` on templates: every template a run can pick (packaged, --templates, the plan
folder's own, and each principal's) is readable, its fields parse, it has the markers the tool
fills and every style it or the tool uses exists.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from docxtpl import DocxTemplate
from jinja2 import TemplateError

from ..errors import Diagnostics, ExitCode, Loc, shown
from ..i18n.messages import t
from ..load.schema import suggest
from ..ooxml.docxparts import PACKAGE_ERRORS
from ..ooxml.ns import qn
from ..ooxml.zipio import Parts
from . import NAMES, Templates, packaged
from .value import Template

_STYLE_REFS = (qn("w:pStyle"), qn("w:rStyle"), qn("w:tblStyle"))
# Fields the tool needs in a template: without them its content has nowhere to go (plan), or
# the filled form cannot be read back (svarsmall: every form.* and s.* field of the packaged one).
REQUIRED_FIELDS = {"plan": ("body", "toc")}
_FIELD = re.compile(r"\{\{\s*((?:form|s)\.\w+)\s*\}\}")


def _styles(parts: Parts) -> set[str]:
    root = parts.xml("word/styles.xml")
    if root is None:
        return set()
    return {s.get(qn("w:styleId"), "") for s in root.iter(qn("w:style"))}


def _used_styles(parts: Parts) -> set[str]:
    """The styles the template's parts refer to (paragraph, character and table styles)."""
    used: set[str] = set()
    for name in parts.names():
        root = parts.xml(name) if name.startswith("word/") and name.endswith(".xml") and \
            name != "word/styles.xml" else None
        if root is not None:
            used.update(v for el in root.iter(*_STYLE_REFS) if (v := el.get(qn("w:val"))))
    return used


def _fields(template: Template) -> set[str]:
    """The template's variables, and (for answer forms) its form.* and s.* fields."""
    tpl = DocxTemplate(template.stream())
    tpl.init_docx()
    found = set(_FIELD.findall(tpl.patch_xml(tpl.get_xml())))
    return set(tpl.get_undeclared_template_variables()) | found


@cache
def _packaged_fields(name: str) -> frozenset[str]:
    return frozenset(_fields(Template.read(packaged(name))))


def _required(name: str) -> list[str]:
    if name == "svarsmall":
        return sorted(f for f in _packaged_fields(name) if "." in f)
    return list(REQUIRED_FIELDS.get(name, ()))


def verify(name: str, path: Path, diags: Diagnostics) -> None:
    """Report what makes `path` unusable as the template `name` (a key of NAMES)."""
    loc = Loc(shown(path))
    try:
        template = Template(path, path.read_bytes())  # read once, parsed from memory
        with Parts(template.stream()) as parts:
            have, used = _styles(parts), _used_styles(parts)
        fields = _fields(template)
    except PACKAGE_ERRORS as exc:
        diags.error(loc, ExitCode.TEMPLATE, t("cannot read the template: {exc}", exc=exc),
                    t("start from the packaged {NAMES}", NAMES=NAMES[name]))
        return
    except TemplateError as exc:
        diags.error(Loc(shown(path), getattr(exc, "lineno", 0) or 0), ExitCode.TEMPLATE,
                    t("template field error: {exc}", exc=exc),
                    t("fix the {{ … }} or {% … %} field"))
        return
    missing = [f for f in _required(name) if f not in fields]
    if missing:
        diags.error(loc, ExitCode.TEMPLATE,
                    t("the template lacks the fields {fields}",
                      fields=", ".join(f"{{{{ {f} }}}}" for f in missing)),
                    t("keep them as in the packaged {name}", name=NAMES[name]))
    required = set(_required_styles(name)) | used
    absent = sorted(s for s in required if s not in have)
    if absent:
        diags.error(loc, ExitCode.TEMPLATE,
                    t("the template lacks styles: {styles}", styles=", ".join(absent)),
                    t("start from the packaged {name} and keep its style names", name=NAMES[name]))
    if name != "plan":
        unknown = sorted(f for f in fields - _packaged_fields(name) if "." not in f)
        if unknown:
            diags.warn(loc, t("the template uses fields the packaged one does not: {fields}",
                              fields=", ".join(unknown)),
                       t("the tool may not fill them; the build then fails"))


def _required_styles(name: str) -> tuple[str, ...]:
    if name == "plan":
        from ..render.styles import REQUIRED_STYLES

        return REQUIRED_STYLES
    return ()


def verify_all(templates: Templates, diags: Diagnostics) -> int:
    """Verify every template a run can pick; returns how many were checked."""
    found = templates.every()
    for name, _, path in found:
        verify(name, path, diags)
    return len(found)


def unknown_owners(templates: Templates, known: set[str], diags: Diagnostics) -> None:
    """Warn of a folder under templates/ that is named by no principal (nor the joint body):
    its templates would never be used, silently (a typo in `templates/bergs/`)."""
    for folder in (templates.override, templates.plan_folder):
        if folder is None or not folder.is_dir():
            continue
        for sub in sorted(p for p in folder.iterdir() if p.is_dir() and p.name not in known):
            if not any(sub.glob("*.docx")):
                continue
            diags.warn(Loc(shown(sub)),
                       t("templates folder {name!r} is named by no principal: its templates are "
                         "never used", name=sub.name),
                       suggest(sub.name, known)
                       + t("name it by a principal's id: {ids}", ids=", ".join(sorted(known))))
