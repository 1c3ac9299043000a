"""Swedish texts keyed by their English message id (see assembler/i18n/messages.py), one module
per area so that each area's texts sit together: the commands' help, `init`, the lines the
commands print, and the diagnostics of each pipeline stage."""

from __future__ import annotations

from collections.abc import Callable

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

SV: dict[str, str | Callable[..., str]] = {}
for _area in (init, commands, printed, plan, sources, rounds, remiss, word, stages, click,
              environment):
    _clash = {" ".join(k.split()) for k in SV} & {" ".join(k.split()) for k in _area.SV}
    assert not _clash, f"message ids in two catalogue modules: {sorted(_clash)}"
    SV.update(_area.SV)
