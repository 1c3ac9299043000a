"""Click commands: `assembler remiss build|import|status|reminder` and `assembler batch`, and the
shared run of the remiss and decision documents (`run_kinds`; `assembler decision` is in
decision_cli.py).

Parse arguments, call the workflow, map errors to exit codes; nothing else. Registered by import
path in assembler/cli.py (`LazyGroup.lazy`); the shared options come from assembler/cliopts.py.
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

from ..cliopts import (
    CONTEXT,
    INTERNAL_ERROR,
    Command,
    Group,
    PlanFolder,
    UserError,
    echo_diagnostics,
    force_opt,
    jobs_opt,
    plan_options,
    principal_opt,
    reported,
    strict_opt,
    verbose_opt,
)
from ..errors import AssemblyError, Diagnostic, ExitCode, Loc, shown
from ..i18n.messages import t
from ..output import refuse_out_in_sources
from .batch import BatchResult, run, tasks
from .ledger import status_rows
from .lopdf import not_found
from .pdf import soffice
from .workflow import PLAN_UNIT, Kind, load_status, prepare

_warn = echo_diagnostics
zip_opt = click.option("--zip", "zip_", is_flag=True, help="Also one zip per principal.")
pdf_opt = click.option("--pdf", is_flag=True,
                       help="Also PDF copies via LibreOffice (the answer form stays .docx).")


def run_options(*parts: str) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """The options of remiss build, decision and batch (one name and meaning each)."""

    def wrap(fn: Callable[..., Any]) -> Callable[..., Any]:
        for option in (plan_options(*parts), principal_opt, force_opt, strict_opt, zip_opt,
                       pdf_opt, jobs_opt, verbose_opt)[::-1]:
            fn = option(fn)
        return fn

    return wrap


FILES = ("sources", "out", "rounds", "templates", "template")


@click.group("remiss", cls=Group, context_settings=CONTEXT,
             short_help="Cover letters, answer forms, imported answers, status.")
def remiss_group() -> None:
    """Remiss rounds: cover letters, answer forms, imported answers and their status."""


@remiss_group.command("build", short_help="Missiv, plan editions and svarsmall per principal.")
@click.argument("round_id", metavar="ROUND")
@run_options(*FILES)
def remiss_build(round_id: str, **kw: Any) -> None:
    """Missiv, plan editions and svarsmall for each principal into OUT/ROUND/remiss/."""
    run_kinds(("remiss",), round_id, progress=False, **kw)


@click.command("batch", cls=Command, context_settings=CONTEXT,
               short_help="Everything for all principals, in parallel, with manifest.json.")
@click.argument("round_id", metavar="ROUND")
@click.option("--remiss", "only_remiss", is_flag=True, help="Only the remiss documents.")
@click.option("--decision", "only_decision", is_flag=True, help="Only the decision documents.")
@run_options(*FILES, "responses")
def batch_cmd(round_id: str, only_remiss: bool, only_decision: bool, **kw: Any) -> None:
    """Everything for all principals of ROUND, in parallel, with manifest.json."""
    kinds: tuple[Kind, ...] = ("remiss", "beslut")
    if only_remiss != only_decision:
        kinds = ("remiss",) if only_remiss else ("beslut",)
    run_kinds(kinds, round_id, progress=True, **kw)


def run_kinds(kinds: tuple[Kind, ...], round_id: str, *, plan: PlanFolder,
         principals: tuple[str, ...], force: bool, strict: bool, zip_: bool, pdf: bool,
         jobs: int, verbose: bool, progress: bool) -> None:
    if pdf and soffice() is None:
        message, hint = not_found()
        raise UserError(AssemblyError([Diagnostic(
            Loc("--pdf"), ExitCode.CONFIG, message, hint + t(", or leave out --pdf"))]))
    results: list[BatchResult] = []
    for kind in kinds:
        with reported():
            refuse_out_in_sources(plan.out, plan.sources)
            prep = prepare(kind, plan.sources, round_id, plan.templates, plan.responses,
                           principals, strict, plan.rounds)
            _warn(prep.diagnostics.warnings)
            prep = dataclasses.replace(prep, pdf=pdf)
            with _reporter(progress, kind, len(tasks(prep))) as report:
                results.append(run(prep, plan.out, jobs=jobs, zip_=zip_, pdf=pdf, force=force,
                                   report=report))
    _summarise(results, verbose=verbose)


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
            click.echo(f"[{kind} {done[0]}/{total}] {label}: {'ok' if ok else t('FAILED')}")

    yield line


def _summarise(results: list[BatchResult], verbose: bool) -> None:
    failed = [(r, u) for r in results for u in r.failures]
    for result in results:
        files = sorted(f for u in result.units for f in u.files)
        if verbose:
            for f in files:
                click.echo(t("wrote {path}", path=shown(result.out / f)))
        ok = sum(1 for u in result.units if u.ok and u.unit not in (PLAN_UNIT, result.joint))
        joint = next((t(" and {unit}", unit=u.unit) for u in result.units
                      if u.ok and u.unit == result.joint), "")
        click.echo(t("{kind}: {ok} principal(s){joint} done, {failed} failed, {files} file(s); "
                     "manifest {manifest}", kind=result.kind, ok=ok, joint=joint,
                     failed=len(result.failures), files=len(files),
                     manifest=shown(result.manifest)))
    if not failed:
        return
    codes = []
    for result, unit in failed:
        click.echo(t("{kind}/{unit}: FAILED", kind=result.kind, unit=unit.unit), err=True)
        _warn(unit.diagnostics)
        if unit.internal:
            click.echo("    " + t("internal error: {error}", error=unit.internal), err=True)
            codes.append(INTERNAL_ERROR)
        codes += [int(d.code) for d in unit.diagnostics if not d.warning]
    sys.exit(min(codes) if codes else INTERNAL_ERROR)


@remiss_group.command("import", short_help="Read filled answer forms into responses/.")
@click.argument("forms", nargs=-1, required=True, type=click.Path(path_type=Path))
@plan_options("sources", "rounds", "responses")
@click.option("--round", "round_id", default=None,
              help="Reject forms that are not from this round.")
@click.option("--force", is_flag=True,
              help="Replace an existing response file instead of merging with it.")
@click.option("--empty-ok", is_flag=True,
              help="Record an untouched form as 'Inget att invända.' instead of refusing it.")
@click.option("--principal", "principal", default=None,
              help="Whose comments a plan edition returned with Word comments holds.")
def remiss_import(forms: tuple[Path, ...], plan: PlanFolder, force: bool,
                  round_id: str | None, empty_ok: bool, principal: str | None) -> None:
    """Read filled answer forms (.docx) into RESPONSES/<round>/<principal>.yaml; a form imported
    again is merged with the handlings already typed into the response file."""
    from .importer import import_forms

    with reported():
        result = import_forms(forms, plan.sources, plan.responses, round_id, force,
                              plan.rounds, empty_ok=empty_ok, principal=principal)
    for path in result.written:
        click.echo(t("wrote {path}", path=shown(path)))
    for conflict in result.conflicts:
        click.echo(t("conflict: {conflict}", conflict=conflict), err=True)


@remiss_group.command("reminder", short_help="Reminder letters to those who have not answered.")
@click.argument("round_id", metavar="ROUND")
@click.option("--date", "date_", required=True, type=click.DateTime(["%Y-%m-%d"]),
              help="The date of the letters: who has not answered by then gets one.")
@plan_options("sources", "out", "rounds", "responses", "templates", "template")
@principal_opt
@force_opt
def remiss_reminder(round_id: str, date_: Any, plan: PlanFolder, principals: tuple[str, ...],
                    force: bool) -> None:
    """A reminder letter to each principal that has not answered ROUND by --date."""
    from .reminder import write_reminders

    with reported():
        prep = prepare("remiss", plan.sources, round_id, plan.templates, plan.responses,
                       principals, rounds_dir=plan.rounds)
        ledger, _ = load_status(plan.sources, plan.responses, round_id, plan.rounds)
        written = write_reminders(prep, ledger, date_.date(), plan.out, force)
    for path in written:
        click.echo(t("wrote {path}", path=shown(path)))
    if not written:
        click.echo(t("every recipient has answered: no reminders"))


@remiss_group.command("status", short_help="Who has answered, comments, open handlings.")
@click.argument("round_id", metavar="ROUND")
@plan_options("sources", "rounds", "responses")
def remiss_status(round_id: str, plan: PlanFolder) -> None:
    """Who has answered, who has not, how many comments, how many lack a handling."""
    with reported():
        ledger, checked = load_status(plan.sources, plan.responses, round_id, plan.rounds)
    config = checked.sources.config
    rows = status_rows(ledger, config)
    rc = ledger.round
    click.echo(f"{rc.round_id} ({rc.name}), svar senast {rc.end.isoformat()}: "
               f"{len(ledger.answered)} av {len(rc.recipients)} huvudmän har svarat")
    width = max(len(r[0]) for r in rows) if rows else 10
    click.echo(f"  {'huvudman':<{width}}  {'svar':<10}  {'synpunkter':>10}  {'ohanterade':>10}")
    for name, answered, count, open_ in rows:
        answer = "saknas" if answered == "–" else (answered or "inkommit")
        numbers = ("–", "–") if answered == "–" else (str(count), str(open_))
        click.echo(f"  {name:<{width}}  {answer:<10}  {numbers[0]:>10}  {numbers[1]:>10}")
    total = sum(r[2] for r in rows)
    unhandled = sum(r[3] for r in rows)
    click.echo(f"  {'totalt':<{width}}  {'':<10}  {total:>10}  {unhandled:>10}")
    missing = [config.principal(p).name for p in ledger.missing]
    if missing:
        click.echo("Svar saknas från: " + ", ".join(missing))
    for pid, day in sorted(rc.extensions.items(), key=lambda kv: kv[1]):
        click.echo(f"Anstånd: {config.principal(pid).name} till {day.isoformat()}")
