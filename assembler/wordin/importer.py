"""`assembler local import FORM.docx`: a filled form → changes to the arena's source files.

Every area becomes the file text a person would write: front matter kept (only `mode`,
`reason` or `title` updated), the body written by `mdwrite` and checked by parsing it back to
the same model. An area whose text did not change leaves its file untouched, byte for byte.
Nothing is written here; `write_changes` writes all files or none.
"""

from __future__ import annotations

import difflib
import json
import re
from dataclasses import dataclass
from pathlib import Path

from ..errors import AssemblyError, Diagnostics, ExitCode, Loc, shown
from ..i18n.messages import t
from ..load.markdown import parse_body
from ..load.sources import load
from ..model import Addition, Block, FootnoteRef, Inline, LocalSection, Section, Sources
from ..walk import plain
from .areas_plan import MODE_TEXT, Area, file_hashes, source_version
from .filled import FilledArea, FilledForm, read_local_form
from .mdwrite import write_body
from .normal import normalize_blocks, normalize_notes, normalize_sections


@dataclass(frozen=True)
class Change:
    """One source file: its text now (None: new) and after the import (None: removed)."""

    path: Path
    old: str | None
    new: str | None
    area: Area

    def diff(self) -> str:
        name = shown(self.path)
        lines = difflib.unified_diff((self.old or "").splitlines(True),
                                     (self.new or "").splitlines(True),
                                     f"a/{name}" if self.old is not None else "/dev/null",
                                     f"b/{name}" if self.new is not None else "/dev/null")
        return "".join(lines)


@dataclass(frozen=True)
class Plan:
    form: FilledForm
    changes: tuple[Change, ...]
    stale: tuple[str, ...]  # source files changed since the form was made


def footnote_order(blocks: tuple[Block, ...], sections: tuple[Section, ...] = ()) -> list[str]:
    found: list[str] = []

    def inl(items: tuple[Inline, ...]) -> None:
        for it in items:
            if isinstance(it, FootnoteRef) and it.label.rpartition("#")[2] not in found:
                found.append(it.label.rpartition("#")[2])
            elif hasattr(it, "children"):
                inl(it.children)  # type: ignore[attr-defined]

    def blk(items: tuple[Block, ...]) -> None:
        for b in items:
            for name in ("children",):
                if hasattr(b, name):
                    inl(getattr(b, name))
            for cells in (getattr(b, "header", ()), *getattr(b, "rows", ())):
                for cell in cells:
                    inl(cell)
            for item in getattr(b, "items", ()):
                blk(item)
            blk(getattr(b, "blocks", ()))

    blk(blocks)
    for s in sections:
        for sub in s.walk():
            inl(sub.title)
            blk(sub.blocks)
    return found


def _yaml(value: str) -> str:
    """A plain YAML scalar when it reads back unchanged, else a double-quoted one."""
    plain_ok = (value and value.strip() == value and ": " not in value and " #" not in value
                and not value.endswith(":") and value[0] not in "-?:,[]{}#&*!|>'\"%@`"
                and value.lower() not in ("yes", "no", "true", "false", "null", "on", "off", "~")
                and not value[0].isdigit())
    return value if plain_ok else json.dumps(value, ensure_ascii=False)


def _front(old: str | None, keys: dict[str, str | None]) -> str:
    """Front matter: the old lines kept, `keys` set (None removes the key)."""
    lines: list[str] = []
    if old:
        all_lines = old.split("\n")
        end = next((i for i in range(1, len(all_lines)) if all_lines[i].strip() == "---"), 1)
        lines = all_lines[1:end]
    out: list[str] = []
    done = set()
    for line in lines:
        key = line.split(":", 1)[0].strip()
        if key in keys and not line.startswith((" ", "\t")):
            done.add(key)
            if keys[key] is not None:
                out.append(f"{key}: {_yaml(keys[key] or '')}")
            continue
        out.append(line)
    out += [f"{k}: {_yaml(v)}" for k, v in keys.items() if k not in done and v is not None]
    return "---\n" + "\n".join(out) + "\n---\n"


def _slug(title: str) -> str:
    table = str.maketrans("åäöéü", "aaoeu")
    return re.sub(r"[^a-z0-9]+", "-", title.lower().translate(table)).strip("-")[:40] or "avsnitt"


def _body_of(old: str) -> str:
    lines = old.split("\n")
    end = next((i for i in range(1, len(lines)) if lines[i].strip() == "---"), 0)
    return "\n".join(lines[end + 1:])


def _same_text(fa: FilledArea, body: str, owner: str, diags: Diagnostics, where: str) -> bool:
    """Does `body` parse back to exactly what the area holds?"""
    parsed = parse_body(body, where, 1, where, owner, diags)
    return (normalize_blocks(parsed.blocks) == normalize_blocks(fa.blocks)
            and normalize_sections(parsed.sections) == normalize_sections(fa.sections)
            and normalize_notes(parsed.footnotes) == normalize_notes(fa.footnotes))


def _mode(fa: FilledArea, diags: Diagnostics, loc: Loc) -> str:
    text = fa.first.strip()
    for mode, shown_ in MODE_TEXT.items():
        if text.lower() in (mode, shown_.lower()):
            return mode
    if text:
        diags.error(loc, ExitCode.CONFIG, t("area {index} ({target}): unknown placement {text!r}",
                                            index=fa.area.index, target=fa.area.target, text=text),
                    t("choose one of: {values}", values="; ".join(MODE_TEXT.values())))
    return "append"


def _slot_change(fa: FilledArea, add: Addition | None, folder: Path, diags: Diagnostics,
                 loc: Loc) -> Change | None:
    area = fa.area
    mode = _mode(fa, diags, loc)
    reason = fa.second.strip()
    path = folder / (area.file or f"{area.target.replace('#', '-')}.md")
    old = path.read_text(encoding="utf-8") if area.file and path.is_file() else None
    if not fa.blocks and mode != "remove":
        return Change(path, old, None, area) if old is not None else None
    if mode in ("replace", "remove") and not reason:
        diags.error(loc, ExitCode.COMPOSE,
                    t("area {index} ({target}): the text {lower} but gives no reason",
                      index=area.index, target=area.target, lower=MODE_TEXT[mode].lower()),
                    t("write why the common text does not apply locally in the field Skäl"))
    if add is not None and old is not None and add.mode == mode and add.reason == reason and (
            _same_text(fa, _body_of(old), add.section_id, Diagnostics(), shown(path))):
        return None
    body = write_body(fa.blocks, (), fa.footnotes) if mode != "remove" else ""
    front = _front(old, {"target": area.target, "mode": mode,
                         "reason": reason if mode in ("replace", "remove") else None})
    return Change(path, old, front + body, area)


def _section_change(fa: FilledArea, ls: LocalSection | None, arena: str, folder: Path,
                    after: str, diags: Diagnostics, loc: Loc) -> Change | None:
    area = fa.area
    title = fa.first.strip()
    if area.kind == "new":
        if not title and not fa.blocks:
            return None
        sid = f"{arena}-{_slug(title)}"
        path, old = folder / f"{_slug(title)}.md", None
        keys: dict[str, str | None] = {"id": sid, "title": title, "after": after}
    else:
        path = folder / area.file
        old = path.read_text(encoding="utf-8") if path.is_file() else None
        if not title and not fa.blocks:
            return Change(path, old, None, area) if old is not None else None
        keys = {"title": title}
        if ls is not None and old is not None and title == plain(ls.section.title) and (
                _same_text(fa, _body_of(old), ls.section.id, Diagnostics(), shown(path))):
            return None
    if not title:
        diags.error(loc, ExitCode.SYNTAX, t("area {index}: a local section needs a title",
                                            index=area.index),
                    t("write the section's title in the field Rubrik"))
    text = _front(old, keys) + write_body(fa.blocks, fa.sections, fa.footnotes)
    if path.exists() and old is None:
        if path.read_text(encoding="utf-8") == text:
            return None  # imported before
        diags.error(loc, ExitCode.REFERENCE, t("area {index}: {path} already exists",
                                               index=area.index, path=shown(path)),
                    t("give the new section another title"))
    return Change(path, old, text, area)


def _after(value: str, sources: Sources, diags: Diagnostics, loc: Loc) -> str:
    """The section a new section follows, from the drop-down's text "3.2 Titel" or an id."""
    from .form import _common_text

    common = _common_text(sources)
    value = value.strip()
    for top in common.sections:
        for sec in top.walk():
            if not sec.explicit_id:
                continue
            shown_ = f"{common.numbers.get(sec.id, '')} {plain(sec.title)}"
            if value in (sec.id, shown_, plain(sec.title)):
                return sec.id
    diags.error(loc, ExitCode.REFERENCE,
                t("the new section is placed after {value!r}, which is no section of the plan",
                  value=value), t("choose the section in the drop-down"))
    return ""


def _labels(sources: Sources, arena: str) -> dict[str, list[str]]:
    out = {}
    for a in sources.additions:
        if a.arena_id == arena:
            out[Path(a.loc.path).name] = footnote_order(a.blocks)
    for ls in sources.local_sections:
        if ls.arena_id == arena:
            out[Path(ls.loc.path).name] = footnote_order(ls.section.blocks, ls.section.children)
    return out


def _stale(form: FilledForm, folder: Path) -> tuple[str, ...]:
    now = file_hashes(folder)
    if form.version == source_version(now):
        return ()
    out = [f"{name}: changed" for name in sorted(now) if name in form.files
           and form.files[name] != now[name]]
    out += [f"{name}: new since the form was made" for name in sorted(now)
            if name not in form.files]
    out += [f"{name}: removed since the form was made" for name in sorted(form.files)
            if name not in now]
    return tuple(out) or ("the sources' version differs from the form's",)


def plan_import(form_path: Path, sources_dir: Path) -> Plan:
    """Read the form and work out every file change; raises AssemblyError with all problems."""
    diags = Diagnostics()
    sources = load(sources_dir, diags)
    diags.raise_if_errors()
    assert sources is not None
    cfg = sources.config
    form = read_local_form(form_path, diags,
                           lambda arena, area: _labels(sources, arena).get(area.file, []))
    if form is None:
        diags.raise_if_errors()
        raise AssemblyError([])
    loc = form.loc
    if form.plan != cfg.plan.dnr:
        diags.error(loc, ExitCode.CONFIG,
                    t("the form belongs to another plan (dnr {plan}, this plan is {dnr})",
                      plan=form.plan, dnr=cfg.plan.dnr),
                    t("import it into the plan it was made for"))
    if form.arena not in {a.id for a in cfg.arenas}:
        diags.error(loc, ExitCode.CONFIG, t("the form is for arena {arena!r}, which this plan does "
                                            "not have", arena=form.arena),
                    t("arenas: {ids}", ids=", ".join(a.id for a in cfg.arenas)))
    diags.raise_if_errors()
    return Plan(form, _changes(form, sources, sources_dir, diags),
                _stale(form, sources_dir / "local" / form.arena))


def _changes(form: FilledForm, sources: Sources, sources_dir: Path,
             diags: Diagnostics) -> tuple[Change, ...]:
    folder = sources_dir / "local" / form.arena
    adds = {Path(a.loc.path).name: a for a in sources.additions if a.arena_id == form.arena}
    locals_ = {Path(x.loc.path).name: x for x in sources.local_sections
               if x.arena_id == form.arena}
    changes: list[Change] = []
    for fa in form.areas:
        for problem in fa.problems:
            diags.error(form.loc, ExitCode.SYNTAX, t("area {index} ({tag}): {problem}",
                                                     index=fa.area.index, tag=fa.area.tag,
                                                     problem=problem),
                        t("the plan text cannot hold it; change it in the form"))
        if fa.area.kind == "slot":
            change = _slot_change(fa, adds.get(fa.area.file), folder, diags, form.loc)
        else:
            after = (_after(fa.second, sources, diags, form.loc)
                     if fa.area.kind == "new" and (fa.first or fa.blocks) else "")
            change = _section_change(fa, locals_.get(fa.area.file), form.arena, folder, after,
                                     diags, form.loc)
        if change is None or change.new is None:
            changes += [change] if change is not None else []
            continue
        owner = (fa.area.target.partition("#")[0] if fa.area.kind == "slot"
                 else fa.area.target or "nytt")
        check = Diagnostics()
        if not _same_text(fa, _body_of(change.new), owner, check, shown(change.path)) or (
                check.errors):
            diags.error(form.loc, ExitCode.SYNTAX,
                        t("area {index} ({tag}): its text cannot be written as Markdown that "
                          "reads back the same", index=fa.area.index, tag=fa.area.tag),
                        t("simplify the formatting there (e.g. bold across punctuation)"))
        changes.append(change)
    diags.raise_if_errors()
    return tuple(changes)
