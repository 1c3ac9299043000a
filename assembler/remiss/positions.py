"""The principals' positions (ställningstaganden) per chapter and strategy, as the form asked.

The answer form asks once per chapter and strategy: tillstyrker, tillstyrker med ändringar or
avstyrker. The decision documents count them in a table and name every avstyrkan in words.
"""

from __future__ import annotations

from typing import Any

from ..model import Config
from ..swedish import join_names
from .catalogue import Catalogue
from .model import POSITIONS, Ledger, principal_names

AGAINST = "avstyrker"


def positions(ledger: Ledger, cat: Catalogue) -> dict[str, dict[str, str]]:
    """form section id → principal id → position (the first one given for the section)."""
    asked = {s.id for s in cat.form_sections()}
    out: dict[str, dict[str, str]] = {}
    for response, c in ledger.comments():
        if c.position and c.section in asked:
            out.setdefault(c.section, {}).setdefault(response.principal, c.position)
    return out


def position_rows(ledger: Ledger, cat: Catalogue) -> list[dict[str, Any]]:
    """One table row per form section that got any position: label and the three counts."""
    found = positions(ledger, cat)
    rows = []
    for ref in cat.form_sections():
        given = found.get(ref.id)
        if not given:
            continue
        counts = [sum(1 for v in given.values() if v == pos) for pos in POSITIONS]
        rows.append({"label": ref.heading, "counts": [str(n) for n in counts]})
    return rows


def against(config: Config, ledger: Ledger, cat: Catalogue) -> list[str]:
    """"Östersunds kommun avstyrker strategi ökad tillgänglighet." for every avstyrkan."""
    names = principal_names(config)
    found = positions(ledger, cat)
    by_principal: dict[str, list[str]] = {}
    for ref in cat.form_sections():
        for pid, pos in found.get(ref.id, {}).items():
            if pos == AGAINST:
                by_principal.setdefault(pid, []).append(ref.label)
    return [f"{names[pid]} avstyrker {join_names(labels)}."
            for pid in ledger.round.recipients if (labels := by_principal.get(pid))]


def position_intro(ledger: Ledger, cat: Catalogue) -> str:
    if not positions(ledger, cat):
        return ""
    return ("Svarsmallen bad om ett ställningstagande till planen i sin helhet och till varje "
            "avsnitt och strategi. Tabellen visar hur många huvudmän som tillstyrker, "
            "tillstyrker med ändringar eller avstyrker.")
