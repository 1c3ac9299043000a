"""The remiss pipeline in one place: gather and validate everything first, then render.

`prepare` loads the plan (core `check`), the round file, the frozen remiss round with its .docx
files (inputs.py) and, for decisions, the ledger, and reports every problem before anything is
rendered. The render functions are pure (data → bytes, no file is read) so that `batch` can run
them in parallel; `import_forms` and `status` serve the CLI.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from ..errors import AssemblyError, Diagnostics, ExitCode, Loc, shown
from ..i18n.messages import t
from ..load.inputs import FrozenRound, frozen_if_any
from ..model import Document, Edition
from ..pipeline import Checked, check, output_name
from ..render.docx import render
from ..rounds.freeze import default_rounds_dir
from ..templates import NAMES, Templates
from ..templates.value import Template, load_templates
from .catalogue import Catalogue, catalogue
from .decision import tjansteskrivelse, tjansteskrivelse_name
from .ledger import load_ledger
from .letters import (
    edition_title,
    editions_for,
    lower_first,
    missiv,
    missiv_name,
    svarsmall,
    svarsmall_name,
)
from .model import Ledger, RoundConfig
from .roundcfg import load_round

Kind = Literal["remiss", "beslut"]
PLAN_UNIT = "(plan)"  # the batch unit writing the plan editions to OUT/<round>/; no principal id
TEMPLATES = NAMES


@dataclass(frozen=True)
class Prepared:
    """Everything one remiss or decision run needs, validated."""

    kind: Kind
    checked: Checked  # the plan in the round whose editions are built
    round: RoundConfig
    catalogue: Catalogue
    ledger: Ledger | None
    principals: tuple[str, ...]
    templates: Templates
    diagnostics: Diagnostics
    previous: FrozenRound | None = None  # the frozen remiss round (models and .docx), if any
    wanted: tuple[str, ...] = ()  # units asked for with -p (empty: all)
    pdf: bool = False  # the plan editions are sent as PDF (the missiv says so)
    loaded: Mapping[tuple[str, str], Template] = field(default_factory=dict)  # read once

    @property
    def frozen(self) -> dict[str, Document] | None:
        """The frozen remiss round's documents by edition id, if it has been frozen."""
        return dict(self.previous.documents) if self.previous is not None else None

    @property
    def plan_round(self) -> str:
        return self.checked.round_id

    @property
    def joint(self) -> str | None:
        """The joint body's unit id in a decision run that has one."""
        dec = self.round.decision
        if self.kind != "beslut" or dec is None or dec.joint is None:
            return None
        return dec.joint.id

    @property
    def units(self) -> tuple[str, ...]:
        """Who gets a package: the joint body (if any) first, then the principals."""
        joint = (self.joint,) if self.joint and (not self.wanted or self.joint in self.wanted) \
            else ()
        return joint + self.principals

    def editions(self, pid: str) -> list[Edition]:
        if pid == self.joint:  # the joint body recommends the county-wide plan
            return [e for e in editions_for(self.checked.sources, pid) if e.arena is None]
        return editions_for(self.checked.sources, pid)

    def template(self, name: str, principal: str = "") -> Template:
        """The template `name` for `principal` (its own, else the common one), as data."""
        return self.loaded[name, principal]


def prepare(kind: Kind, sources_dir: Path, round_id: str, templates: Templates | Path,
            responses_dir: Path | None = None, wanted: Sequence[str] = (),
            strict: bool = False, rounds_dir: Path | None = None) -> Prepared:
    """Gather and check the plan, the round and (for decisions) the responses; raise with all
    problems found."""
    if isinstance(templates, Path):  # a folder of templates, as --templates
        templates = Templates(override=templates)
    checked = check(sources_dir, round_id=round_id, strict=strict)
    config = checked.sources.config
    diags = checked.diagnostics
    rc = load_round(sources_dir, round_id, config, diags)
    if rc is not None and kind == "beslut" and rc.decision is None:
        diags.error(Loc(rc.path, 1, 1), ExitCode.CONFIG, t("the round file has no 'decision:'"),
                    t("add 'decision:' with round, date, prepared_by and proposals"))
    templates.check(diags)
    if rc is None:
        diags.raise_if_errors(strict)
        raise AssemblyError([])  # unreachable: load_round returns None only with errors
    previous = None
    frozen_dir = (rounds_dir or default_rounds_dir(sources_dir)) / round_id
    try:
        previous = frozen_if_any(frozen_dir)
    except AssemblyError as exc:
        diags.items.extend(exc.diagnostics)
    frozen = dict(previous.documents) if previous is not None else None
    cat = remiss_catalogue(sources_dir, round_id, checked, frozen)
    decision_round = rc.decision.round_id if rc.decision else round_id
    if kind == "beslut" and decision_round in {r.id for r in config.rounds} - {round_id}:
        checked = check(sources_dir, round_id=decision_round, strict=strict,
                        loaded=checked.sources)  # the same files, read once
    ledger = (load_ledger(responses_dir or Path("responses"), rc, config, cat, diags)
              if kind == "beslut" else None)
    joint = rc.decision.joint.id if kind == "beslut" and rc.decision and rc.decision.joint else ""
    others = [w for w in wanted if w != joint]
    chosen = _principals(rc, others, diags) if others or not wanted else ()
    if ledger is not None:
        final = catalogue(config, checked.documents)
        for _, c in ledger.comments():
            if c.changed_in and final.get(c.changed_in) is None:
                diags.error(c.loc, ExitCode.REFERENCE,
                            t("comment {id}: changed_in names unknown section {changed_in!r}",
                              id=c.id, changed_in=c.changed_in),
                            t("the section of the decided plan where the change was made; "
                              "{suggestion}", suggestion=final.suggest(c.changed_in)))
            if c.needs_handling:
                diags.warn(c.loc, t("comment {id} has no handling yet", id=c.id),
                           t("add 'handling:' and 'explanation:'"))
    # A frozen remiss round is what went out: its models are the old side of the decision's
    # tracked changes, and its .docx files are sent again as they were.
    if kind == "beslut" and frozen is None and decision_round != round_id:
        diags.warn(Loc(shown(frozen_dir)),
                   t("remiss round {round_id!r} is not frozen in {parent}/: the decision pack "
                     "has no tracked-changes editions", round_id=round_id,
                     parent=shown(frozen_dir.parent)),
                   t("freeze the round when it is sent out (assembler freeze {round_id}), or "
                     "point --rounds (or --plan) at the folder that holds it", round_id=round_id))
    diags.raise_if_errors(strict)
    units = chosen + ((joint,) if joint else ())
    return Prepared(kind, checked, rc, cat, ledger, chosen, templates, diags, previous,
                    tuple(wanted) if wanted else (), loaded=load_templates(templates, units))


def frozen_round(sources_dir: Path, round_id: str,
                 rounds_dir: Path | None = None) -> dict[str, Document] | None:
    """The frozen remiss round's documents (rounds/<round>/), if it has been frozen."""
    previous = frozen_if_any((rounds_dir or default_rounds_dir(sources_dir)) / round_id)
    return dict(previous.documents) if previous is not None else None


def remiss_catalogue(sources_dir: Path, round_id: str, checked: Checked,
                     frozen: dict[str, Document] | None = None,
                     rounds_dir: Path | None = None) -> Catalogue:
    """The sections as they were sent out: from the frozen round when the remiss round has been
    frozen, else from the current sources."""
    config = checked.sources.config
    frozen = frozen if frozen is not None else frozen_round(sources_dir, round_id, rounds_dir)
    if frozen is not None:
        return catalogue(config, tuple(frozen.values()))
    return catalogue(config, checked.documents)


def _principals(rc: RoundConfig, wanted: Sequence[str], diags: Diagnostics) -> tuple[str, ...]:
    for pid in wanted:
        if pid not in rc.recipients:
            diags.error(Loc(rc.path, 0, 0), ExitCode.REFERENCE,
                        t("{pid!r} is not a recipient of {round_id}", pid=pid,
                          round_id=rc.round_id),
                        t("recipients: {ids}", ids=", ".join(rc.recipients)))
    if not wanted:
        return rc.recipients
    return tuple(p for p in rc.recipients if p in wanted)


# --------------------------------------------------------------------------- rendering


def render_edition(prep: Prepared, edition_id: str, tracked: bool = False) -> bytes:
    """One plan edition of the run's round through the core renderer; `tracked`: with tracked
    changes against the frozen remiss round."""
    doc = next(d for d in prep.checked.documents if d.edition.id == edition_id)
    config = prep.checked.sources.config
    names = {a.id: a.name for a in config.arenas}
    old_docx = prep.previous.docx(output_name(doc.edition)) if prep.previous else None
    if prep.kind == "remiss" and old_docx is not None:  # verified against the manifest
        return old_docx
    if not tracked:
        return render(doc, config, prep.plan_round, prep.template("plan"), names)
    assert prep.previous is not None
    from ..rounds.revise import revise

    rnd = config.round(prep.plan_round)
    revision = (config.plan.revision_author, f"{rnd.date.isoformat()}T00:00:00Z")
    data = render(revise(prep.previous.documents[edition_id], doc), config, prep.plan_round,
                  prep.template("plan"), names, revision, prep.previous.folder.name, old_docx)
    if prep.ledger is None:
        return data
    from .annotate import annotate, section_notes  # a Word comment on changes after the remiss

    final = catalogue(config, prep.checked.documents)  # the sections as decided
    return annotate(data, section_notes(config, prep.ledger), final, *revision)


def render_letters(prep: Prepared, pid: str) -> dict[str, bytes]:
    """The principal's own documents: missiv and svarsmall, or the tjänsteskrivelse."""
    config = prep.checked.sources.config
    diags = Diagnostics()  # every variable was checked by prepare
    if prep.kind == "remiss":
        principal = config.principal(pid)
        return {
            missiv_name(pid): missiv(prep.checked.sources, prep.round, principal,
                                     prep.template("missiv", pid), diags, prep.pdf),
            svarsmall_name(pid): svarsmall(config, prep.round, prep.catalogue, principal,
                                           prep.template("svarsmall", pid), diags),
        }
    assert prep.ledger is not None
    sent = tuple(_sent_title(prep, name) for name in edition_files(prep, pid))
    return {tjansteskrivelse_name(pid): tjansteskrivelse(
        config, prep.ledger, prep.catalogue, pid, prep.template("tjansteskrivelse", pid), diags,
        sent)}


def _sent_title(prep: Prepared, name: str) -> str:
    """The title of a plan document in a decision package, for Beslutsunderlag."""
    config = prep.checked.sources.config
    rnd = config.round(prep.plan_round)
    for doc in prep.checked.documents:
        if name == output_name(doc.edition):
            return f"{edition_title(config, doc.edition)}, {lower_first(rnd.name)}"
        if name == output_name(doc.edition, TRACKED):
            old = config.round(prep.round.round_id).name
            return (f"{edition_title(config, doc.edition)}, {lower_first(rnd.name)} med "
                    f"ändringarna sedan {lower_first(old)}en markerade")
    return name


def needed_editions(prep: Prepared) -> list[str]:
    ids = {e.id for pid in prep.units for e in prep.editions(pid)}
    return [d.edition.id for d in prep.checked.documents if d.edition.id in ids]


def tracked_editions(prep: Prepared) -> list[str]:
    """Decision editions that get a tracked-changes version (with a frozen remiss counterpart)."""
    previous = prep.previous
    if previous is None or prep.kind != "beslut" or prep.plan_round == prep.round.round_id:
        return []
    return [e for e in needed_editions(prep) if e in previous.documents]


TRACKED = "-andringar"


def edition_file(prep: Prepared, edition_id: str, tracked: bool = False) -> str:
    return next(output_name(d.edition, TRACKED if tracked else "")
                for d in prep.checked.documents if d.edition.id == edition_id)


def edition_files(prep: Prepared, pid: str) -> list[str]:
    tracked = set(tracked_editions(prep))
    names = [output_name(e) for e in prep.editions(pid)]
    return names + [output_name(e, TRACKED) for e in prep.editions(pid) if e.id in tracked]


def folder(out_dir: Path, prep: Prepared) -> Path:
    """OUT/<round>/remiss or OUT/<decision round>/beslut: one subfolder per principal."""
    return out_dir / prep.plan_round / prep.kind


# --------------------------------------------------------------------------- import and status


def load_status(sources_dir: Path, responses_dir: Path, round_id: str,
                rounds_dir: Path | None = None) -> tuple[Ledger, Checked]:
    """The ledger of a round for `assembler remiss status`; raise with every problem found."""
    checked = check(sources_dir, round_id=round_id)
    config = checked.sources.config
    diags = checked.diagnostics
    rc = load_round(sources_dir, round_id, config, diags)
    if rc is None:
        diags.raise_if_errors()
        raise AssemblyError([])
    ledger = load_ledger(responses_dir, rc, config,
                         remiss_catalogue(sources_dir, round_id, checked,
                                          rounds_dir=rounds_dir), diags)
    diags.raise_if_errors()
    return ledger, checked
