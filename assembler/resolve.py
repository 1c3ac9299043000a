"""resolve: heading numbers, cross-references, variables and footnotes of a composed `Document`.

After this stage the document holds only text, links and numbered notes: the renderer needs no
knowledge of the sources.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import Any

from .decisions import process_of
from .decisions import variables as decision_variables
from .errors import Diagnostics, ExitCode, Loc
from .i18n.messages import t
from .model import (
    Block,
    Composed,
    Config,
    CrossRef,
    Document,
    Edition,
    FootnoteRef,
    Inline,
    Link,
    LocalText,
    Note,
    Section,
    SectionLink,
    Text,
    Var,
)
from .model.syntax import VAR_RE
from .swedish import join_names, value_text
from .varhint import unknown_variable_hint
from .walk import plain, rebuild

MAX_EXPANSION = 100_000  # characters one variable may expand to


def base_context(config: Config, edition: Edition | None, round_id: str) -> dict[str, Any]:
    """The variables every text can use, as dotted names."""
    plan = config.plan
    ctx: dict[str, Any] = {
        f"plan.{k}": getattr(plan, k)
        for k in ("title", "short_title", "subtitle", "county", "region", "dnr", "version",
                  "valid_from", "date", "unit")
    }
    ctx["plan.authors"] = [a.name for a in plan.authors]
    rnd = next((r for r in config.rounds if r.id == round_id), None)
    if rnd is not None:
        ctx.update({"round.id": rnd.id, "round.name": rnd.name, "round.date": rnd.date,
                    "round.version": rnd.version or plan.version})
    if edition is not None:
        ctx.update({"edition.title": edition.title, "edition.name": edition.name})
    for s in config.strategies:
        ctx[f"strategies.{s.id}.name"] = s.name
    for p in config.principals:
        ctx[f"principals.{p.id}.name"] = p.name
    ctx["principals.names"] = [p.name for p in config.principals]
    ctx.update(decision_variables(config, process_of(config, round_id)))
    return ctx


def arena_context(config: Config, arena_id: str) -> dict[str, Any]:
    arena = config.arena(arena_id)
    return {"arena.id": arena.id, "arena.name": arena.name, "arena.short_name": arena.label,
            "arena.principals": join_names([config.principal(p).name for p in arena.principals])}


@dataclass
class Resolver:
    config: Config
    context: dict[str, Any]
    titles: dict[str, tuple[str, str]]  # section id → (number, plain title)
    footnotes: dict[str, tuple[Block, ...]]
    diags: Diagnostics
    used_notes: set[str] = field(default_factory=set)
    note_count: int = 0
    expanded: dict[tuple[str, Any], str | None] = field(default_factory=dict)  # memo

    # -- variables
    def variable(self, name: str, loc: Loc, ctx: dict[str, Any], stack: tuple[str, ...] = ()
                 ) -> str | None:
        if name.startswith("vars."):
            key = name[5:]
            if key not in self.config.variables:
                self._unknown(name, loc, ctx)
                return None
            if name in stack:
                self.diags.error(loc, ExitCode.REFERENCE,
                                 t("cycle in variables: {chain}",
                                   chain=" → ".join(stack + (name,))),
                                 t("make one of them plain text"))
                return None
            memo = (name, ctx.get("arena.id"))
            if memo not in self.expanded:
                raw, vloc = self.config.variables[key]
                self.expanded[memo] = self.expand(raw, vloc, ctx, stack + (name,))
            return self.expanded[memo]
        if name in ctx:
            return value_text(ctx[name])
        self._unknown(name, loc, ctx)
        return None

    def expand(self, raw: str, loc: Loc, ctx: dict[str, Any], stack: tuple[str, ...]) -> str | None:
        out, failed = [], False
        for part in re.split(VAR_RE, raw)[1::2]:
            value = self.variable(part, loc, ctx, stack)
            failed = failed or value is None
            out.append(value or "")
        if failed:
            return None
        if sum(map(len, out)) + len(raw) > MAX_EXPANSION:
            message = (t("variable {name} expands to more than {limit:,} characters",
                         name=repr(stack[-1]), limit=MAX_EXPANSION) if stack else
                       t("variable expands to more than {limit:,} characters",
                         limit=MAX_EXPANSION))
            self.diags.error(loc, ExitCode.REFERENCE, message,
                             t("a variable that uses another one several times grows fast"))
            return None
        it = iter(out)
        return VAR_RE.sub(lambda _m: next(it), raw)

    def _unknown(self, name: str, loc: Loc, ctx: dict[str, Any]) -> None:
        hint = unknown_variable_hint(name, ctx, self.config.variables, "arena.id" in ctx)
        self.diags.error(loc, ExitCode.REFERENCE, t("unknown variable {name}", name=repr(name)),
                         hint)

    # -- inlines and blocks
    def inlines(self, items: tuple[Inline, ...], ctx: dict[str, Any]) -> tuple[Inline, ...]:
        out: list[Inline] = []
        for it in items:
            if isinstance(it, Var):
                value = self.variable(it.name, it.loc, ctx)
                out.append(Text(value if value is not None else f"{{{{ {it.name} }}}}",
                                it.bold, it.italic))
            elif isinstance(it, CrossRef):
                out.append(self.cross_ref(it, ctx))
            elif isinstance(it, FootnoteRef):
                out.append(self.note(it, ctx))
            elif isinstance(it, Link):
                out.append(replace(it, children=self.inlines(it.children, ctx)))
            else:
                out.append(it)
        return merge_texts(out)

    def cross_ref(self, ref: CrossRef, ctx: dict[str, Any]) -> Inline:
        if ref.target not in self.titles:
            self.diags.error(ref.loc, ExitCode.REFERENCE,
                             t("reference to unknown section {target}", target=repr(ref.target)),
                             t("use the id of a heading ('id:' in front matter or '{#id}')"))
            return Text(f"[{ref.target}]")
        number, title = self.titles[ref.target]
        kids = self.inlines(ref.children, ctx)
        if kids:
            return SectionLink(ref.target, kids)
        return SectionLink(ref.target, (Text(f"avsnitt {number} {title}"),), number, title)

    def note(self, ref: FootnoteRef, ctx: dict[str, Any]) -> Inline:
        blocks = self.footnotes.get(ref.label)
        if blocks is None:
            self.diags.error(ref.loc, ExitCode.REFERENCE,
                             t("unknown footnote {label}", label=repr(ref.label)))
            return Text("")
        self.used_notes.add(ref.label)
        self.note_count += 1
        number = self.note_count
        return Note(number, self.blocks(blocks, ctx))

    def blocks(self, blocks: tuple[Block, ...], ctx: dict[str, Any]) -> tuple[Block, ...]:
        return tuple(self.block(b, ctx) for b in blocks)

    def block(self, b: Block, ctx: dict[str, Any]) -> Block:
        """A block resolved; a local text's blocks in its arena's context (arena.* variables)."""
        if isinstance(b, LocalText):
            ctx = {**ctx, **arena_context(self.config, b.arena_id)}
            b = replace(b, reason=self.expand(b.reason, b.loc, ctx, ()) or b.reason)
        return rebuild(b, blocks=lambda inner: self.blocks(inner, ctx),
                       inlines=lambda run: self.inlines(run, ctx))

    def section(self, s: Section, outer: dict[str, Any] | None = None) -> Section:
        ctx = outer or self.context  # sub-sections of a local section keep its arena
        if s.origin:
            ctx = {**self.context, **arena_context(self.config, s.origin)}
        return replace(s, title=self.inlines(s.title, ctx), blocks=self.blocks(s.blocks, ctx),
                       children=tuple(self.section(c, ctx) for c in s.children))


def merge_texts(items: list[Inline]) -> tuple[Inline, ...]:
    """Join neighbouring Text pieces with the same formatting (soft breaks, variables)."""
    out: list[Inline] = []
    pending: list[str] = []
    fmt: tuple[bool, bool, bool] | None = None

    def flush() -> None:
        if pending and fmt is not None:
            out.append(Text("".join(pending), *fmt))
        pending.clear()

    for it in items:
        if isinstance(it, Text):
            key = (it.bold, it.italic, it.code)
            if key != fmt:
                flush()
                fmt = key
            if it.text:
                pending.append(it.text)
        else:
            flush()
            fmt = None
            out.append(it)
    flush()
    return tuple(out)


def number_sections(sections: tuple[Section, ...], prefix: str = "", local: bool = False
                    ) -> dict[str, str]:
    """Outline numbers "3", "3.2", … of the common sections by position (Word's multilevel list).

    A local section never shifts the common numbering: it takes the number of the common
    section it follows plus a letter ("7.3 a", "7.3 b"; "2 a" after chapter 2), and its own
    sub-sections number below that ("7.3 a.1"). So a common section has the same number in the
    county-wide edition and in every arena's edition."""
    numbers: dict[str, str] = {}
    count = letters = 0
    for s in sections:
        if s.origin and not local:
            letters += 1
            base = f"{prefix}{count}" if count else (prefix.rstrip(".") or "0")
            numbers[s.id] = f"{base} {_letter(letters)}"
            numbers.update(number_sections(s.children, numbers[s.id] + ".", True))
        else:
            count, letters = count + 1, 0
            numbers[s.id] = f"{prefix}{count}"
            numbers.update(number_sections(s.children, f"{prefix}{count}.", local))
    return numbers


def _letter(n: int) -> str:
    """1 → "a", 26 → "z", 27 → "aa" (as spreadsheet columns)."""
    out = ""
    while n:
        n, rest = divmod(n - 1, 26)
        out = "abcdefghijklmnopqrstuvwxyz"[rest] + out
    return out


def label_local(sections: tuple[Section, ...], numbers: dict[str, str], local: bool = False
                ) -> tuple[Section, ...]:
    """Local sections (and their sub-sections) carry their typed number as `label`."""
    out = []
    for s in sections:
        inside = local or bool(s.origin)
        kids = label_local(s.children, numbers, inside)
        label = (Text(numbers[s.id]),) if inside and s.id in numbers else s.label
        out.append(replace(s, children=kids, label=label))
    return tuple(out)


def resolve(doc: Composed, config: Config, round_id: str, diags: Diagnostics) -> Document:
    """The resolved edition; every problem found is reported to `diags` (what could not be
    resolved is left as text, so that one run reports it all)."""
    numbers = number_sections(doc.sections)
    ctx = base_context(config, doc.edition, round_id)
    # Titles first (they may hold variables), so references can quote them.
    title_resolver = Resolver(config, ctx, {}, {}, Diagnostics())
    titles = {}
    for top in doc.sections:
        for s in top.walk():
            if s.explicit_id:
                sctx = {**ctx, **arena_context(config, s.origin)} if s.origin else ctx
                titles[s.id] = (numbers[s.id], plain(title_resolver.inlines(s.title, sctx)))
    resolver = Resolver(config, ctx, titles, doc.footnotes, diags)
    sections = label_local(tuple(resolver.section(s) for s in doc.sections), numbers)
    return Document(doc.edition, sections, doc.footnotes, numbers)


def unused_footnotes(doc: Composed, used: set[str]) -> list[str]:
    return sorted(set(doc.footnotes) - used)
