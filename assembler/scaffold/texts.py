"""The texts of a new plan folder's files (`assembler init`), from a `Plan` (scaffold.py):
plan.yaml, the example chapters, the local addition, the round file and the README, in Swedish."""

from __future__ import annotations

import datetime as dt
import json
from typing import TYPE_CHECKING

from ..swedish import long_date, number_text

if TYPE_CHECKING:
    from .folder import Plan


def _q(text: str) -> str:
    """A YAML scalar that always reads back as this text."""
    return json.dumps(text, ensure_ascii=False)


def plan_yaml(p: Plan) -> str:
    a = p.answers
    lines = [
        f"# {a.title} – {a.county}",
        "#",
        "# Planens metadata, huvudmän, samverkansarenor, strategier och omgångar.",
        "# Texten finns i common/ (gemensamma avsnitt) och local/<arena>/ (lokala tillägg).",
        "",
        "plan:",
        f"  title: {_q(a.title)}",
        f"  subtitle: {_q(a.county)}",
        f"  county: {_q(a.county)}",
        f"  region: {_q(a.region)}",
        f"  dnr: {_q(a.dnr or 'ej tilldelat')}              # planens diarienummer",
        '  version: "0.9"',
        f"  valid_from: {p.valid_from.isoformat()}       # planen gäller från (efter besluten)",
        f"  date: {a.date.isoformat()}",
        "  authors:",
        f"    - name: {_q(a.leader)}",
        "      title: Projektledare",
        f"      organisation: {_q(a.region)}",
        "",
        "principals:",
        "  - id: region",
        f"    name: {_q(a.region)}",
        "    kind: region",
        "    decision_body: Regionstyrelsen",
    ]
    for ident, name in zip(p.municipality_ids, a.municipalities, strict=True):
        lines += [f"  - id: {ident}", f"    name: {_q(name)}", "    kind: kommun",
                  "    decision_body: Kommunstyrelsen"]
    lines += ["", "arenas:"]
    for ident, name, short, members in p.arenas:
        lines += [f"  - id: {ident}", f"    name: {_q(name)}", f"    short_name: {_q(short)}",
                  f"    principals: [{', '.join(members)}]"]
    lines += ["", "strategies:"]
    for ident, name in p.strategies:
        lines += [f"  - id: {ident}", f"    name: {_q(name)}",
                  f"    section: strategi-{ident}"]
    lines += [
        "", "rounds:",
        f"  - id: {p.remiss}", "    name: Remissversion", f"    date: {a.date.isoformat()}",
        '    version: "0.9"',
        f"  - id: {p.beslut}", "    name: Beslutsversion",
        f"    date: {p.decision_date.isoformat()}", '    version: "1.0"',
        f"current_round: {p.remiss}",
        "",
        "variables:",
        f"  malbild: {_q('tillsammans för god hälsa hela livet')}",
    ]
    return "\n".join(lines) + "\n"


def intro_md(p: Plan) -> str:
    return """---
id: inledning
title: Inledning
order: 10
---
{{ plan.title }} beskriver hur {{ plan.region }} och länets kommuner tillsammans
utvecklar hälso- och sjukvården på primärvårdsnivå i {{ plan.county }}. Planen har tagits fram
av {{ principals.count }} huvudmän och gäller från och med {{ decisions.in_force_date }}.

Planen består av gemensamma avsnitt som alla huvudmän står bakom och av lokala tillägg som varje
lokal samverkansarena skriver. Strategierna beskrivs i [](#strategier).

## Så här används planen {#anvandning}

Planen är ett stöd för ledning och medarbetare hos huvudmännen. Den följs upp varje år.

::: slot lokalt
:::
"""


def strategies_md(p: Plan) -> str:
    parts = [f"""---
id: strategier
title: Strategier
order: 20
---
Planen utgår från {_count(len(p.strategies), "strategi", "strategier")} för att nå målet
”{{{{ vars.malbild }}}}”.
"""]
    for ident, _name in p.strategies:
        parts.append(f"""
## {{{{ strategies.{ident}.name }}}} {{#strategi-{ident}}}

Här beskrivs strategin och de aktiviteter som huvudmännen gemensamt prioriterar.
""")
    return "".join(parts)


def _count(n: int, one: str, many: str) -> str:
    return f"{number_text(n)} {one if n == 1 else many}"


def local_md(p: Plan) -> str:
    return """---
target: anvandning#lokalt
mode: append
---
{{ arena.name }} består av {{ arena.principals }}. Här beskriver arenan hur planen används
lokalt.
"""


def round_yaml(p: Plan) -> str:
    a = p.answers
    start = a.date + dt.timedelta(days=3)
    end = start + dt.timedelta(days=90)
    d = p.decision_date
    return f"""# Remissomgången: missiv, planversioner och svarsmall per huvudman
# (`assembler remiss build {p.remiss}`), svarens status och tjänsteskrivelserna
# (`assembler decision {p.remiss}`). Svaren hamnar i responses/{p.remiss}/.

round: {p.remiss}
period:
  start: {start.isoformat()}
  end: {end.isoformat()}
letter_date: {start.isoformat()}
decided_by: Styrgruppen
decided: {a.date.isoformat()}
question: >-
  ställningstagande till de strategier som föreslås i planen
recipients: all
contacts: [{_q(a.leader)}]
replies:
  email: [remiss@example.se]     # ändra till den adress som svaren ska skickas till
  subject: "Remissvar {{{{ plan.title }}}}, dnr {{{{ plan.dnr }}}}"

decision:
  round: {p.beslut}
  date: {d.isoformat()}
  prepared_by: Projektledningen
  required: all
  summary: |
    {{{{ plan.title }}}} har tagits fram i samverkan mellan {{{{ plan.region }}}} och länets
    kommuner. Synpunkterna från remissen har beaktats i beslutsversionen.
  background: |
    Hälso- och sjukvårdslagen (2017:30) ger kommuner och regioner ett gemensamt ansvar för
    samverkan på primärvårdsnivå.
  matter: |
    Planen har tagits fram av projektledningen tillsammans med de lokala samverkansarenorna.
  proposals:
    - "{{{{ principal.name }}}} antar {{{{ plan.title }}}}."
    - "Planen gäller för {{{{ principal.name }}}} från och med {{{{ decisions.in_force_date }}}}."
"""


def readme_md(p: Plan) -> str:
    a = p.answers
    first = p.arenas[0][0]
    return f"""# {a.title} – {a.county}

Den här mappen är en *planmapp* för verktyget plan-assembler. Den skapades med
`assembler init` den {long_date(a.date)}. Alla kommandon körs i den här mappen.

## Mappens innehåll

- `sources/plan.yaml` – planens uppgifter: titel, diarienummer, huvudmän
  ({number_text(len(p.municipality_ids) + 1)}), samverkansarenor ({number_text(len(p.arenas))}),
  strategier ({number_text(len(p.strategies))}) och omgångar ({p.remiss}, {p.beslut}).
- `sources/common/` – de gemensamma avsnitten, ett avsnitt per fil (Markdown).
- `sources/local/<arena>/` – varje samverkansarenas lokala tillägg. Exemplet
  `sources/local/{first}/anvandning.md` fyller platsen (`slot`) `lokalt` i inledningen.
- `sources/rounds/{p.remiss}.yaml` – remissomgången: period, mottagare, kontaktpersoner och
  underlaget till tjänsteskrivelserna.
- `responses/` – remissvaren, en fil per huvudman, läses in med `assembler remiss import`.
- `output/` – de färdiga Worddokumenten (skapas av verktyget, behöver inte sparas i git).

## Steg för steg

1. Fyll i `sources/plan.yaml`: diarienummer, datum, projektledare och beslutsorgan.
2. Skriv de gemensamma avsnitten i `sources/common/` och de lokala tilläggen i
   `sources/local/<arena>/`.
3. Kontrollera texten: `assembler check --strict`. Alla fel visas på en gång med fil och rad.
4. Bygg dokumenten: `assembler build`. En plan per samverkansarena och en länsgemensam plan
   (`plan-lan.docx`) hamnar i `output/{p.remiss}/`.
5. Frys remissversionen när den skickas: `assembler freeze {p.remiss}`, och spara mappen
   `rounds/{p.remiss}/` i git.
6. Skapa remisshandlingarna: `assembler remiss build {p.remiss}` (missiv, plan och svarsmall per
   huvudman). Läs in svaren med `assembler remiss import svar.docx` och följ upp med
   `assembler remiss status {p.remiss}`.
7. Bygg beslutsversionen med ändringsmarkeringar: `assembler build --round {p.beslut}
   --against {p.remiss}`, och tjänsteskrivelserna med `assembler decision {p.remiss}`.

Mer om källformatet finns i verktygets dokumentation (docs/source-format.md).
"""
