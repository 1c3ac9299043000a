"""Comparing elements: a canonical key that equal content and formatting share.

Word and LibreOffice stamp every paragraph and run with editing-session ids (w:rsid*), and
paragraphs with w14:paraId/w14:textId; revisions, comments and bookmarks carry w:id. None of
them says anything about content, so the default key leaves them out.
"""

from __future__ import annotations

import functools
import re

from .parse import Element, serialize

NOISE = ("w:rsid*", "w14:paraId", "w14:textId", "w:id")


@functools.cache
def _attributes(ignore: tuple[str, ...]) -> re.Pattern[bytes]:
    names = "|".join(re.escape(n[:-1]) + r"\w*" if n.endswith("*") else re.escape(n)
                     for n in ignore)
    return re.compile(rf' (?:{names})="[^"]*"'.encode())


def key(el: Element, ignore: tuple[str, ...] = NOISE) -> bytes:
    """The element's serialization without the attributes named in `ignore` (prefixed names as
    Word writes them; a trailing * matches any ending): equal keys, equal elements."""
    data = serialize(el)
    return _attributes(ignore).sub(b"", data) if ignore else data
