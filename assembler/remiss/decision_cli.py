"""Click commands: `assembler decision [build] ROUND`, `decision record` and `decision status`.

Parse arguments, call the workflow or the register, map errors to exit codes; nothing else.
Registered by import path in assembler/cli.py (`LazyGroup.lazy`).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import click

from ..cliopts import CONTEXT, Group, PlanFolder, UserError, force_opt, plan_options
from ..errors import AssemblyError, shown
from ..i18n.messages import t
from .cli import FILES, run_kinds, run_options


class _DecisionGroup(Group):
    """`assembler decision ROUND` builds; `assembler decision status ROUND` reads the register."""

    def resolve_command(self, ctx: click.Context, args: list[str]
                        ) -> tuple[str | None, click.Command | None, list[str]]:
        if args and args[0] not in self.commands:
            return "build", self.commands["build"], args
        return super().resolve_command(ctx, args)


@click.group("decision", cls=_DecisionGroup, invoke_without_command=False,
             context_settings=CONTEXT,
             short_help="Tjänsteskrivelser and final plan per principal; the register.")
def decision_cmd() -> None:
    """The decision step: `decision ROUND` writes the documents, `decision status ROUND` shows
    the register."""


@decision_cmd.command("build", short_help="Tjänsteskrivelser and final plan editions.")
@click.argument("round_id", metavar="ROUND")
@run_options(*FILES, "responses")
def decision_build(round_id: str, **kw: Any) -> None:
    """Tjänsteskrivelser to the joint body and to each principal's deciding body, and the final
    plan editions (with tracked changes against the frozen remiss round in --rounds), after
    remiss round ROUND (the default subcommand)."""
    run_kinds(("beslut",), round_id, progress=False, **kw)


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
@plan_options("sources")
@force_opt
def decision_record(round_id: str, principal: str, date_: Any, paragraph: str, outcome: str,
                    body: str, protocol: str, note: str, extract: Path | None, plan: PlanFolder,
                    force: bool) -> None:
    """Register PRINCIPAL's decision in decisions/<round>/PRINCIPAL.yaml."""
    from ..decisions import Decision
    from .register import record

    sources = plan.sources
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
        raise UserError(exc) from None
    for path in written:
        click.echo(t("wrote {path}", path=shown(path)))


@decision_cmd.command("status", short_help="Who has decided, how and when; in force or not.")
@click.argument("round_id", metavar="ROUND")
@plan_options("sources")
def decision_status(round_id: str, plan: PlanFolder) -> None:
    """Who has decided, how and when; who has not; whether the plan is in force."""
    from .register import headline, load_decision_status, rows, summary

    try:
        status = load_decision_status(plan.sources, round_id)
    except AssemblyError as exc:
        raise UserError(exc) from None
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
