"""`assembler dialogue form|import|report ROUND`: the dialogue round with the arenas."""

from __future__ import annotations

from pathlib import Path

import click

from ..cliopts import CONTEXT, Group, PlanFolder, UserError, force_opt, plan_options
from ..errors import AssemblyError, Diagnostic, Diagnostics, ExitCode, Loc, shown
from ..i18n.messages import t


def _round(sources: Path, round_id: str):  # type: ignore[no-untyped-def]
    from ..pipeline import check
    from .dialogcfg import load_dialogue

    checked = check(sources)
    diags = Diagnostics()
    rnd = load_dialogue(sources, round_id, checked.sources.config, diags)
    diags.raise_if_errors()
    assert rnd is not None
    return checked.sources.config, rnd


@click.group("dialogue", cls=Group, context_settings=CONTEXT,
             short_help="A dialogue round with the arenas: forms, answers, compiled report.")
def dialogue_group() -> None:
    """A dialogue round with the local arenas: forms, answers, compiled report."""


@dialogue_group.command("form")
@click.argument("round_id", metavar="ROUND")
@click.argument("arenas", nargs=-1, metavar="[ARENA...]")
@plan_options("sources", "out", "templates", "template")
@force_opt
def form_cmd(round_id: str, arenas: tuple[str, ...], plan: PlanFolder, force: bool) -> None:
    """A form per arena of ROUND (default: every recipient) into OUT/ROUND/dialog/."""
    from ..output import write_outputs
    from .dialogue import dialogue_form, form_name

    sources, out = plan.sources, plan.out
    try:
        cfg, rnd = _round(sources, round_id)
        unknown = [a for a in arenas if a not in rnd.recipients]
        if unknown:
            raise AssemblyError([Diagnostic(rnd.loc, ExitCode.REFERENCE,
                                            t("{unknown!r} is not a recipient of {id}",
                                              unknown=unknown[0], id=rnd.id),
                                            t("recipients: {ids}", ids=", ".join(rnd.recipients)))])
        house = plan.plan_template()
        files = {form_name(a): dialogue_form(cfg, rnd, a, house)
                 for a in (arenas or rnd.recipients)}
        written = write_outputs(out / rnd.id / "dialog", files, force)
    except AssemblyError as exc:
        raise UserError(exc) from None
    for path in written:
        click.echo(t("wrote {path}", path=shown(path)))


@dialogue_group.command("import")
@click.argument("round_id", metavar="ROUND")
@click.argument("forms", nargs=-1, required=True, type=click.Path(path_type=Path))
@plan_options("sources", "responses")
@click.option("--force", is_flag=True, help="Replace answers already imported.")
def import_cmd(round_id: str, forms: tuple[Path, ...], plan: PlanFolder, force: bool) -> None:
    """Read filled dialogue forms into RESPONSES/ROUND/<arena>.yaml (all or nothing)."""
    from ..output import atomic_write
    from .dialogue import dump_answers, read_dialogue_form

    sources = plan.sources
    folder = plan.responses / round_id
    try:
        cfg, rnd = _round(sources, round_id)
        diags = Diagnostics()
        files: dict[Path, bytes] = {}
        for path in forms:
            got = read_dialogue_form(path, rnd, cfg, diags)
            if got is None:
                continue
            target = folder / f"{got.arena}.yaml"
            if target in files or (target.exists() and not force):
                diags.error(Loc(shown(path), 0, 0), ExitCode.OUTPUT,
                            t("answers from {arena!r} are already in {target}", arena=got.arena,
                              target=shown(target)),
                            t("rerun with --force to replace them"))
            files[target] = dump_answers(got, cfg.arena(got.arena).name)
        diags.raise_if_errors()
    except AssemblyError as exc:
        raise UserError(exc) from None
    for target, data in files.items():
        atomic_write(target, data)
        click.echo(t("wrote {path}", path=shown(target)))


@dialogue_group.command("report")
@click.argument("round_id", metavar="ROUND")
@plan_options("sources", "out", "responses", "templates", "template")
@force_opt
def report_cmd(round_id: str, plan: PlanFolder, force: bool) -> None:
    """All answers per question, attributed to the arena, into OUT/ROUND/dialog/."""
    from ..output import write_outputs
    from .dialogue_report import dialogue_report, load_answers

    sources, out, folder = plan.sources, plan.out, plan.responses
    try:
        cfg, rnd = _round(sources, round_id)
        diags = Diagnostics()
        ledger = load_answers(folder, rnd, diags)
        diags.raise_if_errors()
        data = dialogue_report(cfg, rnd, ledger, plan.plan_template(), folder, diags)
        written = write_outputs(out / rnd.id / "dialog", {f"sammanstallning-{rnd.id}.docx": data},
                                force)
    except AssemblyError as exc:
        raise UserError(exc) from None
    for path in written:
        click.echo(t("wrote {path}", path=shown(path)))
