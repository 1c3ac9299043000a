"""`assembler dialogue form|import|report ROUND`: the dialogue round with the arenas."""

from __future__ import annotations

from pathlib import Path

import click

from ..cli import UserError, out_opt, plan_template, sources_opt, template_opt
from ..errors import AssemblyError, Diagnostic, Diagnostics, ExitCode, Loc, shown

responses_opt = click.option("--responses", type=click.Path(path_type=Path), default=None,
                             help="Folder of answers (default: responses/ beside --sources).")


def _round(sources: Path, round_id: str):  # type: ignore[no-untyped-def]
    from ..pipeline import check
    from .dialogcfg import load_dialogue

    checked = check(sources)
    diags = Diagnostics()
    rnd = load_dialogue(sources, round_id, checked.sources.config, diags)
    diags.raise_if_errors()
    assert rnd is not None
    return checked.sources.config, rnd


@click.group("dialogue")
def dialogue_group() -> None:
    """A dialogue round with the local arenas: forms, answers, compiled report."""


@dialogue_group.command("form")
@click.argument("round_id", metavar="ROUND")
@click.argument("arenas", nargs=-1, metavar="[ARENA...]")
@sources_opt
@out_opt
@template_opt
@click.option("--force", is_flag=True, help="Overwrite forms even if edited since.")
def form_cmd(round_id: str, arenas: tuple[str, ...], sources: Path, out: Path,
             template: Path | None, templates_dir: Path | None, force: bool) -> None:
    """A form per arena of ROUND (default: every recipient) into OUT/ROUND/dialog/."""
    from ..output import write_outputs
    from .dialogue import dialogue_form, form_name

    try:
        cfg, rnd = _round(sources, round_id)
        unknown = [a for a in arenas if a not in rnd.recipients]
        if unknown:
            raise AssemblyError([Diagnostic(rnd.loc, ExitCode.REFERENCE,
                                            f"{unknown[0]!r} is not a recipient of {rnd.id}",
                                            "recipients: " + ", ".join(rnd.recipients))])
        house = plan_template(sources, template, templates_dir)
        files = {form_name(a): dialogue_form(cfg, rnd, a, house)
                 for a in (arenas or rnd.recipients)}
        written = write_outputs(out / rnd.id / "dialog", files, force)
    except AssemblyError as exc:
        raise UserError(exc) from None
    for path in written:
        click.echo(f"wrote {path}")


@dialogue_group.command("import")
@click.argument("round_id", metavar="ROUND")
@click.argument("forms", nargs=-1, required=True, type=click.Path(path_type=Path))
@sources_opt
@responses_opt
@click.option("--force", is_flag=True, help="Replace answers already imported.")
def import_cmd(round_id: str, forms: tuple[Path, ...], sources: Path, responses: Path | None,
               force: bool) -> None:
    """Read filled dialogue forms into RESPONSES/ROUND/<arena>.yaml (all or nothing)."""
    from ..output import atomic_write
    from .dialogue import dump_answers, read_dialogue_form

    folder = (responses or sources.parent / "responses") / round_id
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
                            f"answers from {got.arena!r} are already in {shown(target)}",
                            "rerun with --force to replace them")
            files[target] = dump_answers(got, cfg.arena(got.arena).name)
        diags.raise_if_errors()
    except AssemblyError as exc:
        raise UserError(exc) from None
    for target, data in files.items():
        atomic_write(target, data)
        click.echo(f"wrote {target}")


@dialogue_group.command("report")
@click.argument("round_id", metavar="ROUND")
@sources_opt
@out_opt
@responses_opt
@template_opt
@click.option("--force", is_flag=True, help="Overwrite the report even if edited since.")
def report_cmd(round_id: str, sources: Path, out: Path, responses: Path | None,
               template: Path | None, templates_dir: Path | None, force: bool) -> None:
    """All answers per question, attributed to the arena, into OUT/ROUND/dialog/."""
    from ..output import write_outputs
    from .dialogue_report import dialogue_report, load_answers

    folder = responses or sources.parent / "responses"
    try:
        cfg, rnd = _round(sources, round_id)
        diags = Diagnostics()
        ledger = load_answers(folder, rnd, diags)
        diags.raise_if_errors()
        data = dialogue_report(cfg, rnd, ledger, plan_template(sources, template, templates_dir),
                               folder, diags)
        written = write_outputs(out / rnd.id / "dialog", {f"sammanstallning-{rnd.id}.docx": data},
                                force)
    except AssemblyError as exc:
        raise UserError(exc) from None
    for path in written:
        click.echo(f"wrote {path}")
