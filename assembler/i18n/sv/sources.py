"""Swedish texts of the diagnostics about the source files: loading common and local files,
their front matter, Markdown limits, pictures, validation across files, variables and the
choice of round and editions (see assembler/i18n/sv/__init__.py)."""

from __future__ import annotations

from collections.abc import Callable

SV: dict[str, str | Callable[..., str]] = {
    # load: files and front matter
    "plan.yaml not found": "plan.yaml finns inte",
    "is --sources {root} the sources folder?": "är --sources {root} mappen med källtexterna?",
    "no common sections (*.md) found": "inga gemensamma avsnitt (*.md) hittades",
    "file is not UTF-8": "filen är inte sparad som UTF-8",
    "save the file as UTF-8": "spara filen som UTF-8",
    "cannot read: {strerror}": "kan inte läsas: {strerror}",
    "missing front matter": "filhuvudet saknas",
    "start the file with a '---' line, YAML keys, and another '---' line":
        "börja filen med en rad '---', YAML-nycklar och ännu en rad '---'",
    "front matter is not closed": "filhuvudet är inte avslutat",
    "add a '---' line after the front matter keys":
        "lägg till en rad '---' efter filhuvudets nycklar",
    "front matter": "filhuvudet",
    "a common section's front matter": "filhuvudet i ett gemensamt avsnitt",
    "a local addition's front matter": "filhuvudet i ett lokalt tillägg",
    "a local section's front matter": "filhuvudet i ett lokalt avsnitt",
    "local file is neither an addition nor a local section":
        "den lokala filen är varken ett tillägg eller ett lokalt avsnitt",
    "give 'target: section#slot' (an addition) or 'id', 'title', 'after' (a section)":
        "ange 'target: avsnitt#plats' (ett tillägg) eller 'id', 'title', 'after' (ett avsnitt)",
    "section id {sid!r} must be lowercase a-z, 0-9 and '-'":
        "avsnittets id {sid!r} får bara innehålla gemena a–z, 0–9 och '-'",
    "target {target!r} must be 'section-id#slot-name'":
        "målet {target!r} ska skrivas 'avsnittets-id#platsens-namn'",
    "unknown mode {mode!r}": "okänt läge {mode!r}",
    "use one of: {values}": "använd något av: {values}",
    "override (mode: {mode}) without a reason": "ersättning (mode: {mode}) utan skäl",
    "add 'reason: …' saying why the common text does not apply locally":
        "lägg till 'reason: …' som säger varför den gemensamma texten inte gäller lokalt",
    "headings are not allowed in an addition to a slot":
        "rubriker är inte tillåtna i ett tillägg till en plats",
    "write a local section (id/title/after) instead":
        "skriv i stället ett lokalt avsnitt (id/title/after)",
    "text of a 'remove' addition is ignored": "texten i ett tillägg med 'remove' används inte",
    "folder for unknown arena {name!r}": "mapp för en okänd arena {name!r}",
    "arena folders are named by the ids in plan.yaml: {ids}":
        "arenornas mappar har samma namn som deras id i plan.yaml: {ids}",
    "the reason of a '{mode}' addition is not printed (only overrides show their reason)":
        "skälet till ett tillägg med '{mode}' skrivs inte ut (bara ersättningar visar sitt skäl)",
    "remove it, or write it into the text": "ta bort det, eller skriv in det i texten",
    # Markdown limits
    "table with {columns} columns; Word allows at most {MAX_COLUMNS}":
        "tabellen har {columns} kolumner; Word tillåter högst {MAX_COLUMNS}",
    "split the table, or turn it around (rows instead of columns)":
        "dela tabellen, eller vänd på den (rader i stället för kolumner)",
    "text nested more than {MAX_DEPTH} levels deep (quotes, lists or indentation); it would be "
    "lost":
        "texten är nästlad i mer än {MAX_DEPTH} nivåer (citat, listor eller indrag); den "
        "skulle gå förlorad",
    "flatten the lists or quotes, or remove the indentation":
        "minska antalet nivåer i listorna eller citaten, eller ta bort indragen",
    "text nested too deeply; it would be lost":
        "texten är nästlad i för många nivåer; den skulle gå förlorad",
    "flatten the lists or quotes": "minska antalet nivåer i listorna eller citaten",
    "emphasis or links nested more than {depth} levels deep":
        "betoning eller länkar är nästlade i mer än {depth} nivåer",
    "remove the extra '*', '_' or '[' characters": "ta bort de extra tecknen '*', '_' eller '['",
    "footnote [^{label}] is defined twice (first at line {value})":
        "fotnoten [^{label}] är definierad två gånger (första gången på rad {value})",
    "give the second note its own label, or remove one definition":
        "ge den andra fotnoten en egen etikett, eller ta bort en av definitionerna",
    "footnote [^{name}] is defined but never used":
        "fotnoten [^{name}] är definierad men används inte",
    "refer to it with [^{name}] in the text, or remove its definition":
        "hänvisa till den med [^{name}] i texten, eller ta bort definitionen",
    # pictures
    "picture without alternative text": "bild utan alternativtext",
    "write what the picture shows between the brackets, e.g. ![Karta över länets "
    "kommuner](karta.png); a screen reader reads it aloud":
        "skriv vad bilden visar mellan hakparenteserna, t.ex. ![Karta över länets "
        "kommuner](karta.png); en skärmläsare läser upp texten",
    "picture {src!r} is not a file beside the source":
        "bilden {src!r} är ingen fil bredvid källtexten",
    "give a path relative to this file, e.g. bilder/karta.png":
        "ange en sökväg från den här filen, t.ex. bilder/karta.png",
    "is not a PNG or JPEG file": "är ingen PNG- eller JPEG-fil",
    "is larger than 20 MB": "är större än 20 MB",
    "picture {name} {problem}": "bilden {name} {problem}",
    "save it as PNG (diagrams) or JPEG (photos), at most 20 MB":
        "spara den som PNG (diagram) eller JPEG (foton), högst 20 MB",
    "picture file not found: {name}": "bildfilen finns inte: {name}",
    "the path is relative to this file ({as_posix} does not exist)":
        "sökvägen utgår från den här filen ({as_posix} finns inte)",
    # validation across files
    "duplicate section id {id!r} (first defined at {seen})":
        "avsnittets id {id!r} finns två gånger (först på {seen})",
    "section ids must be unique over common and local files":
        "avsnittens id måste vara unika i alla gemensamma och lokala filer",
    "that is a local section; slots exist only in common sections":
        "det är ett lokalt avsnitt; platser finns bara i gemensamma avsnitt",
    "sections with slots: {ids}": "avsnitt med platser: {ids}",
    "addition for unknown section {section_id!r}": "tillägg till ett okänt avsnitt {section_id!r}",
    "strategy {id!r} points to unknown section {section!r}":
        "strategin {id!r} pekar på ett okänt avsnitt {section!r}",
    "slots are not allowed in a local section": "platser är inte tillåtna i ett lokalt avsnitt",
    "local section placed after unknown section {after!r}":
        "det lokala avsnittet placeras efter ett okänt avsnitt {after!r}",
    "local section placed after another arena's section {after!r}":
        "det lokala avsnittet placeras efter en annan arenas avsnitt {after!r}",
    "duplicate slot {name!r} in section {owner!r} (first at {loc})":
        "platsen {name!r} finns två gånger i avsnittet {owner!r} (först på {loc})",
    "give the slot another name or give its sub-section an {#id}":
        "ge platsen ett annat namn, eller ge dess underavsnitt ett {#id}",
    "none": "inga",
    "section {section_id!r} has no slot {slot!r}; this addition has nowhere to go":
        "avsnittet {section_id!r} har ingen plats {slot!r}; tillägget har ingenstans att ta vägen",
    "slots in that section: {names}": "platser i det avsnittet: {names}",
    "second override of {section_id}#{slot} by arena {arena_id!r} (first at {claimed})":
        "arenan {arena_id!r} ersätter {section_id}#{slot} en andra gång (första gången på "
        "{claimed})",
    "merge the two replacements into one file": "slå ihop de två ersättningarna till en fil",
    "cycle in local section placement: {cycle}":
        "de lokala avsnitten placeras efter varandra i en cirkel: {cycle}",
    "reference to {target!r}, a local section of arena {arena!r}, which is not in {where}":
        "hänvisning till {target!r}, ett lokalt avsnitt i arenan {arena!r}, som inte finns i "
        "{where}",
    "refer only to common sections or your own arena's sections":
        "hänvisa bara till gemensamma avsnitt eller till din egen arenas avsnitt",
    "every edition": "alla versioner",
    "arena {arena!r}'s edition": "versionen för arenan {arena!r}",
    "slot {section}#{name} is not filled by any arena":
        "platsen {section}#{name} fylls inte av någon arena",
    "add local text for it, or remove the slot":
        "lägg till lokal text för den, eller ta bort platsen",
    # variables
    "arena.* can only be used in an arena's local text":
        "arena.* kan bara användas i en arenas lokala text",
    "or": "eller",
    "{suggestion}define it under 'variables:' in plan.yaml":
        "{suggestion}definiera den under 'variables:' i plan.yaml",
    " (and arena.* in an arena's local text)": " (och arena.* i en arenas lokala text)",
    "{suggestion}variables: {names}{where}": "{suggestion}variabler: {names}{where}",
    "{text}; ID: {ids}": "{text}; ID: {ids}",
    # round and editions
    "unknown round {rid!r}": "okänd omgång {rid!r}",
    "rounds: {ids}": "omgångar: {ids}",
    "unknown edition {name!r}": "okänd version {name!r}",
    "editions: {ids}": "versioner: {ids}",
}
