"""Text boxes: the content of each w:txbxContent is a story of its own, diffed like a footnote.

A text box sits in a run as a drawing (wps:txbx), a VML picture (v:textbox), or both in
mc:AlternateContent (Choice and Fallback hold the same content twice). In the paragraph's diff
stream the text box is one item whose key is its anchor and shape without the content, so an
edit inside the box never deletes and re-inserts the anchor. The boxes of the Choice are diffed
as stories; the Fallback then gets a copy of the revised content (fresh revision ids, no
bookmarks), or is dropped when its boxes do not match the Choice's one to one.
"""

from __future__ import annotations

import copy
from collections.abc import Callable

from .oxml import ID, Element, block_key, qn

TXBX = qn("w:txbxContent")
ALTERNATE, CHOICE, FALLBACK = qn("mc:AlternateContent"), qn("mc:Choice"), qn("mc:Fallback")
HOSTS = {ALTERNATE, qn("w:drawing"), qn("w:pict"), qn("w:object")}
_REV = {qn(f"w:{n}") for n in ("ins", "del", "moveFrom", "moveTo", "rPrChange", "pPrChange",
                               "tblPrChange", "trPrChange", "tcPrChange", "sectPrChange",
                               "moveFromRangeStart", "moveFromRangeEnd", "moveToRangeStart",
                               "moveToRangeEnd", "cellIns", "cellDel")}
_DROP = {qn(f"w:{n}") for n in ("bookmarkStart", "bookmarkEnd", "commentRangeStart",
                                "commentRangeEnd", "permStart", "permEnd")}
_PARA_IDS = (qn("w14:paraId"), qn("w14:textId"))
StoryDiff = Callable[[Element, Element, object], None]


def has_textbox(item: Element) -> bool:
    return item.tag in HOSTS and next(item.iter(TXBX), None) is not None


def stories(item: Element) -> list[Element]:
    """The outermost text box contents of an item, in order, the Fallback's left out."""
    out = []
    for box in item.iter(TXBX):
        up = box.getparent()
        while up is not None and up is not item and up.tag not in (TXBX, FALLBACK):
            up = up.getparent()
        if up is None or up is item:
            out.append(box)
    return out


def anchor_key(item: Element) -> bytes:
    """The item without the content of its text boxes: what the anchor and shape are."""
    bare = copy.deepcopy(item)
    for box in list(bare.iter(TXBX)):
        box[:] = []
    return b"txbx" + block_key(bare)


def diff_textboxes(old: Element, new: Element, ctx: object, story: StoryDiff,
                   ids: Callable[[], int]) -> None:
    """Revise the text boxes of `new` in place against those of `old` (same anchor)."""
    revised = stories(new)
    pairs = list(zip(stories(old), revised, strict=False))
    for o, n in pairs:
        if block_key(o) != block_key(n):
            story(o, n, ctx)
    if new.tag == ALTERNATE:
        _sync_fallback(new, revised, ids)


def _sync_fallback(alt: Element, revised: list[Element], ids: Callable[[], int]) -> None:
    fallback = alt.find(FALLBACK)
    if fallback is None:
        return
    boxes = stories(fallback)
    if len(boxes) != len(revised):
        alt.remove(fallback)
        return
    for box, src in zip(boxes, revised, strict=True):
        box[:] = [fresh_copy(child, ids) for child in src if child.tag not in _DROP]


def fresh_copy(el: Element, ids: Callable[[], int]) -> Element:
    """A copy of revised content with new revision ids, no bookmarks and no paragraph ids."""
    out = copy.deepcopy(el)
    renamed: dict[str, str] = {}
    for node in list(out.iter()):
        tag = node.tag
        if tag in _DROP and node is not out:
            node.getparent().remove(node)  # type: ignore[union-attr]
        elif tag in _REV and node.get(ID) is not None:
            node.set(ID, renamed.setdefault(str(node.get(ID)), str(ids())))
        for name in _PARA_IDS:
            if name in node.attrib:
                del node.attrib[name]
    return out
