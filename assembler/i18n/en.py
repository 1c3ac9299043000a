"""English entries for the messages whose English depends on a count: "1 local addition",
"2 local additions". Every other English text is its message id (see messages.py); a Swedish
entry for each of these is in assembler/i18n/sv/."""

from __future__ import annotations

from collections.abc import Callable

from .plural import n

EN: dict[str, Callable[..., str]] = {
    "ok: {sections} common sections, {additions} local additions, {local} local sections, "
    "{frozen} frozen round(s) intact, {warnings} warning(s)":
        lambda sections, additions, local, frozen, warnings:
        f"ok: {n(sections, 'common section', 'common sections')}, "
        f"{n(additions, 'local addition', 'local additions')}, "
        f"{n(local, 'local section', 'local sections')}, "
        f"{frozen} frozen round(s) intact, {warnings} warning(s)",
    "created the plan folder {folder} ({principals} principals, {arenas} arenas, "
    "{strategies} strategies); next: cd {folder} && assembler build":
        lambda folder, principals, arenas, strategies:
        f"created the plan folder {folder} ({n(principals, 'principal', 'principals')}, "
        f"{n(arenas, 'arena', 'arenas')}, {n(strategies, 'strategy', 'strategies')}); "
        f"next: cd {folder} && assembler build",
}
