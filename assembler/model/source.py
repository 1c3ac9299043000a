"""What `load` reads, with the location of everything in it: common chapters, local additions
and local sections, and the whole of it as `Sources`."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..errors import Loc
from .config import Config
from .doc import Block, Mode, Section


@dataclass(frozen=True)
class Chapter:
    """A common source file: its top-level section, order and footnote definitions."""

    section: Section
    order: int
    footnotes: dict[str, tuple[Block, ...]] = field(hash=False, compare=False)
    loc: Loc = Loc("")


@dataclass(frozen=True)
class Addition:
    """A local addition to `section#slot` from one arena."""

    arena_id: str
    section_id: str
    slot: str
    mode: Mode
    reason: str
    blocks: tuple[Block, ...]
    footnotes: dict[str, tuple[Block, ...]] = field(hash=False, compare=False)
    loc: Loc = Loc("")
    target_loc: Loc = Loc("")


@dataclass(frozen=True)
class LocalSection:
    """A whole section written by one arena, placed after an existing section."""

    arena_id: str
    section: Section
    after: str
    footnotes: dict[str, tuple[Block, ...]] = field(hash=False, compare=False)
    loc: Loc = Loc("")
    after_loc: Loc = Loc("")


@dataclass(frozen=True)
class Sources:
    """Everything `load` read: configuration, common chapters, local additions and sections."""

    config: Config
    chapters: tuple[Chapter, ...]
    additions: tuple[Addition, ...]
    local_sections: tuple[LocalSection, ...]
    root: str = ""
