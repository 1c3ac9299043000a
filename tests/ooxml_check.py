"""An independent OOXML sanity check for generated .docx files (used by the tests).

It checks what makes Word or LibreOffice repair or refuse a file: package integrity, references
between parts (styles, numbering, footnotes, relationships, bookmarks), field balance and the
schema order of the property elements we write.
"""

from __future__ import annotations

import posixpath
import zipfile
from collections import Counter

from lxml import etree

from assembler.ooxml import schema

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PR = "http://schemas.openxmlformats.org/package/2006/relationships"
CT = "http://schemas.openxmlformats.org/package/2006/content-types"
NS = {"w": W, "r": R}

# The schema order tables live with the OOXML layer; this check applies them independently of
# the builders that use them.
PPR_ORDER = list(schema.PPR)
RPR_LAST = schema.RPR_LAST
SECT_ORDER = list(schema.SECT_PR)


def _local(tag: str) -> str:
    return tag.split("}", 1)[1] if "}" in tag else tag


def _order_problems(parent: etree._Element, order: list[str], where: str) -> list[str]:
    names = [_local(c.tag) for c in parent if isinstance(c.tag, str)]
    known = [n for n in names if n in order]
    ranks = [order.index(n) for n in known]
    if ranks != sorted(ranks):
        return [f"{where}: children out of schema order: {known}"]
    return []


def check_docx(data: bytes | str) -> list[str]:
    """Return a list of problems; empty means the file is sane."""
    problems: list[str] = []
    zf = zipfile.ZipFile(data if isinstance(data, str) else __import__("io").BytesIO(data))
    names = zf.namelist()
    if len(names) != len(set(names)):
        problems.append("duplicate zip entries")
    for name in names:
        if (name.startswith("/") or "\\" in name or ".." in name.split("/")
                or (len(name) > 1 and name[1] == ":")):
            problems.append(f"member name outside the package root: {name!r}")
    parts: dict[str, etree._Element] = {}
    for name in names:
        if name.endswith(".xml") or name.endswith(".rels"):
            try:
                parts[name] = etree.fromstring(zf.read(name))
            except etree.XMLSyntaxError as exc:
                problems.append(f"{name}: not well-formed: {exc}")
    if problems:
        return problems
    types = parts.get("[Content_Types].xml")
    if types is None:
        return ["missing [Content_Types].xml"]
    defaults = {e.get("Extension") for e in types.iter(f"{{{CT}}}Default")}
    overrides = {e.get("PartName").lstrip("/") for e in types.iter(f"{{{CT}}}Override")}
    for part in overrides - set(names):
        problems.append(f"content type for missing part {part}")
    for name in names:
        if name not in overrides and name.rsplit(".", 1)[-1] not in defaults:
            problems.append(f"{name}: no content type")
    rels_of: dict[str, dict[str, str]] = {}
    for name, root in parts.items():
        if not name.endswith(".rels"):
            continue
        base = posixpath.dirname(posixpath.dirname(name))
        source = posixpath.join(base, posixpath.basename(name)[:-5])
        rels_of[source] = {}
        for rel in root.iter(f"{{{PR}}}Relationship"):
            rels_of[source][rel.get("Id")] = rel.get("Target")
            if rel.get("TargetMode") == "External":
                continue
            target = posixpath.normpath(posixpath.join(base, rel.get("Target")))
            if target not in names:
                problems.append(f"{name}: relationship {rel.get('Id')} to missing {target}")
    doc = parts.get("word/document.xml")
    if doc is None:
        return problems + ["missing word/document.xml"]
    styles = parts.get("word/styles.xml")
    style_ids = {s.get(f"{{{W}}}styleId") for s in styles.iter(f"{{{W}}}style")} if (
        styles is not None) else set()
    numbering = parts.get("word/numbering.xml")
    num_ids = {n.get(f"{{{W}}}numId") for n in numbering.iter(f"{{{W}}}num")} if (
        numbering is not None) else set()
    abstract_ids = {a.get(f"{{{W}}}abstractNumId") for a in numbering.iter(f"{{{W}}}abstractNum")
                    } if numbering is not None else set()
    if numbering is not None:
        for ref in numbering.iter(f"{{{W}}}abstractNumId"):
            if ref.get(f"{{{W}}}val") not in abstract_ids:
                problems.append(f"numbering: w:num refers to missing abstractNum {ref.get(f'{{{W}}}val')}")
    notes = parts.get("word/footnotes.xml")
    note_ids = Counter(n.get(f"{{{W}}}id") for n in notes.iter(f"{{{W}}}footnote")) if (
        notes is not None) else Counter()
    for nid, count in note_ids.items():
        if count > 1:
            problems.append(f"footnotes: id {nid} used {count} times")
    story_parts = [n for n in parts if n.startswith("word/") and _local(parts[n].tag) in
                   ("document", "hdr", "ftr", "footnotes", "endnotes")]
    note_refs: Counter[str] = Counter()
    for name in story_parts:
        root = parts[name]
        for tag, attr, known, what in (("pStyle", "val", style_ids, "style"),
                                       ("rStyle", "val", style_ids, "style"),
                                       ("tblStyle", "val", style_ids, "style"),
                                       ("numId", "val", num_ids | {"0"}, "numbering")):
            for e in root.iter(f"{{{W}}}{tag}"):
                if e.get(f"{{{W}}}{attr}") not in known:
                    problems.append(f"{name}: {tag} refers to missing {what} "
                                    f"{e.get(f'{{{W}}}{attr}')!r}")
        for e in root.iter(f"{{{W}}}footnoteReference"):
            note_refs[e.get(f"{{{W}}}id")] += 1
        rels = rels_of.get(name, {})
        for e in root.iter():
            rid = e.get(f"{{{R}}}id")
            if rid is not None and rid not in rels:
                problems.append(f"{name}: r:id {rid} has no relationship")
        starts = Counter(e.get(f"{{{W}}}id") for e in root.iter(f"{{{W}}}bookmarkStart"))
        ends = Counter(e.get(f"{{{W}}}id") for e in root.iter(f"{{{W}}}bookmarkEnd"))
        if starts != ends or any(c > 1 for c in starts.values()):
            problems.append(f"{name}: bookmarkStart/End ids unpaired or repeated")
        names_ = {e.get(f"{{{W}}}name") for e in root.iter(f"{{{W}}}bookmarkStart")}
        for e in root.iter(f"{{{W}}}hyperlink"):
            anchor = e.get(f"{{{W}}}anchor")
            if anchor is not None and anchor not in names_ and name == "word/document.xml":
                problems.append(f"{name}: hyperlink to missing bookmark {anchor!r}")
        depth = 0
        for e in root.iter(f"{{{W}}}fldChar"):
            kind = e.get(f"{{{W}}}fldCharType")
            depth += {"begin": 1, "end": -1}.get(kind, 0)
            if depth < 0:
                problems.append(f"{name}: field end without begin")
                depth = 0
        if depth:
            problems.append(f"{name}: {depth} field(s) not ended")
        for e in root.iter(f"{{{W}}}t"):
            if any(_local(a.tag) == "del" for a in e.iterancestors()):
                problems.append(f"{name}: w:t inside w:del")
        for ppr in root.iter(f"{{{W}}}pPr"):
            problems += _order_problems(ppr, PPR_ORDER, f"{name} pPr")
        for rpr in root.iter(f"{{{W}}}rPr"):
            kids = [_local(c.tag) for c in rpr]
            if RPR_LAST in kids and kids[-1] != RPR_LAST:
                problems.append(f"{name}: rPrChange not last in rPr")
        for sect in root.iter(f"{{{W}}}sectPr"):
            problems += _order_problems(sect, SECT_ORDER, f"{name} sectPr")
    problems += _revision_id_problems(parts, story_parts)
    for nid, count in note_refs.items():
        if nid not in note_ids:
            problems.append(f"footnoteReference {nid} has no footnote")
        elif count > 1:
            problems.append(f"footnote {nid} referenced {count} times")
    for nid in note_ids:
        if nid not in note_refs and nid not in ("-1", "0"):
            problems.append(f"footnote {nid} is never referenced")
    return problems


REVISION_TAGS = ("ins", "del", "moveFrom", "moveTo", "rPrChange", "pPrChange", "sectPrChange",
                 "tblPrChange", "trPrChange", "tcPrChange", "numberingChange", "cellIns",
                 "cellDel", "cellMerge")


def _revision_id_problems(parts: dict[str, etree._Element], story_parts: list[str]) -> list[str]:
    """Every tracked change has a w:id, unique over the document's stories."""
    seen: Counter[str] = Counter()
    problems = []
    for name in story_parts:
        for tag in REVISION_TAGS:
            for e in parts[name].iter(f"{{{W}}}{tag}"):
                rid = e.get(f"{{{W}}}id")
                if rid is None:
                    problems.append(f"{name}: w:{tag} without w:id")
                else:
                    seen[rid] += 1
    return problems + [f"revision id {rid} used {n} times" for rid, n in seen.items() if n > 1]
