"""An independent reader of tracked changes for tests: accept all or reject all, then read the
text of every paragraph (with bold/italic marks), following ECMA-376 §17.13 semantics."""

from __future__ import annotations

import copy
import zipfile
from pathlib import Path

from lxml import etree

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def q(tag: str) -> str:
    return f"{{{W}}}{tag}"


def _unwrap(el: etree._Element) -> None:
    parent = el.getparent()
    assert parent is not None
    index = parent.index(el)
    for child in list(el):
        parent.insert(index, child)
        index += 1
    parent.remove(el)


def _resolve(body: etree._Element, accept: bool) -> None:
    keep, drop = ("ins", "del") if accept else ("del", "ins")
    for el in list(body.iter(q(drop))):
        parent = el.getparent()
        if parent is None or parent.tag in (q("rPr"), q("trPr")):
            continue
        parent.remove(el)
    for el in list(body.iter(q(keep))):
        parent = el.getparent()
        if parent is None or parent.tag in (q("rPr"), q("trPr")):
            continue
        _unwrap(el)
    if not accept:
        for t in list(body.iter(q("delText"))):
            t.tag = q("t")
    for change in list(body.iter(q("rPrChange"))):
        rpr = change.getparent()
        assert rpr is not None
        if accept:
            rpr.remove(change)
        else:
            old = change.find(q("rPr"))
            for child in list(rpr):
                rpr.remove(child)
            for child in list(old if old is not None else []):
                rpr.append(child)
    for tr in list(body.iter(q("tr"))):
        mark = tr.find(f"{q('trPr')}/{q(drop)}")
        if mark is not None:
            tr.getparent().remove(tr)  # type: ignore[union-attr]
    _merge_marked_paragraphs(body, drop)


def _merge_marked_paragraphs(body: etree._Element, drop: str) -> None:
    """A removed paragraph mark joins the paragraph's content with the following paragraph."""
    while True:
        marked = next((p for p in body.iter(q("p"))
                       if p.find(f"{q('pPr')}/{q('rPr')}/{q(drop)}") is not None), None)
        if marked is None:
            return
        following = marked.getnext()
        while following is not None and following.tag != q("p"):
            following = following.getnext()
        parent = marked.getparent()
        assert parent is not None
        content = [c for c in marked if c.tag != q("pPr")]
        if following is not None:
            ppr = following.find(q("pPr"))
            index = 0 if ppr is None else 1
            for c in content:
                following.insert(index, c)
                index += 1
            parent.remove(marked)
        else:
            mark = marked.find(f"{q('pPr')}/{q('rPr')}/{q(drop)}")
            mark.getparent().remove(mark)  # type: ignore[union-attr]


def paragraphs(body: etree._Element) -> list[str]:
    """Text of each paragraph; bold runs as **x**, italic as _x_ (formatting is compared too)."""
    out = []
    for p in body.iter(q("p")):
        runs: list[list] = []
        for r in p.iter(q("r")):
            text = "".join(t.text or "" for t in r.iter(q("t"), q("delText")))
            if not text:
                continue
            rpr = r.find(q("rPr"))
            fmt = (rpr is not None and rpr.find(q("b")) is not None,
                   rpr is not None and rpr.find(q("i")) is not None)
            if runs and runs[-1][1] == fmt:
                runs[-1][0] += text
            else:
                runs.append([text, fmt])
        out.append("".join(("**" if b else "") + ("_" if i else "") + text
                           + ("_" if i else "") + ("**" if b else "")
                           for text, (b, i) in runs))
    return out


def body_of(path: Path | bytes) -> etree._Element:
    data = path if isinstance(path, bytes) else path.read_bytes()
    import io

    root = etree.fromstring(zipfile.ZipFile(io.BytesIO(data)).read("word/document.xml"))
    body = root.find(q("body"))
    assert body is not None
    return body


def accepted(path: Path | bytes) -> list[str]:
    body = copy.deepcopy(body_of(path))
    _resolve(body, accept=True)
    return paragraphs(body)


def rejected(path: Path | bytes) -> list[str]:
    body = copy.deepcopy(body_of(path))
    _resolve(body, accept=False)
    return paragraphs(body)


def clean(path: Path | bytes) -> list[str]:
    return paragraphs(body_of(path))
