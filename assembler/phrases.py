"""Every phrase the tool writes around local text, in one place.

Labels of local text, override notes and the edition headings come from `DEFAULTS`; a county
changes any of them under `phrases:` in plan.yaml. A phrase is a text with `{name}` placeholders;
each phrase allows only the placeholders listed in `PLACEHOLDERS`.
"""

from __future__ import annotations

import string
from collections.abc import Mapping
from dataclasses import dataclass

from .errors import Diagnostics, ExitCode, Loc
from .i18n.messages import t
from .model import Inline, Text

DEFAULTS: dict[str, str] = {
    "addition_label": "Lokalt tillägg – {arena}",
    "override_label": "Lokal anpassning – {arena}",
    "section_label": "Lokalt avsnitt – {arena}",
    "replaces": "{arena} ersätter med följande den gemensamma texten i {replaced}.",
    "removes": "{arena} tillämpar inte den gemensamma texten i {replaced}.",
    "replaced": "{section}, som börjar ”{words}”",
    "replaced_section": "{section}",
    "reason": "Skäl: {reason}",
    "county_heading": "Länsgemensam version – {county}",
    "arena_heading": "Lokal version – {arena}",
}

PLACEHOLDERS: dict[str, frozenset[str]] = {
    "addition_label": frozenset({"arena"}),
    "override_label": frozenset({"arena"}),
    "section_label": frozenset({"arena"}),
    "replaces": frozenset({"arena", "replaced"}),
    "removes": frozenset({"arena", "replaced"}),
    "replaced": frozenset({"section", "words"}),
    "replaced_section": frozenset({"section"}),
    "reason": frozenset({"reason"}),
    "county_heading": frozenset({"county"}),
    "arena_heading": frozenset({"arena", "name"}),
}



def placeholders(text: str) -> list[str] | None:
    """The placeholder names in a phrase; None when it is not a valid phrase."""
    try:
        parts = list(string.Formatter().parse(text))
    except ValueError:
        return None
    names = []
    for _, name, spec, conversion in parts:
        if name is None:
            continue
        if spec or conversion or not name.isidentifier():
            return None
        names.append(name)
    return names


def problem(key: str, text: str) -> str:
    """Why `text` cannot be the phrase `key` ('' when it can)."""
    if key not in DEFAULTS:
        return t("unknown phrase {key!r}", key=key)
    names = placeholders(text)
    if names is None:
        return t("phrase {key!r} is not a valid phrase: write placeholders as {{name}}, "
                 "literal braces as {{{{ and }}}}", key=key)
    wrong = sorted(set(names) - PLACEHOLDERS[key])
    if wrong:
        return t("phrase {key!r} uses unknown placeholder(s) {names}", key=key,
                 names=", ".join(wrong))
    return ""


def from_mapping(mapping: Mapping[str, tuple[str, Loc]], diags: Diagnostics
                 ) -> tuple[tuple[str, str], ...]:
    """plan.yaml `phrases:` (key → text and its location), checked."""
    texts = {key: text for key, (text, _) in mapping.items()}
    check(texts, diags, {key: loc for key, (_, loc) in mapping.items()})
    return tuple(sorted(texts.items()))


def check(overrides: Mapping[str, str], diags: Diagnostics, locs: Mapping[str, Loc]) -> None:
    """Report every bad phrase override (unknown key or placeholder) at its location."""
    for key, text in overrides.items():
        why = problem(key, text)
        if why:
            allowed = (", ".join(f"{{{n}}}" for n in sorted(PLACEHOLDERS[key]))
                       if key in PLACEHOLDERS else ", ".join(DEFAULTS))
            diags.error(locs[key], ExitCode.CONFIG, why,
                        t("allowed: {names}", names=allowed) if key in DEFAULTS
                        else t("phrases: {names}", names=allowed))


@dataclass(frozen=True)
class Phrases:
    """The phrases of one plan: the defaults with plan.yaml's overrides."""

    texts: Mapping[str, str]

    @classmethod
    def of(cls, overrides: tuple[tuple[str, str], ...] = ()) -> Phrases:
        return cls({**DEFAULTS, **dict(overrides)})

    def __call__(self, key: str, **values: str) -> str:
        return self.texts[key].format(**values)

    def inlines(self, key: str, values: Mapping[str, tuple[Inline, ...]],
                italic: bool = False) -> tuple[Inline, ...]:
        """The phrase as inlines, each placeholder replaced by inlines (links, variables …)."""
        out: list[Inline] = []
        for literal, name, _, _ in string.Formatter().parse(self.texts[key]):
            if literal:
                out.append(Text(literal, italic=italic))
            if name is not None:
                out.extend(values[name])
        return tuple(out)
