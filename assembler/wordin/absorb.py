"""`assembler absorb EDITED.docx`: edits made in a generated edition → its source files.

The edition names itself in its custom properties (edition, round, plan, model hash). The same
sources are rendered again with their origin markers, both documents are cut into units by
marker (absorb_read), and each unit is read back into Markdown with the importer's walk. A
source block whose text changed is rewritten in its file (absorb_merge); everything else in
the file stays byte for byte. Edits to text the tool generates (labels, headings' numbers, the
cover and contents page, a variable's value) are reported, never applied. Before anything is
proposed, the changed sources are built once more in a scratch copy and must read back as the
edited document does. Nothing is written here (see writeback).
"""

from __future__ import annotations

import difflib
import io
import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import AssemblyError, Diagnostics, ExitCode, Loc, shown
from ..i18n.messages import t
from ..model import Document, Section
from ..ooxml.docxparts import PACKAGE_ERRORS
from ..pipeline import check
from ..render.body import bookmark_name
from ..render.docx import render
from ..render.origins import Origin, OriginMarks, model_hash
from ..walk import plain
from .absorb_heads import SourceHeading, heading_change, retitle, source_headings
from .absorb_merge import (
    Conflict,
    SourceBlock,
    block_spans,
    carry,
    markdown,
    rewrap,
    source_blocks,
    splice,
)
from .absorb_notes import (
    definition,
    definition_span,
    edited_labels,
    note_edits,
    read_md,
    with_notes,
)
from .absorb_read import FRAME, HEADING, Pending, Unit, W, read_edited, tokenize_refs, units
from .normal import normalize_notes
from .wordpkg import WordPackage, read_package


@dataclass(frozen=True)
class FileChange:
    path: Path
    old: str
    new: str
    name: str = ""  # as shown in the report (relative to the plan folder)

    def diff(self) -> str:
        name = self.name or shown(self.path)
        return "".join(difflib.unified_diff(self.old.splitlines(True), self.new.splitlines(True),
                                            f"a/{name}", f"b/{name}"))


@dataclass(frozen=True)
class Finding:
    section: str  # "3.2 Titel", or "" for the frame
    where: str  # the source file, or what generated the text
    text: str
    applied: bool


@dataclass(frozen=True)
class AbsorbPlan:
    edition: str
    round_id: str
    pending: Pending
    stale: bool  # the sources changed since the edition was built
    findings: tuple[Finding, ...]
    changes: tuple[FileChange, ...]


@dataclass
class _Edition:
    """One rendering of the edition: its package, units and marker table."""

    pkg: WordPackage
    units: dict[str, Unit]
    order: list[str]
    table: dict[str, Origin]


@dataclass
class _Work:
    doc: Document
    blocks: dict[tuple[str, int], SourceBlock]
    titles: dict[str, str]
    root: Path  # the plan folder (beside sources/): paths in the report are relative to it
    headings: dict[str, SourceHeading]
    retitles: dict[str, list[tuple[int, bool, str]]] = field(default_factory=dict)
    notes: dict[str, dict[str, str | None]] = field(default_factory=dict)  # path → label → text
    findings: list[Finding] = field(default_factory=list)
    edits: dict[tuple[str, int], str] = field(default_factory=dict)
    expected: dict[str, str] = field(default_factory=dict)  # unit name → Markdown after


def _fail(path: Path, message: str, hint: str = "", code: ExitCode = ExitCode.CONFIG) -> None:
    diags = Diagnostics()
    diags.error(Loc(shown(path)), code, message, hint)
    diags.raise_if_errors()


def _sections(doc: Document) -> list[Section]:
    return [s for top in doc.sections for s in top.walk()]


def _edition(pkg: WordPackage, doc: Document, table: dict[str, Origin]) -> _Edition:
    tokenize_refs(pkg.body, doc)
    found = units(pkg.body)
    return _Edition(pkg, {u.name: u for u in found}, [u.name for u in found], table)


def _read(path: Path) -> tuple[WordPackage, Pending]:
    try:
        return read_edited(path.read_bytes(), shown(path))
    except OSError as exc:
        _fail(path, t("cannot read: {strerror}", strerror=exc.strerror), code=ExitCode.SYNTAX)
    except PACKAGE_ERRORS as exc:
        _fail(path, t("not a readable Word document: {exc}", exc=exc), code=ExitCode.SYNTAX)
    raise AssertionError  # unreachable


def _render(doc: Document, checked: object, template: Path) -> _Edition:
    cfg = checked.sources.config  # type: ignore[attr-defined]
    marks = OriginMarks()
    data = render(doc, cfg, checked.round_id, template,  # type: ignore[attr-defined]
                  {a.id: a.name for a in cfg.arenas}, origins=marks)
    return _edition(read_package(io.BytesIO(data)), doc, marks.table)


def plan_absorb(edited: Path, sources_dir: Path, template: Path) -> AbsorbPlan:
    """Work out every source change an edited edition asks for; raises AssemblyError."""
    pkg, pending = _read(edited)
    props = pkg.properties
    edition, round_id = props.get("origin.edition", ""), props.get("origin.round", "")
    if not edition or not round_id:
        _fail(edited, t("not an edition built by plan-assembler (it carries no origin markers)"),
              t("absorb takes a clean edition (plan-<id>.docx) written by assembler build"))
    checked = check(sources_dir, [edition], round_id)
    cfg = checked.sources.config
    if props.get("origin.plan", cfg.plan.dnr) != cfg.plan.dnr:
        _fail(edited,
              t("the edition belongs to another plan (dnr {value}, this plan is {dnr})",
                value=props.get("origin.plan"), dnr=cfg.plan.dnr),
              t("absorb it into the plan it was built from"))
    doc = checked.documents[0]
    original = _render(doc, checked, template)
    work = _Work(doc, source_blocks(checked.sources),
                 {s.id: f"{doc.numbers.get(s.id, '')} {plain(s.title)}".strip()
                  for s in _sections(doc)}, sources_dir.resolve().parent,
                 source_headings(checked.sources))
    _compare(original, _edition(pkg, doc, {}), work)
    changes = _file_changes(work)
    if changes:
        _verify(changes, work, sources_dir, edition, round_id, template, edited)
    return AbsorbPlan(edition, round_id, pending, model_hash(doc) != props.get("origin.sources"),
                      tuple(work.findings), tuple(changes))


def _text(unit: Unit | None) -> str:
    return "\n".join("".join(t.text or "" for t in el.iter(f"{W}t"))
                     for el in (unit.elements if unit else ()))


def _compare(original: _Edition, edited: _Edition, work: _Work) -> None:
    section = ""
    for name in original.order:
        before, after = original.units[name], edited.units.get(name)
        origin = original.table.get(name)
        if name.startswith(HEADING):
            section = next((sid for sid in work.titles if bookmark_name(sid) == name), section)
        if origin is not None and before.source:
            _block(origin, before, after, original, edited, work)
            continue
        if name.startswith(HEADING):
            _heading(name, before, after, work, work.titles.get(section, ""))
            continue
        if _text(before) != _text(after):
            what = (t("the cover or contents page") if name == FRAME
                    else t("a heading") if name.startswith(HEADING) else t("a generated label"))
            work.findings.append(Finding(work.titles.get(section, ""), "generated",
                                         t("{what} was edited: {after!r}", what=what,
                                           after=_text(after)[:80]), False))
    for name in edited.order:
        if name not in original.units and _text(edited.units[name]).strip():
            work.findings.append(Finding("", "unplaced",
                                         t("text typed where no source block follows: {units!r}",
                                           units=_text(edited.units[name])[:80]), False))


def _heading(name: str, before: Unit, after: Unit | None, work: _Work, label: str) -> None:
    heading = work.headings.get(name)
    what, title = heading_change(name, before, after, heading)
    if not what:
        return
    where = "generated"
    if heading is not None:
        loc = heading.section.loc
        where = f"{_shown(Path(loc.path), work.root)}:{loc.line}"
        if title is not None:
            work.retitles.setdefault(loc.path, []).append((loc.line, heading.top, title))
    work.findings.append(Finding(label, where,
                                 what if title else t("{what}, not applied", what=what),
                                 title is not None))


def _block(origin: Origin, before: Unit, after: Unit | None, original: _Edition,
           edited: _Edition, work: _Work) -> None:
    sb = work.blocks.get((origin.loc.path, origin.loc.line))
    if sb is None:
        return
    labels = edited_labels(before.elements, after.elements if after else [], sb.labels)
    rendered, notes, _ = read_md(original.pkg, before, sb)
    new, new_notes, problems = read_md(edited.pkg, after, sb, labels)
    work.expected[before.name] = with_notes(rendered, notes)
    if rendered == new and normalize_notes(notes) == normalize_notes(new_notes):
        return
    where = f"{_shown(Path(origin.loc.path), work.root)}:{origin.loc.line}"
    label = work.titles.get(origin.section, origin.section)
    what = (t("deleted") if not new else t("changed") if rendered != new
            else t("footnote changed")) + (
        t(" ({arena}'s text)", arena=origin.arena) if origin.kind == "a" else "")
    try:
        if problems:
            raise Conflict("; ".join(dict.fromkeys(problems)))
        note_changes = note_edits(sb.notes, notes, new_notes)
        text = carry(markdown((sb.block,)), rendered, new)
    except Conflict as exc:
        work.findings.append(Finding(label, where,
                                     t("block {what}, not applied: {exc}", what=what,
                                       exc=exc), False))
        return
    if rendered != new:
        work.edits[(origin.loc.path, origin.loc.line)] = rewrap(text, sb.owner) if text else ""
    work.notes.setdefault(origin.loc.path, {}).update(note_changes)
    work.expected[before.name] = with_notes(new, new_notes)
    work.findings.append(Finding(label, where, t("block {what}", what=what), True))


def _shown(path: Path, root: Path) -> str:
    full = path.resolve()
    return full.relative_to(root).as_posix() if full.is_relative_to(root) else shown(path)


def _file_changes(work: _Work) -> list[FileChange]:
    by_file: dict[str, list[tuple[int, str]]] = {p: [] for p in (*work.retitles, *work.notes)}
    for (path, line), text in work.edits.items():
        by_file.setdefault(path, []).append((line, text))
    changes = []
    for path, edits in sorted(by_file.items()):
        old = Path(path).read_text(encoding="utf-8")
        spans = block_spans(old, path)
        missing = [line for line, _ in edits if line not in spans]
        if missing:
            raise AssertionError(f"{path}:{missing[0]}: no block starts there")
        lines = old.split("\n")  # titles change in place: the block spans stay valid
        for line, top, title in work.retitles.get(path, []):
            if not retitle(lines, line, top, title):
                raise AssertionError(f"{path}:{line}: no heading there")
        splices: list[tuple[int, int, str | None]] = [(*spans[ln], t) for ln, t in edits]
        for label, note in work.notes.get(path, {}).items():
            span = definition_span(lines, label)
            if span is None:
                raise AssertionError(f"{path}: no definition of [^{label}]")
            splices.append((*span, None if note is None else definition(label, note)))
        new = splice("\n".join(lines), splices)
        if new != old:
            changes.append(FileChange(Path(path), old, new, _shown(Path(path), work.root)))
    return changes


def _verify(changes: list[FileChange], work: _Work, sources_dir: Path, edition: str,
            round_id: str, template: Path, edited: Path) -> None:
    """Build the changed sources in a scratch copy: they must read back as edited."""
    root = sources_dir.resolve()
    with tempfile.TemporaryDirectory(prefix="absorb-") as tmp:
        copy = Path(tmp) / "sources"
        shutil.copytree(root, copy)
        for change in changes:
            (copy / change.path.resolve().relative_to(root)).write_text(change.new,
                                                                         encoding="utf-8")
        try:
            checked = check(copy, [edition], round_id)
        except AssemblyError as exc:
            _fail(edited, t("the edits would make the sources invalid: {problems}",
                            problems="; ".join(d.message for d in exc.diagnostics[:3])),
                  t("change the edited text, or edit the sources by hand"))
        again = _render(checked.documents[0], checked, template)
        blocks = source_blocks(checked.sources)
        got = [with_notes(*read_md(again.pkg, again.units[n],
                                     blocks[(o.loc.path, o.loc.line)])[:2])
               for n in again.order if (o := again.table.get(n)) is not None
               and again.units[n].source]
    want = [text for text in work.expected.values() if text]
    if "\n\n".join(got) != "\n\n".join(want):
        diff = difflib.unified_diff("\n\n".join(want).splitlines(), "\n\n".join(got).splitlines(),
                                    "edited", "rebuilt", lineterm="", n=0)
        _fail(edited, t("the changed sources would not build to the edited text: {diff}",
                        diff=" | ".join(list(diff)[2:6])),
              t("edit the sources by hand"), ExitCode.OUTPUT)
