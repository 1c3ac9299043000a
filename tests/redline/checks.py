"""Structural checks of revision markup beyond tests/ooxml_check.py (see REDLINE_NOTES §7)."""

from __future__ import annotations

import io
import zipfile
from collections import Counter

from lxml import etree

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
REVS = ("ins", "del", "moveFrom", "moveTo", "rPrChange", "pPrChange", "tblPrChange",
        "trPrChange", "tcPrChange")


def w(name: str) -> str:
    return f"{{{W}}}{name}"


def revision_problems(data: bytes) -> list[str]:
    """Problems with ids, attributes and placement of tracked changes in every story part."""
    zf = zipfile.ZipFile(io.BytesIO(data))
    problems: list[str] = []
    ids: Counter[str] = Counter()
    for name in zf.namelist():
        if not (name.startswith("word/") and name.endswith(".xml")):
            continue
        root = etree.fromstring(zf.read(name))
        for el in root.iter(*(w(n) for n in REVS)):
            ids[el.get(w("id")) or ""] += 1
            if not el.get(w("author")) or not el.get(w("date")):
                problems.append(f"{name}: {etree.QName(el).localname} without author/date")
            parent = el.getparent()
            if el.tag in (w("ins"), w("del")) and parent is not None and parent.tag != w("rPr") \
                    and parent.tag != w("trPr") and not len(el):
                problems.append(f"{name}: empty {etree.QName(el).localname}")
            if el.tag == w("ins") and any(a.tag == w("ins") for a in el.iterancestors()):
                problems.append(f"{name}: ins inside ins")
            if parent is not None and parent.tag == w("r"):
                problems.append(f"{name}: revision inside w:r")
        for el in root.iter(w("bookmarkStart"), w("commentRangeStart")):
            ids[el.get(w("id")) or ""] += 1
        for el in root.iter(w("delText"), w("delInstrText")):
            if not any(a.tag == w("del") for a in el.iterancestors()):
                problems.append(f"{name}: {etree.QName(el).localname} outside w:del")
        for story in root.iter(w("body"), w("tc"), w("footnote"), w("endnote"), w("hdr"),
                               w("ftr")):
            paras = [c for c in story if c.tag == w("p")]
            if paras and paras[-1].find(f"{w('pPr')}/{w('rPr')}/{w('del')}") is not None \
                    and not _in_deleted_row(story):
                problems.append(f"{name}: last paragraph mark of a story deleted")
            if paras and paras[-1].find(f"{w('pPr')}/{w('rPr')}/{w('ins')}") is not None \
                    and not _in_inserted_row(story):
                problems.append(f"{name}: last paragraph mark of a story inserted")
        problems += _move_problems(name, root)
    problems += [f"w:id {k} used {n} times" for k, n in ids.items() if n > 1 and k]
    return problems


def _move_problems(name: str, root: etree._Element) -> list[str]:
    """Move ranges: complete attributes, ends paired by id, each name once on each side."""
    problems = []
    names: Counter[tuple[str, str]] = Counter()
    for side in ("moveFrom", "moveTo"):
        starts = list(root.iter(w(f"{side}RangeStart")))
        ends = {e.get(w("id")) for e in root.iter(w(f"{side}RangeEnd"))}
        for s in starts:
            if not all(s.get(w(a)) for a in ("id", "name", "author", "date")):
                problems.append(f"{name}: {side}RangeStart without id/name/author/date")
            if s.get(w("id")) not in ends:
                problems.append(f"{name}: {side}RangeStart {s.get(w('id'))} has no end")
            names[(side, s.get(w("name")) or "")] += 1
        if len(ends) != len(starts):
            problems.append(f"{name}: {side} range ends without starts")
    for (side, move), n in names.items():
        other = "moveTo" if side == "moveFrom" else "moveFrom"
        if n != 1 or names[(other, move)] != 1:
            problems.append(f"{name}: move {move!r} not one source and one destination")
    return problems


def _row_mark(story: etree._Element, kind: str) -> bool:
    row = story.getparent()
    return story.tag == w("tc") and row is not None and row.find(
        f"{w('trPr')}/{w(kind)}") is not None


def _in_deleted_row(story: etree._Element) -> bool:
    return _row_mark(story, "del")


def _in_inserted_row(story: etree._Element) -> bool:
    return _row_mark(story, "ins")


def count_revisions(data: bytes) -> Counter[str]:
    """How many revision elements of each kind the main document has."""
    root = etree.fromstring(zipfile.ZipFile(io.BytesIO(data)).read("word/document.xml"))
    return Counter(etree.QName(el).localname for el in root.iter(*(w(n) for n in REVS)))
