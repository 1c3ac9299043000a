"""Tiny inline plans for the stage unit tests (test_load, test_markdown, test_compose,
test_resolve, test_render): a plan.yaml of two principals and one arena, and chapters given as
text, written to a temporary folder and loaded the way the pipeline loads them."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from assembler.errors import Diagnostics
from assembler.load.sources import load
from assembler.model import Sources

PLAN = """\
plan:
  title: Liten plan
  short_title: Liten
  county: Litet län
  region: Region Liten
  dnr: RL/1/2026
  version: "1.0"
  valid_from: 2027-01-01
  date: 2026-10-06
  authors:
    - name: Ada Berg
      title: Projektledare
      organisation: Region Liten
principals:
  - id: region
    name: Region Liten
    kind: region
    decision_body: Regionstyrelsen
  - id: by
    name: Byns kommun
    decision_body: Kommunstyrelsen
arenas:
  - id: by
    name: Samverkansarena Byn
    short_name: Byn
    principals: [region, by]
strategies:
  - id: nara
    name: Nära vård
    section: strategi-nara
rounds:
  - id: remiss
    name: Remissversion
    date: 2026-10-06
current_round: remiss
variables:
  ort: Byn
"""

CHAPTER = """\
---
id: inledning
title: Inledning
order: 10
---
Planen gäller från {{ plan.valid_from }}.[^lag] Se [](#strategi-nara).

## {{ strategies.nara.name }} {#strategi-nara}

::: slot lokalt
Gemensam text.
:::

[^lag]: Hälso- och sjukvårdslagen (2017:30).
"""


def write_plan(root: Path, files: dict[str, str] | None = None, plan: str = PLAN) -> Path:
    """A source folder with plan.yaml and the given files (relative path: text)."""
    sources = root / "sources"
    (sources / "common").mkdir(parents=True, exist_ok=True)
    (sources / "plan.yaml").write_text(plan, encoding="utf-8")
    for rel, text in (files if files is not None else {"common/10-inledning.md": CHAPTER}).items():
        path = sources / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return sources


def load_plan(root: Path, files: dict[str, str] | None = None,
              plan: str = PLAN) -> tuple[Sources | None, Diagnostics]:
    diags = Diagnostics()
    return load(write_plan(root, files, plan), diags), diags


def text_of(node: Any) -> str:
    """The visible text of any model node (inlines, blocks, sections), in order: a test's own
    reading, independent of the package's traversal."""
    if isinstance(node, (tuple, list)):
        return "".join(text_of(n) for n in node)
    if hasattr(node, "text") and isinstance(node.text, str):
        return str(node.text)
    parts = []
    for name in ("label", "title", "children", "blocks", "items", "header", "rows"):
        value = getattr(node, name, None)
        if isinstance(value, (tuple, list)) and not (name == "children"
                                                     and hasattr(node, "walk")):
            parts.append(text_of(value))
    if hasattr(node, "walk"):  # a section: its own text, then its children's
        parts.append(text_of(node.children))
    return "".join(parts)
