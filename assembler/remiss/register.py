"""`assembler decision status`: who has decided, how and when, who has not, and whether the plan
is in force, from the decision register (decisions/<round>/<principal>.yaml, see decisions.py).
"""

from __future__ import annotations

import hashlib
import tempfile
from dataclasses import dataclass, replace
from pathlib import Path

from ..decisions import (
    ADOPTED,
    Decision,
    Process,
    decisions_dir,
    load_decision,
    paragraph_text,
    processes,
    status_sentence,
)
from ..errors import AssemblyError, Diagnostics, ExitCode, Loc, shown
from ..i18n.messages import t
from ..model import Config
from ..output import atomic_write
from ..pipeline import check
from ..swedish import join_names, long_date, number_text
from .letters import lower_first
from .roundcfg import configured_rounds, load_round


@dataclass(frozen=True)
class Status:
    config: Config
    process: Process
    prepared_by: str
    meetings: dict[str, str]  # principal id → planned meeting (ISO), where configured


def load_decision_status(sources_dir: Path, round_id: str) -> Status:
    """The decision process of ROUND (the remiss round or its decision round); raise with every
    problem found in the round file and the register."""
    checked = check(sources_dir)
    config = checked.sources.config
    diags = Diagnostics()
    found = processes(sources_dir, config, diags)
    process = found.get(round_id)
    remiss = next((r for r in configured_rounds(sources_dir)
                   if found.get(r) is process), round_id) if process else round_id
    rc = load_round(sources_dir, remiss, config, diags) if process else None
    if process is None:
        known = ", ".join(sorted(found)) or "none"
        diags.error(Loc(str(sources_dir / "rounds"), 0, 0), ExitCode.ROUND,
                    t("no decision is configured for round {round_id!r}", round_id=round_id),
                    t("rounds with 'decision:' in a round file: {known}", known=known))
    diags.raise_if_errors()
    if process is None or rc is None or rc.decision is None:
        raise AssemblyError([])  # unreachable: reported above
    meetings = {p: d.meeting.isoformat() for p, d in rc.decision.local.items() if d.meeting}
    return Status(config, process, rc.decision.prepared_by, meetings)


def rows(status: Status) -> list[tuple[str, str, str, str, str]]:
    """(principal, body, date, §, outcome) per principal; '–' and the meeting if undecided."""
    out = []
    for pid in status.process.principals:
        principal = status.config.principal(pid)
        d = status.process.decision(pid)
        if d is None:
            meeting = status.meetings.get(pid)
            out.append((principal.name, principal.decision_body, "–", "",
                        f"ej beslutat (sammanträde {meeting})" if meeting else "ej beslutat"))
        else:
            out.append((principal.name, d.body, d.date.isoformat(), d.paragraph, d.outcome))
    return out


def summary(status: Status) -> list[str]:
    """What the register means: in force or not, and what follows for each other outcome."""
    process, config = status.process, status.config
    lines = [status_sentence(config, process)]
    for d in process.not_adopted:
        lines.append(consequence(status, d))
    missing = [config.principal(p).name for p in process.undecided if p in process.required]
    if missing and not process.in_force:
        lines.append(f"Beslut saknas från {join_names(missing)}.")
    if process.in_force:
        lines.append(f"Nästa omgång (en revidering eller den årliga uppföljningen) utgår från "
                     f"den antagna versionen, {process.round_id}.")
    return lines


def consequence(status: Status, d: Decision) -> str:
    """"Bergs kommun återremitterade ärendet den 14 november 2023 (§ 187): …"."""
    config, process = status.config, status.process
    name = config.principal(d.principal).name
    body = lower_first(d.body)
    when = f"den {long_date(d.date)}" + (f" ({d.paragraph})" if d.paragraph else "")
    what = {
        "antagen med ändringar": (f"{body} antog planen med ändringar {when}. Ändringarna bereds "
                                  f"av {status.prepared_by} i nästa omgång"),
        "avslagen": f"{body} avslog planen {when}",
        "återremitterad": (f"{body} återremitterade ärendet {when}. Det återkommer till "
                           f"{body} för nytt beslut"),
    }.get(d.outcome, f"{body} beslutade {when}: {d.outcome}")
    text = f"{name}: {what}. Planen gäller inte för {name} förrän {body} har antagit den"
    if d.principal in process.required:
        text += (f", och den träder inte i kraft förrän samtliga "
                 f"{number_text(len(process.required))} huvudmän har antagit den"
                 if set(process.required) == set(process.principals)
                 else ", och den träder inte i kraft förrän den har antagits av "
                      + join_names([config.principal(p).name for p in process.required]))
    return text + "."


def headline(status: Status) -> str:
    process = status.process
    adopted = sum(1 for d in process.decisions if d.outcome == ADOPTED)
    asked = len(process.principals)
    done = (f"samtliga {number_text(asked)} huvudmän" if len(process.decided) == asked else
            f"{number_text(len(process.decided))} av {number_text(asked)} huvudmän")
    return (f"{process.round_id}: {done} har beslutat, {number_text(adopted)} har antagit "
            "planen")


def dump_decision(d: Decision, round_id: str, principal_name: str) -> str:
    """A decision as a hand-editable register file (what `assembler decision record` writes)."""
    lines = [f"# Beslut av {principal_name} – {round_id}.",
             f"round: {round_id}", f"principal: {d.principal}", f"body: {_quoted(d.body)}",
             f"date: {d.date.isoformat()}"]
    lines += [f"{key}: {_quoted(value)}" for key, value in (
        ("paragraph", d.paragraph), ("outcome", d.outcome), ("protocol", d.protocol),
        ("note", d.note), ("extract", d.extract), ("extract_sha256", d.extract_sha256))
        if value]
    return "\n".join(lines) + "\n"


def _quoted(text: str) -> str:
    """YAML double-quoted text (safe for '§', ':' and '#')."""
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def record(sources_dir: Path, round_id: str, decision: Decision, extract: Path | None,
           force: bool) -> list[Path]:
    """Write decisions/<round>/<principal>.yaml (and copy the protocol extract beside it with
    its sha256), checked like `check` checks the register; nothing is written if it is wrong."""
    status = load_decision_status(sources_dir, round_id)
    process = status.process
    decision = replace(decision, paragraph=paragraph_text(decision.paragraph))
    files: dict[str, bytes] = {}
    if extract is not None:
        data = extract.read_bytes()
        name = f"{decision.principal}-protokollsutdrag{extract.suffix.lower()}"
        files[name] = data
        decision = replace(decision, extract=name, extract_sha256=hashlib.sha256(data).hexdigest())
    names = {p.id: p.name for p in status.config.principals}
    text = dump_decision(decision, process.round_id, names.get(decision.principal, ""))
    files[f"{decision.principal}.yaml"] = text.encode("utf-8")
    folder = decisions_dir(sources_dir) / process.round_id
    diags = Diagnostics()
    with tempfile.TemporaryDirectory() as tmp:  # check the files as if they were in place
        for name, data in files.items():
            (Path(tmp) / name).write_bytes(data)
        found = Diagnostics()
        load_decision(Path(tmp) / f"{decision.principal}.yaml", status.config, process, found)
        target = shown(folder / f"{decision.principal}.yaml")
        diags.items += [replace(d, loc=Loc(target, d.loc.line, d.loc.col)) for d in found.errors]
    for name in files:
        if (folder / name).exists() and not force:
            diags.error(Loc(shown(folder / name), 0, 0), ExitCode.OUTPUT, t("already registered"),
                        t("edit the file by hand, or rerun with --force to replace it"))
    diags.raise_if_errors()
    for name, data in files.items():
        atomic_write(folder / name, data)
    return [folder / name for name in files]
