"""The `assembler` command: parse arguments, call the pipeline, map errors to exit codes."""

from __future__ import annotations

import gc
from pathlib import Path
from typing import TYPE_CHECKING

import click

from .cliopts import (
    CONTEXT,
    Group,
    PlanFolder,
    UserError,
    author_opt,
    echo_diagnostics,
    lang_opt,
    plan_options,
    reported,
    strict_opt,
    verbose_opt,
)
from .cliopts import main as run
from .errors import AssemblyError, Diagnostics, shown
from .i18n.messages import t

if TYPE_CHECKING:
    from .pipeline import Built
    from .rounds.changes import SectionChange


class LazyGroup(Group):
    """Subcommands registered declaratively by import path and imported only when used (click's
    documented pattern), so that `check` and `build` do not pay for the remiss, batch and
    redline machinery."""

    lazy = {
        "remiss": "assembler.remiss.cli:remiss_group",
        "decision": "assembler.remiss.decision_cli:decision_cmd",
        "batch": "assembler.remiss.cli:batch_cmd",
        "diff": "assembler.redline.cli:diff_cmd",
        "local": "assembler.wordin.cli:local_group",
        "dialogue": "assembler.wordin.dialogue_cli:dialogue_group",
        "init": "assembler.scaffold.cli:init_cmd",
        "absorb": "assembler.wordin.absorb_cli:absorb_cmd",
    }

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted([*super().list_commands(ctx), *self.lazy])

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name in self.lazy:
            import importlib

            module, _, name = self.lazy[cmd_name].partition(":")
            command = getattr(importlib.import_module(module), name)
            assert isinstance(command, click.Command)
            return command
        return super().get_command(ctx, cmd_name)


@click.group(cls=LazyGroup, context_settings=CONTEXT)
@click.version_option(package_name="plan-assembler")
@lang_opt
def cli() -> None:
    """Assemble a joint county plan (common parts + local additions) into Word documents.

    Every command works on a plan folder (--plan, default: the current folder) holding
    sources/, and beside it responses/, rounds/, decisions/, templates/ and output/.
    """


round_opt = click.option("--round", "round_id", default=None,
                         help="Round to build [default: current_round in plan.yaml].")


@cli.command("check", short_help="Validate the sources, templates, rounds and responses.")
@plan_options("sources", "out", "rounds", "responses", "templates", "template")
@strict_opt
def check_cmd(plan: PlanFolder, strict: bool) -> None:
    """Validate the sources, the templates and the frozen rounds; report every problem at
    once."""
    from .output import long_paths
    from .pipeline import check, output_names
    from .rounds.freeze import verify

    folder = plan.rounds
    frozen = sorted(p for p in folder.glob("*") if p.is_dir()) if folder.is_dir() else []
    diags = Diagnostics()
    plan.templates.check(diags, ("plan",))
    if not diags.errors:  # every template a run can pick: markers, fields and styles
        from .templates.verify import verify_all

        verify_all(plan.templates, diags)
    problems = diags.errors + [d for p in frozen for d in verify(p)]
    from .remiss.validate import validate_process  # round, response and decision files

    try:
        checked = check(plan.sources, strict=strict)
    except AssemblyError as exc:
        extra = validate_process(plan.sources, None, plan.responses)
        raise UserError(AssemblyError(exc.diagnostics + problems + extra,
                                      exc.more_may_follow)) from None
    extra = validate_process(plan.sources, checked, plan.responses, plan.templates)
    extra += diags.warnings
    extra += long_paths(plan.out / checked.round_id, output_names(checked))
    problems += [d for d in extra if strict or not d.warning]
    if problems:
        raise UserError(AssemblyError(problems))
    checked.diagnostics.items.extend(d for d in extra if d.warning)
    echo_diagnostics(checked.diagnostics.warnings)
    n = len(checked.sources.chapters)
    click.echo(t("ok: {sections} common sections, {additions} local additions, {local} local "
                 "sections, {frozen} frozen round(s) intact, {warnings} warning(s)",
                 sections=n, additions=len(checked.sources.additions),
                 local=len(checked.sources.local_sections), frozen=len(frozen),
                 warnings=len(checked.diagnostics.warnings)))


@cli.command("build", short_help="Write the Word editions into OUT/<round>/.")
@plan_options("sources", "out", "rounds", "templates", "template")
@round_opt
@strict_opt
@click.option("--edition", "-e", "wanted", multiple=True,
              help="Edition id to build (repeatable; 'lan' is the county-wide one) "
                   "[default: all].")
@click.option("--force", is_flag=True,
              help="Overwrite outputs edited by hand, and build a frozen round (--round) from "
                   "sources that changed since it was frozen (the result is then not what was "
                   "sent out).")
@click.option("--against", default=None, metavar="ROUND",
              help="Also write tracked-changes editions against this frozen round.")
@click.option("--changes-appendix", is_flag=True,
              help="With --against: add the chapter 'Ändringar sedan föregående version'.")
@author_opt
@verbose_opt
def build_cmd(plan: PlanFolder, round_id: str | None, strict: bool, wanted: tuple[str, ...],
              force: bool, against: str | None, changes_appendix: bool, author: str | None,
              verbose: bool) -> None:
    """Build the Word editions of a round into OUT/<round>/; with --against, also tracked-changes
    editions against a frozen round and their change summaries (changes-<edition>.json)."""
    from .pipeline import build

    with reported():
        built = build(plan.sources, plan.out, plan.plan_template(), wanted or None, round_id,
                      strict, force, against, plan.rounds, changes_appendix, author)
    echo_diagnostics(built.checked.diagnostics.warnings)
    if verbose:
        for path in built.written:
            click.echo(t("wrote {path}", path=shown(path)))
    for note in built.notes:
        click.echo(t("note: {note}", note=note))
    if verbose:
        for edition, changes in built.changes.items():
            _print_changes(edition, against or "", changes)
    click.echo(build_summary(built, plan.out, against))


def build_summary(built: Built, out: Path, against: str | None) -> str:
    """One line: what was built, where, how many tracked changes, how to open or convert."""
    folder = shown(out / built.checked.round_id)
    clean = len(built.checked.documents)
    line = t("built {n} edition(s) of round {round} into {folder}/", n=clean,
             round=built.checked.round_id, folder=folder)
    if against:
        sections = sum(len(c) for c in built.changes.values())
        ins = sum(x.inserted_words for c in built.changes.values() for x in c)
        dele = sum(x.deleted_words for c in built.changes.values() for x in c)
        line += t(", {n} with tracked changes against {against} ({sections} changed section(s) "
                  "over all editions, +{ins}/-{dele} words; summaries in changes-*.json)",
                  n=len(built.changes), against=against, sections=sections, ins=ins, dele=dele)
    if not built.written:
        line += t("; nothing changed since the last build")
    return line + t("; open them in Word or LibreOffice, or convert: {command}",
                    command=f"soffice --headless --convert-to pdf --outdir {folder} "
                            f"{folder}/*.docx")


def _print_changes(edition: str, against: str, changes: list[SectionChange]) -> None:
    ins = sum(c.inserted_words for c in changes)
    dele = sum(c.deleted_words for c in changes)
    click.echo(t("changes in {edition} since {against}: {n} section(s), +{ins}/-{dele} words",
                 edition=edition, against=against, n=len(changes), ins=ins, dele=dele))
    for c in changes:
        arenas = t("; local text changed: {arenas}", arenas=", ".join(c.arenas)) \
            if c.arenas else ""
        click.echo(f"  {c.number:<8} {c.title[:48]:<48} {c.status:<8} "
                   f"+{c.inserted_words}/-{c.deleted_words}{arenas}")


@cli.command("freeze", short_help="Store what a round is now under rounds/ROUND/.")
@click.argument("round_id", metavar="ROUND")
@plan_options("sources", "rounds", "templates", "template")
def freeze_cmd(round_id: str, plan: PlanFolder) -> None:
    """Store what ROUND is now (models, outputs, manifest) under rounds/ROUND/."""
    from .pipeline import freeze_round

    with reported():
        folder = freeze_round(plan.sources, round_id, plan.plan_template(), plan.rounds)
    click.echo(t("froze round {round} into {folder}; commit it with the sources",
                 round=round_id, folder=shown(folder)))


@cli.command("list", short_help="Editions, principals, arenas, slots and who fills them.")
@plan_options("sources")
def list_cmd(plan: PlanFolder) -> None:
    """List editions, arenas, principals, slots and which arenas fill them."""
    from .compose import editions, slot_index
    from .pipeline import check, output_name

    with reported():
        checked = check(plan.sources)
    src = checked.sources
    cfg = src.config
    click.echo(t("Round: {round} (rounds: {rounds})", round=checked.round_id,
                 rounds=", ".join(r.id for r in cfg.rounds)))
    click.echo(t("Editions:"))
    for e in editions(src):
        click.echo(f"  {e.id:<14} {output_name(e):<24} {e.name}")
    click.echo(t("Principals:"))
    for p in cfg.principals:
        arenas = [a.id for a in cfg.arenas if p.id in a.principals]
        click.echo(f"  {p.id:<14} {p.name} ({p.decision_body}); "
                   + t("arenas: {ids}", ids=", ".join(arenas)))
    click.echo(t("Arenas:"))
    for a in cfg.arenas:
        click.echo(f"  {a.id:<14} {a.name}; "
                   + t("principals: {ids}", ids=", ".join(a.principals)))
    click.echo(t("Slots:"))
    for section, slots in slot_index(src).items():
        for name in slots:
            fills = [f"{x.arena_id}({x.mode})" for x in src.additions
                     if x.section_id == section and x.slot == name]
            click.echo(f"  {section}#{name}: {', '.join(fills) or '-'}")
    if src.local_sections:
        click.echo(t("Local sections:"))
        for ls in src.local_sections:
            click.echo(f"  {ls.section.id} ({ls.arena_id}) "
                       + t("after {section}", section=ls.after))


def main() -> None:
    """Console entry point (also `python -m assembler`)."""
    # A run allocates many small, acyclic objects (tokens, model nodes): collect cycles rarely.
    gc.set_threshold(100_000, 50, 100)
    run(cli)
