"""plan.yaml → `Config`: plan metadata, principals, arenas, strategies, rounds and variables.

The file's schema is declared once below (`PLAN_YAML`) and decoded by `schema.Decoder`; this
module only turns the decoded values into the model and adds the checks that span entries.
"""

from __future__ import annotations

from typing import Any

from ..errors import Diagnostics, ExitCode, Loc
from ..i18n.messages import t
from ..model import Arena, Config, Person, PlanMeta, Principal, Round, Strategy
from ..model.syntax import ID_RE, VAR_RE
from ..phrases import from_mapping as phrases_from
from .schema import Decoder, Field, Record
from .yamlsrc import Node, parse_yaml

PERSON = Record("an author", (
    Field("name", required=True), Field("title"), Field("organisation"), Field("unit"),
    Field("email"),
))
PLAN = Record("plan", (
    Field("title", required=True), Field("short_title", default_from="title"),
    Field("subtitle"), Field("county", required=True), Field("region", required=True),
    Field("dnr", required=True), Field("version", required=True),
    Field("valid_from", "date", required=True), Field("date", "date", required=True),
    Field("unit"), Field("authors", "records", required=True, record=PERSON),
    Field("language", default="sv-SE"), Field("revision_author", default="Projektledningen"),
    Field("show_override_reasons", "bool"),  # override reasons in arena editions too
))
PRINCIPAL = Record("a principal", (
    Field("id", "id", required=True, space="principal"), Field("name", required=True),
    Field("kind", "choice", default="kommun", choices=("region", "kommun")),
    Field("decision_body", required=True), Field("short_name"),
))
ARENA = Record("an arena", (
    Field("id", "id", required=True, space="arena"), Field("name", required=True),
    Field("short_name"),  # used in labels and generated phrases ("Berg")
    Field("principals", "texts", required=True, ref="principal", nonempty=True),
))
STRATEGY = Record("a strategy", (
    Field("id", "id", required=True, space="strategy"), Field("name", required=True),
    Field("section"),
))
ROUND = Record("a round", (
    Field("id", "id", required=True, space="round"), Field("name", required=True),
    Field("date", "date", required=True),
    Field("version"),  # the round's document version; "" = the plan's `version`
))
PLAN_YAML = Record("plan.yaml", (
    Field("plan", "record", required=True, record=PLAN),
    Field("principals", "records", required=True, record=PRINCIPAL),
    Field("arenas", "records", required=True, record=ARENA),
    Field("strategies", "records", record=STRATEGY),
    Field("rounds", "records", required=True, record=ROUND),
    Field("current_round", ref="round"),
    Field("variables", "mapping"),
    Field("phrases", "mapping"),  # overrides of assembler.phrases.DEFAULTS
))


def _plan(d: dict[str, Any]) -> PlanMeta:
    authors = tuple(Person(a["name"], a["title"], a["organisation"], a["unit"], a["email"])
                    for a in d["authors"])
    return PlanMeta(d["title"], d["short_title"], d["subtitle"], d["county"], d["region"],
                    d["dnr"], d["version"], d["valid_from"], d["date"], d["unit"], authors,
                    d["language"], d["revision_author"], d["show_override_reasons"])


def _variable_cycles(variables: dict[str, tuple[str, Loc]], diags: Diagnostics) -> None:
    """A cycle among variables is an error even when no text uses them."""
    uses = {name: [m.group(1)[5:] for m in VAR_RE.finditer(text)
                   if m.group(1).startswith("vars.") and m.group(1)[5:] in variables]
            for name, (text, _) in variables.items()}
    state: dict[str, int] = {}  # 1: on the current path, 2: done
    for start in sorted(variables):
        if start in state:
            continue
        state[start] = 1
        path, stack = [start], [iter(uses[start])]
        while stack:
            nxt = next(stack[-1], None)
            if nxt is None:
                state[path.pop()] = 2
                stack.pop()
            elif state.get(nxt) == 1:
                cycle = path[path.index(nxt):] + [nxt]
                diags.error(variables[nxt][1], ExitCode.REFERENCE,
                            t("cycle in variables: {cycle}",
                              cycle=" → ".join(f"vars.{n}" for n in cycle)),
                            t("make one of them plain text"))
            elif nxt not in state:
                state[nxt] = 1
                path.append(nxt)
                stack.append(iter(uses[nxt]))


def _cross_checks(cfg: dict[str, Any], diags: Diagnostics) -> None:
    in_arena = {p for a in cfg["arenas"] for p in a["principals"]}
    for p in cfg["principals"]:
        if p["id"] and p["id"] not in in_arena:
            diags.warn(p["loc"], t("principal {id!r} is in no arena", id=p["id"]),
                       t("add it to the principals of an arena, or remove it"))
    _variable_cycles(cfg["variables"], diags)
    for kind in ("principals", "arenas", "rounds"):  # their ids name files and folders
        for entry in cfg[kind]:
            if entry["id"] in WINDOWS_DEVICES:
                diags.error(entry["locs"].get("id", entry["loc"]), ExitCode.CONFIG,
                            t("id {id!r} cannot name a file on Windows (a device name)",
                              id=entry["id"]),
                            t("choose another id, e.g. {id}-1", id=entry["id"]))


# names Windows reserves for devices, whatever the extension (aux.yaml, local/con/)
WINDOWS_DEVICES = frozenset({"con", "prn", "aux", "nul", *(f"com{i}" for i in range(1, 10)),
                             *(f"lpt{i}" for i in range(1, 10))})


def load_config(text: str, path: str, diags: Diagnostics) -> Config | None:
    """Read plan.yaml; None when it cannot be parsed at all (the error is in `diags`)."""
    data = parse_yaml(text, path, 1, diags)
    if data is None:
        return None
    root = Node(data, path, 1, diags)
    decoder = Decoder(diags, ID_RE, text)
    cfg = decoder.record(root, PLAN_YAML)
    if cfg is None:
        return None
    decoder.check_references()
    _cross_checks(cfg, diags)
    rounds = tuple(Round(r["id"], r["name"], r["date"], r["loc"], r["version"])
                   for r in cfg["rounds"])
    current = cfg["current_round"] or (rounds[-1].id if rounds else "")
    if cfg["plan"] is None:
        return None
    return Config(
        _plan(cfg["plan"]),
        tuple(Principal(p["id"], p["name"], p["kind"], p["decision_body"], p["short_name"],
                        p["loc"]) for p in cfg["principals"]),
        tuple(Arena(a["id"], a["name"], a["principals"], a["loc"], a["short_name"])
              for a in cfg["arenas"]),
        tuple(Strategy(s["id"], s["name"], s["section"],
                       s["locs"].get("section", s["loc"])) for s in cfg["strategies"]),
        rounds, current, cfg["variables"], Loc(path, 1, 1),
        phrases=phrases_from(cfg["phrases"], diags))
