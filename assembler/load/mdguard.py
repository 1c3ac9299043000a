"""Guards around markdown-it so that no source text is lost silently.

markdown-it drops text nested deeper than its `maxNesting` without a word, and deep nesting is
slow (quadratic list scanning) and can exhaust the recursion of its syntax tree. A cheap pre-scan
refuses such text at its line before parsing; a check of the token levels after parsing catches
what the pre-scan missed. The footnote rule keeps only the last of two definitions with the same
label: the wrapped rule records every definition so duplicates become errors. Variables `{{ … }}`
are taken as literal text before the emphasis rule can read `__x__` in them as bold.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from markdown_it import MarkdownIt
from markdown_it.rules_inline import StateInline
from markdown_it.token import Token

from ..errors import Diagnostics, ExitCode, Loc
from ..i18n.messages import t

MAX_DEPTH = 16  # quotes, list items and indentation steps in front of a line
MAX_NESTING = 2 * MAX_DEPTH + 8  # markdown-it token levels: a list item takes two
MAX_INLINE_DEPTH = 24  # emphasis and links inside each other
MAX_COLUMNS = 63  # Word's limit for a table
_MARKER = re.compile(r" {0,3}(?:>|[-*+](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$))[ \t]?")
_VAR = re.compile(r"\{\{[^{}\n]*\}\}")


def _depth(line: str) -> int:
    """Upper bound of the containers a line opens or continues (quotes, list items, indents)."""
    stripped = line.expandtabs(4)
    indent = len(stripped) - len(stripped.lstrip(" "))
    rest = stripped[indent:]
    markers = 0
    while True:
        m = _MARKER.match(rest)
        if not m or not m.group(0).strip():
            break
        markers += 1
        rest = rest[m.end():]
    return indent // 2 + markers


def prescan(text: str, path: str, first_line: int, diags: Diagnostics) -> bool:
    """False (with an error at the first offending line) when nesting would lose text."""
    for i, line in enumerate(text.split("\n")):
        if line.strip() and _depth(line) > MAX_DEPTH:
            diags.error(Loc(path, first_line + i, 1), ExitCode.SYNTAX,
                        t("text nested more than {MAX_DEPTH} levels deep (quotes, lists or "
                          "indentation); it would be lost", MAX_DEPTH=MAX_DEPTH),
                        t("flatten the lists or quotes, or remove the indentation"))
            return False
    return True


def check_levels(tokens: list[Token], path: str, first_line: int, diags: Diagnostics) -> bool:
    """False (with an error) when markdown-it hit its nesting limit or inline text nests too
    deeply for the syntax tree."""
    line = 0
    for token in tokens:
        if token.map:
            line = token.map[0]
        if token.level >= MAX_NESTING - 1:
            diags.error(Loc(path, first_line + line, 1), ExitCode.SYNTAX,
                        t("text nested too deeply; it would be lost"),
                        t("flatten the lists or quotes"))
            return False
        if token.children and max((c.level for c in token.children), default=0) > (
                MAX_INLINE_DEPTH):
            diags.error(Loc(path, first_line + line, 1), ExitCode.SYNTAX,
                        t("emphasis or links nested more than {depth} levels deep",
                          depth=MAX_INLINE_DEPTH),
                        t("remove the extra '*', '_' or '[' characters"))
            return False
    return True


def _variable_rule(state: StateInline, silent: bool) -> bool:
    if not state.src.startswith("{{", state.pos):
        return False
    m = _VAR.match(state.src, state.pos)
    if m is None:
        return False
    if not silent:
        state.pending += m.group(0)
    state.pos = m.end()
    return True


def _recording(rule: Callable[..., bool]) -> Callable[..., bool]:
    def footnote_def(state: Any, start: int, end: int, silent: bool) -> bool:
        before = len(state.tokens)
        found = rule(state, start, end, silent)
        if found and not silent and len(state.tokens) > before:
            label = state.tokens[before].meta.get("label", "")
            state.env.setdefault("footnote_defs", []).append((str(label), start))
        return bool(found)

    return footnote_def


def install(md: MarkdownIt) -> MarkdownIt:
    """Add the guards to a parser that has the footnote plugin."""
    md.options["maxNesting"] = MAX_NESTING
    md.inline.ruler.before("text", "plan_variable", _variable_rule)
    original = next(r for r in md.block.ruler.__rules__ if r.name == "footnote_def")
    md.block.ruler.at("footnote_def", _recording(original.fn), {"alt": list(original.alt)})
    return md


def duplicate_footnotes(env: dict[str, Any], path: str, first_line: int,
                        diags: Diagnostics) -> None:
    first: dict[str, int] = {}
    for label, line in env.get("footnote_defs", []):
        if label in first and first[label] != line:
            diags.error(Loc(path, first_line + line, 1), ExitCode.REFERENCE,
                        t("footnote [^{label}] is defined twice (first at line {value})",
                          label=label, value=first_line + first[label]),
                        t("give the second note its own label, or remove one definition"))
        first.setdefault(label, line)


def too_many_columns(columns: int, loc: Loc, diags: Diagnostics) -> None:
    if columns > MAX_COLUMNS:
        diags.error(loc, ExitCode.SYNTAX,
                    t("table with {columns} columns; Word allows at most {MAX_COLUMNS}",
                      columns=columns, MAX_COLUMNS=MAX_COLUMNS),
                    t("split the table, or turn it around (rows instead of columns)"))
