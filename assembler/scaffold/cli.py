"""`assembler init DIR`: scaffold a new plan folder (the files come from scaffold.py)."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import click

from ..cliopts import CONTEXT, Command, UserError
from ..errors import ExitCode, Loc, fail, shown
from ..i18n.messages import t
from ..output import os_error, place_staged, staged_folder
from .folder import DEFAULT_STRATEGIES, DEFAULT_TITLE, Answers, ArenaSpec, files, plan_of


def _split(values: tuple[str, ...], sep: str = ",") -> tuple[str, ...]:
    return tuple(x.strip() for v in values for x in v.split(sep) if x.strip())


def _arena(spec: str) -> ArenaSpec:
    name, _, members = spec.partition("=")
    return ArenaSpec(name.strip(), _split((members,)))


def interactive() -> bool:
    """Whether to ask for missing answers (stdin is a terminal)."""
    return sys.stdin.isatty()


def _ask(value: str | None, option: str, prompt: str, default: str | None = None) -> str:
    if value:
        return value
    if interactive():
        return str(click.prompt(t(prompt), default=default, show_default=bool(default)))
    if default is not None:
        return default
    raise UserError(fail(Loc(option), ExitCode.CONFIG, t("missing {option}", option=option),
                         t("give it, or run the command in a terminal to be asked")))


def refuse_occupied(folder: Path, force: bool) -> None:
    """A file in the way, or a non-empty folder without --force, is refused (exit 8)."""
    if folder.exists() and not folder.is_dir():
        raise UserError(fail(Loc(shown(folder)), ExitCode.OUTPUT, t("is a file, not a folder"),
                             t("choose another folder for the new plan")))
    if folder.is_dir() and any(folder.iterdir()) and not force:
        raise UserError(fail(Loc(shown(folder)), ExitCode.OUTPUT,
                             t("is not empty; nothing written"),
                             t("choose a new folder, or add --force to write the plan's "
                               "files into it")))


def write_scaffold(folder: Path, texts: dict[str, str], force: bool) -> None:
    """Write every file or none: staged beside `folder`, then renamed into place."""
    refuse_occupied(folder, force)
    data = {name: text.encode("utf-8") for name, text in texts.items()}
    try:
        with staged_folder(folder.absolute().parent, ".assembler-init-", data) as stage:
            place_staged(stage, folder, sorted(texts))
    except OSError as exc:
        raise UserError(os_error(folder, exc, what=t("the plan folder"))) from None


@click.command("init", cls=Command, context_settings=CONTEXT,
               short_help="A new plan folder DIR for a county, ready to build.")
@click.argument("folder", metavar="DIR", type=click.Path(path_type=Path))
@click.option("--county", help="Name of the county, e.g. 'Jämtlands län'.")
@click.option("--region", help="Name of the region, e.g. 'Region Jämtland Härjedalen'.")
@click.option("--municipality", "-m", "municipalities", multiple=True,
              help="A municipality (repeatable, or comma-separated), e.g. 'Bergs kommun'.")
@click.option("--arena", "arenas", multiple=True,
              help="An arena (repeatable): 'NAME' (the region and every municipality) or "
              "'NAME=MUNICIPALITY,…' [default: one local arena per municipality].")
@click.option("--strategy", "strategies", multiple=True,
              help="A strategy (repeatable, or comma-separated) [default: the five of Nära "
              "vård].")
@click.option("--title", default=DEFAULT_TITLE, show_default=True, help="Title of the plan.")
@click.option("--dnr", default="", help="The plan's case number (dnr).")
@click.option("--leader", default="Projektledningen", show_default=True,
              help="Name of the project leader.")
@click.option("--date", "date_", type=click.DateTime(["%Y-%m-%d"]), default=None,
              help="Date of the plan and its remiss round, YYYY-MM-DD [default: today].")
@click.option("--force", is_flag=True,
              help="Write into DIR even when it is not empty (the scaffold's files are "
              "replaced, others left alone).")
def init_cmd(folder: Path, county: str | None, region: str | None,
             municipalities: tuple[str, ...], arenas: tuple[str, ...],
             strategies: tuple[str, ...], title: str, dnr: str, leader: str,
             date_: dt.datetime | None, force: bool) -> None:
    """Create a new plan folder DIR for a county: plan.yaml with its principals, arenas and
    strategies, an example common chapter with a slot, an example local addition, a remiss
    round file, an empty responses/ folder and a README (in Swedish) for the project leaders.
    `assembler build` in DIR turns it into documents at once. Missing answers are asked for on
    a terminal."""
    refuse_occupied(folder, force)
    county = _ask(county, "--county", "County")
    region = _ask(region, "--region", "Region")
    towns = _split(municipalities) or _split(
        (_ask(None, "--municipality", "Municipalities (comma-separated)"),))
    if not arenas and interactive():
        arenas = _split((_ask(None, "--arena", "Arenas (NAME or NAME=MUNICIPALITY,…; separate "
                              "with ';'; empty: one per municipality)", ""),), ";")
    chosen = _split(strategies) or (_split((_ask(
        None, "--strategy", "Strategies (comma-separated)", ", ".join(DEFAULT_STRATEGIES)),)))
    answers = Answers(county, region, towns, tuple(_arena(a) for a in arenas), chosen,
                      date_.date() if date_ else dt.date.today(), title, dnr, leader)
    try:
        plan = plan_of(answers)
    except ValueError as exc:
        raise UserError(fail(Loc("--arena"), ExitCode.CONFIG, str(exc),
                             t("name each municipality of an arena as under --municipality")
                             )) from None
    write_scaffold(folder, files(answers), force)
    click.echo(t("created the plan folder {folder} ({principals} principals, {arenas} arenas, "
                 "{strategies} strategies); next: cd {folder} && assembler build",
                 folder=shown(folder), principals=len(plan.municipality_ids) + 1,
                 arenas=len(plan.arenas), strategies=len(plan.strategies)))
