"""The decision register: decisions/<decision round>/<principal>.yaml, one hand-editable file
per principal, declared once as a schema and decoded by the generic decoder."""

from __future__ import annotations

import hashlib
from pathlib import Path

from ..errors import Diagnostics, ExitCode, Loc, shown
from ..i18n.messages import t
from ..load.schema import Decoder, Field, Record, suggest
from ..load.yamlsrc import Node, parse_yaml
from ..model import Config
from .rule import OUTCOMES, Decision, Process

REGISTER = Record("a decision file", (
    Field("round"), Field("principal"),  # optional; must match the file's folder and name
    Field("body"),  # default: the principal's decision_body
    Field("date", "date", required=True), Field("paragraph"),
    Field("outcome", required=True),  # one of OUTCOMES, compared without case and extra spaces
    Field("protocol"), Field("note"), Field("extract"), Field("extract_sha256"),
))
REGISTER_KEYS = REGISTER.keys


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
        diags.error(Loc(where, 0, 0), ExitCode.SYNTAX,
                    t("cannot read the decision file: {exc}", exc=exc))
        return None
    data = parse_yaml(text, where, 1, diags)
    root = Node(data, where, 1, diags)
    if data is None or not root.is_mapping(t("a decision file")):
        return None
    d = Decoder(diags, None, text).record(root, REGISTER)
    pid = path.stem
    principal = next((p for p in config.principals if p.id == pid), None)
    if d is None or principal is None or pid not in process.principals:
        if d is not None:
            diags.error(root.loc, ExitCode.REFERENCE,
                        t("decision of unknown principal {pid!r}", pid=pid),
                        t("name the file after a principal that decides: {ids}",
                          ids=", ".join(process.principals)))
        return None
    for key, want in (("principal", pid), ("round", process.round_id)):
        if d[key] and d[key] != want:
            diags.error(d["locs"][key], ExitCode.REFERENCE,
                        t("file {folder}/{name} says {key} {value!r}", folder=path.parent.name,
                          name=path.name, key=key, value=d[key]),
                        t("the register is decisions/<round>/<principal>.yaml; expected {want!r}",
                          want=want))
    outcome = " ".join(d["outcome"].lower().split())
    if outcome and outcome not in OUTCOMES:
        diags.error(d["locs"]["outcome"], ExitCode.CONFIG,
                    t("unknown outcome {outcome!r}", outcome=outcome),
                    t("{suggestion}use one of: {values}",
                      suggestion=suggest(outcome, set(OUTCOMES)), values=", ".join(OUTCOMES)))
    date = d["date"]
    if process.recommended and root.has("date") and date < process.recommended:
        diags.error(d["locs"]["date"], ExitCode.CONFIG,
                    t("decided {isoformat}, before the recommendation of {isoformat2}",
                      isoformat=date.isoformat(), isoformat2=process.recommended.isoformat()),
                    t("a principal decides after the joint body's recommendation; check the date"))
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
                         t("protocol extract {extract!r} not found", extract=decision.extract),
                         t("put the file in {folder} or correct the name", folder=shown(folder)))
        return
    actual = hashlib.sha256(target.read_bytes()).hexdigest()
    if not decision.extract_sha256:
        root.diags.warn(root.value_loc("extract"), t("the protocol extract has no recorded sha256"),
                        t("add 'extract_sha256: {actual}'", actual=actual))
    elif decision.extract_sha256.lower() != actual:
        root.diags.error(root.value_loc("extract_sha256"), ExitCode.REFERENCE,
                         t("the protocol extract {extract!r} has changed since it was registered",
                           extract=decision.extract),
                           t("its sha256 is now {actual}; register the new extract", actual=actual))
