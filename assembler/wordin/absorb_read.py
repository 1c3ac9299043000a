"""An edited edition → its body cut into units by origin marker (render/origins.py).

Pending tracked changes are accepted first (the document is taken as edited) and counted for
the report. Every body element belongs to the unit whose marker it carries; elements without
one (paragraphs typed in Word) join the source block before them, or, after a heading or a
label, the source block after them. What stands before the first heading is the frame (cover
page, contents page).
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field

from lxml import etree

from ..model import Document
from ..ooxml.ns import W_NS
from ..ooxml.package import Package
from ..redline import accept_all
from ..render.body import bookmark_name
from ..render.origins import PREFIX, split_name
from ..walk import plain
from .areas import TOKEN_STYLE
from .mdwrite import escape
from .reader import _flatten
from .wordpkg import WordPackage, read_package

W = f"{{{W_NS}}}"  # Clark prefix of every w: name
REVISIONS = {"ins": "insertion", "del": "deletion", "moveFrom": "move", "moveTo": "move",
             "rPrChange": "formatting change", "pPrChange": "paragraph change",
             "tblPrChange": "table change", "trPrChange": "table change",
             "tcPrChange": "table change", "sectPrChange": "page setup change"}
FRAME = "frame"
HEADING = "_Sec_"


@dataclass(frozen=True)
class Pending:
    """The tracked changes a document still had (accepted as edited)."""

    counts: tuple[tuple[str, int], ...]
    authors: tuple[str, ...]

    def __bool__(self) -> bool:
        return bool(self.counts)

    def summary(self) -> str:
        kinds = ", ".join(f"{n} {kind}{'s' if n > 1 else ''}" for kind, n in self.counts)
        by = f" by {', '.join(self.authors)}" if self.authors else ""
        return f"{kinds}{by}"


def pending_revisions(data: bytes, source: str) -> Pending:
    pkg = Package.read(data, source)
    counts: dict[str, int] = {}
    authors: set[str] = set()
    for name in pkg.story_parts():
        for el in pkg.xml(name).iter():
            tag = el.tag if isinstance(el.tag, str) else ""
            kind = REVISIONS.get(tag[len(W):]) if tag.startswith(W) else None
            if kind is None:
                continue
            counts[kind] = counts.get(kind, 0) + 1
            if el.get(f"{W}author"):
                authors.add(el.get(f"{W}author", ""))
    return Pending(tuple(sorted(counts.items())), tuple(sorted(authors)))


def read_edited(data: bytes, source: str) -> tuple[WordPackage, Pending]:
    """The package with every pending revision accepted, and what was pending."""
    pending = pending_revisions(data, source)
    if pending:
        data = accept_all(data)
    return read_package(io.BytesIO(data)), pending  # type: ignore[arg-type]


@dataclass
class Unit:
    name: str  # a block's marker name, a heading's "_Sec_…" bookmark, FRAME, or "after:<name>"
    elements: list[etree._Element] = field(default_factory=list)

    @property
    def source(self) -> bool:
        """A block written in a source file (common, local section or an addition)?"""
        return self.name.startswith(PREFIX) and self.name[len(PREFIX)] in "cla"


def marker(el: etree._Element) -> str:
    """The unit an element carries: the first marker whose range holds text, else the first
    (a paragraph joined to the one before by an accepted deletion keeps that one's empty
    marker in front of its own)."""
    starts: dict[str, str] = {}
    filled: set[str] = set()
    open_ids: set[str] = set()
    for node in el.iter(f"{W}bookmarkStart", f"{W}bookmarkEnd", f"{W}t"):
        bid = node.get(f"{W}id", "")
        if node.tag == f"{W}bookmarkStart":
            name = node.get(f"{W}name", "")
            parsed = split_name(name)
            if parsed is not None or name.startswith((HEADING, "_Num_")):
                # a typed number's bookmark (render.body.number_bookmark) marks its heading
                key = parsed[0] if parsed else "_Sec" + name[4:]
                starts.setdefault(bid, key)
                open_ids.add(bid)
        elif node.tag == f"{W}bookmarkEnd":
            open_ids.discard(bid)
        elif node.text:
            filled.update(open_ids)
    names = list(starts.items())
    with_text = [key for bid, key in names if bid in filled]
    return (with_text or [key for _, key in names] or [""])[0]


def units(body: etree._Element) -> list[Unit]:
    """The body's elements grouped by origin, in document order."""
    out: list[Unit] = []
    pending: list[etree._Element] = []
    seen: set[str] = set()
    lead: list[etree._Element] = []
    for el in _flatten(body):
        name = marker(el)
        if name and out and out[-1].name == name:
            out[-1].elements += pending + [el]
            pending = []
            continue
        if not name or name in seen:
            pending.append(el)
            continue
        if not out:
            out.append(Unit(FRAME, pending))
        elif pending and out[-1].source:
            out[-1].elements += pending
        elif pending:
            lead = pending
        pending = []
        seen.add(name)
        unit = Unit(name, lead + [el])
        if lead and not unit.source:  # typed after a heading or label, before a heading
            out.append(Unit(f"after:{out[-1].name}", lead))
            unit = Unit(name, [el])
        lead = []
        out.append(unit)
    if pending and out and out[-1].source:
        out[-1].elements += pending
    elif pending:
        out.append(Unit(f"after:{out[-1].name}" if out else FRAME, pending))
    return out


def tokenize_refs(body: etree._Element, doc: Document) -> None:
    """Links to a heading → tokens the walk reads back as `[](#id)` (or `[text](#id)`)."""
    anchors = {bookmark_name(s.id): s for s in (s for top in doc.sections for s in top.walk())}
    for link in list(body.iter(f"{W}hyperlink")):
        target = anchors.get(link.get(f"{W}anchor", ""))
        parent = link.getparent()
        if target is None or parent is None:
            continue
        text = "".join(t.text or "" for t in link.iter(f"{W}t")).strip()
        default = f"avsnitt {doc.numbers.get(target.id, '')} {plain(target.title)}"
        run = etree.Element(f"{W}r")
        etree.SubElement(etree.SubElement(run, f"{W}rPr"), f"{W}rStyle",
                         {f"{W}val": TOKEN_STYLE})
        etree.SubElement(run, f"{W}t").text = (
            f"[](#{target.id})" if text == default else f"[{escape(text)}](#{target.id})")
        if text:
            parent.replace(link, run)
        else:
            parent.remove(link)
