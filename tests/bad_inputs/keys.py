"""Message keys of the bad-input corpus: each key names one kind of problem.

The corpus asserts keys, not wordings, so that a message catalogue may translate the messages;
until there is one, each key is recognised by a pattern over the English message.
"""

from __future__ import annotations

import re

KEYS: dict[str, str] = {
    "yaml-syntax": r"^YAML: ",
    "not-mapping": r"must be a mapping",
    "missing-key": r"missing required (key|list|date)",
    "must-be-text": r"must be text",
    "must-be-date": r"must be a date",
    "ids-are-text": r"^ids are text",
    "id-format": r"id .* must be lowercase",
    "unknown-key": r"^unknown key ",
    "not-allowed": r"must be one of",
    "unknown-ref": r"unknown (principal|round|arena|strategy) ",
    "duplicate-id": r"^duplicate .* id ",
    "empty-list": r"is empty$",
    "variable-cycle": r"^cycle in variables",
    "variable-too-large": r"expands to more than",
    "unknown-variable": r"^unknown variable",
    "plan-missing": r"plan\.yaml not found",
    "front-matter": r"front matter",
    "slot-unclosed": r"^slot .* is not closed",
    "slot-nested": r"^slot .* is inside another slot",
    "slot-name": r"^slot needs exactly one name",
    "too-deep": r"nested (more than \d+ levels deep|too deeply)",
    "footnote-twice": r"^footnote .* is defined twice",
    "footnote-undefined": r"^footnote .* has no definition",
    "too-many-columns": r"^table with \d+ columns",
    "heading-level": r"^headings in a section body start at",
    "heading-jump": r"^heading level jumps",
    "heading-id": r"^heading id .* must be lowercase",
    "unsupported": r"is not supported in plan text",
    "picture-alt": r"^picture without alternative text",
    "picture-file": r"^picture file not found",
    "unknown-section": r"unknown section|no section",
    "unknown-slot": r"(no slot|unknown slot)",
    "override-reason": r"reason",
    "unknown-arena": r"(no arena|unknown arena|not an arena)",
    "hand-edited": r"changed since it was generated",
    "cannot-write": r"^cannot write",
    "not-a-folder": r"(is a file|not a folder|cannot write)",
    "out-in-sources": r"output folder is inside the sources",
    "already-frozen": r"is already frozen",
    "round-escape": r"outside the round",
    "round-changed": r"was changed",
    "round-model": r"frozen model cannot be read",
    "not-frozen": r"not a frozen round",
    "unknown-round": r"^unknown round",
    "unknown-edition": r"^unknown edition",
    "empty-slot": r"is not filled by any arena",
    "no-arena": r"is in no arena",
    "reason-not-printed": r"reason of an? '\w+' addition is not printed",
}


def matches(key: str, message: str) -> bool:
    return re.search(KEYS[key], message) is not None
