"""plan.yaml → `Config`: plan metadata, principals, arenas, strategies, rounds and variables."""

from __future__ import annotations

from collections.abc import Iterable

from .errors import Diagnostics, ExitCode, Loc
from .markdown import ID_RE
from .model import Arena, Config, Person, PlanMeta, Principal, Round, Strategy
from .phrases import from_yaml as phrases_from_yaml
from .yamlsrc import Node, parse_yaml

PLAN_KEYS = {"title", "short_title", "subtitle", "county", "region", "dnr", "version",
             "valid_from", "date", "unit", "authors", "language", "revision_author",
             "show_override_reasons"}
TOP_KEYS = {"plan", "principals", "arenas", "strategies", "rounds", "current_round", "variables",
            "phrases"}


def _check_id(node: Node, what: str, seen: dict[str, Loc]) -> str:
    ident = node.text("id")
    if not ident:
        return ""
    if not ID_RE.fullmatch(ident):
        node.diags.error(node.value_loc("id"), ExitCode.CONFIG,
                         f"{what} id {ident!r} must be lowercase a-z, 0-9 and '-'",
                         "ids are ASCII: write 'are', not 'åre'")
    if ident in seen:
        node.diags.error(node.value_loc("id"), ExitCode.REFERENCE,
                         f"duplicate {what} id {ident!r} (first defined at {seen[ident]})",
                         "give every entry its own id")
    else:
        seen[ident] = node.value_loc("id")
    return ident


def _plan(node: Node) -> PlanMeta:
    node.unknown_keys(PLAN_KEYS, "plan")
    authors = tuple(
        Person(a.text("name"), a.text("title", False), a.text("organisation", False),
               a.text("unit", False), a.text("email", False))
        for a in node.items("authors") if a.is_mapping("an author")
    )
    return PlanMeta(
        title=node.text("title"), short_title=node.text("short_title", False) or node.text("title"),
        subtitle=node.text("subtitle", False), county=node.text("county"),
        region=node.text("region"), dnr=node.text("dnr"), version=node.text("version"),
        valid_from=node.date("valid_from"), date=node.date("date"),
        unit=node.text("unit", False), authors=authors,
        language=node.text("language", False, "sv-SE"),
        revision_author=node.text("revision_author", False, "Projektledningen"),
        show_override_reasons=_flag(node, "show_override_reasons"),
    )


def _flag(node: Node, key: str) -> bool:
    value = node.data.get(key, False) if isinstance(node.data, dict) else False
    if not isinstance(value, bool):
        node.diags.error(node.value_loc(key), ExitCode.CONFIG, f"'{key}' must be true or false")
        return False
    return value



def _principals(nodes: Iterable[Node]) -> tuple[Principal, ...]:
    seen: dict[str, Loc] = {}
    out = []
    for n in nodes:
        if not n.is_mapping("a principal"):
            continue
        n.unknown_keys({"id", "name", "kind", "decision_body", "short_name"}, "a principal")
        pid = _check_id(n, "principal", seen)
        kind = n.text("kind", False, "kommun")
        if kind not in ("region", "kommun"):
            n.diags.error(n.value_loc("kind"), ExitCode.CONFIG,
                          f"principal kind must be 'region' or 'kommun', got {kind!r}")
        out.append(Principal(pid, n.text("name"), kind, n.text("decision_body"),
                             n.text("short_name", False), n.loc))
    return tuple(out)


def _arenas(nodes: Iterable[Node], principals: dict[str, Principal]) -> tuple[Arena, ...]:
    seen: dict[str, Loc] = {}
    out = []
    for n in nodes:
        if not n.is_mapping("an arena"):
            continue
        n.unknown_keys({"id", "name", "short_name", "principals"}, "an arena")
        aid = _check_id(n, "arena", seen)
        members = n.str_list("principals")
        for pid, loc in members:
            if pid not in principals:
                n.diags.error(loc, ExitCode.REFERENCE, f"arena {aid!r}: unknown principal {pid!r}",
                              "known principals: " + ", ".join(principals))
        if not members:
            n.diags.error(n.loc, ExitCode.CONFIG, f"arena {aid!r} has no principals")
        out.append(Arena(aid, n.text("name"), tuple(p for p, _ in members), n.loc,
                         n.text("short_name", False)))
    return tuple(out)


def _strategies(nodes: Iterable[Node]) -> tuple[Strategy, ...]:
    seen: dict[str, Loc] = {}
    out = []
    for n in nodes:
        if not n.is_mapping("a strategy"):
            continue
        n.unknown_keys({"id", "name", "section"}, "a strategy")
        sid = _check_id(n, "strategy", seen)
        out.append(Strategy(sid, n.text("name"), n.text("section", False),
                            n.value_loc("section") if n.has("section") else n.loc))
    return tuple(out)


def _rounds(nodes: Iterable[Node]) -> tuple[Round, ...]:
    seen: dict[str, Loc] = {}
    out = []
    for n in nodes:
        if not n.is_mapping("a round"):
            continue
        n.unknown_keys({"id", "name", "date", "version"}, "a round")
        out.append(Round(_check_id(n, "round", seen), n.text("name"), n.date("date"), n.loc,
                         n.text("version", False)))
    return tuple(out)


def load_config(text: str, path: str, diags: Diagnostics) -> Config | None:
    """Read plan.yaml; None when it cannot be parsed at all (the error is in `diags`)."""
    data = parse_yaml(text, path, 1, diags)
    if data is None:
        return None
    root = Node(data, path, 1, diags)
    if not root.is_mapping("plan.yaml"):
        return None
    root.unknown_keys(TOP_KEYS, "plan.yaml")
    plan = _plan(root.child("plan")) if root.child("plan").is_mapping("'plan'") else None
    principals = _principals(root.items("principals"))
    arenas = _arenas(root.items("arenas"), {p.id: p for p in principals})
    strategies = _strategies(root.items("strategies", required=False))
    rounds = _rounds(root.items("rounds"))
    current = root.text("current_round", False) or (rounds[-1].id if rounds else "")
    if rounds and current not in {r.id for r in rounds}:
        diags.error(root.value_loc("current_round"), ExitCode.REFERENCE,
                    f"current_round {current!r} is not one of the rounds",
                    "known rounds: " + ", ".join(r.id for r in rounds))
    variables: dict[str, tuple[str, Loc]] = {}
    var_node = root.child("variables")
    if var_node.data is not None and var_node.is_mapping("'variables'"):
        for key in var_node.data:
            variables[str(key)] = (var_node.text(str(key)), var_node.value_loc(str(key)))
    if plan is None:
        return None
    return Config(plan, principals, arenas, strategies, rounds, current, variables,
                  Loc(path, 1, 1), phrases=phrases_from_yaml(root.child("phrases")))
