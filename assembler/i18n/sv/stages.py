"""Swedish texts of the diagnostics of the pipeline's stages: the Markdown reader, compose,
resolve, revise and render (see assembler/i18n/sv/__init__.py)."""

from __future__ import annotations

from collections.abc import Callable


def _thousands(number: int) -> str:
    """100 000: a space between the thousands, as Swedish writes large numbers."""
    return f"{number:,}".replace(",", " ")


SV: dict[str, str | Callable[..., str]] = {
    # the Markdown reader
    "heading level jumps from {old} to {new}; it becomes the next level down":
        "rubriknivån hoppar från {old} till {new}; rubriken blir nästa nivå nedåt",
    "write {hashes} here": "skriv {hashes} här",
    "headings in a section body start at '##' (the front matter title is the top)":
        "rubrikerna i ett avsnitts text börjar med '##' (titeln i filhuvudet är den översta)",
    "change '#' to '##'": "ändra '#' till '##'",
    "{kind} is not supported in plan text": "{kind} går inte att använda i planens text",
    "html block": "ett html-block",
    "heading": "en rubrik inuti en lista, ett citat eller en fotnot",
    "slot needs exactly one name of [a-z0-9-], got {info}":
        "en plats (slot) ska ha precis ett namn av tecknen [a-z0-9-], här står {info}",
    "write '::: slot lokala-aktiviteter'": "skriv '::: slot lokala-aktiviteter'",
    "slot {name} is not closed; it would run to the end of the file":
        "platsen {name} är inte stängd; den skulle fortsätta till slutet av filen",
    "add a line ':::' where the slot ends": "lägg till en rad ':::' där platsen slutar",
    "slot {name} is inside another slot": "platsen {name} ligger inuti en annan plats",
    "close the outer slot with ':::' before opening the next one":
        "stäng den yttre platsen med ':::' innan du öppnar nästa",
    "heading id {id} must be lowercase a-z, 0-9 and '-'":
        "rubrikens id {id} får bara innehålla gemena a-z, 0-9 och '-'",
    "write e.g. '## Ökad delaktighet {#strategi-delaktighet}'":
        "skriv till exempel '## Ökad delaktighet {#strategi-delaktighet}'",
    "html inline is not supported in plan text": "html går inte att använda i planens text",
    "write plain Markdown; raw HTML cannot be rendered into the plan":
        "skriv vanlig Markdown; html kan inte återges i planen",
    "footnote [^{label}] has no definition": "fotnoten [^{label}] har ingen definition",
    "add a line '[^{label}]: text' at the end of the same file":
        "lägg till en rad '[^{label}]: text' i slutet av samma fil",
    # resolve
    "cycle in variables: {chain}": "variablerna hänvisar till varandra i en cirkel: {chain}",
    "variable {name} expands to more than {limit:,} characters":
        lambda name, limit: f"variabeln {name} blir längre än {_thousands(limit)} tecken",
    "variable expands to more than {limit:,} characters":
        lambda limit: f"variabeln blir längre än {_thousands(limit)} tecken",
    "a variable that uses another one several times grows fast":
        "en variabel som använder en annan variabel flera gånger växer snabbt",
    "unknown variable {name}": "okänd variabel {name}",
    "reference to unknown section {target}": "korshänvisning till ett okänt avsnitt {target}",
    "use the id of a heading ('id:' in front matter or '{#id}')":
        "använd id:t för en rubrik ('id:' i filhuvudet eller '{#id}')",
    "unknown footnote {label}": "okänd fotnot {label}",
}
