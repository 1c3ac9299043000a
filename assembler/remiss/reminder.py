"""`assembler remiss reminder ROUND --date D`: a short reminder letter (påminnelse) to every
recipient that has not answered by D, with its own last day (the period's end or its anstånd).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from ..errors import Diagnostics
from ..output import write_outputs
from ..swedish import long_date
from .letters import Properties, fill, lower_first, plan_context, plan_name, reply_context
from .model import Ledger
from .prose import recipients_text
from .workflow import Prepared


def reminder_name(pid: str) -> str:
    return f"paminnelse-{pid}.docx"


def unanswered(ledger: Ledger, day: dt.date) -> tuple[str, ...]:
    """Recipients without an answer dated on or before `day`."""
    return tuple(p for p in ledger.round.recipients
                 if (r := ledger.response(p)) is None or (r.date is not None and r.date > day))


def reminder(prep: Prepared, ledger: Ledger, pid: str, day: dt.date) -> bytes:
    config = prep.checked.sources.config
    rc = ledger.round
    principal = config.principal(pid)
    plan = plan_context(config)
    deadline = rc.deadline(pid)
    sent = (f"Den {long_date(rc.letter_date)} skickades {plan_name(config)} på remiss till "
            f"{recipients_text(config, rc.recipients)}. Vi har ännu inte fått något svar från "
            f"{principal.name}.")
    if pid in rc.extensions:
        status = f"{principal.name} har fått anstånd med svaret till {long_date(deadline)}."
    elif deadline < day:
        status = f"Svarstiden gick ut {long_date(deadline)}."
    else:
        status = f"Svarstiden går ut {long_date(deadline)}."
    line = "Vi ber er svara snarast." if deadline < day else f"Svar senast {long_date(deadline)}."
    ctx = {
        "doc_type": "Påminnelse", "date": long_date(day), "plan": plan,
        "recipient": {"name": principal.name, "decision_body": principal.decision_body},
        "intro": sent, "status": status, "deadline_line": line,
        "reply": reply_context(config, rc, Diagnostics()),
        "contacts": [{"name": c.name, "title_lower": lower_first(c.title),
                      "line": ", ".join(x for x in (c.name, c.title, c.organisation, c.email) if x)}
                     for c in rc.contacts],
        "header": {"left": plan["issuer"], "right": f"Remiss, dnr {config.plan.dnr}"},
        "footer": config.plan.region,
    }
    props = Properties(f"Påminnelse – remiss {plan['name']}", principal.name, day)
    return fill(prep.template("paminnelse", principal.id), ctx, config, props)


def write_reminders(prep: Prepared, ledger: Ledger, day: dt.date, out_dir: Path,
                    force: bool) -> list[Path]:
    """One letter per principal that has not answered, into OUT/<round>/remiss/<principal>/."""
    written: list[Path] = []
    for pid in unanswered(ledger, day):
        if pid in prep.principals:
            folder = out_dir / prep.plan_round / "remiss" / pid
            written += write_outputs(folder, {reminder_name(pid): reminder(prep, ledger, pid,
                                                                           day)}, force)
    return written
