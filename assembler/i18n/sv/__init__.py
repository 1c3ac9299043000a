"""Swedish texts keyed by their English message id (see assembler/i18n/messages.py), one module
per area so that each area's texts sit together: the commands' help, `init`, the lines the
commands print, and the diagnostics of each pipeline stage."""

from __future__ import annotations

from types import ModuleType

from . import (
    click,
    commands,
    environment,
    init,
    plan,
    printed,
    remiss,
    rounds,
    sources,
    stages,
    word,
)

# The catalogue's areas; messages.py merges them (and refuses an id given in two).
AREAS: tuple[ModuleType, ...] = (init, commands, printed, plan, sources, rounds, remiss, word,
                                 stages, click, environment)
