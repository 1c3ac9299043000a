"""A filled local-text form (.docx) → what each area holds, its identity checked.

An area's table is found by the tag of its text control (Word), else the control's alias, else
the bookmark `_Lokal_<n>` in the table (LibreOffice keeps bookmarks and aliases but drops tags);
a tag or alias that names no area, or an area the form's properties list but the document no
longer has, is an error.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from lxml import etree

from ..errors import Diagnostics, ExitCode, Loc
from ..i18n.messages import t
from ..load.sources import shown
from ..model import Block, Section
from ..ooxml.docxparts import PACKAGE_ERRORS
from ..remiss.forms import w
from .areas_plan import BOOKMARK_RE, FORM_KIND, Area
from .formxml import value_text
from .reader import BlockReader, _flatten
from .wordpkg import WordPackage, read_package


@dataclass(frozen=True)
class FilledArea:
    area: Area
    first: str  # placement (additions) or title (sections)
    second: str  # reason (additions) or the section it follows (new sections)
    blocks: tuple[Block, ...]
    sections: tuple[Section, ...]
    footnotes: dict[str, tuple[Block, ...]]
    problems: tuple[str, ...]


@dataclass(frozen=True)
class FilledForm:
    plan: str
    arena: str
    version: str
    files: dict[str, str]  # source file name → hash when the form was made
    areas: tuple[FilledArea, ...]
    loc: Loc


def _identity(pkg: WordPackage, loc: Loc, diags: Diagnostics) -> tuple[str, str] | None:
    props = pkg.properties
    found = set()
    if props.get("form") == FORM_KIND:
        found.add((props.get("plan", ""), props.get("arena", "")))
    for sdt in pkg.body.iter(w("sdt")):
        tag = sdt.find(f"{w('sdtPr')}/{w('tag')}")
        parts = (tag.get(w("val"), "") if tag is not None else "").split("|")
        if len(parts) == 3 and parts[0] == FORM_KIND:
            found.add((parts[1], parts[2]))
    if not found:
        diags.error(loc, ExitCode.SYNTAX, t("not a local-text form: it has no form identity"),
                    t("import the lokal-text-<arena>.docx written by 'assembler local form'"))
        return None
    if len(found) > 1:
        diags.error(loc, ExitCode.CONFIG,
                    t("the document holds parts of two forms: {forms}",
                      forms=(" " + t("and") + " ").join(f"{p}/{a}" for p, a in sorted(found))),
                    t("copy the text into the form of one arena"))
        return None
    return next(iter(found))


def _areas(props: dict[str, str]) -> dict[int, Area]:
    out = {}
    for key, value in props.items():
        if key.startswith("area.") and key[5:].isdigit():
            area = Area.parse(int(key[5:]), value)
            if area is not None:
                out[area.index] = area
    return out


def _match(tbl: etree._Element, areas: dict[int, Area], loc: Loc,
           diags: Diagnostics) -> Area | None:
    by_tag = {a.tag: a for a in areas.values()}
    by_alias = {a.alias: a for a in areas.values()}
    named: Area | None = None
    for sdt in tbl.iter(w("sdt")):
        tag = sdt.find(f"{w('sdtPr')}/{w('tag')}")
        alias = sdt.find(f"{w('sdtPr')}/{w('alias')}")
        richtext = sdt.find(f"{w('sdtPr')}/{w('richText')}") is not None
        if tag is not None and richtext:
            value = tag.get(w("val"), "")
            named = by_tag.get(value)
            if named is None:
                diags.error(loc, ExitCode.REFERENCE,
                            t("an area is tagged {value!r}, which this form never had (renamed?)",
                              value=value), t("use the form as it was sent out"))
                return None
        elif alias is not None and alias.get(w("val"), "") in by_alias and named is None:
            named = by_alias[alias.get(w("val"), "")]
    marked = None
    for mark in tbl.iter(w("bookmarkStart")):
        m = BOOKMARK_RE.match(mark.get(w("name"), ""))
        if m and int(m.group(1)) in areas:
            marked = areas[int(m.group(1))]
    if named is not None and marked is not None and named != marked:
        diags.error(loc, ExitCode.REFERENCE,
                    t("area {index} is tagged {tag!r} but was made for {tag2!r}",
                      index=marked.index, tag=named.tag, tag2=marked.tag),
                      t("use the form as it was sent out"))
        return None
    return named or marked


def read_local_form(path: Path, diags: Diagnostics,
                    labels: Callable[[str, Area], list[str]]) -> FilledForm | None:
    """Read a filled form; None (with errors in `diags`) if it is not usable."""
    loc = Loc(shown(path), 0, 0)
    try:
        pkg = read_package(path)
    except PACKAGE_ERRORS as exc:
        diags.error(loc, ExitCode.SYNTAX, t("not a readable Word document (.docx): {exc}", exc=exc),
                    t("save the form as a Word document (.docx) and import that"))
        return None
    ident = _identity(pkg, loc, diags)
    if ident is None:
        return None
    areas = _areas(pkg.properties)
    found: dict[int, FilledArea] = {}
    for tbl in (el for el in _flatten(pkg.body) if el.tag == w("tbl")):
        area = _match(tbl, areas, loc, diags)
        rows = tbl.findall(w("tr"))
        if area is None or len(rows) < 3:
            continue
        cells = [r.findall(w("tc"))[-1] for r in rows[:3]]
        owner = area.target if area.kind == "local" else area.target.partition("#")[0]
        reader = BlockReader(pkg, labels(ident[1], area), owner or "nytt")
        blocks, sections = reader.blocks(_flatten(cells[2]), allow_headings=area.kind != "slot")
        found[area.index] = FilledArea(area, value_text(cells[0]), value_text(cells[1]),
                                       tuple(blocks), tuple(sections), reader.inline.notes,
                                       tuple(dict.fromkeys(reader.inline.problems)))
    for index, area in sorted(areas.items()):
        if index not in found:
            diags.error(loc, ExitCode.REFERENCE,
                        t("area {index} ({tag}) is missing from the form (its table or content "
                                                   "control was removed)", index=index,
                                                   tag=area.tag),
                        t("use the form as it was sent out; leave an area empty instead"))
    files = dict(v.split(" ", 1) for k, v in pkg.properties.items()
                 if k.startswith("file.") and " " in v)
    return FilledForm(ident[0], ident[1], pkg.properties.get("version", ""), files,
                      tuple(found[i] for i in sorted(found)), loc)
