"""The hint for an unknown variable: the forms the sources can use, and a "did you mean"."""

from __future__ import annotations

import difflib
from collections.abc import Iterable

from .i18n.messages import t

# the id part of a three-part name, shown as a placeholder ("principals.ID.name")
_ID_GROUPS = ("principals", "strategies")
ARENA_FORMS = ("arena.id", "arena.name", "arena.short_name", "arena.principals")


def forms(names: Iterable[str], variables: Iterable[str]) -> list[str]:
    """Every name as the sources write it, ids replaced by ID and variable names by NAME."""
    out: set[str] = set()
    for name in names:
        parts = name.split(".")
        if len(parts) == 3 and parts[0] in _ID_GROUPS:
            out.add(f"{parts[0]}.ID.{parts[2]}")
        elif not name.startswith("arena."):
            out.add(name)
    if any(True for _ in variables):
        out.add("vars.NAME")
    return sorted(out)


def suggest(name: str, names: Iterable[str], variables: Iterable[str],
            local: bool) -> list[str]:
    """Up to two known names close to `name`."""
    known = {n for n in names if local or not n.startswith("arena.")}
    known.update(f"vars.{v}" for v in variables)
    if local:
        known.update(ARENA_FORMS)
    return difflib.get_close_matches(name, sorted(known), n=2, cutoff=0.6)


def unknown_variable_hint(name: str, names: Iterable[str], variables: Iterable[str],
                          local: bool) -> str:
    """'did you mean …?' first when something is close, then what can be used."""
    names, variables = list(names), list(variables)
    if name.startswith("arena.") and not local:
        return t("arena.* can only be used in an arena's local text")
    close = suggest(name, names, variables, local)
    mean = (t("did you mean {names}?", names=(" " + t("or") + " ").join(f"'{c}'" for c in close))
            + " " if close else "")
    if name.startswith("vars."):
        return t("{suggestion}define it under 'variables:' in plan.yaml", suggestion=mean)
    usable = forms(names, variables) + ([] if not local else list(ARENA_FORMS))
    where = "" if local else t(" (and arena.* in an arena's local text)")
    ids = [f"{group} {', '.join(found)}" for group, found in sorted(_ids(names).items())]
    text = t("{suggestion}variables: {names}{where}", suggestion=mean,
             names=", ".join(sorted(usable)), where=where)
    return t("{text}; ID: {ids}", text=text, ids="; ".join(ids)) if ids else text


def _ids(names: list[str]) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for name in names:
        parts = name.split(".")
        if len(parts) == 3 and parts[0] in _ID_GROUPS and parts[1] not in found.get(parts[0], []):
            found.setdefault(parts[0], []).append(parts[1])
    return found
