"""When the plan takes effect: the decision register and the one validity rule.

Each principal adopts the plan in its own deciding body. What it decided is recorded, one
hand-editable file per principal and round, in the plan folder beside sources/:

    decisions/<decision round>/<principal>.yaml
        body: Kommunstyrelsen          # the deciding body
        date: 2023-11-14
        paragraph: "§ 187"
        outcome: antagen               # antagen | antagen med ändringar | avslagen | återremitterad
        protocol: Protokoll kommunstyrelsen 2023-11-14
        note: …                        # optional
        extract: protokollsutdrag.pdf  # optional, beside this file …
        extract_sha256: …              # … with its sha256

The one rule (used by the plan text, the proposals and `assembler decision status`): the plan
takes effect on `plan.valid_from`, or, if that is not after the last required decision, on the
day after the last required decision. While the decisions are not all made, `valid_from` is
stated only if it is after every date already known (the decision round, the recommendation,
the principals' meetings and the decisions registered); otherwise the text says "från och med
dagen efter att samtliga huvudmän har beslutat". Which principals must decide is configured per
round (`decision.required: all` or a list of ids).
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.error import YAMLError

from .errors import Diagnostics, ExitCode, Loc, shown
from .model import Config
from .schema import Decoder, Field, Record, suggest
from .swedish import join_names, long_date, number_text
from .yamlsrc import Node, parse_yaml

ADOPTED = "antagen"
OUTCOMES = (ADOPTED, "antagen med ändringar", "avslagen", "återremitterad")
PENDING = "dagen efter att samtliga huvudmän har beslutat"
REGISTER = Record("a decision file", (
    Field("round"), Field("principal"),  # optional; must match the file's folder and name
    Field("body"),  # default: the principal's decision_body
    Field("date", "date", required=True), Field("paragraph"),
    Field("outcome", required=True),  # one of OUTCOMES, compared without case and extra spaces
    Field("protocol"), Field("note"), Field("extract"), Field("extract_sha256"),
))
REGISTER_KEYS = REGISTER.keys


@dataclass(frozen=True)
class Decision:
    """One principal's decision on the plan, as registered."""

    principal: str
    body: str
    date: dt.date
    paragraph: str
    outcome: str
    protocol: str = ""
    note: str = ""
    extract: str = ""
    extract_sha256: str = ""
    loc: Loc = Loc("")


@dataclass(frozen=True)
class Process:
    """The decisions on one plan round: who must decide, what is known, what was decided."""

    round_id: str                    # the decision round (the plan version decided on)
    principals: tuple[str, ...]      # everyone asked to decide
    required: tuple[str, ...]        # whose adoption puts the plan in force
    valid_from: dt.date
    planned: tuple[dt.date, ...]     # dates no decision precedes (round, recommendation, meetings)
    recommended: dt.date | None = None  # the joint body's recommendation, if any
    decisions: tuple[Decision, ...] = ()

    def decision(self, pid: str) -> Decision | None:
        return next((d for d in self.decisions if d.principal == pid), None)

    @property
    def decided(self) -> tuple[str, ...]:
        return tuple(p for p in self.principals if self.decision(p) is not None)

    @property
    def undecided(self) -> tuple[str, ...]:
        return tuple(p for p in self.principals if self.decision(p) is None)

    @property
    def not_adopted(self) -> tuple[Decision, ...]:
        """Decisions other than antagen: the plan does not apply to these principals."""
        return tuple(d for d in self.decisions if d.outcome != ADOPTED)

    @property
    def in_force(self) -> bool:
        return all((d := self.decision(p)) is not None and d.outcome == ADOPTED
                   for p in self.required)

    @property
    def last(self) -> dt.date | None:
        dates = [d.date for p in self.required if (d := self.decision(p)) is not None]
        return max(dates) if dates else None

    @property
    def in_force_on(self) -> dt.date | None:
        """The day the plan took (or takes) effect, once every required principal adopted it."""
        if not self.in_force:
            return None
        last = self.last or self.valid_from - dt.timedelta(days=1)
        return self.valid_from if self.valid_from > last else last + dt.timedelta(days=1)

    @property
    def stated(self) -> dt.date | None:
        """The date the text may state; None: say "dagen efter att samtliga … har beslutat"."""
        if self.in_force:
            return self.in_force_on
        if any(d.principal in self.required for d in self.not_adopted):
            return None
        known = [*self.planned, *(d.date for d in self.decisions)]
        return self.valid_from if all(self.valid_from > day for day in known) else None

    @property
    def phrase(self) -> str:
        """What follows "gäller från och med": "1 januari 2024" or "dagen efter att …"."""
        return long_date(self.stated) if self.stated else PENDING


# --------------------------------------------------------------------------- the variables


def variables(config: Config, process: Process | None) -> dict[str, Any]:
    """`principals.count`, `principals.<id>.decision_body`, `decisions.*` for every text."""
    ctx: dict[str, Any] = {"principals.count": number_text(len(config.principals)),
                           "principals.number": len(config.principals)}
    for p in config.principals:
        ctx[f"principals.{p.id}.decision_body"] = p.decision_body
        ctx[f"principals.{p.id}.decision_body_text"] = p.decision_body[:1].lower() + \
            p.decision_body[1:]
    if process is None:
        process = Process("", tuple(p.id for p in config.principals),
                          tuple(p.id for p in config.principals), config.plan.valid_from, ())
    ctx.update({
        "decisions.count": number_text(len(process.decided)),
        "decisions.in_force": "ja" if process.in_force else "nej",
        "decisions.in_force_date": process.phrase,
        "decisions.last_date": long_date(process.last) if process.last else "",
        "decisions.status": status_sentence(config, process),
    })
    return ctx


def status_sentence(config: Config, process: Process) -> str:
    """"Planen gäller från och med 1 januari 2024, då samtliga nio huvudmän har beslutat." …"""
    asked = len(process.principals)
    required = ("samtliga " + number_text(asked) + " huvudmän"
                if set(process.required) == set(process.principals)
                else join_names([config.principal(p).name for p in process.required]))
    if process.in_force and process.in_force_on is not None:
        return (f"Planen gäller från och med {long_date(process.in_force_on)}, då {required} "
                "har beslutat att anta den.")
    done = len(process.decided)
    if not done:
        return f"Ingen av de {number_text(asked)} huvudmännen har ännu beslutat om planen."
    head = f"{number_text(done).capitalize()} av {number_text(asked)} huvudmän har beslutat."
    return f"{head} Planen gäller från och med {process.phrase}."


# --------------------------------------------------------------------------- the register


def decisions_dir(sources_dir: Path) -> Path:
    """decisions/ in the plan folder, beside sources/."""
    return sources_dir.resolve().parent / "decisions"


def load_register(folder: Path, config: Config, process: Process,
                  diags: Diagnostics) -> tuple[Decision, ...]:
    """Every decision file of one round; problems go to `diags`, bad files are left out."""
    found = []
    for path in sorted(folder.glob("*.yaml")):
        decision = load_decision(path, config, process, diags)
        if decision is not None:
            found.append(decision)
    order = {pid: i for i, pid in enumerate(process.principals)}
    return tuple(sorted(found, key=lambda d: order.get(d.principal, len(order))))


def load_decision(path: Path, config: Config, process: Process,
                  diags: Diagnostics) -> Decision | None:
    where = shown(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        diags.error(Loc(where, 0, 0), ExitCode.SYNTAX, f"cannot read the decision file: {exc}")
        return None
    data = parse_yaml(text, where, 1, diags)
    root = Node(data, where, 1, diags)
    if data is None or not root.is_mapping("a decision file"):
        return None
    d = Decoder(diags, None, text).record(root, REGISTER)
    pid = path.stem
    principal = next((p for p in config.principals if p.id == pid), None)
    if d is None or principal is None or pid not in process.principals:
        if d is not None:
            diags.error(root.loc, ExitCode.REFERENCE, f"decision of unknown principal {pid!r}",
                        "name the file after a principal that decides: "
                        + ", ".join(process.principals))
        return None
    for key, want in (("principal", pid), ("round", process.round_id)):
        if d[key] and d[key] != want:
            diags.error(d["locs"][key], ExitCode.REFERENCE,
                        f"file {path.parent.name}/{path.name} says {key} {d[key]!r}",
                        f"the register is decisions/<round>/<principal>.yaml; expected {want!r}")
    outcome = " ".join(d["outcome"].lower().split())
    if outcome and outcome not in OUTCOMES:
        diags.error(d["locs"]["outcome"], ExitCode.CONFIG, f"unknown outcome {outcome!r}",
                    suggest(outcome, set(OUTCOMES)) + "use one of: " + ", ".join(OUTCOMES))
    date = d["date"]
    if process.recommended and root.has("date") and date < process.recommended:
        diags.error(d["locs"]["date"], ExitCode.CONFIG,
                    f"decided {date.isoformat()}, before the recommendation of "
                    f"{process.recommended.isoformat()}",
                    "a principal decides after the joint body's recommendation; check the date")
    decision = Decision(pid, d["body"] or principal.decision_body, date,
                        paragraph_text(d["paragraph"]), outcome, d["protocol"],
                        " ".join(d["note"].split()), d["extract"], d["extract_sha256"], root.loc)
    _check_extract(root, path.parent, decision)
    return decision


def paragraph_text(text: str) -> str:
    """"187" or "§187" → "§ 187"."""
    text = text.strip().lstrip("§").strip()
    return f"§ {text}" if text else ""


def _check_extract(root: Node, folder: Path, decision: Decision) -> None:
    if not decision.extract:
        return
    target = folder / decision.extract
    if not target.is_file():
        root.diags.error(root.value_loc("extract"), ExitCode.REFERENCE,
                         f"protocol extract {decision.extract!r} not found",
                         f"put the file in {shown(folder)} or correct the name")
        return
    actual = hashlib.sha256(target.read_bytes()).hexdigest()
    if not decision.extract_sha256:
        root.diags.warn(root.value_loc("extract"), "the protocol extract has no recorded sha256",
                        f"add 'extract_sha256: {actual}'")
    elif decision.extract_sha256.lower() != actual:
        root.diags.error(root.value_loc("extract_sha256"), ExitCode.REFERENCE,
                         f"the protocol extract {decision.extract!r} has changed since it was "
                         "registered", f"its sha256 is now {actual}; register the new extract")


# --------------------------------------------------------------------------- processes


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
                        f"decisions for round {folder.name!r}, which no round file decides",
                        "the folder is named after 'decision: round:' of a round file")


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
