"""Swedish texts of the diagnostics of the pipeline stages: compose, resolve, revise, changes,
markdown, the body renderer, the walk and the model (see assembler/messages_sv/__init__.py)."""

from __future__ import annotations

from collections.abc import Callable

SV: dict[str, str | Callable[..., str]] = {}
