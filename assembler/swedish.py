"""Swedish presentation of values: dates ("6 oktober 2023"), ranges with en dash, name lists."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

MONTHS = ("januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti",
          "september", "oktober", "november", "december")


def long_date(day: dt.date) -> str:
    """6 oktober 2023"""
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def date_range(start: dt.date, end: dt.date) -> str:
    """29 maj – 31 augusti 2023 (the year once when both ends share it)."""
    if start.year == end.year:
        left = f"{start.day} {MONTHS[start.month - 1]}"
        if start.month == end.month:
            left = f"{start.day}"
        return f"{left} – {long_date(end)}"
    return f"{long_date(start)} – {long_date(end)}"


def join_names(names: Sequence[str]) -> str:
    """A, B och C"""
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " och " + names[-1]


def value_text(value: object) -> str:
    """How a variable's value is printed in the plan."""
    if isinstance(value, dt.date):
        return long_date(value)
    if isinstance(value, (list, tuple)):
        return join_names([value_text(v) for v in value])
    return str(value)


NUMBER_WORDS = ("noll", "en", "två", "tre", "fyra", "fem", "sex", "sju", "åtta", "nio", "tio",
                "elva", "tolv")


def number_text(n: int, neuter: bool = False) -> str:
    """Numbers in running text: one to twelve in words ("sex av nio"), 13 and above as digits;
    `neuter` gives "ett" for a neuter noun ("ett yttrande")."""
    if 0 <= n < len(NUMBER_WORDS):
        return "ett" if n == 1 and neuter else NUMBER_WORDS[n]
    return f"{n:,}".replace(",", "\u00a0")
