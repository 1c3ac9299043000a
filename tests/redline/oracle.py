"""An independent reader of tracked changes, for the tests: what a reader sees after
accepting or rejecting every revision, as plain data (paragraph properties, runs of
(run properties, text), tables, footnote contents inline).

It interprets the markup while reading instead of rewriting the XML (the engine's own
`revisions.resolve` rewrites it), so the two can check each other. `join` says which
paragraph's properties survive when a removed paragraph mark joins two paragraphs: "next"
(Open XML PowerTools, Word) or "first" (LibreOffice, when the first keeps some text).
"""

from __future__ import annotations

import hashlib
import io
import posixpath
import re
import zipfile

from lxml import etree

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PR = "http://schemas.openxmlformats.org/package/2006/relationships"
MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"


def w(name: str) -> str:
    return f"{{{W}}}{name}"


CHANGES = {w("rPrChange"), w("pPrChange"), w("tblPrChange"), w("trPrChange"), w("tcPrChange"),
           w("sectPrChange")}
CELL_MARKS = (w("cellIns"), w("cellDel"), w("cellMerge"))
SECT_REFS = (w("headerReference"), w("footerReference"))
MARKS = {w("ins"), w("del"), w("moveFrom"), w("moveTo")}
NOISE = re.compile(r' (?:w:rsid\w*|w14:\w+|xmlns:\w+)="[^"]*"')


class Reader:
    def __init__(self, data: bytes, mode: str, join: str = "next") -> None:
        self.zf = zipfile.ZipFile(io.BytesIO(data))
        self.mode, self.join = mode, join
        self.doc = etree.fromstring(self.zf.read("word/document.xml"))
        rels = etree.fromstring(self.zf.read("word/_rels/document.xml.rels"))
        self.rels = {r.get("Id"): r.get("Target") for r in rels.iter(f"{{{PR}}}Relationship")}
        self.notes: dict[str, etree._Element] = {}
        self.lists: dict[str, str] = {}
        for target in self.rels.values():
            if target.endswith("numbering.xml"):
                self._lists(etree.fromstring(self.zf.read(posixpath.join("word", target))))
            if target.endswith("footnotes.xml") or target.endswith("endnotes.xml"):
                root = etree.fromstring(self.zf.read(posixpath.join("word", target)))
                for n in root:
                    self.notes[f"{etree.QName(n).localname}:{n.get(w('id'))}"] = n

    def _lists(self, root: etree._Element) -> None:
        """numId → a digest of its list definition, so renumbered copies compare equal."""
        abstract = {}
        for a in root.iter(w("abstractNum")):
            key = a.get(w("abstractNumId")) or ""
            body = [etree.tostring(c) for c in a if c.tag != w("nsid")]
            abstract[key] = b"".join(body)
        for num in root.iter(w("num")):
            ref = num.find(w("abstractNumId"))
            key = ref.get(w("val")) or "" if ref is not None else ""
            body = [etree.tostring(c) for c in num if c.tag != w("abstractNumId")]
            self.lists[num.get(w("numId")) or ""] = hashlib.sha1(
                abstract.get(key, b"") + b"".join(body)).hexdigest()[:8]

    def gone(self, tag: str) -> bool:
        """Whether content wrapped in (or a mark carrying) this revision disappears."""
        if self.mode == "accept":
            return tag in (w("del"), w("moveFrom"))
        return tag in (w("ins"), w("moveTo"))

    def props(self, el: etree._Element | None, skip: tuple[str, ...] = ()) -> tuple[str, ...]:
        if el is None:
            return ()
        change = next((c for c in el if c.tag in CHANGES), None)
        src = change[0] if change is not None and self.mode == "reject" and len(change) else el
        kids = [c for c in src if c.tag not in CHANGES and c.tag not in MARKS and c.tag not in skip]
        out = []
        for c in kids:
            text = NOISE.sub("", etree.tostring(c, encoding="unicode"))
            text = re.sub(r'(<w:numId w:val=")(\d+)', lambda m: m[1] + self.lists.get(m[2], m[2]),
                          text)
            out.append(text)
        return tuple(sorted(out))

    def story(self, container: etree._Element) -> list[object]:
        out: list[object] = []
        pending: list[tuple[tuple[str, ...], tuple[str, ...], list[tuple[tuple[str, ...], str]]]] = []
        for el in _flat(container):
            if el.tag == w("p"):
                ppr = el.find(w("pPr"))
                mark = ppr.find(w("rPr")) if ppr is not None else None
                runs: list[tuple[tuple[str, ...], str]] = []
                self.inline(el, runs)
                view = (self.para_props(ppr), self.props(mark), runs)
                if mark is not None and any(self.gone(c.tag) for c in mark if c.tag in MARKS):
                    pending.append(view)
                    continue
                for joined in reversed(pending):
                    keep_first = self.join == "first" and any(t for _, t in joined[2])
                    view = (joined[0], joined[1], joined[2] + view[2]) if keep_first else (
                        view[0], view[1], joined[2] + view[2])
                pending = []
                out.append(("p", view[0], view[1], _merge(view[2])))
            elif el.tag == w("tbl"):
                # An emptied paragraph whose mark goes disappears; text cannot join a table.
                assert not any(t for p in pending for _, t in p[2]), "text joined to a table"
                pending = []
                rows = [self.row(tr) for tr in el.iter(w("tr")) if tr.getparent() is el]
                rows = [r for r in rows if r is not None]
                if rows:
                    out.append(("tbl", self.props(el.find(w("tblPr"))), tuple(rows),
                                self.grid(el)))
        assert not pending, "the last paragraph mark of a story was removed"
        return out

    def row(self, tr: etree._Element) -> tuple[object, ...] | None:
        trpr = tr.find(w("trPr"))
        if trpr is not None and any(self.gone(c.tag) for c in trpr if c.tag in MARKS):
            return None
        cells = tuple((self.props(tc.find(w("tcPr")), CELL_MARKS), tuple(self.story(tc)))
                      for tc in tr if tc.tag == w("tc") and not self.cell_gone(tc))
        return (self.props(trpr), cells)

    def grid(self, tbl: etree._Element) -> tuple[str | None, ...]:
        """The column widths; rejecting takes them from w:tblGridChange."""
        grid = tbl.find(w("tblGrid"))
        if grid is None:
            return ()
        change = grid.find(w("tblGridChange"))
        if self.mode == "reject" and change is not None:
            grid = change.find(w("tblGrid"))
        if grid is None:
            return ()
        return tuple(c.get(w("w")) for c in grid.findall(w("gridCol")))

    def cell_gone(self, tc: etree._Element) -> bool:
        """A deleted cell is gone after accepting, an inserted one after rejecting."""
        tcpr = tc.find(w("tcPr"))
        mark = w("cellDel") if self.mode == "accept" else w("cellIns")
        return tcpr is not None and tcpr.find(mark) is not None

    def para_props(self, ppr: etree._Element | None) -> tuple[str, ...]:
        """Paragraph properties; a section break in them (without its header references)."""
        props = self.props(ppr, (w("rPr"), w("sectPr")))
        sect = ppr.find(w("sectPr")) if ppr is not None else None
        return props if sect is None else (*props, "sectPr" + repr(self.props(sect, SECT_REFS)))

    def inline(self, parent: etree._Element, runs: list[tuple[tuple[str, ...], str]],
               link: tuple[str, ...] = ()) -> None:
        """Runs of a paragraph; a run in a hyperlink carries its target among its props."""
        for el in parent:
            if el.tag in MARKS:
                if not self.gone(el.tag):
                    self.inline(el, runs, link)
            elif el.tag == w("r"):
                rpr = self.props(el.find(w("rPr"))) + link
                runs.append((rpr, "".join(self.item(c) for c in el)))
            elif el.tag == w("hyperlink"):
                target = self.rels.get(el.get(f"{{{R}}}id") or "", "") + "#" + (
                    el.get(w("anchor")) or "")
                self.inline(el, runs, (*link, "link:" + target))
            elif el.tag == w("fldSimple"):  # the same field as complex field characters
                code = "{begin}{" + str(el.get(w("instr"))) + "}{separate}"
                first = el.find(w("r"))
                props = self.props(first.find(w("rPr"))) if first is not None else ()
                runs.append((props, code))
                self.inline(el, runs, link)
                runs.append((props, "{end}"))
            elif el.tag in (w("smartTag"), w("customXml")):
                self.inline(el, runs, link)
            elif el.tag == w("sdt"):
                content = el.find(w("sdtContent"))
                if content is not None:
                    self.inline(content, runs, link)

    def item(self, el: etree._Element) -> str:
        name = etree.QName(el).localname
        if name in ("t", "delText"):
            deleted = name == "delText"
            assert deleted == any(a.tag in (w("del"),) for a in el.iterancestors()), name
            return el.text or ""
        simple = {"tab": "\t", "br": "\n", "cr": "\n", "noBreakHyphen": "\u2011"}
        if name in simple:
            return simple[name]
        if name in ("instrText", "delInstrText"):
            return "{" + (el.text or "") + "}"
        if name == "fldChar":
            return "{" + str(el.get(w("fldCharType"))) + "}"
        if name in ("footnoteReference", "endnoteReference"):
            note = self.notes[f"{name[:-9]}:{el.get(w('id'))}"]
            return "[" + repr(self.story(note)) + "]"
        if name in ("AlternateContent", "drawing", "pict") and next(el.iter(w("txbxContent")),
                                                                      None) is not None:
            return self.textboxes(el)
        if name == "drawing":
            embeds = [v for e in el.iter() for k, v in e.attrib.items() if k.startswith(f"{{{R}}}")]
            data = b"".join(self.zf.read(posixpath.join("word", self.rels[e])) for e in embeds)
            return "[img " + hashlib.sha1(data).hexdigest()[:8] + "]"
        if name in ("rPr", "lastRenderedPageBreak", "commentReference", "annotationRef"):
            return ""  # comments are annotations of NEW, not text under revision
        if name == "footnoteRef":
            return "[ref]"
        return f"[{name}]"

    def textboxes(self, el: etree._Element) -> str:
        """The stories of a text box host; mc:Fallback must read the same as mc:Choice."""
        if el.tag == f"{{{MC}}}AlternateContent":
            choice = el.find(f"{{{MC}}}Choice")
            fallback = el.find(f"{{{MC}}}Fallback")
            views = [self.story(b) for b in _boxes(choice)] if choice is not None else []
            if fallback is not None and _boxes(fallback):
                assert [self.story(b) for b in _boxes(fallback)] == views, "fallback differs"
        else:
            views = [self.story(b) for b in _boxes(el)]
        return "[txbx " + repr(views) + "]"

    def body(self) -> list[object]:
        body = self.doc.find(w("body"))
        return [*self.story(body), ("sect", self.props(body.find(w("sectPr")), SECT_REFS))]


def _boxes(el: etree._Element) -> list[etree._Element]:
    """Outermost w:txbxContent under el."""
    return [b for b in el.iter(w("txbxContent"))
            if not any(a.tag == w("txbxContent") for a in b.iterancestors())]


def _flat(container: etree._Element) -> list[etree._Element]:
    """Block children, with block-level content controls opened: they are not stories."""
    out = []
    for el in container:
        if el.tag == w("sdt"):
            content = el.find(w("sdtContent"))
            out += _flat(content) if content is not None else []
        else:
            out.append(el)
    return out


def _merge(runs: list[tuple[tuple[str, ...], str]]) -> tuple[tuple[tuple[str, ...], str], ...]:
    out: list[tuple[tuple[str, ...], str]] = []
    for props, text in runs:
        if not text:
            continue
        if out and out[-1][0] == props:
            out[-1] = (props, out[-1][1] + text)
        else:
            out.append((props, text))
    return tuple(out)


def view(data: bytes, mode: str = "accept", join: str = "next") -> list[object]:
    """The body as a reader sees it after accepting (or rejecting) every revision."""
    return Reader(data, mode, join).body()


def part_view(data: bytes, part: str, mode: str = "accept", join: str = "next") -> list[object]:
    """A header, footer or other story part as a reader sees it."""
    reader = Reader(data, mode, join)
    return reader.story(etree.fromstring(reader.zf.read(part)))


def text(data: bytes, mode: str = "accept") -> str:
    """Plain text of the body after accept/reject, paragraphs on lines (for messages)."""
    lines: list[str] = []

    def walk(blocks: list[object]) -> None:
        for b in blocks:
            assert isinstance(b, tuple)
            if b[0] == "p":
                lines.append("".join(t for _, t in b[3]))
            elif b[0] == "tbl":
                for _, cells in b[2]:
                    for _, cell in cells:
                        walk(list(cell))
    walk(view(data, mode))
    return "\n".join(lines)
