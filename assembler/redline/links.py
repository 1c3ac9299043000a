"""Text that went into or out of a hyperlink is a change of text, as Word records a hyperlink
(a field) inserted over existing words: the old words deleted, the linked ones inserted.

The word diff sees only text; here its equal ranges are cut where the old and the new text differ
in the link they are in (none, or one by its anchor), and those parts become a deletion and an
insertion.
"""

from __future__ import annotations

from bisect import bisect_right

from .oxml import HYPERLINK, Element, qn
from .reader import Para
from .wordedit import Edit

ANCHOR, RID = qn("w:anchor"), qn("r:id")


def _key(link: Element | None) -> object:
    return None if link is None else ("link", link.get(ANCHOR), link.get(RID) is not None)


def _spans(p: Para) -> tuple[list[int], list[object]]:
    """Starts of the stream's spans and the link key of each."""
    starts: list[int] = []
    keys: list[object] = []
    for seg in p.segs:
        if seg.end == seg.start:
            continue
        holder = seg.run if seg.run is not None else seg.node
        key = _key(next(holder.iterancestors(HYPERLINK), None))
        if not keys or keys[-1] != key:
            starts.append(seg.start)
            keys.append(key)
    return starts, keys


def _at(spans: tuple[list[int], list[object]], pos: int) -> object:
    k = bisect_right(spans[0], pos) - 1
    return spans[1][k] if k >= 0 else None


def split_links(edit: Edit, old: Para, new: Para) -> Edit:
    """The edit with equal text whose link differs turned into a deletion and an insertion."""
    if next(old.el.iter(HYPERLINK), None) is None and next(new.el.iter(HYPERLINK), None) is None:
        return edit
    so, sn = _spans(old), _spans(new)
    equal, inserted, deleted = [], list(edit.inserted), list(edit.deleted)
    for a1, b1, n in edit.equal:
        cuts = {0, n} | {s - a1 for s in so[0] if a1 < s < a1 + n} | {
            s - b1 for s in sn[0] if b1 < s < b1 + n}
        bounds = sorted(cuts)
        for x, y in zip(bounds, bounds[1:], strict=False):
            if _at(so, a1 + x) == _at(sn, b1 + x):
                equal.append((a1 + x, b1 + x, y - x))
            else:
                deleted.append((b1 + x, a1 + x, a1 + y))
                inserted.append((b1 + x, b1 + y))
    return Edit(tuple(equal), tuple(sorted(inserted)), tuple(sorted(deleted)))
