"""`assembler local form` and `assembler local import`: the arenas' Word round trip."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from ..cliopts import CONTEXT, Group, PlanFolder, UserError, force_opt, plan_options
from ..errors import AssemblyError, Diagnostic, ExitCode, Loc, shown
from ..i18n.messages import t


def form_name(arena_id: str) -> str:
    return f"lokal-text-{arena_id}.docx"


@click.group("local", cls=Group, context_settings=CONTEXT,
             short_help="Arenas write their text in Word: forms out, filled forms in.")
def local_group() -> None:
    """Local arenas write their text in Word: forms out, filled forms in."""


@local_group.command("form")
@click.argument("arenas", nargs=-1, metavar="ARENA...")
@click.option("--all", "all_", is_flag=True, help="A form for every arena.")
@plan_options("sources", "out", "templates", "template")
@force_opt
def form_cmd(arenas: tuple[str, ...], all_: bool, plan: PlanFolder, force: bool) -> None:
    """Write the Word form of ARENA (its slots, local sections and a new one) to OUT/lokal/."""
    from ..output import write_outputs
    from ..pipeline import check
    from .form import local_form

    sources, out = plan.sources, plan.out
    try:
        checked = check(sources)
        known = [a.id for a in checked.sources.config.arenas]
        wanted = known if all_ else list(arenas)
        unknown = [a for a in wanted if a not in known]
        if unknown or not wanted:
            raise AssemblyError([Diagnostic(
                Loc(str(sources / "plan.yaml"), 0, 0), ExitCode.CONFIG,
                t("unknown arena {unknown!r}",
                  unknown=unknown[0]) if unknown else t("no arena given"),
                t("arenas: {ids} (or --all)", ids=", ".join(known)))])
        house = plan.plan_template()
        files = {form_name(a): local_form(checked.sources, a, house, sources) for a in wanted}
        written = write_outputs(out / "lokal", files, force)
    except AssemblyError as exc:
        raise UserError(exc) from None
    for path in written:
        click.echo(t("wrote {path}", path=shown(path)))


@local_group.command("import")
@click.argument("form", type=click.Path(path_type=Path))
@plan_options("sources")
@click.option("--yes", is_flag=True, help="Write the changes without asking.")
@click.option("--force", is_flag=True,
              help="Import even though the arena's sources changed since the form was made.")
def import_cmd(form: Path, plan: PlanFolder, yes: bool, force: bool) -> None:
    """Bring the text of a filled form back into sources/local/<arena>/."""
    from .importer import plan_import
    from .writeback import write_changes

    sources = plan.sources
    try:
        changes = plan_import(form, sources)
    except AssemblyError as exc:
        raise UserError(exc) from None
    for change in changes.changes:
        click.echo("== " + t("area {index}: {tag}", index=change.area.index,
                             tag=change.area.tag))
        click.echo(change.diff(), nl=False)
    if changes.stale and not force:
        raise UserError(AssemblyError([Diagnostic(
            changes.form.loc, ExitCode.OUTPUT,
            t("the arena's sources changed since the form was made: {changes}",
              changes="; ".join(changes.stale)),
            t("the diffs above show what importing would overwrite; rerun with --force to "
              "import anyway, or make a new form"))]))
    if not changes.changes:
        click.echo(t("nothing to change: the form matches sources/local/{arena}/",
                     arena=changes.form.arena))
        return
    if not yes and not (sys.stdin.isatty() and click.confirm(
            t("write {n} file(s)?", n=len(changes.changes)), default=False)):
        click.echo(t("nothing written; rerun with --yes to write these changes"))
        return
    write_changes(changes.changes)
    for change in changes.changes:
        click.echo(t("removed {path}" if change.new is None else "wrote {path}",
                     path=shown(change.path)))
