"""What `load` read as a whole (`Sources`), and what gets built: an `Edition` and its composed
`Document`."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from .config import Arena, Config
from .doc import Addition, Block, Chapter, LocalSection, Section


@dataclass(frozen=True)
class Sources:
    """Everything `load` read: configuration, common chapters, local additions and sections."""

    config: Config
    chapters: tuple[Chapter, ...]
    additions: tuple[Addition, ...]
    local_sections: tuple[LocalSection, ...]
    root: str = ""


COUNTY = "lan"  # edition id of the county-wide edition


@dataclass(frozen=True)
class Edition:
    """What gets built: the county-wide plan or one arena's plan."""

    id: str
    kind: Literal["county", "arena"]
    title: str
    name: str
    arena: Arena | None = None


@dataclass(frozen=True)
class Document:
    """A composed (and later resolved) edition, ready to render."""

    edition: Edition
    sections: tuple[Section, ...]
    footnotes: dict[str, tuple[Block, ...]] = field(hash=False, compare=False)
    numbers: dict[str, str] = field(default_factory=dict, hash=False, compare=False)
