"""The sections a remiss is about: numbers and titles from the resolved county-wide edition.

Comments name sections by id; documents show them as "strategi ökad tillgänglighet" or
"avsnitt 6 Anhörigas situation", numbered as in the county-wide plan.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass

from ..i18n.messages import t
from ..model import COUNTY, Config, Document, Section
from ..walk import plain
from .model import GENERAL


@dataclass(frozen=True)
class SectionRef:
    """A section that can be commented on."""

    id: str
    number: str
    title: str
    level: int
    strategy: str = ""  # the strategy's name when the section describes one
    origin: str = ""  # arena id of a local section

    @property
    def label(self) -> str:
        """How running text names it: "strategi ökad tillgänglighet", "avsnitt 6 Begrepp"."""
        if self.id == GENERAL:
            return "planen i sin helhet"
        if self.strategy:
            return "strategi " + self.strategy[:1].lower() + self.strategy[1:]
        return f"avsnitt {self.number} {self.title}".replace("  ", " ")

    @property
    def heading(self) -> str:
        """How the answer form heads its table: "Strategi 5.1 Ökad delaktighet"."""
        if self.id == GENERAL:
            return "Planen i sin helhet"
        kind = "Strategi" if self.strategy else "Avsnitt"
        return f"{kind} {self.number} {self.title}"


GENERAL_REF = SectionRef(GENERAL, "", "Planen i sin helhet", 0)


@dataclass(frozen=True)
class Catalogue:
    """Every section with an explicit id, in document order; `GENERAL` first."""

    sections: tuple[SectionRef, ...]

    def get(self, sid: str) -> SectionRef | None:
        return next((s for s in self.sections if s.id == sid), None)

    def order(self, sid: str) -> int:
        return next((i for i, s in enumerate(self.sections) if s.id == sid), len(self.sections))

    def suggest(self, sid: str) -> str:
        ids = [s.id for s in self.sections if s.id]
        close = difflib.get_close_matches(sid, ids, n=3)
        if close:
            return t("did you mean {names}?",
                     names=(" " + t("or") + " ").join(repr(c) for c in close))
        return t("section ids: {ids}", ids=", ".join(ids))

    def form_sections(self) -> tuple[SectionRef, ...]:
        """The tables of the answer form: the plan as a whole, then every common chapter,
        with a chapter that holds strategies replaced by one table per strategy."""
        out = [GENERAL_REF]
        for i, ref in enumerate(self.sections):
            if ref.level != 1 or ref.origin:
                continue
            inner = [s for s in self.sections[i + 1:self._end(i)] if s.strategy]
            out.extend(inner or [ref])
        return tuple(out)

    def _end(self, index: int) -> int:
        return next((j for j in range(index + 1, len(self.sections))
                     if self.sections[j].level == 1), len(self.sections))


def catalogue(config: Config, documents: tuple[Document, ...]) -> Catalogue:
    """Build the catalogue from the county-wide edition among the checked documents."""
    county = next(d for d in documents if d.edition.id == COUNTY)
    strategies = {s.section: s.name for s in config.strategies if s.section}
    refs = [GENERAL_REF]

    def visit(section: Section) -> None:
        if section.explicit_id:
            refs.append(SectionRef(section.id, county.numbers.get(section.id, ""),
                                   plain(section.title), section.level,
                                   strategies.get(section.id, ""), section.origin))
        for child in section.children:
            visit(child)

    for top in county.sections:
        visit(top)
    return Catalogue(tuple(refs))
