"""The remiss model: round configuration, response files and the ledger, as frozen dataclasses.

Values that the project leaders type in YAML (positions, handlings) are kept as the canonical
strings below; Swedish display texts are looked up when documents are rendered.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from functools import cached_property
from typing import Literal

from ..errors import Loc
from ..model import Config, Person

# --------------------------------------------------------------------------- vocabularies

#: A principal's position on a section (ställningstagande), as written in response files.
POSITIONS: dict[str, str] = {
    "tillstyrker": "Tillstyrker",
    "tillstyrker med ändringar": "Tillstyrker med ändringar",
    "avstyrker": "Avstyrker",
}

#: How the project leaders handled a comment; `noted` is for comments that ask for nothing.
HANDLINGS: dict[str, str] = {
    "accepted": "beaktad",
    "partly accepted": "delvis beaktad",
    "not accepted": "inte beaktad",
    "noted": "noterad",
}
#: Swedish spellings accepted in response files for the handlings above.
HANDLING_ALIASES: dict[str, str] = {
    "beaktad": "accepted", "delvis beaktad": "partly accepted", "inte beaktad": "not accepted",
    "ej beaktad": "not accepted", "noterad": "noted",
}

GENERAL = ""  # section id of comments on the plan as a whole ("planen i sin helhet")


# --------------------------------------------------------------------------- round configuration


@dataclass(frozen=True)
class ProseBlock:
    """A piece of configured prose: a paragraph, or the items of a bullet or numbered list."""

    kind: Literal["p", "bullets", "numbers"]
    items: tuple[str, ...]
    loc: Loc


@dataclass(frozen=True)
class BasisDocument:
    """One entry of Beslutsunderlag: a document and its date."""

    title: str
    date: dt.date | None
    loc: Loc


@dataclass(frozen=True)
class JointBody:
    """The joint political body that recommends the principals to adopt the plan (SVOM)."""

    id: str
    name: str
    prepared_by: str
    meeting: dt.date
    date: dt.date  # of its tjänsteskrivelse
    dnr: str
    proposals: tuple[tuple[str, Loc], ...]
    send_to: tuple[str, ...]
    loc: Loc


@dataclass(frozen=True)
class LocalDecision:
    """Per principal: its own case number, document date, meeting, unit and contact."""

    dnr: str = ""
    date: dt.date | None = None
    meeting: dt.date | None = None
    unit: str = ""
    contact: str = ""
    send_to: tuple[str, ...] = ()


@dataclass(frozen=True)
class DecisionConfig:
    """What the tjänsteskrivelse needs beyond the ledger: its header, prose and proposals."""

    round_id: str
    date: dt.date
    document_type: str
    dnr: str
    prepared_by: str
    summary: tuple[ProseBlock, ...]
    background: tuple[ProseBlock, ...]
    matter: tuple[ProseBlock, ...]
    proposals: tuple[tuple[str, Loc], ...]
    documents: tuple[BasisDocument, ...]
    loc: Loc
    required: tuple[str, ...] = ()
    joint: JointBody | None = None
    local: dict[str, LocalDecision] = field(default_factory=dict, hash=False, compare=False)
    send_to: tuple[str, ...] = ()

    def of(self, pid: str) -> LocalDecision:
        return self.local.get(pid, LocalDecision())


@dataclass(frozen=True)
class RoundConfig:
    """sources/rounds/<round>.yaml: one remiss round and the decision that follows it."""

    round_id: str
    name: str
    start: dt.date
    end: dt.date
    letter_date: dt.date
    decided_by: str
    decided: dt.date | None
    question: str
    recipients: tuple[str, ...]
    contacts: tuple[Person, ...]
    reply_emails: tuple[str, ...]
    reply_subject: str
    decision: DecisionConfig | None
    path: str
    loc: Loc
    political: bool = False  # the answer is a politically adopted yttrande
    extensions: dict[str, dt.date] = field(default_factory=dict, hash=False, compare=False)

    def deadline(self, pid: str) -> dt.date:
        """The principal's last day to answer: the end of the period, or its anstånd."""
        return self.extensions.get(pid, self.end)


# --------------------------------------------------------------------------- responses


@dataclass(frozen=True)
class Comment:
    """One comment of a principal on one section (or on the plan as a whole)."""

    id: str
    section: str
    position: str
    text: str
    handling: str = ""
    explanation: str = ""
    change: str = ""
    loc: Loc = Loc("")
    changed_in: str = ""  # the section where the change was made (default: `section`)

    @property
    def needs_handling(self) -> bool:
        return bool(self.text) and not self.handling


@dataclass(frozen=True)
class Response:
    """responses/<round>/<principal>.yaml: one principal's answer in one round."""

    round_id: str
    principal: str
    date: dt.date | None
    contact: str
    comments: tuple[Comment, ...]
    path: str
    loc: Loc
    adopted_by: str = ""  # a politically adopted yttrande: the body, date and paragraph
    adopted: dt.date | None = None
    paragraph: str = ""


@dataclass(frozen=True)
class Ledger:
    """Every response of a round, in the order of the recipients."""

    round: RoundConfig
    responses: tuple[Response, ...]

    @cached_property
    def _by_principal(self) -> dict[str, Response]:
        return {r.principal: r for r in self.responses}

    def response(self, pid: str) -> Response | None:
        return self._by_principal.get(pid)

    @property
    def answered(self) -> tuple[str, ...]:
        return tuple(p for p in self.round.recipients if self.response(p) is not None)

    @property
    def missing(self) -> tuple[str, ...]:
        return tuple(p for p in self.round.recipients if self.response(p) is None)

    def comments(self) -> list[tuple[Response, Comment]]:
        return [(r, c) for r in self.responses for c in r.comments]


def principal_names(config: Config) -> dict[str, str]:
    """principal id → name, for lookups in loops (Config.principal searches the list)."""
    return {p.id: p.name for p in config.principals}
