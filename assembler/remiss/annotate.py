"""A change made after a remiss comment shows where the reader sees it: in the tracked-changes
plan of the decision package, a Word comment ("Ändrat efter synpunkt från Krokoms kommun.")
anchored on the first revision in the section the comment was about.

This works on the finished .docx (the core renderer is not touched): the sections are found by
their `_Sec_<id>` bookmarks, a section ending where the next section of the same or a higher
level starts. The causes come from `ledger.change_notes`.
"""

from __future__ import annotations

from lxml import etree

from ..model import Config
from ..ooxml.ns import NS, RT, qn
from ..ooxml.package import Package, xml_bytes
from ..ooxml.parse import read_zip
from ..swedish import join_names
from .catalogue import Catalogue
from .ledger import change_notes
from .model import GENERAL, Ledger

COMMENTS_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"
COMMENTS = "word/comments.xml"


def w(tag: str) -> str:
    return qn("w:" + tag)


def bookmark(section_id: str) -> str:
    return "_Sec_" + section_id.replace("-", "_")


def section_notes(config: Config, ledger: Ledger) -> dict[str, str]:
    """section id → "Ändrat efter synpunkt från A och B." for accepted comments with a change."""
    notes = change_notes(ledger, config)
    who: dict[str, list[str]] = {}
    for _, c in ledger.comments():
        note = notes.get(f"{ledger.round.round_id}/{c.id}")
        where = c.changed_in or c.section
        if note and c.change and where != GENERAL:
            name = note.removeprefix("ändrat efter synpunkt från ")
            if name not in who.setdefault(where, []):
                who[where].append(name)
    return {sid: f"Ändrat efter synpunkt från {join_names(names)}." for sid, names in who.items()}


def annotate(docx: bytes, notes: dict[str, str], cat: Catalogue, author: str,
             date: str) -> bytes:
    """`docx` with a Word comment on the first run-level revision of each noted section."""
    if not notes:
        return docx
    pkg = Package(read_zip(docx))
    if COMMENTS in pkg.members:  # never ours; leave a foreign document alone
        return docx
    main = pkg.main_part()
    root = pkg.xml(main)
    placed: list[str] = []
    for sid, text in notes.items():
        target = _first_revision(root, sid, cat)
        if target is not None:
            _anchor(target, len(placed))
            placed.append(text)
    if not placed:
        return docx
    pkg.members[COMMENTS] = _comments(placed, author, date)
    pkg.set_content_type(COMMENTS, COMMENTS_CT)
    pkg.add_rel(main, RT + "comments", COMMENTS, prefix="rIdComments")
    return pkg.to_bytes()


def _first_revision(root: etree._Element, sid: str, cat: Catalogue) -> etree._Element | None:
    """The first w:ins/w:del directly in a paragraph between the section's bookmark and the
    bookmark of the next section that is not inside it."""
    ref = cat.get(sid)
    if ref is None:
        return None
    index = cat.order(sid)
    ends = {bookmark(s.id) for s in cat.sections[index + 1:] if s.level <= ref.level}
    inside = False
    for el in root.iter(w("bookmarkStart"), w("ins"), w("del")):
        if el.tag == w("bookmarkStart"):
            name = el.get(w("name"), "")
            if name == bookmark(sid):
                inside = True
            elif inside and name in ends:
                return None
        elif inside and (parent := el.getparent()) is not None and parent.tag == w("p"):
            return el
    return None


def _anchor(revision: etree._Element, cid: int) -> None:
    para = revision.getparent()
    assert para is not None
    start = etree.Element(w("commentRangeStart"), {w("id"): str(cid)})
    end = etree.Element(w("commentRangeEnd"), {w("id"): str(cid)})
    ref_run = etree.Element(w("r"))
    etree.SubElement(ref_run, w("commentReference"), {w("id"): str(cid)})
    position = para.index(revision)
    para.insert(position, start)
    para.insert(position + 2, end)
    para.insert(position + 3, ref_run)


def _comments(texts: list[str], author: str, date: str) -> bytes:
    root = etree.Element(w("comments"), nsmap={"w": NS["w"]})
    initials = "".join(part[:1] for part in author.split()) or "P"
    for cid, text in enumerate(texts):
        comment = etree.SubElement(root, w("comment"), {
            w("id"): str(cid), w("author"): author, w("date"): date, w("initials"): initials})
        run = etree.SubElement(etree.SubElement(comment, w("p")), w("r"))
        etree.SubElement(run, w("t")).text = text
    return xml_bytes(root)
