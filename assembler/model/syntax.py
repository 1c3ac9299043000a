"""The syntax of the model's names, stated once: ids, heading ids, variables, footnote labels.

Used by the readers (Markdown, plan.yaml, round files) and by resolve; the Markdown reader is
one user of these, not their owner.
"""

from __future__ import annotations

import re

ID_RE = re.compile(r"[a-z0-9][a-z0-9-]*")  # section, principal, arena, round … ids
HEADING_ID_RE = re.compile(r"\s*\{#([^}\s]*)\}\s*$")  # "## Title {#id}"
VAR_RE = re.compile(r"\{\{\s*([^{}]*?)\s*\}\}")  # "{{ plan.title }}"
LOOSE_FOOTNOTE_RE = re.compile(r"\[\^([^\]\s]+)\]")  # "[^label]" the reader did not take
SLOT_CLOSE_RE = re.compile(r"\s*:{3,}\s*$")  # the ":::" line that closes "::: slot name"

__all__ = ["HEADING_ID_RE", "ID_RE", "LOOSE_FOOTNOTE_RE", "SLOT_CLOSE_RE", "VAR_RE"]
