"""An independent check of the PDFs the tool publishes (used by tests/test_pdf_access.py).

pikepdf reads the structure: tagged (StructTreeRoot, MarkInfo /Marked), language, title in the
XMP metadata and the document information, the PDF/A and PDF/UA identifications, headings and
pictures in the structure tree. pdftotext reads the contents page, whose page numbers must be
the pages the headings are on (taken from the PDF's outline and the page's own footer).
"""

from __future__ import annotations

import re
import subprocess
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import pikepdf

LANGUAGE = "sv-SE"
_FOOTER = re.compile(r"Sida\s+(\d+)\s*\(\s*\d+\s*\)")


@dataclass(frozen=True)
class TocEntry:
    title: str
    listed: int | None  # the page number the contents page gives (None: not listed)
    actual: int  # the page number printed on the page the heading is on


def _tags(node: object, out: Counter[str], alts: list[str], depth: int = 0) -> None:
    if depth > 200:
        return
    if isinstance(node, pikepdf.Dictionary):
        kind = node.get("/S")
        if kind is not None:
            out[str(kind)] += 1
            if str(kind) == "/Figure":
                alts.append(str(node.get("/Alt", "")))
        kids = node.get("/K")
        if kids is not None:
            _tags(kids, out, alts, depth + 1)
    elif isinstance(node, pikepdf.Array):
        for kid in node:
            _tags(kid, out, alts, depth + 1)


def structure(pdf: pikepdf.Pdf) -> tuple[Counter[str], list[str]]:
    """Structure element types (counted) and the /Alt of every Figure."""
    tags: Counter[str] = Counter()
    alts: list[str] = []
    root = pdf.Root.get("/StructTreeRoot")
    if root is not None:
        _tags(root.get("/K"), tags, alts)
    return tags, alts


def pdf_problems(path: Path, pdfa: bool = True) -> list[str]:
    """Tagged PDF/UA (and PDF/A-2b when `pdfa`) with language and title; empty when fine."""
    problems: list[str] = []
    with pikepdf.open(path) as pdf:
        root = pdf.Root
        if "/StructTreeRoot" not in root:
            problems.append("not tagged: no StructTreeRoot")
        mark = root.get("/MarkInfo")
        if mark is None or not bool(mark.get("/Marked", False)):
            problems.append("MarkInfo /Marked is not true")
        if str(root.get("/Lang", "")) != LANGUAGE:
            problems.append(f"/Lang is {root.get('/Lang')!r}, not {LANGUAGE}")
        prefs = root.get("/ViewerPreferences")
        if prefs is None or not bool(prefs.get("/DisplayDocTitle", False)):
            problems.append("ViewerPreferences /DisplayDocTitle is not true (PDF/UA)")
        with pdf.open_metadata() as meta:
            title = str(meta.get("dc:title", "") or "")
            part, conformance = meta.get("pdfaid:part"), meta.get("pdfaid:conformance")
            ua = meta.get("pdfuaid:part")
        info_title = str(pdf.docinfo.get("/Title", ""))
        if not title.strip() or title != info_title:
            problems.append(f"title in XMP {title!r} and document information {info_title!r}")
        if ua != "1":
            problems.append(f"no PDF/UA identification in XMP (pdfuaid:part {ua!r})")
        if pdfa and (part, conformance) != ("2", "B"):
            problems.append(f"no PDF/A-2b identification in XMP ({part!r}, {conformance!r})")
        if part is not None and part != "2":
            problems.append(f"claims PDF/A-{part}, not the PDF/A-2 asked for")
        tags, alts = structure(pdf)
        if not any(t.startswith("/H") and t[2:].isdigit() for t in tags):
            problems.append("no heading (H1–H6) in the structure tree")
        problems += [f"picture without /Alt: {a!r}" for a in alts if not a.strip()]
    return problems


def page_texts(path: Path) -> list[str]:
    out = subprocess.run(["pdftotext", "-layout", str(path), "-"], check=True,
                         capture_output=True, timeout=120).stdout.decode("utf-8")
    return out.split("\f")


def _outline(pdf: pikepdf.Pdf, levels: int) -> list[tuple[str, int]]:
    """(title, 0-based page index) of the outline items down to `levels`."""
    index = {page.obj.objgen: i for i, page in enumerate(pdf.pages)}
    found: list[tuple[str, int]] = []

    def walk(items: list[pikepdf.OutlineItem], depth: int) -> None:
        for item in items:
            dest = item.destination
            if isinstance(dest, pikepdf.Array) and len(dest):
                found.append((str(item.title), index[dest[0].objgen]))
            if depth + 1 < levels:
                walk(item.children, depth + 1)

    with pdf.open_outline() as outline:
        walk(outline.root, 0)
    return found


def toc_entries(path: Path, levels: int = 2) -> list[TocEntry]:
    """Every heading down to `levels` with the page the contents page lists and its real page."""
    with pikepdf.open(path) as pdf:
        headings = _outline(pdf, levels)
    if not headings:
        return []
    pages = page_texts(path)
    first = min(page for _, page in headings)
    toc = "\n".join(pages[:first])
    entries = []
    for title, page in headings:
        footer = _FOOTER.search(pages[page])
        actual = int(footer.group(1)) if footer else page + 1
        words = r"\s+".join(map(re.escape, title.split()))
        listed = re.search(words + r"\s*\.{2,}\s*(\d+)\s*$", toc, re.M)
        entries.append(TocEntry(title, int(listed.group(1)) if listed else None, actual))
    return entries
