"""The `assembler` command: parse arguments, call the pipeline, map errors to exit codes."""

from __future__ import annotations

import gc
import os
import sys
from pathlib import Path

import click

from .errors import AssemblyError, Diagnostic

INTERNAL_ERROR = 70


class UserError(click.ClickException):
    """Diagnostics printed as `path:line:col: message`, exit code of their class."""

    def __init__(self, error: AssemblyError) -> None:
        super().__init__(str(error))
        self.diagnostics = error.diagnostics
        self.exit_code = error.exit_code

    def show(self, file=None) -> None:  # type: ignore[no-untyped-def]
        _print_diagnostics(self.diagnostics)
        errors = sum(1 for d in self.diagnostics if not d.warning)
        warnings = len(self.diagnostics) - errors
        click.echo(f"{errors} error(s), {warnings} warning(s) treated as errors"
                   if warnings and errors == 0 else f"{errors} error(s)", err=True)


def _print_diagnostics(items: list[Diagnostic]) -> None:
    for d in items:
        click.echo(str(d), err=True)


sources_opt = click.option("--sources", "sources", type=click.Path(path_type=Path),
                           default=Path("sources"), show_default=True,
                           help="Folder with plan.yaml, common/ and local/.")
out_opt = click.option("--out", "out", type=click.Path(path_type=Path), default=Path("output"),
                       show_default=True, help="Folder for generated files.")
strict_opt = click.option("--strict", is_flag=True, help="Treat warnings as errors.")
round_opt = click.option("--round", "round_id", default=None,
                         help="Round to build (default: current_round in plan.yaml).")


class LazyGroup(click.Group):
    """Subcommands imported only when used (click's documented pattern), so that `check` and
    `build` do not pay for the remiss, batch and redline machinery."""

    lazy = {
        "remiss": "assembler.remiss.cli:remiss_group",
        "decision": "assembler.remiss.cli:decision_cmd",
        "batch": "assembler.remiss.cli:batch_cmd",
        "diff": "assembler.redline.cli:diff_cmd",
        "local": "assembler.wordin.cli:local_group",
        "dialogue": "assembler.wordin.dialogue_cli:dialogue_group",
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


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="plan-assembler")
def cli() -> None:
    """Assemble a joint county plan (common parts + local additions) into Word documents."""


@cli.command("check")
@sources_opt
@strict_opt
@click.option("--rounds", "rounds_dir", type=click.Path(path_type=Path), default=None,
              help="Folder of frozen rounds to verify (default: rounds/ beside --sources).")
def check_cmd(sources: Path, strict: bool, rounds_dir: Path | None) -> None:
    """Validate the sources and the frozen rounds; report every problem at once."""
    from .pipeline import check
    from .rounds import default_rounds_dir, verify

    folder = rounds_dir or default_rounds_dir(sources)
    frozen = sorted(p for p in folder.glob("*") if p.is_dir()) if folder.is_dir() else []
    problems = [d for p in frozen for d in verify(p)]
    from .remiss.validate import validate_process  # round, response and decision files

    try:
        checked = check(sources, strict=strict)
    except AssemblyError as exc:
        extra = validate_process(sources, None)
        raise UserError(AssemblyError(exc.diagnostics + problems + extra)) from None
    extra = validate_process(sources, checked)
    problems += [d for d in extra if strict or not d.warning]
    if problems:
        raise UserError(AssemblyError(problems))
    checked.diagnostics.items.extend(d for d in extra if d.warning)
    _print_diagnostics(checked.diagnostics.warnings)
    n = len(checked.sources.chapters)
    click.echo(f"ok: {n} common sections, {len(checked.sources.additions)} local additions, "
               f"{len(checked.sources.local_sections)} local sections, "
               f"{len(frozen)} frozen round(s) intact, "
               f"{len(checked.diagnostics.warnings)} warning(s)")


rounds_opt = click.option("--rounds", "rounds_dir", type=click.Path(path_type=Path), default=None,
                          help="Folder of frozen rounds (default: rounds/ beside --sources).")


def template_opt(fn):  # type: ignore[no-untyped-def]
    """--template FILE and --templates DIR, the same on every command that renders."""
    fn = click.option("--templates", "templates_dir", type=click.Path(path_type=Path),
                      default=None, help="Folder whose .docx files override the plan folder's "
                      "templates/ and the packaged templates, per file.")(fn)
    return click.option("--template", type=click.Path(path_type=Path), default=None,
                        help="The house plan template (default: plan.docx from --templates, "
                             "templates/ beside the sources, or the packaged one).")(fn)


def plan_template(sources: Path, template: Path | None, templates_dir: Path | None) -> Path:
    """The plan template of a run; exit 9 with its path when it is missing."""
    from .errors import Diagnostics
    from .templates import Templates

    chosen = Templates(template, templates_dir, sources.parent / "templates")
    diags = Diagnostics()
    chosen.check(diags, ("plan",))
    if diags.errors:
        raise UserError(AssemblyError(diags.errors))
    return chosen.path("plan")


@cli.command("build")
@sources_opt
@out_opt
@round_opt
@strict_opt
@click.option("--edition", "-e", "wanted", multiple=True,
              help="Edition id to build (repeatable; 'lan' is the county-wide one). Default: all.")
@template_opt
@click.option("--force", is_flag=True, help="Overwrite outputs even if edited by hand.")
@click.option("--against", default=None, metavar="ROUND",
              help="Also write tracked-changes editions against this frozen round.")
@rounds_opt
@click.option("--changes-appendix", is_flag=True,
              help="With --against: add the chapter 'Ändringar sedan föregående version'.")
def build_cmd(sources: Path, out: Path, round_id: str | None, strict: bool,
              wanted: tuple[str, ...], template: Path | None, templates_dir: Path | None,
              force: bool, against: str | None, rounds_dir: Path | None,
              changes_appendix: bool) -> None:
    """Build the Word editions into OUT/<round>/."""
    from .pipeline import build

    try:
        built = build(sources, out, plan_template(sources, template, templates_dir),
                      wanted or None, round_id, strict, force, against, rounds_dir,
                      changes_appendix)
    except AssemblyError as exc:
        raise UserError(exc) from None
    _print_diagnostics(built.checked.diagnostics.warnings)
    for path in built.written:
        click.echo(f"wrote {path}")
    for note in built.notes:
        click.echo(f"note: {note}")
    for edition, changes in built.changes.items():
        _print_changes(edition, against or "", changes)


def _print_changes(edition: str, against: str, changes: list) -> None:  # type: ignore[type-arg]
    ins = sum(c.inserted_words for c in changes)
    dele = sum(c.deleted_words for c in changes)
    click.echo(f"changes in {edition} since {against}: {len(changes)} section(s), "
               f"+{ins}/-{dele} words")
    for c in changes:
        arenas = f"; local text changed: {', '.join(c.arenas)}" if c.arenas else ""
        click.echo(f"  {c.number:<8} {c.title[:48]:<48} {c.status:<8} "
                   f"+{c.inserted_words}/-{c.deleted_words}{arenas}")


@cli.command("freeze")
@click.argument("round_id", metavar="ROUND")
@sources_opt
@rounds_opt
@template_opt
def freeze_cmd(round_id: str, sources: Path, rounds_dir: Path | None, template: Path | None,
               templates_dir: Path | None) -> None:
    """Store what ROUND is now (models, outputs, manifest) under rounds/ROUND/."""
    from .pipeline import freeze_round

    try:
        folder = freeze_round(sources, round_id, plan_template(sources, template,
                                                               templates_dir), rounds_dir)
    except AssemblyError as exc:
        raise UserError(exc) from None
    click.echo(f"froze round {round_id} into {folder}; commit it with the sources")


@cli.command("list")
@sources_opt
def list_cmd(sources: Path) -> None:
    """List editions, arenas, principals, slots and which arenas fill them."""
    from .compose import editions, slot_index
    from .pipeline import check, output_name

    try:
        checked = check(sources)
    except AssemblyError as exc:
        raise UserError(exc) from None
    src = checked.sources
    cfg = src.config
    click.echo(f"Round: {checked.round_id} (rounds: {', '.join(r.id for r in cfg.rounds)})")
    click.echo("Editions:")
    for e in editions(src):
        click.echo(f"  {e.id:<14} {output_name(e):<24} {e.name}")
    click.echo("Principals:")
    for p in cfg.principals:
        arenas = [a.id for a in cfg.arenas if p.id in a.principals]
        click.echo(f"  {p.id:<14} {p.name} ({p.decision_body}); arenas: {', '.join(arenas)}")
    click.echo("Arenas:")
    for a in cfg.arenas:
        click.echo(f"  {a.id:<14} {a.name}; principals: {', '.join(a.principals)}")
    click.echo("Slots:")
    for section, slots in slot_index(src).items():
        for name in slots:
            fills = [f"{x.arena_id}({x.mode})" for x in src.additions
                     if x.section_id == section and x.slot == name]
            click.echo(f"  {section}#{name}: {', '.join(fills) or '-'}")
    if src.local_sections:
        click.echo("Local sections:")
        for ls in src.local_sections:
            click.echo(f"  {ls.section.id} ({ls.arena_id}) after {ls.after}")


def main() -> None:
    """Console entry point; an unexpected exception is reported without a traceback."""
    # A run allocates many small, acyclic objects (tokens, model nodes): collect cycles rarely.
    gc.set_threshold(100_000, 50, 100)
    try:
        cli.main(standalone_mode=True)
    except SystemExit:
        raise
    except Exception as exc:  # noqa: BLE001 - last line of defence, keep output readable
        if os.environ.get("ASSEMBLER_DEBUG"):
            raise
        click.echo(f"internal error: {type(exc).__name__}: {exc}\n"
                   "This is a bug in plan-assembler; rerun with ASSEMBLER_DEBUG=1 and report it.",
                   err=True)
        sys.exit(INTERNAL_ERROR)
