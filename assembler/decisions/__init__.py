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

from .process import process_from, process_of, processes, with_decisions
from .register import (
    REGISTER,
    REGISTER_KEYS,
    decisions_dir,
    load_decision,
    load_register,
    paragraph_text,
)
from .rule import ADOPTED, OUTCOMES, PENDING, Decision, Process, status_sentence, variables

__all__ = ["ADOPTED", "OUTCOMES", "PENDING", "REGISTER", "REGISTER_KEYS", "Decision", "Process",
           "decisions_dir", "load_decision", "load_register", "paragraph_text", "process_from",
           "process_of", "processes", "status_sentence", "variables", "with_decisions"]
