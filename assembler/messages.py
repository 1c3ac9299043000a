"""The message catalogue: the CLI's own lines in Swedish (the default) or English.

Message ids are the English texts (as with gettext); `t(msgid, **values)` returns the text in
the chosen language with `{name}` fields filled in. The language is, in this order, the one
chosen with `--lang`, the environment variable ASSEMBLER_LANG, or the locale (LC_ALL,
LC_MESSAGES, LANG): a locale starting with "sv" gives Swedish, anything else English.
"""

from __future__ import annotations

import os

from .messages_sv import SV

LANGUAGES = ("sv", "en")
_chosen: list[str] = []


def choose(lang: str | None) -> None:
    """Set the language of this run (from --lang)."""
    _chosen[:] = [lang] if lang else []


def language() -> str:
    if _chosen:
        return _chosen[0]
    env = os.environ.get("ASSEMBLER_LANG", "").strip().lower()
    if env in LANGUAGES:
        return env
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(name, "")
        if value:
            return "sv" if value.lower().startswith("sv") else "en"
    return "en"


def t(msgid: str, **values: object) -> str:
    """The message in the run's language."""
    text = SV.get(msgid, msgid) if language() == "sv" else msgid
    return text.format(**values) if values else text
