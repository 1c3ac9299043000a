"""Configured prose (Bakgrund, Ärendet …): plain text → paragraphs and lists, with variables.

The format is deliberately small: blank lines separate paragraphs; a paragraph whose lines all
start with "- " is a bullet list, one whose lines start with "1. " a numbered list. Variables
are the plan's (`{{ plan.title }}`, `{{ vars.NAME }}` …) plus `remiss.*` and `principal.*`,
expanded by the core resolver so that unknown names are reported the same way.
"""

from __future__ import annotations

import re
from typing import Any

from ..errors import Diagnostics, Loc
from ..model import Config, Principal
from ..resolve import Resolver, base_context
from ..swedish import date_range, join_names, long_date
from .model import ProseBlock, RoundConfig, principal_names

_BULLET = re.compile(r"^[-*]\s+")
_NUMBER = re.compile(r"^\d+[.)]\s+")


def parse_prose(text: str, loc: Loc) -> tuple[ProseBlock, ...]:
    """Split configured text into paragraphs and lists (see the module docstring)."""
    blocks: list[ProseBlock] = []
    offset = 0
    for chunk in re.split(r"(\n\s*\n)", text):
        lines = [line.strip() for line in chunk.split("\n") if line.strip()]
        here = loc.shifted(offset + len(chunk) - len(chunk.lstrip("\n")))
        offset += chunk.count("\n")
        if not lines:
            continue
        if _BULLET.match(lines[0]):
            blocks.append(ProseBlock("bullets", tuple(_items(lines, _BULLET)), here))
        elif _NUMBER.match(lines[0]):
            blocks.append(ProseBlock("numbers", tuple(_items(lines, _NUMBER)), here))
        else:
            blocks.append(ProseBlock("p", (" ".join(lines),), here))
    return tuple(blocks)


def _items(lines: list[str], pattern: re.Pattern[str]) -> list[str]:
    """List items; a line that does not start a new item continues the previous one."""
    items: list[str] = []
    for line in lines:
        if pattern.match(line) or not items:
            items.append(pattern.sub("", line, count=1))
        else:
            items[-1] += " " + line
    return items


def recipients_text(config: Config, recipients: tuple[str, ...]) -> str:
    """"länets kommuner och Region Jämtland Härjedalen", or the names when not all are asked."""
    asked = set(recipients)
    kind = {p.id: p.kind for p in config.principals}
    names = principal_names(config)
    kommuner = [pid for pid, k in kind.items() if k == "kommun"]
    if len(kommuner) > 1 and asked.issuperset(kommuner):
        return join_names(["länets kommuner", *(names[p] for p in recipients
                                                if kind[p] != "kommun")])
    return join_names([names[p] for p in recipients])


def context(config: Config, rc: RoundConfig, round_id: str,
            principal: Principal | None) -> dict[str, Any]:
    """The variables configured prose can use, as dotted names."""
    ctx = base_context(config, None, round_id)
    known = principal_names(config)
    names = [known[p] for p in rc.recipients]
    ctx.update({
        "remiss.id": rc.round_id, "remiss.name": rc.name,
        "remiss.period": date_range(rc.start, rc.end), "remiss.deadline": long_date(rc.end),
        "remiss.decided_by": rc.decided_by, "remiss.recipients": join_names(names),
        "remiss.recipients_text": recipients_text(config, rc.recipients),
    })
    if principal is not None:
        ctx.update({"principal.id": principal.id, "principal.name": principal.name,
                    "principal.decision_body": principal.decision_body})
    return ctx


def expand(text: str, loc: Loc, config: Config, ctx: dict[str, Any],
           diags: Diagnostics) -> str:
    """`text` with its `{{ … }}` variables replaced; unknown ones are reported in `diags`."""
    resolver = Resolver(config, ctx, {}, {}, diags)
    value = resolver.expand(text, loc, ctx, ())
    return text if value is None else value


def expand_blocks(blocks: tuple[ProseBlock, ...], config: Config, ctx: dict[str, Any],
                  diags: Diagnostics) -> list[dict[str, Any]]:
    """Prose blocks as template data: {kind, texts} with variables expanded."""
    return [{"kind": b.kind,
             "texts": [expand(item, b.loc, config, ctx, diags) for item in b.items]}
            for b in blocks]
