"""Swedish texts of `assembler init` and its help (see assembler/i18n/sv/__init__.py)."""

from __future__ import annotations

from collections.abc import Callable

from ..plural import n as _n

SV: dict[str, str | Callable[..., str]] = {
    # assembler init
    "A new plan folder DIR for a county, ready to build.":
        "En ny planmapp DIR för ett län, klar att bygga.",
    "Name of the county, e.g. 'Jämtlands län'.": "Länets namn, t.ex. 'Jämtlands län'.",
    "Name of the region, e.g. 'Region Jämtland Härjedalen'.":
        "Regionens namn, t.ex. 'Region Jämtland Härjedalen'.",
    "A municipality (repeatable, or comma-separated), e.g. 'Bergs kommun'.":
        "En kommun (upprepas, eller kommaseparerat), t.ex. 'Bergs kommun'.",
    "An arena (repeatable): 'NAME' (the region and every municipality) or "
    "'NAME=MUNICIPALITY,…' [default: one local arena per municipality].":
        "En samverkansarena (upprepas): 'NAMN' (regionen och alla kommuner) eller "
        "'NAMN=KOMMUN,…' [standard: en lokal arena per kommun].",
    "A strategy (repeatable, or comma-separated) [default: the five of Nära vård].":
        "En strategi (upprepas, eller kommaseparerat) [standard: de fem i nära vård].",
    "Title of the plan.": "Planens titel.",
    "The plan's case number (dnr).": "Planens diarienummer (dnr).",
    "Name of the project leader.": "Projektledarens namn.",
    "Date of the plan and its remiss round, YYYY-MM-DD [default: today].":
        "Datum för planen och remissomgången, ÅÅÅÅ-MM-DD [standard: i dag].",
    "Write into DIR even when it is not empty (the scaffold's files are replaced, "
    "others left alone).":
        "Skriv i DIR även om mappen inte är tom (mallens filer ersätts, andra lämnas).",
    "County": "Län",
    "Region": "Region",
    "Municipalities (comma-separated)": "Kommuner (kommaseparerade)",
    "Arenas (NAME or NAME=MUNICIPALITY,…; separate with ';'; empty: one per municipality)":
        "Samverkansarenor (NAMN eller NAMN=KOMMUN,…; skilj med ';'; tomt: en per kommun)",
    "Strategies (comma-separated)": "Strategier (kommaseparerade)",
    "missing {option}": "{option} saknas",
    "give it, or run the command in a terminal to be asked":
        "ange det, eller kör kommandot i en terminal för att få frågan",
    "is not empty; nothing written": "är inte tom; inget har skrivits",
    "choose a new folder, or add --force to write the plan's files into it":
        "välj en ny mapp, eller lägg till --force för att skriva planens filer i den",
    "created the plan folder {folder} ({principals} principals, {arenas} arenas, "
    "{strategies} strategies); next: cd {folder} && assembler build":
        lambda folder, principals, arenas, strategies:
        f"skapade planmappen {folder} ({_n(principals, 'huvudman', 'huvudmän')}, "
        f"{_n(arenas, 'samverkansarena', 'samverkansarenor')}, "
        f"{_n(strategies, 'strategi', 'strategier')}); nästa steg: cd {folder} && "
        "assembler build",
    # the diagnostics of init
    "choose another folder for the new plan": "välj en annan mapp för den nya planen",
    "name each municipality of an arena as under --municipality":
        "skriv varje kommun i en arena så som den står under --municipality",
    "arena {arena!r}: {names} is not among the municipalities ({municipalities})":
        "arenan {arena!r}: {names} finns inte bland kommunerna ({municipalities})",
}
