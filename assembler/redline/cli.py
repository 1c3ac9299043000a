"""`assembler diff OLD.docx NEW.docx -o OUT.docx`: the click command of the redline stage.

Both files are read through the hardened OOXML reader (size and ratio caps, safe member names);
every problem with either input is reported before anything is written, and the output is
written atomically. The redline engine is imported only when the command runs.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

import click

from ..cliopts import (
    CONTEXT,
    NEUTRAL_AUTHOR,
    Command,
    PlanFolder,
    author_opt,
    plan_author,
    plan_options,
)
from ..cliopts import UserError as DiffError
from ..errors import AssemblyError, ExitCode, Loc, fail, shown
from ..i18n.messages import t
from ..output import atomic_write

if TYPE_CHECKING:
    from ..ooxml.package import Package

_DATE = re.compile(r"\d{4}-\d\d-\d\d(T\d\d:\d\d(:\d\d(\.\d+)?)?(Z|[+-]\d\d:\d\d)?)?")
DEFAULT_DATE = "1980-01-01T00:00:00Z"


def _read(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as exc:
        raise fail(Loc(shown(path)), ExitCode.SYNTAX,
                   t("cannot read the file: {value}", value=exc.strerror or exc),
                   t("give the path of an existing .docx file")) from None


def revision_date(date: str | None, new: Package) -> str:
    """--date as given (a day means midnight UTC), else NEW's last-modified date, never now."""
    if date is None:
        found = new.core("dcterms:modified")
        date = found.strip() if found else DEFAULT_DATE
    if len(date) == 10:
        date += "T00:00:00Z"
    return date


def _check_date(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    if value is not None and not _DATE.fullmatch(value):
        raise click.BadParameter(t("use an ISO date, e.g. 2024-05-31 or 2024-05-31T12:00:00Z"))
    return value


@click.command("diff", cls=Command, context_settings=CONTEXT,
               short_help="Tracked changes of NEW against OLD, any two .docx files.")
@click.argument("old", type=click.Path(path_type=Path, dir_okay=False))
@click.argument("new", type=click.Path(path_type=Path, dir_okay=False))
@click.option("-o", "--output", "out", required=True, type=click.Path(path_type=Path),
              help="The tracked-changes .docx to write.")
@author_opt
@click.option("--date", default=None, callback=_check_date,
              help="Date of every revision (ISO). Default: NEW's last-modified date.")
@click.option("--moves", is_flag=True,
              help="Mark paragraphs moved unchanged as moves (w:moveFrom/w:moveTo) instead of "
                   "delete + insert.")
@click.option("--fields", is_flag=True,
              help="Track changes in the contents page (TOC field result) too; by default it "
                   "follows NEW without revisions.")
@plan_options()
def diff_cmd(old: Path, new: Path, out: Path, author: str | None, date: str | None,
             moves: bool, fields: bool, plan: PlanFolder) -> None:
    """Write OUT: NEW with tracked changes against OLD (any two .docx files)."""
    from .engine import read, redline

    author = author or plan_author(plan) or NEUTRAL_AUTHOR

    packages, problems = [], []
    for path in (old, new):
        try:
            packages.append(read(_read(path), shown(path)))
        except AssemblyError as exc:
            problems += exc.diagnostics
    if problems:
        raise DiffError(AssemblyError(problems))
    old_pkg, new_pkg = packages
    for name in new_pkg.drop_macros():
        click.echo(f"{shown(new)}: " + t("note: macro part {name} left out (a .docx holds no "
                                          "macros)", name=name))
    result = redline(old_pkg, new_pkg, author, revision_date(date, new_pkg), moves,
                     fields)
    try:
        atomic_write(out, result)
    except OSError as exc:
        raise DiffError(fail(Loc(shown(out)), ExitCode.OUTPUT,
                             t("cannot write the file: {value}", value=exc.strerror or exc),
                             t("check that the folder exists and is writable"))) from None
    click.echo(t("wrote {path}", path=shown(out)))
