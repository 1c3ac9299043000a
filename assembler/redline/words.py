"""Tokens a reader sees: whole words (with å ä ö and digits), single punctuation, whitespace runs.

A word keeps inner hyphens, apostrophes, colons and dots between letters or digits together
("hälso-", "t.ex", "2017:30", "1.2.3"), so an edit inside a number or a compound is one change.
Any other character (tabs, breaks and the private-use codes standing for fields, notes and
images) is a token of its own.
"""

from __future__ import annotations

import re

_TOKEN = re.compile(
    r"[^\W_]+(?:['’.:/,\-][^\W_]+)*"  # words and numbers, joined by inner punctuation
    r"|[ \u00a0]+"  # a run of spaces
    r"|.",  # anything else, one character at a time
    re.DOTALL,
)


def tokens(text: str) -> list[str]:
    """Split text into tokens whose concatenation is the text."""
    return _TOKEN.findall(text)


def is_word(token: str) -> bool:
    return token[:1].isalnum()


def is_blank(token: str) -> bool:
    """Whitespace or punctuation: too weak to hold two changes apart."""
    return not token[:1].isalnum() and len(token) <= 2 and ord(token[0]) < 0xE000
