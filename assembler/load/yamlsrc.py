"""Reading YAML with positions (ruamel.yaml round-trip), and typed field access that reports
`path:line:col` for every missing or malformed value instead of raising."""

from __future__ import annotations

import datetime as dt
import difflib
from collections.abc import Iterator
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.constructor import RoundTripConstructor, SafeConstructor
from ruamel.yaml.error import MarkedYAMLError

from ..errors import Diagnostics, ExitCode, Loc
from ..i18n.messages import t

TIMESTAMP = "tag:yaml.org,2002:timestamp"


class _RoundTrip(RoundTripConstructor):
    """An unquoted impossible date (2023-13-45) stays text, so that the date field reports it at
    its line, naming its key, instead of the whole file failing at 1:1."""

    def construct_yaml_timestamp(self, node: Any, values: Any = None) -> Any:
        try:
            return super().construct_yaml_timestamp(node, values)
        except ValueError:
            return str(node.value)


class _Safe(SafeConstructor):
    def construct_yaml_timestamp(self, node: Any, values: Any = None) -> Any:
        try:
            return super().construct_yaml_timestamp(node, values)
        except ValueError:
            return str(node.value)


_RoundTrip.add_constructor(TIMESTAMP, _RoundTrip.construct_yaml_timestamp)
_Safe.add_constructor(TIMESTAMP, _Safe.construct_yaml_timestamp)
_yaml = YAML(typ="rt")
_yaml.Constructor = _RoundTrip
_fast = YAML(typ="safe", pure=False)  # libyaml (ruamel.yaml.clib) when installed
_fast.Constructor = _Safe


def parse_yaml(text: str, path: str, first_line: int, diags: Diagnostics) -> Any:
    """Parse YAML text whose first line is file line `first_line`; None (and an error) if broken."""
    try:
        return _yaml.load(text)
    except MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = (mark.line if mark else 0) + first_line
        col = (mark.column if mark else 0) + 1
        diags.error(
            Loc(path, line, col), ExitCode.SYNTAX,
            t("YAML: {value}", value=exc.problem or exc.context),
            t("fix the YAML syntax (indentation, ':' after keys, quotes around text with ':')"),
        )
    except Exception as exc:  # ruamel raises several non-marked errors (e.g. duplicate keys)
        diags.error(Loc(path, first_line, 1), ExitCode.SYNTAX, t("YAML: {exc}", exc=exc))
    return None


def parse_front_matter(text: str, path: str, first_line: int, diags: Diagnostics
                       ) -> tuple[Any, dict[str, tuple[int, int, int, int]]]:
    """Front matter through the fast loader; also returns key → (line, col, value line, col)."""
    try:
        node = _fast.compose(text)
        data = _fast.constructor.construct_object(node, deep=True) if node is not None else {}
    except MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        diags.error(Loc(path, (mark.line if mark else 0) + first_line,
                        (mark.column if mark else 0) + 1), ExitCode.SYNTAX,
                    t("YAML: {value}", value=exc.problem or exc.context),
                    t("fix the front matter (key: value lines between two '---' lines)"))
        return None, {}
    except Exception as exc:  # e.g. duplicate keys, bad tags
        diags.error(Loc(path, first_line, 1), ExitCode.SYNTAX, t("YAML: {exc}", exc=exc))
        return None, {}
    positions: dict[str, tuple[int, int, int, int]] = {}
    if node is not None and isinstance(node.value, list):
        for pair in node.value:
            if isinstance(pair, tuple) and len(pair) == 2:
                key, value = pair
                positions[str(key.value)] = (key.start_mark.line, key.start_mark.column,
                                             value.start_mark.line, value.start_mark.column)
    return data, positions


class Node:
    """A YAML mapping with its file position; accessors record errors and return defaults."""

    def __init__(self, data: Any, path: str, first_line: int, diags: Diagnostics,
                 loc: Loc | None = None,
                 positions: dict[str, tuple[int, int, int, int]] | None = None):
        self.positions = positions or {}
        self.data = data
        self.path = path
        self.first_line = first_line
        self.diags = diags
        self.loc = loc or Loc(path, first_line, 1)

    def _pos(self, container: Any, key: Any, value: bool) -> Loc:
        if container is self.data and key in self.positions:
            kl, kc, vl, vc = self.positions[key]
            line, col = (vl, vc) if value else (kl, kc)
            return Loc(self.path, self.first_line + line, col + 1)
        try:
            if isinstance(container, CommentedMap):
                line, col = container.lc.value(key) if value else container.lc.key(key)
            elif isinstance(container, CommentedSeq):
                line, col = container.lc.item(key)
            else:
                return self.loc
        except (KeyError, IndexError, TypeError):
            return self.loc
        return Loc(self.path, self.first_line + line, col + 1)

    def key_loc(self, key: str) -> Loc:
        return self._pos(self.data, key, value=False)

    def value_loc(self, key: str) -> Loc:
        return self._pos(self.data, key, value=True)

    def has(self, key: str) -> bool:
        return isinstance(self.data, dict) and key in self.data

    def is_mapping(self, what: str) -> bool:
        if isinstance(self.data, dict):
            return True
        self.diags.error(self.loc, ExitCode.CONFIG,
                         t("{what} must be a mapping of 'key: value'", what=what))
        return False

    def text(self, key: str, required: bool = True, default: str = "") -> str:
        if not self.has(key) or self.data[key] is None:
            if required:
                self.diags.error(self.loc, ExitCode.CONFIG,
                                 t("missing required key '{key}'", key=key),
                                 t("add '{key}: …' here", key=key))
            return default
        value = self.data[key]
        if isinstance(value, (dict, list)):
            self.diags.error(self.value_loc(key), ExitCode.CONFIG,
                             t("'{key}' must be text", key=key))
            return default
        return str(value)

    def integer(self, key: str, default: int = 0) -> int:
        if not self.has(key):
            return default
        value = self.data[key]
        if isinstance(value, bool) or not isinstance(value, int):
            self.diags.error(self.value_loc(key), ExitCode.CONFIG,
                             t("'{key}' must be a whole number", key=key))
            return default
        return value

    def date(self, key: str, required: bool = True) -> dt.date:
        if not self.has(key):
            if required:
                self.diags.error(self.loc, ExitCode.CONFIG,
                                 t("missing required date '{key}'", key=key),
                                 t("add '{key}: 2023-10-01'", key=key))
            return dt.date(1970, 1, 1)
        value = self.data[key]
        if isinstance(value, dt.datetime):
            return value.date()
        if isinstance(value, dt.date):
            return value
        try:
            return dt.date.fromisoformat(str(value))
        except ValueError:
            self.diags.error(self.value_loc(key), ExitCode.CONFIG,
                             t("'{key}' must be a date YYYY-MM-DD, got {value!r}", key=key,
                               value=value))
            return dt.date(1970, 1, 1)

    def child(self, key: str) -> Node:
        value = self.data.get(key) if isinstance(self.data, dict) else None
        return Node(value, self.path, self.first_line, self.diags, self.value_loc(key))

    def items(self, key: str, required: bool = True) -> Iterator[Node]:
        """The entries of a list under `key`, each as a Node positioned at its item."""
        if not self.has(key):
            if required:
                self.diags.error(self.loc, ExitCode.CONFIG,
                                 t("missing required list '{key}'", key=key))
            return
        seq = self.data[key]
        if not isinstance(seq, list):
            self.diags.error(self.value_loc(key), ExitCode.CONFIG,
                             t("'{key}' must be a list", key=key))
            return
        for i, item in enumerate(seq):
            yield Node(item, self.path, self.first_line, self.diags, self._pos(seq, i, True))

    def str_list(self, key: str) -> tuple[tuple[str, Loc], ...]:
        out = []
        for item in self.items(key):
            if isinstance(item.data, (dict, list)) or item.data is None:
                self.diags.error(item.loc, ExitCode.CONFIG,
                                 t("entries of '{key}' must be text", key=key))
            else:
                out.append((str(item.data), item.loc))
        return tuple(out)

    def unknown_keys(self, allowed: set[str], what: str) -> None:
        if not isinstance(self.data, dict):
            return
        for key in self.data:
            if key not in allowed:
                close = difflib.get_close_matches(str(key), sorted(allowed), n=1, cutoff=0.6)
                self.diags.error(
                    self.key_loc(key), ExitCode.CONFIG,
                    t("unknown key '{key}' in {what}", key=key, what=what),
                    t("{suggestion}allowed: {keys}",
                      suggestion=t("did you mean '{word}'? ", word=close[0]) if close else "",
                      keys=", ".join(sorted(allowed))),
                )
