"""The document tree: inlines and blocks (a small AST in the spirit of pandoc's) and sections.

One set of node types serves every stage. `SOURCE_ONLY` are the inlines written in the sources
that `resolve` replaces (a resolved `Document` refuses them); `SectionLink` and `Note` are what
it makes of them, `Revision` and `FormatChange` what `revise` adds.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from ..errors import Loc

# --------------------------------------------------------------------------- inlines


@dataclass(frozen=True)
class Text:
    text: str
    bold: bool = False
    italic: bool = False
    code: bool = False


@dataclass(frozen=True)
class LineBreak:
    pass


@dataclass(frozen=True)
class Link:
    url: str
    children: tuple[Inline, ...]


@dataclass(frozen=True)
class CrossRef:
    """`[](#id)` or `[text](#id)`; resolved to "avsnitt 3.2 Titel" with a link."""

    target: str
    children: tuple[Inline, ...]
    loc: Loc = field(compare=False)


@dataclass(frozen=True)
class Var:
    """`{{ plan.valid_from }}`; resolved to text."""

    name: str
    loc: Loc = field(compare=False)
    bold: bool = False
    italic: bool = False


@dataclass(frozen=True)
class FootnoteRef:
    label: str
    loc: Loc = field(compare=False)


@dataclass(frozen=True)
class Image:
    """`![alt](path "title")`: a PNG or JPEG picture read by `load` (see mdimage.py), with the
    alternative text a screen reader speaks. `data` is the file's bytes in base64, so that a
    frozen round's model keeps the picture it was sent with."""

    alt: str
    src: str  # as written in the source, relative to the source file
    media: str  # "png" | "jpeg"
    data: str
    title: str = ""


@dataclass(frozen=True)
class SectionLink:
    """A resolved cross-reference: link text and the bookmark it points to.

    With the default text ("avsnitt 3.2 Titel") `number` and `title` are set: the renderer writes
    them as REF fields to the heading's number and title, so they follow the headings."""

    anchor: str
    children: tuple[Inline, ...]
    number: str = ""
    title: str = ""


@dataclass(frozen=True)
class Note:
    """A resolved footnote: its number and its content."""

    number: int
    blocks: tuple[Block, ...]


@dataclass(frozen=True)
class Revision:
    """Tracked change of inline content: `kind` is "ins" or "del" (set by `revise`)."""

    kind: str
    children: tuple[Inline, ...]


@dataclass(frozen=True)
class FormatChange:
    """Text whose formatting changed; holds the old formatting (rendered as w:rPrChange)."""

    children: tuple[Inline, ...]
    old_bold: bool
    old_italic: bool


Inline = (Text | LineBreak | Link | CrossRef | Var | FootnoteRef | SectionLink | Note | Revision
          | FormatChange | Image)
# Written in the sources and replaced by `resolve`: a resolved Document holds none of them.
SOURCE_ONLY: tuple[type, ...] = (CrossRef, Var, FootnoteRef)

# --------------------------------------------------------------------------- blocks


@dataclass(frozen=True)
class Paragraph:
    children: tuple[Inline, ...]
    loc: Loc = field(compare=False)
    mark: str = ""  # "ins"/"del": the paragraph mark is a tracked change
    generated: bool = False  # written by the tool (an override's note), not by an arena


@dataclass(frozen=True)
class ListBlock:
    ordered: bool
    items: tuple[tuple[Block, ...], ...]
    loc: Loc = field(compare=False)
    start: int = 1


@dataclass(frozen=True)
class Table:
    header: tuple[tuple[Inline, ...], ...]
    rows: tuple[tuple[tuple[Inline, ...], ...], ...]
    align: tuple[str, ...]
    loc: Loc = field(compare=False)
    row_marks: tuple[str, ...] = ()  # per row, header first: "", "ins" or "del"


@dataclass(frozen=True)
class Quote:
    blocks: tuple[Block, ...]
    loc: Loc = field(compare=False)


@dataclass(frozen=True)
class Slot:
    """A named place for local text; `blocks` is the common text that fills it by default."""

    name: str
    blocks: tuple[Block, ...]
    loc: Loc = field(compare=False)


@dataclass(frozen=True)
class LocalText:
    """Text from an arena placed in a slot by `compose`, kept attributed for rendering."""

    arena_id: str
    arena_name: str
    mode: Mode
    reason: str
    blocks: tuple[Block, ...]
    show_attribution: bool
    loc: Loc = field(compare=False)
    mark: str = ""  # "ins"/"del": the whole local text is a tracked change
    # The label line printed above it ("Lokalt tillägg – Berg"), made by compose from the
    # phrases, so a changed wording is tracked like text; None: not printed, or a round frozen
    # before labels were part of the model (then the renderer words it).
    label: tuple[Inline, ...] | None = None


Block = Paragraph | ListBlock | Table | Quote | Slot | LocalText
Mode = Literal["append", "prepend", "replace", "remove"]
MODES: tuple[Mode, ...] = ("append", "prepend", "replace", "remove")
OVERRIDE_MODES: tuple[Mode, ...] = ("replace", "remove")

# --------------------------------------------------------------------------- sections


@dataclass(frozen=True)
class Section:
    """A heading with its content; `explicit_id` is False for auto ids that cannot be referenced."""

    id: str
    title: tuple[Inline, ...]
    blocks: tuple[Block, ...]
    children: tuple[Section, ...]
    loc: Loc = field(compare=False)
    explicit_id: bool = True
    origin: str = ""  # "" for common text, else the arena id of a local section
    level: int = 1
    mark: str = ""  # "ins"/"del": the whole section is a tracked change
    # The typed number of a heading outside the outline list: local sections ("7.3 a") never
    # take a number of the common numbering. Inlines, so a changed number is tracked as text.
    label: tuple[Inline, ...] = ()
    # A local section's label line in the county-wide edition ("Lokalt avsnitt – Åre"); None
    # as for LocalText.label.
    attribution: tuple[Inline, ...] | None = None

    def walk(self) -> list[Section]:
        out = [self]
        for child in self.children:
            out.extend(child.walk())
        return out
