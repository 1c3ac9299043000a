"""The response ledger: responses/<round>/<principal>.yaml → `Ledger`, checked against the plan.

One hand-editable file per principal and round. Each comment names the section it concerns
(checked against the plan), the principal's position, the comment text and, once the project
leaders have dealt with it, its handling with an explanation and the change it caused.
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap
from ruamel.yaml.scalarstring import LiteralScalarString

from ..errors import Diagnostics, ExitCode, Loc
from ..i18n.messages import t
from ..load.schema import Decoder, Field, Record, suggest
from ..load.sources import read_text, shown
from ..load.yamlsrc import Node, parse_yaml
from ..model import Config
from .catalogue import Catalogue
from .model import (
    GENERAL,
    HANDLING_ALIASES,
    HANDLINGS,
    POSITIONS,
    Comment,
    Ledger,
    Response,
    RoundConfig,
    principal_names,
)

COMMENT = Record("a comment", (
    Field("id"),  # default: <principal>-<n>
    Field("section"),  # a section of the plan as sent out, or GENERAL
    Field("position"),  # one of POSITIONS (any case)
    Field("text"), Field("handling"),  # one of HANDLINGS or an alias
    Field("explanation"), Field("change"),
    Field("changed_in"),  # the section of the decided plan changed (default: section)
))
YTTRANDE = Record("'yttrande'", (Field("body"), Field("date", "date"), Field("paragraph")))
RESPONSE = Record("a response file", (
    Field("round"), Field("principal"),  # optional; must match the folder and the file name
    Field("date", "date"), Field("contact"),
    Field("yttrande", "record", record=YTTRANDE),  # a politically adopted answer
    Field("comments", "records", record=COMMENT),
))
RESPONSE_KEYS, YTTRANDE_KEYS, COMMENT_KEYS = RESPONSE.keys, YTTRANDE.keys, COMMENT.keys
NOTHING = "Inget att invända."  # what --empty-ok records for an untouched answer form

_yaml_out = YAML(typ="rt")
_yaml_out.width = 100
_yaml_out.indent(mapping=2, sequence=4, offset=2)


def response_path(responses_dir: Path, round_id: str, principal: str) -> Path:
    return responses_dir / round_id / f"{principal}.yaml"


def load_ledger(responses_dir: Path, rc: RoundConfig, config: Config, cat: Catalogue,
                diags: Diagnostics) -> Ledger:
    """Every response file of the round; problems go to `diags`, bad files are left out."""
    folder = responses_dir / rc.round_id
    found: dict[str, Response] = {}
    seen_ids: dict[str, Loc] = {}
    for path in sorted(folder.glob("*.yaml")):
        response = load_response(path, rc, config, cat, diags)
        if response is None:
            continue
        for c in response.comments:
            if c.id in seen_ids:
                diags.error(c.loc, ExitCode.REFERENCE,
                            t("duplicate comment id {id!r} (first at {seen_ids})", id=c.id,
                              seen_ids=seen_ids[c.id]),
                            t("give every comment its own id, or remove 'id:' to number them"))
            seen_ids.setdefault(c.id, c.loc)
        found[response.principal] = response
    ordered = tuple(found[p] for p in rc.recipients if p in found)
    return Ledger(rc, ordered)


def load_response(path: Path, rc: RoundConfig, config: Config, cat: Catalogue,
                  diags: Diagnostics) -> Response | None:
    where = shown(path)
    text = read_text(path, diags)
    data = parse_yaml(text, where, 1, diags) if text is not None else None
    if data is None:
        if text is not None and not text.strip():
            diags.error(Loc(where, 1, 1), ExitCode.SYNTAX, t("empty response file"))
        return None
    root = Node(data, where, 1, diags)
    d = Decoder(diags, None, text or "").record(root, RESPONSE)
    if d is None:
        return None
    pid = _principal(root, path.stem, rc, config)
    if d["round"] and d["round"] != rc.round_id:
        diags.error(root.value_loc("round"), ExitCode.ROUND,
                    t("response for round {d!r} in the folder of round {round_id!r}", d=d['round'],
                      round_id=rc.round_id), t("move it to responses/{d}/", d=d['round']))
    comments = [_comment(c, f"{path.stem}-{i}", cat, diags)
                for i, c in enumerate(d["comments"], 1)]
    if pid is None:
        return None
    adopted = d["yttrande"] or {"body": "", "date": None, "paragraph": ""}
    return Response(rc.round_id, pid, d["date"], d["contact"], tuple(comments), where, root.loc,
                    adopted["body"], adopted["date"], adopted["paragraph"])


def _principal(root: Node, stem: str, rc: RoundConfig, config: Config) -> str | None:
    known = {p.id for p in config.principals}
    if root.has("principal") and root.text("principal") != stem:
        root.diags.error(root.value_loc("principal"), ExitCode.CONFIG,
                         t("file {stem}.yaml holds the response of {value!r}", stem=stem,
                           value=root.text('principal')),
                         t("name the file after the principal id: {value}.yaml (one file per "
                           "principal)", value=root.text('principal')))
        return None
    if stem not in known:
        root.diags.error(root.loc, ExitCode.REFERENCE,
                         t("response from unknown principal {stem!r}", stem=stem),
                         t("name the file after a principal id: {ids}",
                           ids=", ".join(sorted(known))))
        return None
    if stem not in rc.recipients:
        root.diags.error(root.loc, ExitCode.REFERENCE,
                         t("{name} is not a recipient of {round_id}",
                           name=config.principal(stem).name, round_id=rc.round_id),
                         t("add it to 'recipients:' in the round file, or remove this response"))
        return None
    return stem


def _comment(d: dict[str, Any], default_id: str, cat: Catalogue, diags: Diagnostics
             ) -> Comment:
    loc, locs = d["loc"], d["locs"]
    section = d["section"].strip()
    if section != GENERAL and cat.get(section) is None:
        diags.error(locs.get("section", loc), ExitCode.REFERENCE,
                    t("comment on unknown section {section!r}",
                      section=section), cat.suggest(section))
    position = d["position"].strip().lower()
    if position and position not in POSITIONS:
        diags.error(locs["position"], ExitCode.CONFIG,
                    t("unknown position {position!r}", position=position),
                    t("{suggestion}use one of: {values}",
                      suggestion=suggest(position, set(POSITIONS)), values=", ".join(POSITIONS)))
    text = d["text"].strip()
    if not text and not position:
        diags.error(loc, ExitCode.CONFIG, t("comment with neither text nor position"),
                    t("add 'text:' or 'position:', or remove the entry"))
    handling = d["handling"].strip().lower()
    handling = HANDLING_ALIASES.get(handling, handling)
    if handling and handling not in HANDLINGS:
        diags.error(locs["handling"], ExitCode.CONFIG,
                    t("unknown handling {handling!r}", handling=handling),
                    t("{suggestion}use one of: {values}",
                      suggestion=suggest(handling, set(HANDLINGS)), values=", ".join(HANDLINGS)))
    explanation, change = d["explanation"].strip(), d["change"].strip()
    if handling and handling != "noted" and not (explanation or change):
        diags.error(locs["handling"], ExitCode.CONFIG,
                    t("handling '{handling}' without an explanation", handling=handling),
                    t("add 'explanation:' saying how the comment was considered"))
    return Comment(d["id"] or default_id, section, position, text, handling, explanation,
                   change, loc, d["changed_in"].strip())


def status_rows(ledger: Ledger, config: Config) -> list[tuple[str, str, int, int]]:
    """(principal name, answer date or '', comments, comments lacking a handling) per recipient;
    the date is '–' for a principal that has not answered."""
    rows = []
    names = principal_names(config)
    for pid in ledger.round.recipients:
        name = names[pid]
        response = ledger.response(pid)
        if response is None:
            rows.append((name, "–", 0, 0))
            continue
        texts = [c for c in response.comments if c.text]
        rows.append((name, response.date.isoformat() if response.date else "",
                     len(texts), sum(c.needs_handling for c in texts)))
    return rows


def change_notes(ledger: Ledger, config: Config) -> dict[str, str]:
    """"<round>/<comment id>" → "ändrat efter synpunkt från Krokoms kommun", for every comment
    that was accepted wholly or partly: what a change in the next round names as its cause."""
    names = principal_names(config)
    return {f"{ledger.round.round_id}/{c.id}": f"ändrat efter synpunkt från {names[r.principal]}"
            for r, c in ledger.comments() if c.handling in ("accepted", "partly accepted")}


def dump_response(response: Response, principal_name: str, source: str) -> str:
    """A response as a hand-editable YAML file (what `assembler remiss import` writes)."""
    doc = CommentedMap()
    doc["round"] = response.round_id
    doc["principal"] = response.principal
    if response.date:
        doc["date"] = response.date
    if response.contact:
        doc["contact"] = response.contact
    if response.adopted_by or response.adopted or response.paragraph:
        adopted = CommentedMap()
        for key, value in (("body", response.adopted_by), ("date", response.adopted),
                           ("paragraph", response.paragraph)):
            if value:
                adopted[key] = value
        doc["yttrande"] = adopted
    doc["comments"] = [_dump_comment(c) for c in response.comments]
    doc.yaml_set_start_comment(
        f"Remissvar från {principal_name} – {response.round_id}.\n"
        f"Inläst från {source} med `assembler remiss import`.\n"
        "Fyll i handling (accepted | partly accepted | not accepted | noted), explanation och\n"
        "vid behov change för varje synpunkt.")
    out = io.StringIO()
    _yaml_out.dump(doc, out)
    return out.getvalue()


def _dump_comment(c: Comment) -> CommentedMap:
    item = CommentedMap()
    item["id"] = c.id
    if c.section:
        item["section"] = c.section
    for key, value in (("position", c.position), ("text", c.text), ("handling", c.handling),
                       ("explanation", c.explanation), ("change", c.change),
                       ("changed_in", c.changed_in)):
        if value or key in ("handling", "explanation"):
            item[key] = LiteralScalarString(value) if "\n" in value else (value or None)
    return item


def merge(old: Response, new: Response) -> tuple[Response, list[str]]:
    """A re-imported answer merged with the response file as edited since: a comment with the
    same section and text keeps its id and handling; a handled comment that the new form no
    longer holds is kept and listed as a conflict (unhandled ones are replaced)."""
    def key(c: Comment) -> tuple[str, str]:
        return c.section, " ".join(c.text.split())

    previous = {key(c): c for c in old.comments}
    used = {c.id for c in old.comments}
    merged: list[Comment] = []
    for c in new.comments:
        before = previous.pop(key(c), None)
        if before is not None:
            merged.append(Comment(before.id, c.section, c.position or before.position, c.text,
                                  before.handling, before.explanation, before.change, c.loc,
                                  before.changed_in))
            continue
        number = len(used) + 1
        while f"{new.principal}-{number}" in used:
            number += 1
        used.add(f"{new.principal}-{number}")
        merged.append(Comment(f"{new.principal}-{number}", c.section, c.position, c.text,
                              loc=c.loc))
    conflicts = []
    for c in previous.values():
        if c.handling:
            merged.append(c)
            conflicts.append(f"{old.path}: comment {c.id} ({c.section or 'planen'}, handling "
                             f"'{c.handling}') is not in the new form; kept, remove it if the "
                             "new answer replaces it")
    return Response(new.round_id, new.principal, new.date, new.contact, tuple(merged),
                    new.path, new.loc, new.adopted_by, new.adopted, new.paragraph), conflicts
