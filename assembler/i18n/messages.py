"""The message catalogue: the CLI's own lines in Swedish (the default) or English.

Message ids are the English texts (as with gettext); `t(msgid, **values)` returns the text in
the chosen language with `{name}` fields filled in. The language is, in this order, the one
chosen with `--lang`, the environment variable ASSEMBLER_LANG, or the locale (LC_ALL,
LC_MESSAGES, LANG): a locale starting with "en" gives English, anything else (also none, as
on Windows) Swedish, the language of the users and of the documents.

Covered: the help of every command and option, the CLI's own lines (summaries, prompts, notes,
counts), the diagnostics of the pipeline (`path:line:col: fel: …`) and click's own usage errors
(assembler/i18n/clicktext.py). The choice reaches worker processes through ASSEMBLER_LANG.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import Any

from .en import EN as _EN
from .sv import AREAS

LANGUAGES = ("sv", "en")
ENV = "ASSEMBLER_LANG"
_chosen: list[str] = []


def choose(lang: str | None) -> Callable[[], None]:
    """Set the language of this run (from --lang). It goes into ASSEMBLER_LANG as well, so
    that worker processes (which do not inherit this module's state when spawned, as on
    Windows) speak it; the returned function puts ASSEMBLER_LANG back as it was (the CLI calls
    it when the run ends, so that the next run in the same process starts from it)."""
    _chosen[:] = [lang] if lang else []
    if not lang:
        return lambda: None
    before = os.environ.get(ENV)
    os.environ[ENV] = lang

    def restore() -> None:
        if before is None:
            os.environ.pop(ENV, None)
        else:
            os.environ[ENV] = before

    return restore


def language() -> str:
    if _chosen:
        return _chosen[0]
    env = os.environ.get(ENV, "").strip().lower()
    if env in LANGUAGES:
        return env
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(name, "")
        if value:
            return "en" if value.lower().startswith("en") else "sv"
    return "sv"


def key(msgid: str) -> str:
    """Catalogue keys ignore how a text is wrapped (docstrings, help split over lines)."""
    return " ".join(msgid.split())


def _merged(areas: tuple[Any, ...]) -> dict[str, str | Callable[..., str]]:
    """The Swedish entries of every area by normalised id; an id in two areas is a bug."""
    out: dict[str, str | Callable[..., str]] = {}
    for area in areas:
        ids = {key(k): v for k, v in area.SV.items()}
        clash = out.keys() & ids.keys()
        assert not clash, f"message ids in two catalogue modules: {sorted(clash)}"
        out.update(ids)
    return out


SV = _merged(AREAS)
EN = {key(k): v for k, v in _EN.items()}


def translated(msgid: str) -> bool:
    return key(msgid) in SV


def t(msgid: str, **values: Any) -> str:
    """The message in the run's language; a Swedish or English entry may be a function of the
    values (for singular and plural)."""
    if language() == "sv":
        entry = SV.get(key(msgid))
        if callable(entry):
            return entry(**values)
        if entry is not None:
            return entry.format(**values) if values else entry
    english = EN.get(key(msgid))  # "1 local addition", not "1 local additions"
    if english is not None:
        return english(**values)
    return msgid.format(**values) if values else msgid
