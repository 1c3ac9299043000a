"""What gets built: an `Edition`, its `Composed` text (compose's output, still holding the
sources' variables, references and footnote references) and its resolved `Document` (resolve's
output, what revise, render and freeze take).

The two document types are distinct so that mypy refuses a composed text where a resolved one
is due, and a `Document` checks on construction that no unresolved inline is left in it: what
render would otherwise have to skip in silence is an internal error at the stage boundary.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Literal

from .config import Arena
from .doc import SOURCE_ONLY, Block, Inline, LocalText, Section


@dataclass(frozen=True)
class Edition:
    """What gets built: the county-wide plan or one arena's plan."""

    id: str
    kind: Literal["county", "arena"]
    title: str
    name: str
    arena: Arena | None = None


COUNTY = "lan"  # edition id of the county-wide edition


@dataclass(frozen=True)
class Composed:
    """One edition's sections with the slots filled (compose), not yet resolved."""

    edition: Edition
    sections: tuple[Section, ...]
    footnotes: dict[str, tuple[Block, ...]] = field(hash=False, compare=False)


class UnresolvedError(TypeError):
    """A resolved Document was given an inline that only the sources hold (a bug, not input)."""


@dataclass(frozen=True)
class Document:
    """A resolved edition, ready to render: sections hold only text, links, numbered notes,
    pictures and tracked changes. `footnotes` keeps the definitions as written, for the frozen
    model and its hash only; the notes the reader sees are the `Note` inlines."""

    edition: Edition
    sections: tuple[Section, ...]
    footnotes: dict[str, tuple[Block, ...]] = field(hash=False, compare=False)
    numbers: dict[str, str] = field(default_factory=dict, hash=False, compare=False)

    def __post_init__(self) -> None:
        for section, item in _section_inlines(self.sections):
            if isinstance(item, SOURCE_ONLY):
                raise UnresolvedError(f"internal error: resolved edition {self.edition.id!r} "
                                      f"holds an unresolved {type(item).__name__} in section "
                                      f"{section.id!r}")


def _section_inlines(sections: tuple[Section, ...]) -> Iterator[tuple[Section, Inline]]:
    from ..walk import block_inlines, iter_blocks, iter_inlines  # walk imports the model

    for top in sections:
        for s in top.walk():
            labels = [b.label for b in iter_blocks(s.blocks) if isinstance(b, LocalText)]
            for run in (s.title, s.label, s.attribution, *labels):
                for item in iter_inlines(run or ()):
                    yield s, item
            for item in block_inlines(s.blocks):
                yield s, item
