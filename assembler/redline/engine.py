"""Two .docx packages → one with the tracked changes that lead from the old to the new.

The output is the new package: its styles, numbering, headers, footers, notes and images stay;
the body and the notes are rewritten with revisions against the old ones.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import replace

from ..ooxml.package import Package
from .adopt import Adopter
from .fields import follow_new_toc
from .oxml import ENREF, ID, SECTPR, Element, block_key, qn
from .props import track
from .revisions import resolve
from .story import diff_story
from .writer import Ctx

BODY = qn("w:body")
HDRREF, FTRREF, RID = qn("w:headerReference"), qn("w:footerReference"), qn("r:id")


def read(data: bytes, source: str = "document") -> Package:
    """A package with every existing revision accepted (an unreadable one raises
    AssemblyError naming `source`)."""
    pkg = Package.read(data, source)
    for name in pkg.story_parts():
        if b":del " in pkg.members[name] or b":ins " in pkg.members[name] or \
                b"Change " in pkg.members[name] or b":moveFrom" in pkg.members[name] or \
                b":cellIns" in pkg.members[name] or b":cellDel" in pkg.members[name]:
            resolve(pkg.xml(name), accept=True)
    return pkg


def redline(old: Package, new: Package, author: str, date: str, moves: bool = False,
            fields: bool = False) -> bytes:
    """The tracked-changes document of `new` against `old` (moves: w:moveFrom/w:moveTo).

    Without `fields`, the contents page (TOC field result) follows NEW untracked."""
    new.drop_macros()
    ids = itertools.count(max_id(new) + 1)
    adopter = Adopter(old, new, ids)
    main_o, main_n = old.main_part(), new.main_part()
    ctx = Ctx(author, date, ids, adopter.for_part(main_o, main_n), moves=moves)
    body_o, body_n = old.xml(main_o).find(BODY), new.xml(main_n).find(BODY)
    if body_o is not None and body_n is not None:
        if not fields:
            follow_new_toc(body_o, body_n)
        diff_story(body_o, body_n, ctx)
        track(body_o.find(SECTPR), body_n.find(SECTPR), ctx)
    _diff_notes(old, new, ctx, adopter)
    _diff_headers(old, new, ctx, adopter)
    return new.to_bytes()


def max_id(pkg: Package) -> int:
    """The largest w:id (or other *:id) in any story part: new ids start above it."""
    found = [0]
    for name in pkg.story_parts():
        found += [int(x) for x in re.findall(rb'\b\w+:id="(\d{1,9})"', pkg.members[name])]
    return max(found)


def _diff_headers(old: Package, new: Package, ctx: Ctx, adopter: Adopter) -> None:
    """Headers and footers of the same section (counted from the end) and kind are diffed."""
    olds, done = _header_parts(old), set()
    for key, new_part in _header_parts(new).items():
        old_part = olds.get(key)
        if old_part is None or new_part in done:
            continue
        done.add(new_part)
        old_root, new_root = old.xml(old_part), new.xml(new_part)
        if block_key(old_root) != block_key(new_root):
            diff_story(old_root, new_root, replace(ctx, adopt=adopter.for_part(old_part, new_part),
                                                   note_pairs=[]))


def _header_parts(pkg: Package) -> dict[tuple[int, str, str], str]:
    main = pkg.main_part()
    rels = pkg.rels(main)
    sections = list(pkg.xml(main).iter(SECTPR))
    out = {}
    for back, sect in enumerate(reversed(sections)):
        for ref in sect:
            if ref.tag in (HDRREF, FTRREF):
                found = rels.get(str(ref.get(RID)))
                if found is not None and found[1] in pkg.members:
                    out[(back, ref.tag, str(ref.get(qn("w:type"))))] = found[1]
    return out


def _diff_notes(old: Package, new: Package, ctx: Ctx, adopter: Adopter) -> None:
    index: dict[tuple[str, str], dict[str, Element]] = {}
    for tag, old_id, new_id in ctx.note_pairs:
        kind = "endnotes" if tag == ENREF else "footnotes"
        src = old.part_of_type(old.main_part(), kind)
        dst = new.part_of_type(new.main_part(), kind)
        if src is None or dst is None:
            continue
        old_note = _notes(index, old, src).get(old_id)
        new_note = _notes(index, new, dst).get(new_id)
        if old_note is not None and new_note is not None and \
                block_key(old_note) != block_key(new_note):
            diff_story(old_note, new_note, replace(ctx, adopt=adopter.for_part(src, dst),
                                                   note_pairs=[]))


def _notes(index: dict[tuple[str, str], dict[str, Element]], pkg: Package,
           part: str) -> dict[str, Element]:
    key = (str(id(pkg)), part)
    if key not in index:
        index[key] = {str(n.get(ID)): n for n in pkg.xml(part)}
    return index[key]
