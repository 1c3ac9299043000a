"""`assembler remiss import`: filled answer forms → responses/<round>/<principal>.yaml.

An untouched form is not an answer: it is refused, or with `--empty-ok` recorded explicitly as
"Inget att invända.". Importing a form again merges with the response file as edited since:
handlings already typed are kept, and what cannot be matched is listed.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from ..compose import all_sections
from ..errors import Diagnostics, ExitCode, Loc
from ..i18n.messages import t
from ..load.sources import shown
from ..output import write_outputs
from ..pipeline import check
from ..wordin.comments import is_commented_plan, read_commented
from .catalogue import Catalogue
from .forms import FilledForm, open_form, read_form
from .ledger import NOTHING, dump_response, load_response, merge, response_path
from .model import GENERAL, Comment, Response, RoundConfig
from .roundcfg import load_round
from .workflow import remiss_catalogue


@dataclass
class Imported:
    written: list[Path] = field(default_factory=list)
    conflicts: list[str] = field(default_factory=list)


def import_forms(forms: Sequence[Path], sources_dir: Path, responses_dir: Path,
                 expected_round: str | None = None, force: bool = False,
                 rounds_dir: Path | None = None, empty_ok: bool = False,
                 principal: str | None = None) -> Imported:
    """Read filled answer forms into response files; nothing is written if any form is bad."""
    checked = check(sources_dir)
    config = checked.sources.config
    diags = Diagnostics()
    rounds: dict[str, tuple[RoundConfig, Catalogue] | None] = {}
    files: dict[str, dict[str, bytes]] = {}
    seen: dict[tuple[str, str], Loc] = {}
    result = Imported()
    for path in forms:
        if open_form(path, diags) is None:  # refused (unsafe or unreadable) before anything
            continue                        # else reads it
        if is_commented_plan(path):  # a plan edition returned with Word comments (wordin)
            form = read_commented(path, diags, [s.id for s, _ in all_sections(checked.sources)],
                                  expected_round, principal)
        else:
            form = read_form(path, diags)
        if form is None:
            continue
        if expected_round and form.round_id != expected_round:
            diags.error(form.loc, ExitCode.ROUND,
                        t("form from round {round_id!r}, expected {expected_round!r}",
                          round_id=form.round_id, expected_round=expected_round),
                        t("this form was sent out in another round; use that round's form"))
            continue
        if form.round_id not in rounds:
            rc = load_round(sources_dir, form.round_id, config, diags)
            rounds[form.round_id] = (None if rc is None else
                                     (rc, remiss_catalogue(sources_dir, rc.round_id, checked,
                                                           rounds_dir=rounds_dir)))
        known = rounds[form.round_id]
        response = known and _response(form, *known, config.plan.dnr, responses_dir, empty_ok,
                                       diags)
        if not response or known is None:
            continue
        key = (form.round_id, form.principal)
        if key in seen:
            diags.error(form.loc, ExitCode.REFERENCE,
                        t("a second form from {principal!r} (first: {seen})",
                          principal=form.principal, seen=seen[key]),
                        t("import one answer form per principal and round"))
            continue
        seen[key] = form.loc
        target = response_path(responses_dir, form.round_id, form.principal)
        if target.is_file() and not force:
            old = load_response(target, known[0], config, known[1], diags)
            if old is not None:
                response, conflicts = merge(old, response)
                result.conflicts += conflicts
        text = dump_response(response, config.principal(form.principal).name, path.name)
        files.setdefault(form.round_id, {})[f"{form.principal}.yaml"] = text.encode("utf-8")
    diags.raise_if_errors()
    for round_id, outputs in sorted(files.items()):
        # the response files are hand-edited by design: merged above, so always replaced
        result.written += write_outputs(responses_dir / round_id, outputs, True)
    return result


def _response(form: FilledForm, rc: RoundConfig, cat: Catalogue, dnr: str,
              responses_dir: Path, empty_ok: bool, diags: Diagnostics) -> Response | None:
    if form.plan and form.plan != dnr:
        diags.error(form.loc, ExitCode.ROUND,
                    t("the form belongs to plan dnr {plan}, not {dnr}", plan=form.plan, dnr=dnr),
                    t("import forms of this plan only"))
        return None
    if form.principal not in rc.recipients:
        diags.error(form.loc, ExitCode.REFERENCE,
                    t("the form is from {principal!r}, not a recipient of {round_id}",
                      principal=form.principal, round_id=rc.round_id),
                    t("recipients: {ids}", ids=", ".join(rc.recipients)))
        return None
    if form.empty and not empty_ok:
        diags.error(form.loc, ExitCode.CONFIG,
                    t("the answer form is untouched: no position and no comment"),
                    t("an untouched form is not an answer; if the principal has nothing to add, "
                      "import it with --empty-ok to record 'Inget att invända.'"))
        return None
    comments: list[Comment] = []
    for answer in form.answers:
        if cat.get(answer.section) is None:
            diags.error(form.loc, ExitCode.REFERENCE,
                        t("the form has a table for unknown section {section!r}",
                          section=answer.section),
                        t("the plan changed since the form was made; {suggestion}",
                          suggestion=cat.suggest(answer.section)))
        elif answer.position or answer.text:
            comments.append(Comment(f"{form.principal}-{len(comments) + 1}", answer.section,
                                    answer.position, answer.text))
    if not comments:
        comments.append(Comment(f"{form.principal}-1", GENERAL, "", NOTHING, "noted"))
    return Response(rc.round_id, form.principal, form.date, form.contact, tuple(comments),
                    shown(response_path(responses_dir, rc.round_id, form.principal)), form.loc,
                    form.body, form.decided, form.paragraph)
