"""`assembler absorb EDITED.docx`: edits made in a generated edition back into the sources."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from ..cli import UserError, plan_template, sources_opt, template_opt
from ..errors import AssemblyError, Diagnostic, ExitCode, Loc, shown


@click.command("absorb")
@click.argument("edited", type=click.Path(path_type=Path))
@sources_opt
@template_opt
@click.option("--yes", is_flag=True, help="Write the changes without asking.")
@click.option("--force", is_flag=True,
              help="Absorb even though the sources changed since the edition was built.")
def absorb_cmd(edited: Path, sources: Path, template: Path | None,
               templates_dir: Path | None, yes: bool, force: bool) -> None:
    """Map the edits made in EDITED (a clean edition, plain edits or tracked changes) back to
    the common sections and arenas' files they came from; report what cannot be mapped."""
    from .absorb import plan_absorb
    from .writeback import write_changes

    try:
        plan = plan_absorb(edited, sources, plan_template(sources, template, templates_dir))
    except AssemblyError as exc:
        raise UserError(exc) from None
    click.echo(f"edition {plan.edition} of round {plan.round_id}")
    if plan.pending:
        click.echo(f"tracked changes accepted as edited: {plan.pending.summary()}")
    section = None
    for f in plan.findings:
        if f.section != section:
            section = f.section
            click.echo(f"== {section or '(outside the sections)'}")
        click.echo(f"  {'applied' if f.applied else 'NOT APPLIED'}: {f.where}: {f.text}")
    for change in plan.changes:
        click.echo(change.diff(), nl=False)
    if plan.stale and not force:
        raise UserError(AssemblyError([Diagnostic(
            Loc(shown(edited)), ExitCode.OUTPUT,
            "the sources changed since the edition was built",
            "the diffs above show what absorbing would write; rerun with --force to absorb "
            "anyway, or build the edition again and redo the edits there")]))
    if not plan.changes:
        click.echo("nothing to change in the sources")
        return
    if not yes and not (sys.stdin.isatty() and click.confirm(
            f"write {len(plan.changes)} file(s)?", default=False)):
        click.echo("nothing written; rerun with --yes to write these changes")
        return
    write_changes(plan.changes)  # type: ignore[arg-type]
    for change in plan.changes:
        click.echo(f"wrote {change.path}")
