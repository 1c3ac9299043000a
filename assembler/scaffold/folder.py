"""`assembler init`: the files of a new plan folder, as text, from a few answers.

A county gives its name, its region, its municipalities, its arenas and its strategies; the
result is a plan folder that `assembler build` turns into documents at once and that passes
`assembler check --strict`: plan.yaml, one common chapter with a slot, a chapter with one
section per strategy, one local addition, one remiss round file, an empty responses folder
and a README in Swedish for the project leaders. Pure data → {relative path: text}; the
texts themselves are in scaffold/texts.py.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass

from ..i18n.messages import t
from .texts import intro_md, local_md, plan_yaml, readme_md, round_yaml, strategies_md

DEFAULT_TITLE = "Gemensam plan för hälso- och sjukvård på primärvårdsnivå"
DEFAULT_STRATEGIES = ("Ökad delaktighet", "Ökad kontinuitet", "Ökad tillgänglighet",
                      "Hälsofrämjande och förebyggande fokus", "Ökad samordning och samverkan")
_SUFFIXES = (" kommun", " stad")


@dataclass(frozen=True)
class ArenaSpec:
    """An arena as asked for: a name and the municipalities in it (empty: all of them)."""

    name: str
    municipalities: tuple[str, ...] = ()


@dataclass(frozen=True)
class Answers:
    """What `assembler init` asks for."""

    county: str
    region: str
    municipalities: tuple[str, ...]
    arenas: tuple[ArenaSpec, ...]  # empty: one local arena per municipality
    strategies: tuple[str, ...]
    date: dt.date
    title: str = DEFAULT_TITLE
    dnr: str = ""
    leader: str = "Projektledningen"


def slug(name: str) -> str:
    """An id from a name: 'Östersunds kommun' → 'ostersunds', 'Ökad delaktighet' →
    'okad-delaktighet'."""
    text = name.strip()
    for suffix in _SUFFIXES:
        if text.lower().endswith(suffix) and len(text) > len(suffix):
            text = text[: -len(suffix)]
    plain = unicodedata.normalize("NFKD", text.lower()).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", plain).strip("-") or "x"


def _unique(names: tuple[str, ...], taken: set[str]) -> list[str]:
    from ..load.plan import WINDOWS_DEVICES

    taken = taken | WINDOWS_DEVICES  # "Nul kommun" must not become nul.yaml
    ids = []
    for name in names:
        base = slug(name)
        ident, n = base, 2
        while ident in taken:
            ident, n = f"{base}-{n}", n + 1
        taken.add(ident)
        ids.append(ident)
    return ids


def _short(name: str) -> str:
    for suffix in _SUFFIXES:
        if name.lower().endswith(suffix) and len(name) > len(suffix):
            return name[: -len(suffix)]
    return name


@dataclass(frozen=True)
class Plan:
    """The answers with ids assigned: principals, arenas and strategies."""

    answers: Answers
    municipality_ids: tuple[str, ...]
    arenas: tuple[tuple[str, str, str, tuple[str, ...]], ...]  # id, name, short, principals
    strategies: tuple[tuple[str, str], ...]  # id, name

    @property
    def remiss(self) -> str:
        return f"remiss-{self.answers.date.year}"

    @property
    def decision_date(self) -> dt.date:
        return self.answers.date + dt.timedelta(days=140)

    @property
    def beslut(self) -> str:
        return f"beslut-{self.decision_date.year}"

    @property
    def valid_from(self) -> dt.date:
        """1 January after the last principal's meeting (decision date + 60 days)."""
        return dt.date((self.decision_date + dt.timedelta(days=60)).year + 1, 1, 1)


def plan_of(answers: Answers) -> Plan:
    """Assign ids; a municipality named in an arena must be one of the municipalities."""
    mids = _unique(answers.municipalities, {"region"})
    by_name = {n.casefold(): i for n, i in zip(answers.municipalities, mids, strict=True)}
    by_name.update({i: i for i in mids})
    for name, ident in zip(answers.municipalities, mids, strict=True):
        short = _short(name).casefold()  # "Sundsvalls kommun": "sundsvalls" and "sundsvall"
        by_name.setdefault(short, ident)
        if short.endswith("s"):
            by_name.setdefault(short[:-1], ident)
    specs = answers.arenas or tuple(ArenaSpec(f"Lokal samverkansarena i {m}", (m,))
                                    for m in answers.municipalities)
    # one local arena per municipality (the default) is named like the municipality
    arena_ids = list(mids) if not answers.arenas else _unique(tuple(s.name for s in specs),
                                                                set())
    arenas = []
    for ident, spec in zip(arena_ids, specs, strict=True):
        unknown = [m for m in spec.municipalities if m.casefold() not in by_name]
        if unknown:
            raise ValueError(t("arena {arena!r}: {names} is not among the municipalities "
                               "({municipalities})", arena=spec.name, names=", ".join(unknown),
                               municipalities=", ".join(answers.municipalities)))
        members = [by_name[m.casefold()] for m in spec.municipalities] or list(mids)
        names = dict(zip(mids, answers.municipalities, strict=True))
        short = names[members[0]] if len(spec.municipalities) == 1 else spec.name
        arenas.append((ident, spec.name, short, ("region", *dict.fromkeys(members))))
    sids = _unique(answers.strategies, set())
    return Plan(answers, tuple(mids), tuple(arenas),
                tuple(zip(sids, answers.strategies, strict=True)))


def files(answers: Answers) -> dict[str, str]:
    """Every file of the new plan folder by its path relative to the folder."""
    p = plan_of(answers)
    return {
        "README.md": readme_md(p),
        ".gitignore": "output/\n",
        "sources/plan.yaml": plan_yaml(p),
        "sources/common/10-inledning.md": intro_md(p),
        "sources/common/20-strategier.md": strategies_md(p),
        f"sources/local/{p.arenas[0][0]}/anvandning.md": local_md(p),
        f"sources/rounds/{p.remiss}.yaml": round_yaml(p),
        "responses/.gitkeep": "",
    }
