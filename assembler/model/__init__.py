"""The model: frozen dataclasses, each source-derived object carrying its `Loc`.

    doc.py       inlines, blocks, sections; chapters, local additions and local sections
    config.py    plan.yaml: plan metadata, principals, arenas, strategies, rounds
    edition.py   Sources (everything `load` read), Edition, Document (one composed edition)
    syntax.py    the syntax of ids, heading ids, variables and footnote labels

Everything downstream of `load` works on these objects only; `assembler.walk` traverses them.
Every name is importable from `assembler.model`.
"""

from .config import Arena, Config, Person, PlanMeta, Principal, Round, Strategy
from .doc import (
    MODES,
    OVERRIDE_MODES,
    Addition,
    Block,
    Chapter,
    CrossRef,
    FootnoteRef,
    FormatChange,
    Inline,
    LineBreak,
    Link,
    ListBlock,
    LocalSection,
    LocalText,
    Mode,
    Note,
    Paragraph,
    Quote,
    Revision,
    Section,
    SectionLink,
    Slot,
    Table,
    Text,
    Var,
)
from .edition import COUNTY, Document, Edition, Sources

__all__ = ["COUNTY", "MODES", "OVERRIDE_MODES", "Addition", "Arena", "Block", "Chapter", "Config",
           "CrossRef", "Document", "Edition", "FootnoteRef", "FormatChange", "Inline", "LineBreak",
           "Link", "ListBlock", "LocalSection", "LocalText", "Mode", "Note", "Paragraph", "Person",
           "PlanMeta", "Principal", "Quote", "Revision", "Round", "Section", "SectionLink", "Slot",
           "Sources", "Strategy", "Table", "Text", "Var"]
