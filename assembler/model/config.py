"""The configuration of a plan (plan.yaml): metadata, principals, arenas, strategies, rounds."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from ..errors import Loc


@dataclass(frozen=True)
class Person:
    name: str
    title: str = ""
    organisation: str = ""
    unit: str = ""
    email: str = ""


@dataclass(frozen=True)
class Principal:
    id: str
    name: str
    kind: str
    decision_body: str
    short_name: str
    loc: Loc = field(compare=False)


@dataclass(frozen=True)
class Arena:
    id: str
    name: str
    principals: tuple[str, ...]
    loc: Loc = field(compare=False)
    short_name: str = ""  # used in labels and generated phrases ("Berg")

    @property
    def label(self) -> str:
        return self.short_name or self.name


@dataclass(frozen=True)
class Strategy:
    id: str
    name: str
    section: str
    loc: Loc = field(compare=False)


@dataclass(frozen=True)
class Round:
    id: str
    name: str
    date: dt.date
    loc: Loc = field(compare=False)
    version: str = ""  # the round's document version; "" = the plan's `version`


@dataclass(frozen=True)
class PlanMeta:
    title: str
    short_title: str
    subtitle: str
    county: str
    region: str
    dnr: str
    version: str
    valid_from: dt.date
    date: dt.date
    unit: str
    authors: tuple[Person, ...]
    language: str = "sv-SE"
    revision_author: str = "Projektledningen"  # author of tracked changes between rounds
    show_override_reasons: bool = False  # print override reasons in arena editions too


@dataclass(frozen=True)
class Config:
    plan: PlanMeta
    principals: tuple[Principal, ...]
    arenas: tuple[Arena, ...]
    strategies: tuple[Strategy, ...]
    rounds: tuple[Round, ...]
    current_round: str
    variables: dict[str, tuple[str, Loc]] = field(hash=False, compare=False)
    loc: Loc = Loc("")
    # round id → its decision process (assembler.decisions), for the decisions.* variables
    decisions: dict[str, Any] = field(default_factory=dict, hash=False, compare=False)
    phrases: tuple[tuple[str, str], ...] = ()  # plan.yaml `phrases:` (overrides of the defaults)

    def principal(self, pid: str) -> Principal:
        return next(p for p in self.principals if p.id == pid)

    def arena(self, aid: str) -> Arena:
        return next(a for a in self.arenas if a.id == aid)

    def round(self, rid: str) -> Round:
        return next(r for r in self.rounds if r.id == rid)
