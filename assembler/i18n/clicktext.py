"""click's own texts (usage errors, `Usage:`, `Try '…' for help.`) through the message catalogue.

click 8 translates with gettext through names imported into each of its modules (`_`,
`ngettext`); `install()` points those names at `messages.t`, which looks the text up when it is
shown, so `--lang` and ASSEMBLER_LANG are honoured. Texts without a Swedish entry stay English.
"""

from __future__ import annotations

import importlib

from .messages import t

MODULES = ("core", "exceptions", "parser", "types", "decorators", "formatting", "termui")


def gettext(message: str) -> str:
    return t(message)


def ngettext(singular: str, plural: str, count: int) -> str:
    return t(singular if count == 1 else plural)


def install() -> None:
    """Route the gettext calls of click's modules through the catalogue (idempotent)."""
    for name in MODULES:
        try:  # a click release that moved a module keeps its English there, nothing breaks
            module = importlib.import_module(f"click.{name}")
        except ImportError:
            continue
        if hasattr(module, "_"):
            module._ = gettext  # type: ignore[attr-defined]
        if hasattr(module, "ngettext"):
            module.ngettext = ngettext  # type: ignore[attr-defined]
