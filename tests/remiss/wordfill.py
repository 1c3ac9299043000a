"""Fill an answer form programmatically the way Word does when a user fills it in.

Word replaces a control's placeholder with the typed text and drops `w:showingPlcHdr`, splits
typed text into runs with revision ids, adds proof-reading marks and a `_GoBack` bookmark,
keeps tracked deletions as `w:delText`, records the chosen drop-down value in `w:lastValue`
and a picked date in `w:fullDate`, and writes its own (not normalised) zip.
"""

from __future__ import annotations

import io
import zipfile

from lxml import etree

from assembler.remiss.model import POSITIONS

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def w(tag: str) -> str:
    return f"{{{W_NS}}}{tag}"


def _el(tag: str, parent: etree._Element | None = None, **attrs: str) -> etree._Element:
    qattrs = {w(k): v for k, v in attrs.items()}
    if parent is None:
        return etree.Element(w(tag), qattrs, nsmap={"w": W_NS})
    return etree.SubElement(parent, w(tag), qattrs)


def _run(parent: etree._Element, text: str, bold: bool = False) -> None:
    run = _el("r", parent, rsidR="00C41A2B")
    if bold:
        _el("b", _el("rPr", run))
    t = _el("t", run)
    t.text = text
    t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")


def _typed_paragraph(text: str, first: bool, deletion: bool) -> etree._Element:
    """A paragraph as Word writes typed text: split runs, a bold word, proofErr, a deletion."""
    para = _el("p", None, rsidR="00C41A2B", rsidRDefault="00C41A2B", rsidP="00C41A2B")
    _el("pStyle", _el("pPr", para), val="FormText")
    if first:
        _el("bookmarkStart", para, id="0", name="_GoBack")
        _el("bookmarkEnd", para, id="0")
    head, _, tail = text.partition(" ")
    _el("proofErr", para, type="spellStart")
    _run(para, head, bold=True)
    _el("proofErr", para, type="spellEnd")
    if deletion:
        deleted = _el("del", para, id="901", author="Användare", date="2023-11-30T10:00:00Z")
        gone = _el("delText", _el("r", deleted))
        gone.text = "bortstruket "
    if tail:
        _run(para, " " + tail[: len(tail) // 2])
        _run(para, tail[len(tail) // 2:])
    return para


def _tag(sdt: etree._Element) -> str:
    tag = sdt.find(f"{w('sdtPr')}/{w('tag')}")
    return tag.get(w("val"), "") if tag is not None else ""


def _clear_placeholder(sdt: etree._Element) -> etree._Element:
    props = sdt.find(w("sdtPr"))
    assert props is not None
    flag = props.find(w("showingPlcHdr"))
    if flag is not None:
        props.remove(flag)
    content = sdt.find(w("sdtContent"))
    assert content is not None
    for child in list(content):
        content.remove(child)
    return content


def fill_document(root: etree._Element, answers: dict[str, tuple[str, str]], contact: str,
                  date: str, deletion: bool = True,
                  fields: dict[str, str] | None = None) -> None:
    fields = {"contact": contact, "date": date, **(fields or {})}
    for sdt in list(root.iter(w("sdt"))):
        kind, _, section = _tag(sdt).partition("|")
        if kind not in ("position", "comments") and fields.get(kind):
            date_props = sdt.find(f"{w('sdtPr')}/{w('date')}")
            if date_props is not None:
                date_props.set(w("fullDate"), f"{fields[kind]}T00:00:00Z")
            _run(_clear_placeholder(sdt), fields[kind])
            continue
        if kind == "position" and section in answers and answers[section][0]:
            value = answers[section][0]
            sdt.find(f"{w('sdtPr')}/{w('dropDownList')}").set(w("lastValue"), value)
            _run(_clear_placeholder(sdt), POSITIONS[value])
        elif kind == "comments" and section in answers and answers[section][1]:
            content = _clear_placeholder(sdt)
            for i, text in enumerate(answers[section][1].split("\n\n")):
                content.append(_typed_paragraph(text, i == 0, deletion))
        elif kind == "contact" and contact:
            _run(_clear_placeholder(sdt), contact)
        elif kind == "date" and date:
            sdt.find(f"{w('sdtPr')}/{w('date')}").set(w("fullDate"), f"{date}T00:00:00Z")
            _run(_clear_placeholder(sdt), date)


def fill(docx: bytes, answers: dict[str, tuple[str, str]], contact: str = "",
         date: str = "", deletion: bool = True, fields: dict[str, str] | None = None) -> bytes:
    """answers: section id ("" for the plan as a whole) → (position value, comment text);
    `deletion` adds a tracked deletion to typed text, as with Track Changes on."""
    src = zipfile.ZipFile(io.BytesIO(docx))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for name in src.namelist():
            data = src.read(name)
            if name == "word/document.xml":
                root = etree.fromstring(data)
                fill_document(root, answers, contact, date, deletion, fields)
                data = etree.tostring(root, xml_declaration=True, encoding="UTF-8",
                                      standalone=True)
            dst.writestr(name, data)
    return out.getvalue()


def strip_tags(docx: bytes) -> bytes:
    """What LibreOffice does to content controls: tags and aliases gone, content kept."""
    src = zipfile.ZipFile(io.BytesIO(docx))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for name in src.namelist():
            data = src.read(name)
            if name == "word/document.xml":
                root = etree.fromstring(data)
                for el in list(root.iter(w("tag"), w("alias"))):
                    el.getparent().remove(el)
                data = etree.tostring(root, xml_declaration=True, encoding="UTF-8")
            dst.writestr(name, data)
    return out.getvalue()
