"""What every command shares: the plan folder and its options, the other shared options, the
one ClickException subclass that prints diagnostics, and the one internal-error handler.

A plan folder holds `sources/` and, beside it, `responses/<round>/`, `rounds/<round>/`,
`decisions/<round>/`, `templates/` (optional overrides of the packaged templates) and `output/`.
`--plan DIR` names it (default: the folder above `--sources` when that is given, else the
current folder); `--sources`, `--out`, `--rounds`, `--responses`, `--decisions`, `--templates`
and `--template` override single parts.
"""

from __future__ import annotations

import copy
import functools
import inspect
import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import click

from .errors import AssemblyError, Diagnostic, Diagnostics
from .i18n import clicktext
from .i18n.messages import LANGUAGES, choose, t
from .templates import Templates

INTERNAL_ERROR = 70
CONTEXT = {"help_option_names": ["-h", "--help"], "max_content_width": 100}
NEUTRAL_AUTHOR = "plan-assembler"  # revision author outside a plan folder

clicktext.install()  # click's usage errors in the run's language


class Translated:
    """Help in the run's language: summaries, the help text and every option's help go through
    the message catalogue (messages.t) when the help is shown, so `--lang` is honoured."""

    def get_short_help_str(self, limit: int = 45) -> str:
        if self.short_help:  # type: ignore[attr-defined]
            return t(self.short_help)  # type: ignore[attr-defined]
        if self.help:  # type: ignore[attr-defined]  # click's summary of the translated help
            return click.utils.make_default_short_help(self._help_text(), limit)
        return super().get_short_help_str(limit)  # type: ignore[misc]

    def _help_text(self) -> str:
        """The help in the run's language, without what follows a form feed."""
        return t(inspect.cleandoc(self.help).partition("\f")[0])  # type: ignore[attr-defined]

    def format_help_text(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        if self.help:  # type: ignore[attr-defined]
            formatter.write_paragraph()
            with formatter.indentation():
                formatter.write_text(self._help_text())

    def format_options(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        rows = []
        for param in self.get_params(ctx):  # type: ignore[attr-defined]
            shown_param = copy.copy(param)
            if getattr(param, "help", None):
                shown_param.help = t(param.help)
            record = shown_param.get_help_record(ctx)
            if record is not None:
                rows.append(record)
        if rows:
            with formatter.section(t("Options")):
                formatter.write_dl(rows)
        if isinstance(self, click.Group):
            self.format_commands(ctx, formatter)


class Command(Translated, click.Command):
    """Every command of the CLI: help in the run's language."""


class Group(Translated, click.Group):
    """A command group: help in the run's language, and a command list that shows every
    summary in full (wrapped), never cut off with '...' as click does beyond 45 characters."""

    command_class = Command
    group_class = type  # subgroups are of the same class

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        rows = []
        for name in self.list_commands(ctx):
            command = self.get_command(ctx, name)
            if command is not None and not command.hidden:
                rows.append((name, command.get_short_help_str(limit=1000)))
        if rows:
            with formatter.section(t("Commands")):
                formatter.write_dl(rows)


def _choose_language(ctx: click.Context, param: click.Parameter, value: str | None) -> None:
    ctx.call_on_close(choose(value))


lang_opt = click.option("--lang", type=click.Choice(LANGUAGES), default=None, is_eager=True,
                        expose_value=False, callback=_choose_language,
                        help="Language of the messages: sv or en [default: ASSEMBLER_LANG, "
                             "else the locale: English for an English locale, else Swedish].")


class UserError(click.ClickException):
    """Diagnostics printed as `path:line:col: message`, exit code of their class."""

    def __init__(self, error: AssemblyError) -> None:
        super().__init__(str(error))
        self.diagnostics = error.diagnostics
        self.exit_code = error.exit_code
        self.more_may_follow = error.more_may_follow

    def show(self, file: Any = None) -> None:
        echo_diagnostics(self.diagnostics)
        errors = sum(1 for d in self.diagnostics if not d.warning)
        warnings = len(self.diagnostics) - errors
        click.echo(t("0 error(s), {warnings} warning(s) treated as errors", warnings=warnings)
                   if warnings and errors == 0 else t("{errors} error(s)", errors=errors),
                   err=True)
        if self.more_may_follow:
            click.echo(t("note: sections, references and variables are checked once these are "
                         "fixed: more errors may follow"), err=True)


def echo_diagnostics(items: list[Diagnostic]) -> None:
    for d in items:
        click.echo(str(d), err=True)


@contextmanager
def reported() -> Iterator[None]:
    """Turn the pipeline's AssemblyError into the CLI's UserError (exit code of its class)."""
    try:
        yield
    except AssemblyError as exc:
        raise UserError(exc) from None


@dataclass(frozen=True)
class PlanFolder:
    """Where a command finds everything (see the module docstring)."""

    root: Path
    sources: Path
    out: Path
    rounds: Path
    responses: Path
    decisions: Path
    templates: Templates

    def is_plan(self) -> bool:
        """Whether this really is a plan folder (it has sources/plan.yaml)."""
        return (self.sources / "plan.yaml").is_file()

    def plan_template(self) -> Path:
        """The plan template of a run; exit 9 with its path when it is missing."""
        diags = Diagnostics()
        self.templates.check(diags, ("plan",))
        if diags.errors:
            raise UserError(AssemblyError(diags.errors))
        return self.templates.path("plan")


_PARTS: dict[str, tuple[str, str]] = {
    "sources": ("--sources", "Folder with plan.yaml, common/, local/ and rounds/ "
                             "[default: PLAN/sources]."),
    "out": ("--out", "Folder for generated files [default: PLAN/output]."),
    "rounds": ("--rounds", "Folder of frozen rounds [default: PLAN/rounds]."),
    "responses": ("--responses", "Folder of <round>/<principal>.yaml response files "
                                 "[default: PLAN/responses]."),
    "decisions": ("--decisions", "Folder of the decision register "
                                 "[default: PLAN/decisions]."),
    "templates": ("--templates", "Folder whose .docx files override PLAN/templates/ and the "
                                 "packaged templates, per file."),
    "template": ("--template", "The house plan template (overrides plan.docx of --templates, "
                               "PLAN/templates/ and the packaged one)."),
}


def folder_of(plan: Path | None = None, **given: Path | None) -> PlanFolder:
    """The plan folder from --plan and the per-part overrides."""
    sources = given.get("sources")
    root = plan if plan is not None else (sources.parent if sources is not None else Path("."))

    def part(name: str) -> Path:
        value = given.get(name)
        return value if value is not None else root / ("output" if name == "out" else name)

    templates = Templates(given.get("template"), given.get("templates"), root / "templates")
    return PlanFolder(root, part("sources"), part("out"), part("rounds"), part("responses"),
                      part("decisions"), templates)


def plan_options(*parts: str) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """--plan and the named per-part overrides, handed to the command as `plan: PlanFolder`."""

    def wrap(fn: Callable[..., Any]) -> Callable[..., Any]:
        @functools.wraps(fn)
        def command(*args: Any, **kw: Any) -> Any:
            given = {name: kw.pop(f"{name}_path") for name in parts}
            kw["plan"] = folder_of(kw.pop("plan_path"), **given)
            return fn(*args, **kw)

        for name in reversed(parts):
            flag, text = _PARTS[name]
            command = click.option(flag, f"{name}_path", type=click.Path(path_type=Path),
                                   default=None, help=text)(command)
        return click.option("--plan", "plan_path", type=click.Path(path_type=Path,
                                                                    file_okay=False),
                            default=None, help="The plan folder [default: the current "
                            "folder].")(command)

    return wrap


strict_opt = click.option("--strict", is_flag=True, help="Treat warnings as errors.")
force_opt = click.option("--force", is_flag=True,
                         help="Overwrite outputs even if edited by hand.")
jobs_opt = click.option("--jobs", "-j", type=click.IntRange(min=0), default=0,
                        help="Parallel processes [default: one per core].")
verbose_opt = click.option("--verbose", "-v", is_flag=True,
                           help="Also list every file written and every change summary.")
principal_opt = click.option("--principal", "-p", "principals", multiple=True,
                             help="Only this principal (repeatable) [default: all].")


def author_opt(fn: Callable[..., Any]) -> Callable[..., Any]:
    return click.option("--author", default=None,
                        help="Author of every revision [default: plan.revision_author in a "
                             f"plan folder, else '{NEUTRAL_AUTHOR}'].")(fn)


def plan_author(plan: PlanFolder) -> str | None:
    """plan.revision_author of the plan folder, or None outside one."""
    if not plan.is_plan():
        return None
    from .load.plan import load_config
    from .model import PlanMeta

    path = plan.sources / "plan.yaml"
    config = load_config(path.read_text(encoding="utf-8"), str(path), Diagnostics())
    if config is None:  # `check` reports what is wrong with plan.yaml
        return str(PlanMeta.__dataclass_fields__["revision_author"].default)
    return config.plan.revision_author


INTERRUPTED = 130  # 128 + SIGINT, as shells report a run stopped with Ctrl-C


def main(command: click.Command, args: list[str] | None = None,
         prog_name: str | None = None) -> None:
    """Run the command with the CLI's one handler for what ends a run: a user error prints its
    diagnostics and exits with its class's code; Ctrl-C exits 130 with one line (every write is
    a transaction, so nothing is half-written); anything else is a bug, reported without a
    traceback (exit 70)."""
    _printable_console()
    try:
        code = command.main(args, prog_name=prog_name, standalone_mode=False)
    except click.ClickException as exc:
        exc.show()
        sys.exit(exc.exit_code)
    except click.Abort as exc:
        if isinstance(exc.__cause__, EOFError):  # a prompt got no answer
            click.echo(t("aborted: no answer to a question"), err=True)
            sys.exit(1)
        _interrupted()
    except KeyboardInterrupt:
        _interrupted()
    except Exception as exc:  # noqa: BLE001 - last line of defence, keep output readable
        if os.environ.get("ASSEMBLER_DEBUG"):
            raise
        click.echo(t("internal error: {error}", error=f"{type(exc).__name__}: {exc}") + "\n"
                   + t("This is a bug in plan-assembler; rerun with ASSEMBLER_DEBUG=1 and "
                       "report it."), err=True)
        sys.exit(INTERNAL_ERROR)
    sys.exit(code if isinstance(code, int) else 0)


def _printable_console() -> None:
    """A console or pipe whose encoding cannot show every character (a Windows code page and
    '→', 'ő' …) shows a replacement instead of ending the run with an encoding error."""
    for stream in (sys.stdout, sys.stderr):
        encoding = (getattr(stream, "encoding", "") or "").lower().replace("-", "")
        if encoding != "utf8" and hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="backslashreplace")


def _interrupted() -> None:
    click.echo(t("interrupted (Ctrl-C): files already written are complete, the rest is as it "
                 "was; run the command again to finish"), err=True)
    sys.exit(INTERRUPTED)
