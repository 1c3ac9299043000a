"""Click commands: `assembler remiss build|import|status`, `assembler decision`, `assembler batch`.

Parse arguments, call the workflow, map errors to exit codes; nothing else. Registered in
assembler/cli.py with `cli.add_command(...)`.
"""

from __future__ import annotations

import dataclasses
import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import click

from ..errors import AssemblyError, Diagnostic, ExitCode, Loc
from ..output import refuse_out_in_sources
from ..templates import Templates
from .batch import BatchResult, run, tasks
from .ledger import status_rows
from .pdf import soffice
from .workflow import PLAN_UNIT, Kind, load_status, prepare

INTERNAL_ERROR = 70


def _user_error(exc: AssemblyError) -> click.ClickException:
    from ..cli import UserError  # imported late: assembler.cli imports this module

    return UserError(exc)


def _warn(items: list[Diagnostic]) -> None:
    for d in items:
        click.echo(str(d), err=True)


def options(*names: str) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """The shared options, by name."""
    table = {
        "sources": click.option("--sources", type=click.Path(path_type=Path),
                                default=Path("sources"), show_default=True,
                                help="Folder with plan.yaml, common/, local/ and rounds/."),
        "out": click.option("--out", type=click.Path(path_type=Path), default=Path("output"),
                            show_default=True, help="Folder for generated files."),
        "responses": click.option("--responses", type=click.Path(path_type=Path),
                                  default=Path("responses"), show_default=True,
                                  help="Folder with <round>/<principal>.yaml response files."),
        "templates": click.option("--templates", type=click.Path(path_type=Path),
                                  default=None,
                                  help="Folder whose plan.docx, missiv.docx, svarsmall.docx or "
                                       "tjansteskrivelse.docx override templates/ beside the "
                                       "sources and the packaged templates, per file."),
        "template": click.option("--template", type=click.Path(path_type=Path), default=None,
                                 help="The house plan template (overrides plan.docx of "
                                      "--templates)."),
        "principal": click.option("--principal", "-p", "principals", multiple=True,
                                  help="Only this principal (repeatable). Default: all."),
        "force": click.option("--force", is_flag=True,
                              help="Overwrite outputs even if edited by hand."),
        "strict": click.option("--strict", is_flag=True, help="Treat warnings as errors."),
        "zip": click.option("--zip", "zip_", is_flag=True, help="Also one zip per principal."),
        "pdf": click.option("--pdf", is_flag=True,
                            help="Also PDF copies via LibreOffice (the answer form stays .docx)."),
    }

    def wrap(fn: Callable[..., Any]) -> Callable[..., Any]:
        for name in reversed(names):
            fn = table[name](fn)
        return fn

    return wrap


RUN_OPTIONS = ("sources", "out", "responses", "templates", "template", "principal", "force",
               "strict", "zip", "pdf")


@click.group("remiss", context_settings={"help_option_names": ["-h", "--help"]})
def remiss_group() -> None:
    """Remiss rounds: cover letters, answer forms, imported answers and their status."""


@remiss_group.command("build")
@click.argument("round_id", metavar="ROUND")
@options(*RUN_OPTIONS)
@click.option("--jobs", "-j", type=int, default=1, show_default=True, help="Parallel processes.")
def remiss_build(round_id: str, jobs: int, **kw: Any) -> None:
    """Missiv, plan editions and svarsmall for each principal into OUT/ROUND/remiss/."""
    _run(("remiss",), round_id, jobs=jobs, progress=False, **kw)


class _DecisionGroup(click.Group):
    """`assembler decision ROUND` builds; `assembler decision status ROUND` reads the register."""

    def resolve_command(self, ctx: click.Context, args: list[str]
                        ) -> tuple[str | None, click.Command | None, list[str]]:
        if args and args[0] not in self.commands:
            return "build", self.commands["build"], args
        return super().resolve_command(ctx, args)


@click.group("decision", cls=_DecisionGroup, invoke_without_command=False,
             context_settings={"help_option_names": ["-h", "--help"]})
def decision_cmd() -> None:
    """The decision step: `decision ROUND` writes the documents, `decision status ROUND` shows
    the register."""


@decision_cmd.command("build")
@click.argument("round_id", metavar="ROUND")
@options(*RUN_OPTIONS)
@click.option("--jobs", "-j", type=int, default=1, show_default=True, help="Parallel processes.")
def decision_build(round_id: str, jobs: int, **kw: Any) -> None:
    """Tjänsteskrivelser to the joint body and to each principal's deciding body, and the final
    plan editions, after remiss round ROUND (the default subcommand)."""
    _run(("beslut",), round_id, jobs=jobs, progress=False, **kw)


@decision_cmd.command("record")
@click.argument("round_id", metavar="ROUND")
@click.argument("principal")
@click.option("--date", "date_", required=True, type=click.DateTime(["%Y-%m-%d"]),
              help="Date of the decision, YYYY-MM-DD.")
@click.option("--paragraph", default="", help="The paragraph of the minutes, e.g. 187.")
@click.option("--outcome", default="antagen", show_default=True,
              type=click.Choice(["antagen", "antagen med ändringar", "avslagen",
                                 "återremitterad"]))
@click.option("--body", default="", help="The deciding body (default: from plan.yaml).")
@click.option("--protocol", default="", help="Protocol reference.")
@click.option("--note", default="", help="A note, e.g. what was changed.")
@click.option("--extract", type=click.Path(path_type=Path, exists=True, dir_okay=False),
              default=None, help="The protocol extract (.pdf/.docx): copied, sha256 recorded.")
@options("sources", "force")
def decision_record(round_id: str, principal: str, date_: Any, paragraph: str, outcome: str,
                    body: str, protocol: str, note: str, extract: Path | None, sources: Path,
                    force: bool) -> None:
    """Register PRINCIPAL's decision in decisions/<round>/PRINCIPAL.yaml."""
    from ..decisions import Decision
    from .register import record

    try:
        config_body = body
        if not config_body:
            from ..pipeline import check

            known = {p.id: p.decision_body for p in check(sources).sources.config.principals}
            config_body = known.get(principal, "")
        decision = Decision(principal, config_body, date_.date(), paragraph, outcome, protocol,
                            note)
        written = record(sources, round_id, decision, extract, force)
    except AssemblyError as exc:
        raise _user_error(exc) from None
    for path in written:
        click.echo(f"wrote {path}")


@decision_cmd.command("status")
@click.argument("round_id", metavar="ROUND")
@options("sources")
def decision_status(round_id: str, sources: Path) -> None:
    """Who has decided, how and when; who has not; whether the plan is in force."""
    from .register import headline, load_decision_status, rows, summary

    try:
        status = load_decision_status(sources, round_id)
    except AssemblyError as exc:
        raise _user_error(exc) from None
    click.echo(headline(status))
    table = rows(status)
    widths = [max(len(r[i]) for r in table) for i in range(4)]
    click.echo("  " + "  ".join(h.ljust(w) for h, w in zip(
        ("huvudman", "beslutsorgan", "datum", "§"), widths, strict=True)) + "  beslut")
    for row in table:
        click.echo("  " + "  ".join(v.ljust(w) for v, w in zip(row, widths, strict=False))
                   + "  " + row[4])
    for line in summary(status):
        click.echo(line)


@click.command("batch")
@click.argument("round_id", metavar="ROUND")
@click.option("--remiss", "only_remiss", is_flag=True, help="Only the remiss documents.")
@click.option("--decision", "only_decision", is_flag=True, help="Only the decision documents.")
@options(*RUN_OPTIONS)
@click.option("--jobs", "-j", type=int, default=0,
              help="Parallel processes (default: one per core).")
def batch_cmd(round_id: str, only_remiss: bool, only_decision: bool, jobs: int,
              **kw: Any) -> None:
    """Everything for all principals of ROUND, in parallel, with manifest.json."""
    kinds: tuple[Kind, ...] = ("remiss", "beslut")
    if only_remiss != only_decision:
        kinds = ("remiss",) if only_remiss else ("beslut",)
    _run(kinds, round_id, jobs=jobs, progress=True, **kw)


def _run(kinds: tuple[Kind, ...], round_id: str, *, sources: Path, out: Path, responses: Path,
         templates: Path | None, template: Path | None, principals: tuple[str, ...],
         force: bool, strict: bool, zip_: bool, pdf: bool, jobs: int, progress: bool) -> None:
    if pdf and soffice() is None:
        raise _user_error(AssemblyError([Diagnostic(
            Loc("--pdf", 0, 0), ExitCode.CONFIG, "LibreOffice (soffice) is not installed",
            "install it (apt-get install libreoffice-writer) or leave out --pdf")]))
    results: list[BatchResult] = []
    for kind in kinds:
        try:
            refuse_out_in_sources(out, sources)
            prep = prepare(kind, sources, round_id,
                           Templates(template, templates, sources.parent / "templates"),
                           responses, principals, strict)
            _warn(prep.diagnostics.warnings)
            prep = dataclasses.replace(prep, pdf=pdf)
            with _reporter(progress, kind, len(tasks(prep))) as report:
                results.append(run(prep, out, jobs=jobs, zip_=zip_, pdf=pdf, force=force,
                                   report=report))
        except AssemblyError as exc:
            raise _user_error(exc) from None
    _summarise(results, verbose=not progress)


@contextmanager
def _reporter(progress: bool, kind: str, total: int) -> Iterator[Callable[[str, bool], None]]:
    """A rich progress bar on a terminal; plain lines elsewhere (CI, pipes, tests)."""
    if progress and sys.stderr.isatty() and not os.environ.get("CI"):
        from rich.console import Console
        from rich.progress import Progress

        with Progress(console=Console(stderr=True), transient=True) as bar:
            task = bar.add_task(f"{kind}: rendering", total=total)
            yield lambda label, ok: bar.advance(task)
        return
    done = [0]

    def line(label: str, ok: bool) -> None:
        done[0] += 1
        if progress:
            click.echo(f"[{kind} {done[0]}/{total}] {label}: {'ok' if ok else 'FAILED'}")

    yield line


def _summarise(results: list[BatchResult], verbose: bool) -> None:
    failed = [(r, u) for r in results for u in r.failures]
    for result in results:
        files = sorted(f for u in result.units for f in u.files)
        if verbose:
            for f in files:
                click.echo(f"wrote {result.out / f}")
        ok = sum(1 for u in result.units if u.ok and u.unit not in (PLAN_UNIT, result.joint))
        joint = next((f" and {u.unit}" for u in result.units if u.ok and u.unit == result.joint),
                     "")
        click.echo(f"{result.kind}: {ok} principal(s){joint} done, {len(result.failures)} failed, "
                   f"{len(files)} file(s); manifest {result.manifest}")
    if not failed:
        return
    codes = []
    for result, unit in failed:
        click.echo(f"{result.kind}/{unit.unit}: FAILED", err=True)
        _warn(unit.diagnostics)
        if unit.internal:
            click.echo(f"    internal error: {unit.internal}", err=True)
            codes.append(INTERNAL_ERROR)
        codes += [int(d.code) for d in unit.diagnostics if not d.warning]
    sys.exit(min(codes) if codes else INTERNAL_ERROR)


@remiss_group.command("import")
@click.argument("forms", nargs=-1, required=True, type=click.Path(path_type=Path))
@options("sources", "responses")
@click.option("--round", "round_id", default=None,
              help="Reject forms that are not from this round.")
@click.option("--force", is_flag=True,
              help="Replace an existing response file instead of merging with it.")
@click.option("--empty-ok", is_flag=True,
              help="Record an untouched form as 'Inget att invända.' instead of refusing it.")
@click.option("--principal", "principal", default=None,
              help="Whose comments a plan edition returned with Word comments holds.")
def remiss_import(forms: tuple[Path, ...], sources: Path, responses: Path, force: bool,
                  round_id: str | None, empty_ok: bool, principal: str | None) -> None:
    """Read filled answer forms (.docx) into RESPONSES/<round>/<principal>.yaml; a form imported
    again is merged with the handlings already typed into the response file."""
    from .importer import import_forms

    try:
        result = import_forms(forms, sources, responses, round_id, force, empty_ok=empty_ok,
                              principal=principal)
    except AssemblyError as exc:
        raise _user_error(exc) from None
    for path in result.written:
        click.echo(f"wrote {path}")
    for conflict in result.conflicts:
        click.echo(f"conflict: {conflict}", err=True)


@remiss_group.command("reminder")
@click.argument("round_id", metavar="ROUND")
@click.option("--date", "date_", required=True, type=click.DateTime(["%Y-%m-%d"]),
              help="The date of the letters: who has not answered by then gets one.")
@options("sources", "out", "responses", "templates", "principal", "force")
def remiss_reminder(round_id: str, date_: Any, sources: Path, out: Path, responses: Path,
                    templates: Path | None, principals: tuple[str, ...], force: bool) -> None:
    """A reminder letter to each principal that has not answered ROUND by --date."""
    from .reminder import write_reminders

    try:
        prep = prepare("remiss", sources, round_id,
                       Templates(None, templates, sources.parent / "templates"), responses,
                       principals)
        ledger, _ = load_status(sources, responses, round_id)
        written = write_reminders(prep, ledger, date_.date(), out, force)
    except AssemblyError as exc:
        raise _user_error(exc) from None
    for path in written:
        click.echo(f"wrote {path}")
    if not written:
        click.echo("every recipient has answered: no reminders")


@remiss_group.command("status")
@click.argument("round_id", metavar="ROUND")
@options("sources", "responses")
def remiss_status(round_id: str, sources: Path, responses: Path) -> None:
    """Who has answered, who has not, how many comments, how many lack a handling."""
    try:
        ledger, checked = load_status(sources, responses, round_id)
    except AssemblyError as exc:
        raise _user_error(exc) from None
    config = checked.sources.config
    rows = status_rows(ledger, config)
    rc = ledger.round
    click.echo(f"{rc.round_id} ({rc.name}), svar senast {rc.end.isoformat()}: "
               f"{len(ledger.answered)} av {len(rc.recipients)} huvudmän har svarat")
    width = max(len(r[0]) for r in rows) if rows else 10
    click.echo(f"  {'huvudman':<{width}}  {'svar':<10}  {'synpunkter':>10}  {'ohanterade':>10}")
    for name, answered, count, open_ in rows:
        shown = "saknas" if answered == "–" else (answered or "inkommit")
        numbers = ("–", "–") if answered == "–" else (str(count), str(open_))
        click.echo(f"  {name:<{width}}  {shown:<10}  {numbers[0]:>10}  {numbers[1]:>10}")
    total = sum(r[2] for r in rows)
    unhandled = sum(r[3] for r in rows)
    click.echo(f"  {'totalt':<{width}}  {'':<10}  {total:>10}  {unhandled:>10}")
    missing = [config.principal(p).name for p in ledger.missing]
    if missing:
        click.echo("Svar saknas från: " + ", ".join(missing))
    for pid, day in sorted(rc.extensions.items(), key=lambda kv: kv[1]):
        click.echo(f"Anstånd: {config.principal(pid).name} till {day.isoformat()}")
