"""Old content pasted into the new document: styles, lists, images, links and notes it uses.

Deleted text and old properties come from the old package; whatever they refer to that the new
package lacks is copied over under fresh names, so the output has no dangling reference.
"""

from __future__ import annotations

import copy
import posixpath
from collections.abc import Callable, Iterator

from ..ooxml.ns import R_NS, RT
from ..ooxml.package import Package
from .oxml import ENREF, FNREF, ID, VAL, Element, qn

_STYLE_REFS = {qn("w:pStyle"), qn("w:rStyle"), qn("w:tblStyle"), qn("w:numStyleLink"),
               qn("w:styleLink")}
_STYLE_LINKS = (qn("w:basedOn"), qn("w:link"), qn("w:next"))
NUMID, ABSTRACT = qn("w:numId"), qn("w:abstractNumId")
R_ATTR = "{" + R_NS + "}"
DOCPR = qn("wp:docPr")
NOTE_KINDS = {FNREF: ("footnotes", qn("w:footnote")), ENREF: ("endnotes", qn("w:endnote"))}


class Adopter:
    """Copies what old content needs into the new package; one per diff, memoized."""

    def __init__(self, old: Package, new: Package, ids: Iterator[int]) -> None:
        self.old, self.new, self.ids = old, new, ids
        self.old_main, self.new_main = old.main_part(), new.main_part()
        self.styles = self._index("styles", qn("w:style"), qn("w:styleId"))
        self.nums = {n: n for n in self._index("numbering", qn("w:num"), NUMID)}
        self.parts: dict[str, str] = {}
        self.notes: dict[tuple[str, str], str] = {}

    def _index(self, kind: str, tag: str, attr: str) -> set[str]:
        part = self.new.part_of_type(self.new_main, kind)
        return set() if part is None else {str(e.get(attr)) for e in self.new.xml(part).iter(tag)}

    def for_part(self, old_part: str, new_part: str) -> Callable[[Element], Element]:
        """The adopt function for content moved from `old_part` into `new_part`."""
        return lambda el: self.adopt(el, old_part, new_part)

    def adopt(self, el: Element, old_part: str, new_part: str) -> Element:
        for node in el.iter():
            tag = node.tag
            if tag in _STYLE_REFS:
                self._style(str(node.get(VAL)))
            elif tag == NUMID and node.get(VAL) not in (None, "0"):
                node.set(VAL, self._num(str(node.get(VAL))))
            elif tag in NOTE_KINDS:
                node.set(ID, self._note(tag, str(node.get(ID))))
            elif tag == DOCPR:
                node.set("id", str(next(self.ids)))
            for name, value in node.attrib.items():
                if isinstance(name, str) and name.startswith(R_ATTR):
                    node.set(name, self._rel(str(value), old_part, new_part))
        return el

    def _style(self, style_id: str) -> None:
        if style_id in self.styles:
            return
        src = self.old.part_of_type(self.old_main, "styles")
        dst = self.new.part_of_type(self.new_main, "styles")
        if src is None or dst is None:
            return
        found = next((s for s in self.old.xml(src).iter(qn("w:style"))
                      if s.get(qn("w:styleId")) == style_id), None)
        if found is None:
            return
        self.styles.add(style_id)
        style = copy.deepcopy(found)
        self.new.xml(dst).append(style)
        for link in _STYLE_LINKS:
            target = style.find(link)
            if target is not None:
                self._style(str(target.get(VAL)))
        self.adopt(style, src, dst)

    def _num(self, num_id: str) -> str:
        if num_id in self.nums:
            return self.nums[num_id]
        src = self.old.part_of_type(self.old_main, "numbering")
        dst = self.new.part_of_type(self.new_main, "numbering")
        if src is None or dst is None:
            return num_id
        old_root, new_root = self.old.xml(src), self.new.xml(dst)
        old_num = next((n for n in old_root.iter(qn("w:num")) if n.get(NUMID) == num_id), None)
        if old_num is None:
            return num_id
        ref = old_num.find(ABSTRACT)
        abstract = next((a for a in old_root.iter(qn("w:abstractNum"))
                         if ref is not None and a.get(ABSTRACT) == ref.get(VAL)), None)
        new_id = str(1 + max([0, *(int(n.get(NUMID, 0)) for n in new_root.iter(qn("w:num")))]))
        self.nums[num_id] = new_id
        num = copy.deepcopy(old_num)
        num.set(NUMID, new_id)
        if abstract is not None and ref is not None:
            aid = str(1 + max([-1, *(int(a.get(ABSTRACT, 0))
                                     for a in new_root.iter(qn("w:abstractNum")))]))
            copied = copy.deepcopy(abstract)
            copied.set(ABSTRACT, aid)
            for nsid in copied.findall(qn("w:nsid")):
                copied.remove(nsid)
            first_num = new_root.find(qn("w:num"))
            if first_num is not None:
                first_num.addprevious(copied)
            else:
                new_root.append(copied)
            num.find(ABSTRACT).set(VAL, aid)  # type: ignore[union-attr]
        new_root.append(num)
        return new_id

    def _rel(self, rid: str, old_part: str, new_part: str) -> str:
        key = f"{old_part}#{rid}>{new_part}"
        if key not in self.parts:
            self.parts[key] = self._new_rel(rid, old_part, new_part)
        return self.parts[key]

    def _new_rel(self, rid: str, old_part: str, new_part: str) -> str:
        found = self.old.rels(old_part).get(rid)
        if found is None:
            return rid
        typ, target, mode = found
        if mode == "External":
            return self.new.add_rel(new_part, typ, target, external=True)
        if target not in self.parts:
            self.parts[target] = self._copy_part(target)
        return self.new.add_rel(new_part, typ, self.parts[target])

    def _copy_part(self, target: str) -> str:
        data = self.old.members.get(target, b"")
        if target not in self.new.members:
            self.new.members[target] = data
        if self.new.members[target] == data:
            ctype = self.old.content_type(target)
            if ctype and self.new.content_type(target) != ctype:
                self.new.set_content_type(target, ctype)
            return target
        folder, base = posixpath.split(target)
        n = 1
        while posixpath.join(folder, f"old{n}-{base}") in self.new.members:
            n += 1
        name = posixpath.join(folder, f"old{n}-{base}")
        self.new.members[name] = data
        ctype = self.old.content_type(target)
        if ctype:
            self.new.set_content_type(name, ctype)
        return name

    def _note(self, tag: str, old_id: str) -> str:
        kind, note_tag = NOTE_KINDS[tag]
        if (kind, old_id) in self.notes:
            return self.notes[(kind, old_id)]
        src = self.old.part_of_type(self.old_main, kind)
        dst = self.new.part_of_type(self.new_main, kind) or self._notes_part(kind, src)
        if src is None or dst is None:
            return old_id
        note = next((n for n in self.old.xml(src).iter(note_tag) if n.get(ID) == old_id), None)
        if note is None:
            return old_id
        root = self.new.xml(dst)
        new_id = str(1 + max([0, *(int(n.get(ID, 0)) for n in root.iter(note_tag)),
                              *(int(x) for x in self.notes.values())]))
        self.notes[(kind, old_id)] = new_id
        copied = copy.deepcopy(note)
        copied.set(ID, new_id)
        root.append(self.adopt(copied, src, dst))
        return new_id

    def _notes_part(self, kind: str, src: str | None) -> str | None:
        """A notes part for a new package that has none: the old one's separators only."""
        if src is None:
            return None
        root = copy.deepcopy(self.old.xml(src))
        for note in list(root):
            if note.get(qn("w:type")) in (None, "normal"):
                root.remove(note)
        name = f"word/{kind}.xml"
        self.new.put(name, root)
        self.new.set_content_type(name, str(self.old.content_type(src)))
        self.new.add_rel(self.new_main, RT + kind, name)
        return name


__all__ = ["Adopter"]
