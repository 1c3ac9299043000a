"""Swedish-like prose for the synthetic plans, drawn from a seeded generator."""

from __future__ import annotations

import random
import re
from collections.abc import Sequence
from typing import TypeVar

import vocab as v

T = TypeVar("T")
WORD_RE = re.compile(r"\w[\w'’-]*")


def count_words(markdown: str) -> int:
    """Words of running text: link targets, {#ids} and footnote labels are not words."""
    text = re.sub(r"\(#[^)]*\)|\{#[^}]*\}|\[\^[^\]]*\]:?", " ", markdown)
    return len(WORD_RE.findall(text))


class Writer:
    """Swedish-like prose from a seeded generator; every draw goes through `self.rng`."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.titles: dict[str, str] = {}
        self.notes = 0

    def pick(self, items: Sequence[T]) -> T:
        return items[self.rng.randrange(len(items))]

    def clause(self) -> str:
        return f"{self.pick(v.SUBJECTS)} {self.pick(v.VERBS)} {self.pick(v.OBJECTS)}"

    def sentence(self) -> str:
        s = self.clause()
        if self.rng.random() < 0.35:  # Swedish word order: the verb comes second
            head, _, tail = self.pick(v.VERBS).partition(" ")
            subject = self.pick(v.SUBJECTS)
            s = f"{self.pick(v.OPENERS)} {head} {subject[0].lower()}{subject[1:]}"
            s += f" {tail} {self.pick(v.OBJECTS)}" if tail else f" {self.pick(v.OBJECTS)}"
        if self.rng.random() < 0.7:
            s += f" {self.pick(v.ADVERBIALS)}"
        return s + "."

    def paragraph(self, lo: int, hi: int, extras: tuple[str, ...] = ()) -> tuple[str, str]:
        """(paragraph, footnote definitions); `extras` are variables/refs woven in."""
        parts = [self.sentence() for _ in range(self.rng.randint(lo, hi))]
        notes = ""
        for extra in extras:
            parts.insert(self.rng.randrange(len(parts) + 1), extra)
        if self.rng.random() < 0.3:
            self.notes += 1
            label = f"n{self.notes}"
            parts[-1] = parts[-1][:-1] + f".[^{label}]"
            source = f"{self.pick(v.OBJECTS).capitalize()}, {self.pick(v.PLACES)} 2024."
            notes = f"[^{label}]: {source}\n"
        return wrap(" ".join(parts)), notes

    def xref(self) -> str:
        target = self.pick(list(self.titles))
        return f"Se även [](#{target})."

    def bullets(self, ordered: bool) -> str:
        items = [f"{self.pick(v.OBJECTS).capitalize()} {self.pick(v.ADVERBIALS)}."
                 for _ in range(self.rng.randint(3, 6))]
        lead = "Lokalt prioriteras:" if not ordered else "Arbetet sker i följande steg:"
        marks = [f"{i + 1}." if ordered else "-" for i in range(len(items))]
        return lead + "\n\n" + "\n".join(f"{m} {wrap(t, '   ')}" for m, t in zip(marks, items,
                                                                          strict=True)) + "\n"

    def table(self) -> str:
        head = self.pick(v.TABLES).split("|")
        rows = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
        for _ in range(self.rng.randint(3, 7)):
            cells = [self.pick(v.OBJECTS).capitalize()] + [
                f"{self.pick(v.VERBS).capitalize()} {self.pick(v.OBJECTS)}" for _ in head[1:]]
            rows.append("| " + " | ".join(cells) + " |")
        return "\n".join(rows) + "\n"


def wrap(text: str, indent: str = "") -> str:
    """Hard-wrap at 100 columns like the hand-written sources, never inside a {{ variable }}."""
    lines, line = [], ""
    for word in text.replace("{{ ", "{{\0").replace(" }}", "\0}}").split():
        if line and len(line) + len(word) + len(indent) >= 100:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    return ("\n" + indent).join(lines + [line]).replace("\0", " ")
