"""The one validity rule: a principal's `Decision`, the `Process` of one decision round (who
must decide, what is known, when the plan takes effect) and the variables texts use."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from ..errors import Loc
from ..model import Config
from ..swedish import join_names, long_date, number_text

ADOPTED = "antagen"
OUTCOMES = (ADOPTED, "antagen med ändringar", "avslagen", "återremitterad")
PENDING = "dagen efter att samtliga huvudmän har beslutat"


@dataclass(frozen=True)
class Decision:
    """One principal's decision on the plan, as registered."""

    principal: str
    body: str
    date: dt.date
    paragraph: str
    outcome: str
    protocol: str = ""
    note: str = ""
    extract: str = ""
    extract_sha256: str = ""
    loc: Loc = Loc("")


@dataclass(frozen=True)
class Process:
    """The decisions on one plan round: who must decide, what is known, what was decided."""

    round_id: str                    # the decision round (the plan version decided on)
    principals: tuple[str, ...]      # everyone asked to decide
    required: tuple[str, ...]        # whose adoption puts the plan in force
    valid_from: dt.date
    planned: tuple[dt.date, ...]     # dates no decision precedes (round, recommendation, meetings)
    recommended: dt.date | None = None  # the joint body's recommendation, if any
    decisions: tuple[Decision, ...] = ()

    def decision(self, pid: str) -> Decision | None:
        return next((d for d in self.decisions if d.principal == pid), None)

    @property
    def decided(self) -> tuple[str, ...]:
        return tuple(p for p in self.principals if self.decision(p) is not None)

    @property
    def undecided(self) -> tuple[str, ...]:
        return tuple(p for p in self.principals if self.decision(p) is None)

    @property
    def not_adopted(self) -> tuple[Decision, ...]:
        """Decisions other than antagen: the plan does not apply to these principals."""
        return tuple(d for d in self.decisions if d.outcome != ADOPTED)

    @property
    def in_force(self) -> bool:
        return all((d := self.decision(p)) is not None and d.outcome == ADOPTED
                   for p in self.required)

    @property
    def last(self) -> dt.date | None:
        dates = [d.date for p in self.required if (d := self.decision(p)) is not None]
        return max(dates) if dates else None

    @property
    def in_force_on(self) -> dt.date | None:
        """The day the plan took (or takes) effect, once every required principal adopted it."""
        if not self.in_force:
            return None
        last = self.last or self.valid_from - dt.timedelta(days=1)
        return self.valid_from if self.valid_from > last else last + dt.timedelta(days=1)

    @property
    def stated(self) -> dt.date | None:
        """The date the text may state; None: say "dagen efter att samtliga … har beslutat"."""
        if self.in_force:
            return self.in_force_on
        if any(d.principal in self.required for d in self.not_adopted):
            return None
        known = [*self.planned, *(d.date for d in self.decisions)]
        return self.valid_from if all(self.valid_from > day for day in known) else None

    @property
    def phrase(self) -> str:
        """What follows "gäller från och med": "1 januari 2024" or "dagen efter att …"."""
        return long_date(self.stated) if self.stated else PENDING


# --------------------------------------------------------------------------- the variables


def variables(config: Config, process: Process | None) -> dict[str, Any]:
    """`principals.count`, `principals.<id>.decision_body`, `decisions.*` for every text."""
    ctx: dict[str, Any] = {"principals.count": number_text(len(config.principals)),
                           "principals.number": len(config.principals)}
    for p in config.principals:
        ctx[f"principals.{p.id}.decision_body"] = p.decision_body
        ctx[f"principals.{p.id}.decision_body_text"] = p.decision_body[:1].lower() + \
            p.decision_body[1:]
    if process is None:
        process = Process("", tuple(p.id for p in config.principals),
                          tuple(p.id for p in config.principals), config.plan.valid_from, ())
    ctx.update({
        "decisions.count": number_text(len(process.decided)),
        "decisions.in_force": "ja" if process.in_force else "nej",
        "decisions.in_force_date": process.phrase,
        "decisions.last_date": long_date(process.last) if process.last else "",
        "decisions.status": status_sentence(config, process),
    })
    return ctx


def status_sentence(config: Config, process: Process) -> str:
    """"Planen gäller från och med 1 januari 2024, då samtliga nio huvudmän har beslutat." …"""
    asked = len(process.principals)
    required = ("samtliga " + number_text(asked) + " huvudmän"
                if set(process.required) == set(process.principals)
                else join_names([config.principal(p).name for p in process.required]))
    if process.in_force and process.in_force_on is not None:
        return (f"Planen gäller från och med {long_date(process.in_force_on)}, då {required} "
                "har beslutat att anta den.")
    done = len(process.decided)
    if not done:
        return f"Ingen av de {number_text(asked)} huvudmännen har ännu beslutat om planen."
    head = f"{number_text(done).capitalize()} av {number_text(asked)} huvudmän har beslutat."
    return f"{head} Planen gäller från och med {process.phrase}."
