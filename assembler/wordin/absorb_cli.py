"""`assembler absorb EDITED.docx`: edits made in a generated edition back into the sources."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

import click

from ..cliopts import CONTEXT, Command, PlanFolder, UserError, plan_options
from ..errors import AssemblyError, Diagnostic, ExitCode, Loc, shown
from ..i18n.messages import t

if TYPE_CHECKING:
    from .absorb import AbsorbPlan


@click.command("absorb", cls=Command, context_settings=CONTEXT,
               short_help="Edits made in a generated edition back into the sources.")
@click.argument("edited", type=click.Path(path_type=Path))
@plan_options("sources", "templates", "template")
@click.option("--yes", is_flag=True, help="Write the changes without asking.")
@click.option("--force", is_flag=True,
              help="Absorb even though the sources changed since the edition was built.")
def absorb_cmd(edited: Path, plan: PlanFolder, yes: bool, force: bool) -> None:
    """Map the edits made in EDITED (a clean edition, plain edits or tracked changes) back to
    the common sections and arenas' files they came from; report what cannot be mapped."""
    from .absorb import plan_absorb

    try:
        result = plan_absorb(edited, plan.sources, plan.plan_template())
    except AssemblyError as exc:
        raise UserError(exc) from None
    _report(result, edited, yes, force)


def _report(plan: AbsorbPlan, edited: Path, yes: bool, force: bool) -> None:
    click.echo(t("edition {edition} of round {round}", edition=plan.edition,
                 round=plan.round_id))
    if plan.pending:
        click.echo(t("tracked changes accepted as edited: {summary}",
                     summary=plan.pending.summary()))
    section = None
    for f in plan.findings:
        if f.section != section:
            section = f.section
            click.echo(f"== {section or t('(outside the sections)')}")
        click.echo(f"  {t('applied') if f.applied else t('NOT APPLIED')}: {f.where}: {f.text}")
    for change in plan.changes:
        click.echo(change.diff(), nl=False)
    if plan.stale and not force:
        raise UserError(AssemblyError([Diagnostic(
            Loc(shown(edited)), ExitCode.OUTPUT,
            t("the sources changed since the edition was built"),
            t("the diffs above show what absorbing would write; rerun with --force to absorb "
              "anyway, or build the edition again and redo the edits there"))]))
    if not plan.changes:
        click.echo(t("nothing to change in the sources"))
        return
    if not yes and not (sys.stdin.isatty() and click.confirm(
            t("write {n} file(s)?", n=len(plan.changes)), default=False)):
        click.echo(t("nothing written; rerun with --yes to write these changes"))
        return
    from .writeback import write_changes

    write_changes(plan.changes)  # type: ignore[arg-type]
    for change in plan.changes:
        click.echo(t("wrote {path}", path=shown(change.path)))
