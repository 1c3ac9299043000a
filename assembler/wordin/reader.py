"""The content of an area (a table cell) → model blocks and sub-sections.

Paragraphs, bulleted and numbered lists (nesting by list level, start numbers from the
numbering part), tables, quotes (style Quote) and sub-headings (FormSubheading2–4, Heading 1–4
or an outline level). Content controls are looked through: LibreOffice folds a block control
into its first paragraph, so the area is the whole cell, not the control.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from lxml import etree

from ..i18n.messages import t
from ..model import Block, Inline, ListBlock, Paragraph, Quote, Section, Table, Text, Var
from ..remiss.forms import w
from ..walk import plain
from .areas import SUBHEADING
from .areas_plan import TEXT_LABEL
from .inline_reader import FORM_LOC, InlineReader
from .wordpkg import WordPackage

HEADING_STYLES = {f"Heading{n}": n for n in range(1, 7)} | {
    f"{SUBHEADING}{n}": n for n in range(2, 5)}


@dataclass(frozen=True)
class _Item:
    level: int
    num: str
    ordered: bool
    start: int
    inlines: tuple[Inline, ...]
    abstract: str = ""
    restart: bool = False


@dataclass
class AreaContent:
    blocks: list[Block] = field(default_factory=list)
    sections: list[tuple[int, Section, list[Block]]] = field(default_factory=list)
    headings: int = 0


def _flatten(container: etree._Element) -> list[etree._Element]:
    """Block-level children (w:p, w:tbl), looking through content controls and custom XML."""
    out: list[etree._Element] = []
    for child in container:
        if child.tag in (w("p"), w("tbl")):
            out.append(child)
        elif child.tag in (w("sdt"), w("sdtContent"), w("customXml")):
            out.extend(_flatten(child))
    return out


def _style(para: etree._Element) -> str:
    style = para.find(f"{w('pPr')}/{w('pStyle')}")
    return style.get(w("val"), "") if style is not None else ""


class BlockReader:
    """Reads the blocks of one area with a shared InlineReader."""

    def __init__(self, pkg: WordPackage, labels: list[str], owner: str) -> None:
        self.pkg = pkg
        self.inline = InlineReader(pkg, self.note_blocks, labels)
        self.owner = owner

    def note_blocks(self, note: etree._Element) -> tuple[Block, ...]:
        return tuple(b for b in self.blocks(_flatten(note), allow_headings=False)[0])

    def list_item(self, para: etree._Element) -> tuple[str, int] | None:
        numpr = para.find(f"{w('pPr')}/{w('numPr')}")
        found: tuple[str, int] | None = None
        if numpr is not None:
            num, lvl = numpr.find(w("numId")), numpr.find(w("ilvl"))
            found = (num.get(w("val"), "0") if num is not None else "0",
                     int(lvl.get(w("val"), "0")) if lvl is not None else 0)
        else:
            found = self.pkg.style_numpr(_style(para))
        return found if found and found[0] not in ("", "0") else None

    def heading_level(self, para: etree._Element) -> int | None:
        sid = _style(para)
        if sid in HEADING_STYLES:
            return max(2, HEADING_STYLES[sid])
        outline = para.find(f"{w('pPr')}/{w('outlineLvl')}")
        level = (int(outline.get(w("val"), "9")) if outline is not None
                 else self.pkg.outline_level(sid))
        return max(2, level + 1) if level is not None and level < 6 else None

    def blocks(self, elements: list[etree._Element], allow_headings: bool = True
               ) -> tuple[list[Block], list[Section]]:
        content = AreaContent()
        items: list[_Item] = []
        for el in elements:
            if el.tag == w("tbl"):
                self.flush(items, content)
                self.emit(content, self.table(el))
                continue
            if el.find(f"{w('pPr')}/{w('rPr')}/{w('ins')}") is not None or el.find(
                    f"{w('pPr')}/{w('rPr')}/{w('del')}") is not None:
                self.inline.problems.append(t("a paragraph mark still tracked (accept or reject)"))
            if el.find(f"{w('pPr')}/{w('pPrChange')}") is not None:
                self.inline.problems.append(
                    t("a paragraph change still tracked (accept or reject)"))
            inlines = self.inline.paragraph(el)
            if _style(el) == "FormTextLabel" and plain(inlines).strip() == TEXT_LABEL:
                continue
            numbered = self.list_item(el)
            if numbered is not None and inlines:
                ordered, start, abstract, restart = self.pkg.list_kind(*numbered)
                items.append(_Item(numbered[1], numbered[0], ordered, start, inlines, abstract,
                                   restart))
                continue
            self.flush(items, content)
            if not inlines:
                continue
            level = self.heading_level(el)
            if level is not None:
                self.heading(level, inlines, content, allow_headings)
            elif _style(el) in ("Quote", "IntenseQuote"):
                self.emit(content, Quote((Paragraph(inlines, FORM_LOC),), FORM_LOC))
            else:
                self.emit(content, Paragraph(inlines, FORM_LOC))
        self.flush(items, content)
        return content.blocks, _close(content)

    def emit(self, content: AreaContent, block: Block) -> None:
        target = content.sections[-1][2] if content.sections else content.blocks
        if (isinstance(block, Quote) and target and isinstance(target[-1], Quote)):
            target[-1] = Quote(target[-1].blocks + block.blocks, FORM_LOC)
        else:
            target.append(block)

    def heading(self, level: int, inlines: tuple[Inline, ...], content: AreaContent,
                allow: bool) -> None:
        if not allow:
            self.inline.problems.append(
                t("a heading ({heading!r}); headings belong in a local section",
                  heading=plain(inlines).strip()))
            self.emit(content, Paragraph(inlines, FORM_LOC))
            return
        explicit = ""
        last = inlines[-1] if inlines else None
        if isinstance(last, Text) and last.text.rstrip().endswith("}") and "{#" in last.text:
            head, _, tail = last.text.rpartition("{#")
            explicit = tail.rstrip().rstrip("}")
            inlines = (*inlines[:-1], *((Text(head.rstrip(), last.bold, last.italic),)
                                        if head.strip() else ()))
        content.headings += 1
        parents = [s for lvl, s, _ in content.sections if lvl < level and s.explicit_id]
        sid = explicit or f"{parents[-1].id if parents else self.owner}--{content.headings}"
        section = Section(sid, inlines, (), (), FORM_LOC, explicit_id=bool(explicit))
        content.sections.append((level, section, []))

    def flush(self, items: list[_Item], content: AreaContent) -> None:
        if items:
            index = 0
            while index < len(items):
                block, index = _build_list(items, index, items[index].level)
                self.emit(content, block)
            items.clear()

    def table(self, tbl: etree._Element) -> Table:
        rows: list[tuple[tuple[Inline, ...], ...]] = []
        align: list[str] = []
        for n, tr in enumerate(tbl.findall(w("tr"))):
            cells = []
            for tc in tr.findall(w("tc")):
                if tc.find(f".//{w('tbl')}") is not None:
                    self.inline.problems.append(t("a table inside a table cell"))
                paras = [p for p in tc.iter(w("p"))]
                parts = [self.inline.paragraph(p) for p in paras]
                joined: list[Inline] = []
                for part in (p for p in parts if p):
                    joined.extend(((Text(" "),) if joined else ()) + part)
                # A header row is bold by the table style; LibreOffice makes that direct bold.
                cells.append(tuple(_unbold(i) for i in joined) if n == 0 else tuple(joined))
                if n == 0:
                    jc = paras[0].find(f"{w('pPr')}/{w('jc')}") if paras else None
                    value = jc.get(w("val"), "left") if jc is not None else "left"
                    align.append({"end": "right"}.get(value, value)
                                 if value in ("center", "right", "end") else "left")
            rows.append(tuple(cells))
        cols = len(rows[0]) if rows else 0
        fitted = [tuple((*r, *((),) * cols)[:cols]) for r in rows]
        return Table(fitted[0] if fitted else (), tuple(fitted[1:]), tuple(align), FORM_LOC)


def _unbold(it: Inline) -> Inline:
    return replace(it, bold=False) if isinstance(it, Text | Var) else it


def _new_list(prev: _Item, it: _Item, first: _Item) -> bool:
    if it.ordered != first.ordered or it.abstract != first.abstract:
        return True
    return it.num != prev.num and it.num != first.num and it.restart


def _build_list(items: list[_Item], i: int, level: int) -> tuple[ListBlock, int]:
    first = items[i]
    entries: list[list[Block]] = []
    while i < len(items) and items[i].level >= level:
        it = items[i]
        if it.level == level:
            if entries and _new_list(items[i - 1] if i else first, it, first):
                break
            entries.append([Paragraph(it.inlines, FORM_LOC)])
            i += 1
        else:
            sub, i = _build_list(items, i, it.level)
            if entries:
                entries[-1].append(sub)
            else:
                entries.append([sub])
    start = first.start if first.ordered else 1
    return ListBlock(first.ordered, tuple(tuple(e) for e in entries), FORM_LOC, start), i


def _close(content: AreaContent) -> list[Section]:
    """The flat (level, section, blocks) list → a tree, as parse_body builds it."""
    top: list[Section] = []
    stack: list[tuple[int, Section, list[Block], list[Section]]] = []

    def close_to(level: int) -> None:
        while stack and stack[-1][0] >= level:
            _, sec, blocks, kids = stack.pop()
            done = Section(sec.id, sec.title, tuple(blocks), tuple(kids), FORM_LOC,
                           sec.explicit_id)
            (stack[-1][3] if stack else top).append(done)

    for level, section, blocks in content.sections:
        close_to(level)
        stack.append((level, section, blocks, []))
    close_to(0)
    return top
