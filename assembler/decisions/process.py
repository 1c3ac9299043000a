"""The decision process of each round, from the round files' `decision:` and the register."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.error import YAMLError

from ..errors import Diagnostics, ExitCode, Loc, shown
from ..i18n.messages import t
from ..model import Config
from .register import decisions_dir, load_register
from .rule import Process


def processes(sources_dir: Path, config: Config, diags: Diagnostics | None = None
              ) -> dict[str, Process]:
    """round id → its decision process, from sources/rounds/*.yaml and the register. Both the
    remiss round and the decision round of a round file map to the same process. Without
    `diags` the files are read quietly (for the plan text); check reports their problems."""
    quiet = diags is None
    diags = diags if diags is not None else Diagnostics()
    out: dict[str, Process] = {}
    for path in sorted((sources_dir / "rounds").glob("*.yaml")):
        raw = _raw(path)
        decision = raw.get("decision") if isinstance(raw, dict) else None
        if not isinstance(decision, dict):
            continue
        process = process_from(config, str(raw.get("round", path.stem)), decision)
        if process is None:
            continue
        folder = decisions_dir(sources_dir) / process.round_id
        process = replace(process, decisions=load_register(folder, config, process, diags))
        out.setdefault(process.round_id, process)
        out.setdefault(str(raw.get("round", path.stem)), process)
    if not quiet:
        _orphan_registers(sources_dir, out, diags)
    return out


def process_from(config: Config, remiss_round: str, decision: dict[str, Any]) -> Process | None:
    """The process a round file's `decision:` describes (its values checked by roundcfg)."""
    rid = str(decision.get("round") or remiss_round)
    everyone = tuple(p.id for p in config.principals)
    required = decision.get("required", "all")
    wanted = everyone if required == "all" or not isinstance(required, list) else \
        tuple(p for p in everyone if p in {str(r) for r in required})
    joint = decision.get("joint_body")
    recommended = _date(joint.get("meeting")) if isinstance(joint, dict) else None
    planned = [_date(decision.get("date")), recommended,
               next((r.date for r in config.rounds if r.id == rid), None)]
    local = decision.get("principals")
    if isinstance(local, dict):
        planned += [_date(v.get("meeting")) for v in local.values() if isinstance(v, dict)]
    return Process(rid, everyone, wanted, config.plan.valid_from,
                   tuple(sorted(d for d in planned if d is not None)),
                   recommended or _date(decision.get("date")))


def _orphan_registers(sources_dir: Path, known: dict[str, Process], diags: Diagnostics) -> None:
    root = decisions_dir(sources_dir)
    for folder in sorted(p for p in root.glob("*") if p.is_dir()):
        if folder.name not in {p.round_id for p in known.values()}:
            diags.error(Loc(shown(folder), 0, 0), ExitCode.ROUND,
                        t("decisions for round {name!r}, which no round file decides",
                          name=folder.name),
                        t("the folder is named after 'decision: round:' of a round file"))


def _raw(path: Path) -> Any:
    try:
        return YAML(typ="safe").load(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, YAMLError):
        return None


def _date(value: Any) -> dt.date | None:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value)) if value else None
    except ValueError:
        return None


def with_decisions(config: Config, sources_dir: Path) -> Config:
    """`config` carrying the decision processes of its rounds, for the variables."""
    return replace(config, decisions=processes(sources_dir, config))


def process_of(config: Config, round_id: str) -> Process | None:
    found = config.decisions.get(round_id)
    return found if isinstance(found, Process) else None
