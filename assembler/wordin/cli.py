"""`assembler local form` and `assembler local import`: the arenas' Word round trip."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from ..cli import UserError, out_opt, plan_template, sources_opt, template_opt
from ..errors import AssemblyError, Diagnostic, ExitCode, Loc


def form_name(arena_id: str) -> str:
    return f"lokal-text-{arena_id}.docx"


@click.group("local")
def local_group() -> None:
    """Local arenas write their text in Word: forms out, filled forms in."""


@local_group.command("form")
@click.argument("arenas", nargs=-1, metavar="ARENA...")
@click.option("--all", "all_", is_flag=True, help="A form for every arena.")
@sources_opt
@out_opt
@template_opt
@click.option("--force", is_flag=True, help="Overwrite forms even if edited since.")
def form_cmd(arenas: tuple[str, ...], all_: bool, sources: Path, out: Path,
             template: Path | None, templates_dir: Path | None, force: bool) -> None:
    """Write the Word form of ARENA (its slots, local sections and a new one) to OUT/lokal/."""
    from ..output import write_outputs
    from ..pipeline import check
    from .form import local_form

    try:
        checked = check(sources)
        known = [a.id for a in checked.sources.config.arenas]
        wanted = known if all_ else list(arenas)
        unknown = [a for a in wanted if a not in known]
        if unknown or not wanted:
            raise AssemblyError([Diagnostic(
                Loc(str(sources / "plan.yaml"), 0, 0), ExitCode.CONFIG,
                f"unknown arena {unknown[0]!r}" if unknown else "no arena given",
                "arenas: " + ", ".join(known) + " (or --all)")])
        house = plan_template(sources, template, templates_dir)
        files = {form_name(a): local_form(checked.sources, a, house, sources) for a in wanted}
        written = write_outputs(out / "lokal", files, force)
    except AssemblyError as exc:
        raise UserError(exc) from None
    for path in written:
        click.echo(f"wrote {path}")


@local_group.command("import")
@click.argument("form", type=click.Path(path_type=Path))
@sources_opt
@click.option("--yes", is_flag=True, help="Write the changes without asking.")
@click.option("--force", is_flag=True,
              help="Import even though the arena's sources changed since the form was made.")
def import_cmd(form: Path, sources: Path, yes: bool, force: bool) -> None:
    """Bring the text of a filled form back into sources/local/<arena>/."""
    from .importer import plan_import
    from .writeback import write_changes

    try:
        plan = plan_import(form, sources)
    except AssemblyError as exc:
        raise UserError(exc) from None
    for change in plan.changes:
        click.echo(f"== area {change.area.index}: {change.area.tag}")
        click.echo(change.diff(), nl=False)
    if plan.stale and not force:
        raise UserError(AssemblyError([Diagnostic(
            plan.form.loc, ExitCode.OUTPUT,
            "the arena's sources changed since the form was made: " + "; ".join(plan.stale),
            "the diffs above show what importing would overwrite; rerun with --force to "
            "import anyway, or make a new form")]))
    if not plan.changes:
        click.echo(f"nothing to change: the form matches sources/local/{plan.form.arena}/")
        return
    if not yes and not (sys.stdin.isatty() and click.confirm(
            f"write {len(plan.changes)} file(s)?", default=False)):
        click.echo("nothing written; rerun with --yes to write these changes")
        return
    write_changes(plan.changes)
    for change in plan.changes:
        click.echo(f"{'removed' if change.new is None else 'wrote'} {change.path}")
