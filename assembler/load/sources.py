"""load: the only stage that reads source files. sources/ → `Sources` (with positions).

Problems are collected, not raised, so that one run reports all of them.
"""

from __future__ import annotations

from pathlib import Path

from ..decisions import with_decisions
from ..errors import Diagnostics, ExitCode, Loc, shown
from ..i18n.messages import t
from ..model import MODES, OVERRIDE_MODES, Addition, Chapter, LocalSection, Section, Sources
from ..model.syntax import ID_RE
from .markdown import parse_body, parse_inline
from .plan import load_config
from .yamlsrc import Node, parse_front_matter

SECTION_KEYS = {"id", "title", "order"}
LOCAL_SECTION_KEYS = {"id", "title", "after"}
ADDITION_KEYS = {"target", "mode", "reason"}


def read_text(path: Path, diags: Diagnostics) -> str | None:
    try:
        return path.read_text(encoding="utf-8").replace("\r\n", "\n")
    except UnicodeDecodeError as exc:
        diags.error(Loc(shown(path), 1, exc.start + 1), ExitCode.SYNTAX,
                    t("file is not UTF-8"), t("save the file as UTF-8"))
    except OSError as exc:
        diags.error(Loc(shown(path), 0, 0), ExitCode.SYNTAX,
                    t("cannot read: {strerror}", strerror=exc.strerror))
    return None


def split_front_matter(text: str, path: str, diags: Diagnostics) -> tuple[Node, str, int] | None:
    """`---` YAML `---` then body; returns (front matter node, body, first body line)."""
    lines = text.split("\n")
    if not lines or lines[0].strip() != "---":
        diags.error(Loc(path, 1, 1), ExitCode.SYNTAX, t("missing front matter"),
                    t("start the file with a '---' line, YAML keys, and another '---' line"))
        return None
    try:
        end = next(i for i in range(1, len(lines)) if lines[i].strip() == "---")
    except StopIteration:
        diags.error(Loc(path, 1, 1), ExitCode.SYNTAX, t("front matter is not closed"),
                    t("add a '---' line after the front matter keys"))
        return None
    data, positions = parse_front_matter("\n".join(lines[1:end]), path, 2, diags)
    if data is None and "\n".join(lines[1:end]).strip():
        return None
    node = Node(data if data is not None else {}, path, 2, diags, Loc(path, 1, 1), positions)
    if not node.is_mapping(t("front matter")):
        return None
    return node, "\n".join(lines[end + 1:]), end + 2


def _section(node: Node, body_text: str, first: int, path: str, key: str,
             diags: Diagnostics, origin: str) -> tuple[Section, dict] | None:
    sid = node.text("id")
    title = node.text("title")
    if sid and not ID_RE.fullmatch(sid):
        diags.error(node.value_loc("id"), ExitCode.SYNTAX,
                    t("section id {sid!r} must be lowercase a-z, 0-9 and '-'", sid=sid))
    body = parse_body(body_text, path, first, key, sid, diags)
    title_inlines = parse_inline(title, path, node.value_loc("title").line, key, diags)
    section = Section(sid, title_inlines, body.blocks, body.sections, node.loc, True, origin)
    return section, body.footnotes


def source_key(path: Path, root: Path) -> str:
    """A source file's name inside the sources folder (`common/10-inledning.md`): the key of
    its footnote definitions, the same whatever the working directory, so that a built edition
    and a frozen model do not depend on where the tool was run."""
    try:
        return path.resolve().relative_to(root.resolve()).as_posix()
    except ValueError:  # not below the sources folder
        return path.name


def load_chapter(path: Path, diags: Diagnostics, root: Path) -> Chapter | None:
    text = read_text(path, diags)
    split = split_front_matter(text, shown(path), diags) if text is not None else None
    if split is None:
        return None
    node, body, first = split
    node.unknown_keys(SECTION_KEYS, t("a common section's front matter"))
    built = _section(node, body, first, shown(path), source_key(path, root), diags, "")
    if built is None:
        return None
    return Chapter(built[0], node.integer("order", 0), built[1], node.loc)


def load_local(path: Path, arena_id: str, diags: Diagnostics, root: Path
               ) -> Addition | LocalSection | None:
    text = read_text(path, diags)
    split = split_front_matter(text, shown(path), diags) if text is not None else None
    if split is None:
        return None
    node, body, first = split
    where = shown(path)
    key = source_key(path, root)
    if node.has("target"):
        node.unknown_keys(ADDITION_KEYS, t("a local addition's front matter"))
        target = node.text("target")
        section_id, _, slot = target.partition("#")
        if not section_id or not slot:
            diags.error(node.value_loc("target"), ExitCode.SYNTAX,
                        t("target {target!r} must be 'section-id#slot-name'", target=target))
        mode = node.text("mode", False, "append")
        if mode not in MODES:
            diags.error(node.value_loc("mode"), ExitCode.SYNTAX,
                        t("unknown mode {mode!r}", mode=mode),
                        t("use one of: {values}", values=", ".join(MODES)))
            mode = "append"
        reason = node.text("reason", False).strip()
        if mode in OVERRIDE_MODES and not reason:
            diags.error(node.value_loc("mode"), ExitCode.COMPOSE,
                        t("override (mode: {mode}) without a reason", mode=mode),
                        t("add 'reason: …' saying why the common text does not apply locally"))
        elif reason and mode not in OVERRIDE_MODES:
            diags.warn(node.value_loc("reason"),
                       t("the reason of a '{mode}' addition is not printed (only overrides show "
                                                   "their reason)", mode=mode),
                       t("remove it, or write it into the text"))
        parsed = parse_body(body, where, first, key, section_id, diags)
        if parsed.sections:
            diags.error(parsed.sections[0].loc, ExitCode.SYNTAX,
                        t("headings are not allowed in an addition to a slot"),
                        t("write a local section (id/title/after) instead"))
        if mode == "remove" and parsed.blocks:
            diags.warn(Loc(where, first, 1), t("text of a 'remove' addition is ignored"))
        return Addition(arena_id, section_id, slot, mode, reason,  # type: ignore[arg-type]
                        parsed.blocks, parsed.footnotes, node.loc, node.value_loc("target"))
    if node.has("title"):
        node.unknown_keys(LOCAL_SECTION_KEYS, t("a local section's front matter"))
        built = _section(node, body, first, where, key, diags, arena_id)
        if built is None:
            return None
        return LocalSection(arena_id, built[0], node.text("after"), built[1], node.loc,
                            node.value_loc("after"))
    diags.error(Loc(where, 1, 1), ExitCode.SYNTAX,
                t("local file is neither an addition nor a local section"),
                t("give 'target: section#slot' (an addition) or 'id', 'title', 'after' (a "
                  "section)"))
    return None


def load(root: Path, diags: Diagnostics) -> Sources | None:
    """Read everything under `root`; None if plan.yaml itself is unusable."""
    plan_path = root / "plan.yaml"
    if not plan_path.is_file():
        diags.error(Loc(shown(plan_path), 0, 0), ExitCode.SYNTAX, t("plan.yaml not found"),
                    t("is --sources {root} the sources folder?", root=shown(root)))
        return None
    text = read_text(plan_path, diags)
    config = load_config(text, shown(plan_path), diags) if text is not None else None
    chapters = [c for p in sorted((root / "common").glob("*.md"))
                if (c := load_chapter(p, diags, root)) is not None]
    if not chapters:
        diags.error(Loc(shown(root / "common"), 0, 0), ExitCode.SYNTAX,
                    t("no common sections (*.md) found"))
    additions: list[Addition] = []
    local_sections: list[LocalSection] = []
    arena_ids = {a.id for a in config.arenas} if config else set()
    local_root = root / "local"
    for folder in sorted(p for p in local_root.glob("*") if p.is_dir()):
        if config is not None and folder.name not in arena_ids:
            diags.error(Loc(shown(folder), 0, 0), ExitCode.REFERENCE,
                        t("folder for unknown arena {name!r}", name=folder.name),
                        t("arena folders are named by the ids in plan.yaml: {ids}",
                          ids=", ".join(sorted(arena_ids))))
            continue
        for path in sorted(folder.glob("*.md")):
            item = load_local(path, folder.name, diags, root)
            if isinstance(item, Addition):
                additions.append(item)
            elif isinstance(item, LocalSection):
                local_sections.append(item)
    if config is None:
        return None
    config = with_decisions(config, root)
    chapters.sort(key=lambda c: (c.order, c.section.id))
    return Sources(config, tuple(chapters), tuple(additions), tuple(local_sections),
                   shown(root))
