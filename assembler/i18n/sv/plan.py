"""Swedish texts of the diagnostics about plan.yaml and YAML in general: its reading, its keys
and values, ids and references, variables and phrases (see assembler/i18n/sv/__init__.py)."""

from __future__ import annotations

from collections.abc import Callable

from ._words import plural

SV: dict[str, str | Callable[..., str]] = {
    # YAML
    "YAML: {value}": "YAML: {value}",
    "YAML: {exc}": "YAML: {exc}",
    "fix the YAML syntax (indentation, ':' after keys, quotes around text with ':')":
        "rätta YAML-syntaxen (indrag, ':' efter nycklar, citattecken runt text som innehåller "
        "':')",
    "fix the front matter (key: value lines between two '---' lines)":
        "rätta filhuvudet (raderna 'nyckel: värde' mellan två rader '---')",
    # keys and values
    "{what} must be a mapping of 'key: value'": "{what} ska skrivas som rader 'nyckel: värde'",
    "'{key}' must be text": "'{key}' ska vara text",
    "'{key}' must be a whole number": "'{key}' ska vara ett heltal",
    "'{key}' must be a list": "'{key}' ska vara en lista",
    "missing required key '{key}'": "den obligatoriska nyckeln '{key}' saknas",
    "add '{key}: …' here": "lägg till '{key}: …' här",
    "add '{key}:' here": "lägg till '{key}:' här",
    "add '{key}:' with its entries here": "lägg till '{key}:' med sina poster här",
    "missing required date '{key}'": "det obligatoriska datumet '{key}' saknas",
    "add '{key}: 2023-10-01'": "lägg till '{key}: 2023-10-01'",
    "'{key}' must be a date YYYY-MM-DD, got {value!r}":
        "'{key}' ska vara ett datum ÅÅÅÅ-MM-DD, men är {value!r}",
    "missing required list '{key}'": "den obligatoriska listan '{key}' saknas",
    "entries of '{key}' must be text": "posterna i '{key}' ska vara text",
    "unknown key '{key}' in {what}": "okänd nyckel '{key}' i {what}",
    "{suggestion}allowed: {keys}": "{suggestion}tillåtna: {keys}",
    "did you mean '{word}'? ": "menade du '{word}'? ",
    "'{key}' must be one of {choices}; got {value!r}":
        "'{key}' ska vara något av {choices}, men är {value!r}",
    "'{key}' must be true or false; got {raw!r}":
        "'{key}' ska vara true eller false, men är {raw!r}",
    "'{key}' of {owner} is empty": "'{key}' i {owner} är tom",
    "{suggestion}use one of the allowed values": "{suggestion}använd ett av de tillåtna värdena",
    "list at least one in '{key}'": "ange minst en i '{key}'",
    # ids and references
    "{kind} {id!r}": "{kind} {id!r}",
    "ids are text, but the id of {owner} is read as the {raw} {raw2!r}":
        "id:n är text, men id:t för {owner} läses som {raw} {raw2!r}",
    'put the id in quotes: {key}: "{node}"': 'sätt id:t inom citattecken: {key}: "{node}"',
    "{space} id {ident!r} must be lowercase a-z, 0-9 and '-'":
        "id:t {ident!r} för en {space} får bara innehålla gemena a–z, 0–9 och '-'",
    "ids are ASCII: write 'are', not 'åre'": "id:n skrivs utan å, ä och ö: 'are', inte 'åre'",
    "duplicate {space} id {ident!r} (first defined at {seen})":
        "id:t {ident!r} för en {space} finns två gånger (först på {seen})",
    "give every entry its own id": "ge varje post ett eget id",
    "unknown {space} {ident!r}": "okänd {space} {ident!r}",
    "{owner}: unknown {space} {value!r}": "{owner}: okänd {space} {value!r}",
    "{suggestion}known {space}s: {ids}": lambda suggestion, space, ids:
        f"{suggestion}kända {plural(space)}: {ids}",
    "{suggestion}'{key}' is 'all' or {space} ids: {ids}": lambda suggestion, key, space, ids:
        f"{suggestion}'{key}' är 'all' eller id:n för {plural(space)}: {ids}",
    "duplicate {space} {ident!r} (first at {seen})":
        "{space} {ident!r} finns två gånger (först på {seen})",
    "list every {space} once": lambda space: f"ange varje {space} bara en gång",
    # plan.yaml
    "principal {id!r} is in no arena": "huvudmannen {id!r} hör inte till någon arena",
    "add it to the principals of an arena, or remove it":
        "lägg till den bland huvudmännen i en arena, eller ta bort den",
    "id {id!r} cannot name a file on Windows (a device name)":
        "id:t {id!r} kan inte vara ett filnamn i Windows (det är ett enhetsnamn)",
    "choose another id, e.g. {id}-1": "välj ett annat id, t.ex. {id}-1",
    "cycle in variables: {cycle}": "variablerna hänvisar till varandra i en cirkel: {cycle}",
    "make one of them plain text": "gör en av dem till vanlig text",
    "unknown phrase {key!r}": "okänd fras {key!r}",
    "phrase {key!r} is not a valid phrase: write placeholders as {{name}}, literal braces as "
    "{{{{ and }}}}":
        "frasen {key!r} är inte giltig: skriv platshållare som {{name}} och klammerparenteser "
        "som {{{{ och }}}}",
    "phrase {key!r} uses unknown placeholder(s) {names}":
        "frasen {key!r} använder okända platshållare: {names}",
    "allowed: {names}": "tillåtna: {names}",
    "phrases: {names}": "fraser: {names}",
    # what a YAML mapping is (Record.what) and the kinds of ids
    "a principal": "en huvudman",
    "an arena": "en arena",
    "a strategy": "en strategi",
    "a round": "en omgång",
    "an author": "en författare",
    "a comment": "en synpunkt",
    "a decision file": "en beslutsfil",
    "a response file": "en svarsfil",
    "a round file": "en omgångsfil",
    "principal": "huvudman",
    "arena": "arena",
    "strategy": "strategi",
    "round": "omgång",
    "author": "författare",
    "comment": "synpunkt",
    # what a value was read as (an id must be text)
    "truth value": "sanningsvärdet",
    "number": "talet",
    "date": "datumet",
}
