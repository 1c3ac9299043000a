"""Declarative YAML schemas and the one generic decoder over ruamel nodes.

A schema is a `Record` of `Field`s: each field says its type, whether it is required, its
default, the values it allows, and which id space it refers to. `Decoder` walks a ruamel
mapping (through `yamlsrc.Node`, which knows every key's and value's line:col) and returns plain
dicts; every problem becomes a diagnostic at its position, with "did you mean" for near misses,
and all problems of a file are reported in one run. References between ids (an arena's
principals, `current_round`) are checked after the whole file is read, so order does not matter.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass
from typing import Any

from ..errors import Diagnostics, ExitCode, Loc
from ..i18n.messages import t
from .yamlsrc import Node

KINDS = ("text", "id", "date", "int", "bool", "choice", "texts", "records", "record",
         "mapping", "any")  # "any": declared here, decoded by the schema's own module


@dataclass(frozen=True)
class Field:
    key: str
    kind: str = "text"
    required: bool = False
    default: Any = None
    default_from: str = ""  # another key of the same record whose value is the default
    choices: tuple[str, ...] = ()
    ref: str = ""  # id space the value (or every entry of a list) must name
    space: str = ""  # for kind "id": the id space the record's ids belong to (unique there)
    record: Record | None = None  # for "records" and "record"
    nonempty: bool = False  # for lists

    def __post_init__(self) -> None:
        assert self.kind in KINDS, self.kind
        assert self.kind not in ("records", "record") or self.record is not None, self.key


@dataclass(frozen=True)
class Record:
    what: str  # "a principal", used in messages
    fields: tuple[Field, ...]

    @property
    def keys(self) -> set[str]:
        return {f.key for f in self.fields}


def suggest(word: str, known: list[str] | set[str]) -> str:
    close = difflib.get_close_matches(word, sorted(known), n=1, cutoff=0.6)
    # e.g. "did you mean 'norrby'? " (the hint goes on with what is allowed)
    return t("did you mean '{word}'? ", word=close[0]) if close else ""


@dataclass(frozen=True)
class _Ref:
    space: str
    value: str
    loc: Loc
    owner: str


class Decoder:
    """Decodes records; collects ids and references across the whole file."""

    def __init__(self, diags: Diagnostics, id_pattern: Any, text: str = ""):
        self.diags = diags
        self.lines = text.split("\n")
        self.id_pattern = id_pattern
        self.ids: dict[str, dict[str, Loc]] = {}
        self.refs: list[_Ref] = []

    # -- records
    def record(self, node: Node, rec: Record) -> dict[str, Any] | None:
        if not node.is_mapping(t(rec.what)):
            return None
        node.unknown_keys(rec.keys, t(rec.what))
        out: dict[str, Any] = {"loc": node.loc, "locs": {
            str(k): node.value_loc(str(k)) for k in node.data}}
        first_ref = len(self.refs)
        for f in rec.fields:
            out[f.key] = self.field(node, f, t(rec.what))
        if out.get("id"):  # name the entry in its reference errors: "arena 'norr'"
            owner = t("{kind} {id!r}", kind=t(rec.what.split()[-1]), id=out["id"])
            self.refs[first_ref:] = [_Ref(r.space, r.value, r.loc, owner)
                                     for r in self.refs[first_ref:]]
        for f in rec.fields:
            if f.default_from and not out[f.key]:
                out[f.key] = out[f.default_from]
        return out

    def records(self, node: Node, f: Field) -> tuple[dict[str, Any], ...]:
        assert f.record is not None
        items = [self.record(n, f.record) for n in node.items(f.key, f.required)]
        return tuple(i for i in items if i is not None)

    # -- fields
    def field(self, node: Node, f: Field, owner: str) -> Any:
        if f.kind == "any":
            if f.required and not node.has(f.key):
                self.diags.error(node.loc, ExitCode.CONFIG,
                                 t("missing required key '{key}'", key=f.key),
                                 t("add '{key}:' here", key=f.key))
            return node.data.get(f.key, f.default) if isinstance(node.data, dict) else f.default
        if f.kind == "records":
            return self._nonempty(node, f, self.records(node, f), owner)
        if f.kind == "record":
            assert f.record is not None
            child = node.child(f.key)
            if child.data is None:
                if f.required:
                    self.diags.error(node.loc, ExitCode.CONFIG,
                                     t("missing required key '{key}'", key=f.key),
                                     t("add '{key}:' with its entries here", key=f.key))
                return None
            return self.record(child, f.record)
        if f.kind == "texts":
            entries = node.str_list(f.key) if node.has(f.key) or f.required else ()
            for value, loc in entries:
                self._reference(f, value, loc, owner)
            return self._nonempty(node, f, tuple(v for v, _ in entries), owner)
        if f.kind == "mapping":
            return self._mapping(node.child(f.key), f)
        if f.kind == "date":
            return node.date(f.key, f.required) if node.has(f.key) or f.required else f.default
        if f.kind == "int":
            return node.integer(f.key, f.default or 0)
        if f.kind == "id":
            return self._id(node, f, owner)
        if f.kind == "bool":
            raw = node.data.get(f.key) if isinstance(node.data, dict) else None
            if raw is not None and not isinstance(raw, bool):
                self.diags.error(node.value_loc(f.key), ExitCode.CONFIG,
                                 t("'{key}' must be true or false; got {raw!r}", key=f.key,
                                   raw=raw))
            return raw if isinstance(raw, bool) else bool(f.default)
        value = node.text(f.key, f.required, f.default if f.default is not None else "")
        if f.kind == "choice" and node.has(f.key) and value not in f.choices:
            self.diags.error(node.value_loc(f.key), ExitCode.CONFIG,
                             t("'{key}' must be one of {choices}; got {value!r}", key=f.key,
                               choices=', '.join(f.choices), value=value),
                             t("{suggestion}use one of the allowed values",
                               suggestion=suggest(value, set(f.choices))))
        if f.ref and value:
            self._reference(f, value, node.value_loc(f.key), f.key)
        return value

    def _nonempty(self, node: Node, f: Field, value: tuple[Any, ...], owner: str
                  ) -> tuple[Any, ...]:
        if f.nonempty and node.has(f.key) and not value:
            self.diags.error(node.value_loc(f.key), ExitCode.CONFIG,
                             t("'{key}' of {owner} is empty", key=f.key, owner=owner),
                             t("list at least one in '{key}'", key=f.key))
        return value

    def _id(self, node: Node, f: Field, owner: str) -> str:
        raw = node.data.get(f.key) if isinstance(node.data, dict) else None
        if raw is not None and not isinstance(raw, str):
            self.diags.error(node.value_loc(f.key), ExitCode.CONFIG,
                             t("ids are text, but the id of {owner} is read as the {raw} {raw2!r}",
                               owner=owner, raw=t(_kind_of(raw)), raw2=raw),
                             t("put the id in quotes: {key}: \"{node}\"", key=f.key,
                               node=self._written(node, f.key)))
            return ""
        ident = node.text(f.key, f.required)
        if not ident:
            return ""
        loc = node.value_loc(f.key)
        if not self.id_pattern.fullmatch(ident):
            self.diags.error(loc, ExitCode.CONFIG,
                             t("{space} id {ident!r} must be lowercase a-z, 0-9 and '-'",
                               space=t(f.space), ident=ident),
                             t("ids are ASCII: write 'are', not 'åre'"))
        seen = self.ids.setdefault(f.space, {})
        if ident in seen:
            self.diags.error(loc, ExitCode.REFERENCE,
                             t("duplicate {space} id {ident!r} (first defined at {seen})",
                               space=t(f.space), ident=ident, seen=seen[ident]),
                             t("give every entry its own id"))
        else:
            seen[ident] = loc
        return ident

    def _mapping(self, node: Node, f: Field) -> dict[str, tuple[str, Loc]]:
        if node.data is None or not node.is_mapping(f"'{f.key}'"):
            return {}
        return {str(k): (node.text(str(k)), node.value_loc(str(k))) for k in node.data}

    def _written(self, node: Node, key: str) -> str:
        """The value as written in the file (e.g. '007' that YAML read as the number 7)."""
        loc = node.value_loc(key)
        line = self.lines[loc.line - 1] if 0 < loc.line <= len(self.lines) else ""
        return line[loc.col - 1:].split("#", 1)[0].strip() or str(node.data.get(key))

    # -- references
    def _reference(self, f: Field, value: str, loc: Loc, owner: str) -> None:
        if f.ref:
            self.refs.append(_Ref(f.ref, value, loc, owner))

    def check_references(self) -> None:
        for ref in self.refs:
            known = self.ids.get(ref.space, {})
            if ref.value not in known:
                self.diags.error(ref.loc, ExitCode.REFERENCE,
                                 t("{owner}: unknown {space} {value!r}", owner=ref.owner,
                                   space=t(ref.space), value=ref.value),
                                 t("{suggestion}known {space}s: {ids}",
                                   suggestion=suggest(ref.value, set(known)),
                                   space=t(ref.space), ids=", ".join(known)))


def _kind_of(value: Any) -> str:
    if isinstance(value, bool):
        return "truth value"
    if isinstance(value, (int, float)):
        return "number"
    return "date" if hasattr(value, "isoformat") else type(value).__name__


def ids_or_all(node: Node, key: str, known: list[str] | tuple[str, ...], space: str
               ) -> tuple[str, ...]:
    """`key: all` (also the default) or a list of ids of `space` ("principal", "arena"): the ids
    as listed; an unknown id (with "did you mean") or one listed twice is an error at its place.
    """
    if not node.has(key) or node.data[key] == "all":
        return tuple(known)
    seen: dict[str, Loc] = {}
    for ident, loc in node.str_list(key):
        if ident not in known:
            node.diags.error(loc, ExitCode.REFERENCE,
                             t("unknown {space} {ident!r}", space=t(space), ident=ident),
                             t("{suggestion}'{key}' is 'all' or {space} ids: {ids}",
                               suggestion=suggest(ident, set(known)), key=key, space=t(space),
                               ids=", ".join(known)))
        elif ident in seen:
            node.diags.error(loc, ExitCode.REFERENCE,
                             t("duplicate {space} {ident!r} (first at {seen})", space=t(space),
                               ident=ident, seen=seen[ident]),
                             t("list every {space} once", space=t(space)))
        else:
            seen[ident] = loc
    return tuple(seen)
