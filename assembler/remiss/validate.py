"""`assembler check` covers the remiss and decision files too: round files
(sources/rounds/*.yaml), response files (responses/<round>/*.yaml) and the decision register
(decisions/<round>/*.yaml), reported with every other problem in one run; and, given the
templates, a templates/<id>/ folder that no principal or joint body is named by.
"""

from __future__ import annotations

from pathlib import Path

from ..decisions import processes
from ..errors import Diagnostic, Diagnostics
from ..load.sources import load
from ..pipeline import Checked
from ..templates import Templates
from ..templates.verify import unknown_owners
from .ledger import load_ledger
from .roundcfg import configured_rounds, load_round
from .workflow import remiss_catalogue


def responses_dir(sources_dir: Path) -> Path:
    """responses/ in the plan folder, beside sources/."""
    return sources_dir.resolve().parent / "responses"


def validate_process(sources_dir: Path, checked: Checked | None,
                     responses: Path | None = None,
                     templates: Templates | None = None) -> list[Diagnostic]:
    """Every problem of the round files, responses and register. Without `checked` (the plan
    itself has errors) the responses' sections cannot be checked and are skipped."""
    diags = Diagnostics()
    sources = checked.sources if checked is not None else load(sources_dir, Diagnostics())
    if sources is None:
        return []
    config = sources.config
    owners = {p.id for p in config.principals}  # who may have a templates/<id>/ folder
    for round_id in configured_rounds(sources_dir):
        rc = load_round(sources_dir, round_id, config, diags)
        if rc is not None and rc.decision is not None and rc.decision.joint is not None:
            owners.add(rc.decision.joint.id)
        if rc is None or checked is None:
            continue
        try:
            cat = remiss_catalogue(sources_dir, round_id, checked)
        except Exception:  # noqa: BLE001 - a broken frozen round is reported by check itself
            continue
        load_ledger(responses or responses_dir(sources_dir), rc, config, cat, diags)
    processes(sources_dir, config, diags)
    if templates is not None:
        unknown_owners(templates, owners, diags)
    return sorted(set(diags.items))
