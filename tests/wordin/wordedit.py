"""Edit a generated .docx as Word does: runs split, paragraphs added and removed, text changed,
tracked changes by another author. Only word/document.xml changes."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

from lxml import etree

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def w(tag: str) -> str:
    return f"{{{W}}}{tag}"


class Edited:
    def __init__(self, path: Path) -> None:
        with zipfile.ZipFile(path) as zf:
            self.parts = {n: zf.read(n) for n in zf.namelist()}
        self.root = etree.fromstring(self.parts["word/document.xml"])

    def paragraphs(self) -> list[etree._Element]:
        return list(self.root.iter(w("p")))

    def find(self, text: str) -> etree._Element:
        """The paragraph whose text contains `text`."""
        return next(p for p in self.paragraphs() if text in text_of(p))

    def marked(self, prefix: str) -> etree._Element:
        """The first paragraph with a bookmark whose name starts with `prefix`."""
        return next(p for p in self.paragraphs()
                    for b in p.iter(w("bookmarkStart")) if b.get(w("name"), "").startswith(prefix))

    def save(self, path: Path) -> Path:
        self.parts["word/document.xml"] = etree.tostring(self.root, xml_declaration=True,
                                                         encoding="UTF-8", standalone=True)
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
            for name, data in self.parts.items():
                zf.writestr(name, data)
        path.write_bytes(out.getvalue())
        return path


def text_of(el: etree._Element) -> str:
    return "".join(t.text or "" for t in el.iter(w("t")))


def _run(text: str, tag: str = "t") -> etree._Element:
    run = etree.Element(w("r"))
    t = etree.SubElement(run, w(tag))
    t.text = text
    t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    return run


def split_runs(para: etree._Element) -> None:
    """Every word its own run, as Word leaves text after spell checking and edits."""
    for run in list(para.iter(w("r"))):
        t = run.find(w("t"))
        if t is None or not t.text or " " not in t.text:
            continue
        rpr = run.find(w("rPr"))
        words = t.text.split(" ")
        parent = run.getparent()
        assert parent is not None
        at = parent.index(run)
        parent.remove(run)
        for k, word in enumerate(words):
            new = _run(word + (" " if k < len(words) - 1 else ""))
            if rpr is not None:
                new.insert(0, etree.fromstring(etree.tostring(rpr)))
            parent.insert(at + k, new)


def replace_text(para: etree._Element, old: str, new: str) -> None:
    for t in para.iter(w("t")):
        if t.text and old in t.text:
            t.text = t.text.replace(old, new, 1)
            return
    raise AssertionError(f"{old!r} not in one run of {text_of(para)!r}")


def add_after(para: etree._Element, text: str) -> etree._Element:
    """A new paragraph typed after `para` (same style, no bookmark)."""
    new = etree.Element(w("p"))
    ppr = para.find(w("pPr"))
    if ppr is not None:
        new.append(etree.fromstring(etree.tostring(ppr)))
    new.append(_run(text))
    parent = para.getparent()
    assert parent is not None
    parent.insert(parent.index(para) + 1, new)
    return new


def delete(para: etree._Element) -> None:
    parent = para.getparent()
    assert parent is not None
    parent.remove(para)


def track(para: etree._Element, old: str, new: str, author: str = "Kalle Karlsson") -> None:
    """Replace `old` (inside one run) by `new` as a tracked deletion and insertion."""
    for run in list(para.iter(w("r"))):
        t = run.find(w("t"))
        if t is None or not t.text or old not in t.text:
            continue
        before, _, after = t.text.partition(old)
        parent = run.getparent()
        assert parent is not None
        at = parent.index(run)
        parent.remove(run)
        stamp = {w("author"): author, w("date"): "2023-10-10T09:00:00Z"}
        deleted = etree.Element(w("del"), {w("id"): "9001", **stamp})
        deleted.append(_run(old, "delText"))
        inserted = etree.Element(w("ins"), {w("id"): "9002", **stamp})
        inserted.append(_run(new))
        for k, el in enumerate([_run(before), deleted, inserted, _run(after)]):
            parent.insert(at + k, el)
        return
    raise AssertionError(f"{old!r} not in one run")
