"""Two .docx packages → one with the tracked changes that lead from the old to the new.

The output is the new package: its styles, numbering, headers, footers, notes and images stay;
the body and the notes are rewritten with revisions against the old ones.
"""

from __future__ import annotations

import itertools
from dataclasses import replace

from .adopt import Adopter
from .oxml import ENREF, ID, Element, block_key, qn
from .package import Package
from .revisions import resolve
from .story import diff_story
from .writer import Ctx

BODY = qn("w:body")


def read(data: bytes) -> Package:
    """A package with every existing revision accepted (raises NotADocx)."""
    pkg = Package.read(data)
    for name in pkg.story_parts():
        if b":del " in pkg.members[name] or b":ins " in pkg.members[name] or \
                b"Change " in pkg.members[name] or b":moveFrom" in pkg.members[name]:
            resolve(pkg.xml(name), accept=True)
    return pkg


def redline(old: Package, new: Package, author: str, date: str) -> bytes:
    """The tracked-changes document of `new` against `old`."""
    ids = itertools.count(new.max_id() + 1)
    adopter = Adopter(old, new, ids)
    main_o, main_n = old.main_part(), new.main_part()
    ctx = Ctx(author, date, ids, adopter.for_part(main_o, main_n))
    body_o, body_n = old.xml(main_o).find(BODY), new.xml(main_n).find(BODY)
    if body_o is not None and body_n is not None:
        diff_story(body_o, body_n, ctx)
    _diff_notes(old, new, ctx, adopter)
    return new.to_bytes()


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
