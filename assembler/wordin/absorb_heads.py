"""Headings in absorb: a heading's title edited in Word goes back to its `## Title {#id}` line
(or the `title:` of the front matter for a file's top section); its number is generated.

The title is the text inside the heading's `_Sec_` bookmark, the typed number of a local
section the text inside its `_Num_Sec_` bookmark. A title with variables or formatting, and any
change of the number, is reported instead.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..i18n.messages import t
from ..model import Section, Sources, Text
from ..render.body import bookmark_name, number_bookmark
from .absorb_read import Unit, W
from .importer import _yaml
from .mdwrite import escape


@dataclass(frozen=True)
class SourceHeading:
    section: Section
    top: bool  # the file's top section: its title is in the front matter


def source_headings(sources: Sources) -> dict[str, SourceHeading]:
    """Bookmark name (`_Sec_…`) → the unresolved section it marks."""
    out: dict[str, SourceHeading] = {}
    tops = [c.section for c in sources.chapters] + [ls.section for ls in sources.local_sections]
    for top in tops:
        for s in top.walk():
            out[bookmark_name(s.id)] = SourceHeading(s, s is top)
    return out


def range_text(unit: Unit | None, name: str) -> str | None:
    """The text inside the bookmark `name` in the unit's first element (None: not there)."""
    if unit is None or not unit.elements:
        return None
    inside, found, parts = "", False, []
    for node in unit.elements[0].iter(f"{W}bookmarkStart", f"{W}bookmarkEnd", f"{W}t"):
        if node.tag == f"{W}bookmarkStart" and node.get(f"{W}name") == name:
            inside, found = node.get(f"{W}id", ""), True
        elif node.tag == f"{W}bookmarkEnd" and inside and node.get(f"{W}id") == inside:
            inside = ""
        elif node.tag == f"{W}t" and inside:
            parts.append(node.text or "")
    return "".join(parts).strip() if found else None


def heading_change(name: str, before: Unit, after: Unit | None, heading: SourceHeading | None
                   ) -> tuple[str, str | None]:
    """(what happened, the new title to write or None when it is only reported)."""
    if after is None:
        return t("a heading was deleted; delete the section in the sources"), None
    sid = heading.section.id if heading else ""
    number = number_bookmark(sid) if sid else ""
    if number and range_text(before, number) != range_text(after, number):
        return t("a heading's number was edited (numbers are generated)"), None
    old, new = range_text(before, name), range_text(after, name)
    if old == new:
        text = lambda u: "".join(el.text or "" for el in u.elements[0].iter(f"{W}t"))  # noqa: E731
        return ("", None) if text(before) == text(after) else (
            t("a heading's number was edited (numbers are generated)"), None)
    plain_title = heading is not None and all(
        isinstance(it, Text) and not (it.bold or it.italic or it.code)
        for it in heading.section.title)
    if not new or heading is None or not plain_title:
        return t("a heading was edited: {new!r} (edit it in the source)", new=new), None
    return t("heading renamed to {new!r}", new=new), new


_HEADING_LINE = re.compile(r"^(#{1,6}\s+)(.*?)(\s*\{#[^}]*\}\s*)?$")


def retitle(lines: list[str], line: int, top: bool, title: str) -> bool:
    """Set the title at file line `line` (1-based) in place; False if it is not found there."""
    if top:
        end = next((i for i in range(1, len(lines)) if lines[i].strip() == "---"), 0)
        for i in range(1, end):
            if lines[i].startswith("title:"):
                lines[i] = f"title: {_yaml(title)}"
                return True
        return False
    m = _HEADING_LINE.match(lines[line - 1]) if 0 < line <= len(lines) else None
    if m is None:
        return False
    lines[line - 1] = m.group(1) + escape(title) + (m.group(3) or "")
    return True
