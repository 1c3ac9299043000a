"""The parts of a .docx that the reader needs besides the body: styles (list and character
formatting inherited through `basedOn`), numbering (bullet or number, start), hyperlink targets,
footnotes and custom properties. Read with the same parser settings as the answer form."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

from lxml import etree

from ..ooxml.ns import qn
from ..ooxml.zipio import Parts
from ..remiss.forms import PROPERTY_PREFIX, w


def _on(el: etree._Element | None) -> bool:
    return el is not None and el.get(w("val"), "true") not in ("0", "false", "off", "none")


@dataclass
class WordPackage:
    body: etree._Element
    styles: dict[str, etree._Element] = field(default_factory=dict)
    nums: dict[str, tuple[str, dict[int, int]]] = field(default_factory=dict)
    abstracts: dict[str, dict[int, tuple[str, int]]] = field(default_factory=dict)
    links: dict[str, str] = field(default_factory=dict)
    footnotes: dict[str, etree._Element] = field(default_factory=dict)
    comments: dict[str, etree._Element] = field(default_factory=dict)
    properties: dict[str, str] = field(default_factory=dict)
    identifier: str = ""  # dc:identifier of the core properties (the plan's dnr)

    # -- styles
    def style_chain(self, sid: str) -> list[etree._Element]:
        out: list[etree._Element] = []
        while sid and sid in self.styles and len(out) < 20:
            style = self.styles[sid]
            out.append(style)
            based = style.find(w("basedOn"))
            sid = based.get(w("val"), "") if based is not None else ""
        return out

    def char_format(self, sid: str) -> tuple[bool, bool]:
        """(bold, italic) a character style gives; Strong/Emphasis by name as well."""
        if sid in ("Strong", "Emphasis"):
            return sid == "Strong", sid == "Emphasis"
        bold = italic = False
        for style in self.style_chain(sid):
            rpr = style.find(w("rPr"))
            if rpr is not None:
                bold = bold or _on(rpr.find(w("b")))
                italic = italic or _on(rpr.find(w("i")))
        return bold, italic

    def style_numpr(self, sid: str) -> tuple[str, int] | None:
        for style in self.style_chain(sid):
            numpr = style.find(f"{w('pPr')}/{w('numPr')}")
            if numpr is not None:
                num = numpr.find(w("numId"))
                lvl = numpr.find(w("ilvl"))
                return (num.get(w("val"), "0") if num is not None else "0",
                        int(lvl.get(w("val"), "0")) if lvl is not None else 0)
        return None

    def outline_level(self, sid: str) -> int | None:
        for style in self.style_chain(sid):
            lvl = style.find(f"{w('pPr')}/{w('outlineLvl')}")
            if lvl is not None:
                return int(lvl.get(w("val"), "9"))
        return None

    # -- numbering
    def list_kind(self, num_id: str, ilvl: int) -> tuple[bool, int, str, bool]:
        """(ordered, start, abstract id, restarts) of a list level. Lists are told apart as
        Word does: items of one w:abstractNum continue one list unless their w:num restarts
        the level (LibreOffice writes a restarted list as two nums of one definition)."""
        abstract, overrides = self.nums.get(num_id, ("", {}))
        fmt, start = self.abstracts.get(abstract, {}).get(ilvl, ("bullet", 1))
        return (fmt not in ("bullet", "none"), overrides.get(ilvl, start), abstract,
                ilvl in overrides)


def _numbering(pkg: WordPackage, root: etree._Element | None) -> None:
    if root is None:
        return
    for ab in root.iter(w("abstractNum")):
        levels: dict[int, tuple[str, int]] = {}
        for lvl in ab.findall(w("lvl")):
            fmt = lvl.find(w("numFmt"))
            start = lvl.find(w("start"))
            levels[int(lvl.get(w("ilvl"), "0"))] = (
                fmt.get(w("val"), "decimal") if fmt is not None else "decimal",
                int(start.get(w("val"), "1")) if start is not None else 1)
        pkg.abstracts[ab.get(w("abstractNumId"), "")] = levels
    for num in root.iter(w("num")):
        ab_id = num.find(w("abstractNumId"))
        overrides = {}
        for ov in num.findall(w("lvlOverride")):
            start = ov.find(w("startOverride"))
            if start is not None:
                overrides[int(ov.get(w("ilvl"), "0"))] = int(start.get(w("val"), "1"))
        pkg.nums[num.get(w("numId"), "")] = (
            ab_id.get(w("val"), "") if ab_id is not None else "", overrides)


def read_package(path: Path | IO[bytes]) -> WordPackage:
    """Raises one of ooxml.docxparts.PACKAGE_ERRORS (OSError, zipfile.BadZipFile, KeyError,
    ValueError or XMLSyntaxError)."""
    with Parts(path) as zf:  # capped at ooxml.parse.FOREIGN_PART a part
        root = zf.xml("word/document.xml")
        body = root.find(w("body")) if root is not None else None
        if body is None:
            raise KeyError("word/document.xml has no body")
        pkg = WordPackage(body)
        styles = zf.xml("word/styles.xml")
        for style in styles.iter(w("style")) if styles is not None else ():
            pkg.styles[style.get(w("styleId"), "")] = style
        _numbering(pkg, zf.xml("word/numbering.xml"))
        rels = zf.xml("word/_rels/document.xml.rels")
        for rel in rels.iter(qn("pr:Relationship")) if rels is not None else ():
            pkg.links[rel.get("Id", "")] = rel.get("Target", "")
        for part, tag, store in (("word/footnotes.xml", "footnote", pkg.footnotes),
                                 ("word/comments.xml", "comment", pkg.comments)):
            root = zf.xml(part)
            for el in root.iter(w(tag)) if root is not None else ():
                store[el.get(w("id"), "")] = el
        core = zf.xml("docProps/core.xml")
        ident = core.find(qn("dc:identifier")) if core is not None else None
        pkg.identifier = (ident.text or "").strip() if ident is not None else ""
        custom = zf.xml("docProps/custom.xml")
        for prop in custom.iter(qn("op:property")) if custom is not None else ():
            name = prop.get("name", "")
            if name.startswith(PROPERTY_PREFIX):
                pkg.properties[name[len(PROPERTY_PREFIX):]] = "".join(
                    str(t) for t in prop.itertext()).strip()
    return pkg
