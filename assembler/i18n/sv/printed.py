"""Swedish texts of the lines the commands print (see assembler/i18n/sv/__init__.py)."""

from __future__ import annotations

from collections.abc import Callable

from ..plural import n as _n

SV: dict[str, str | Callable[..., str]] = {
    # lines the commands print
    "ok: {sections} common sections, {additions} local additions, {local} local sections, "
    "{frozen} frozen round(s) intact, {warnings} warning(s)":
        lambda sections, additions, local, frozen, warnings:
        f"ok: {_n(sections, 'gemensamt avsnitt', 'gemensamma avsnitt')}, "
        f"{_n(additions, 'lokalt tillägg', 'lokala tillägg')}, "
        f"{_n(local, 'lokalt avsnitt', 'lokala avsnitt')}, "
        f"{_n(frozen, 'fryst omgång oförändrad', 'frysta omgångar oförändrade')}, "
        f"{_n(warnings, 'varning', 'varningar')}",
    "built {n} edition(s) of round {round} into {folder}/":
        lambda n, round, folder:
        f"byggde {_n(n, 'version', 'versioner')} av omgången {round} i {folder}/",
    ", {n} with tracked changes against {against} ({sections} changed section(s) over all "
    "editions, +{ins}/-{dele} words; summaries in changes-*.json)":
        lambda n, against, sections, ins, dele:
        f", {n} med ändringsmarkeringar mot {against} "
        f"({_n(sections, 'ändrat avsnitt', 'ändrade avsnitt')} i alla versioner, "
        f"+{ins}/-{dele} ord; sammanfattningar i changes-*.json)",
    "; nothing changed since the last build": "; inget har ändrats sedan förra bygget",
    "; open them in Word or LibreOffice, or convert: {command}":
        "; öppna dem i Word eller LibreOffice, eller konvertera: {command}",
    "changes in {edition} since {against}: {n} section(s), +{ins}/-{dele} words":
        lambda edition, against, n, ins, dele:
        f"ändringar i {edition} sedan {against}: {_n(n, 'avsnitt', 'avsnitt')}, "
        f"+{ins}/-{dele} ord",
    "; local text changed: {arenas}": "; lokal text ändrad: {arenas}",
    "froze round {round} into {folder}; commit it with the sources":
        "frös omgången {round} i {folder}; checka in den med källtexterna",
    "Round: {round} (rounds: {rounds})": "Omgång: {round} (omgångar: {rounds})",
    "Editions:": "Versioner:",
    "Principals:": "Huvudmän:",
    "Arenas:": "Samverkansarenor:",
    "Slots:": "Platser (slots):",
    "Local sections:": "Lokala avsnitt:",
    "wrote {path}": "skrev {path}",
    "removed {path}": "tog bort {path}",
    "note: {note}": "obs: {note}",
    "{errors} error(s)": lambda errors: _n(errors, "fel", "fel"),
    "0 error(s), {warnings} warning(s) treated as errors":
        lambda warnings: f"0 fel, {_n(warnings, 'varning', 'varningar')} behandlade som fel",
    "note: sections, references and variables are checked once these are fixed: more errors "
    "may follow":
        "obs: avsnitt, hänvisningar och variabler kontrolleras när de här felen är rättade: fler "
        "fel kan följa",
    "interrupted (Ctrl-C): files already written are complete, the rest is as it was; run the "
    "command again to finish":
        "avbrutet (Ctrl-C): filer som redan skrivits är hela, resten är som förut; kör "
        "kommandot igen för att slutföra",
    "aborted: no answer to a question": "avbrutet: en fråga fick inget svar",
    "internal error: {error}": "internt fel: {error}",
    "This is a bug in plan-assembler; rerun with ASSEMBLER_DEBUG=1 and report it.":
        "Det här är ett fel i plan-assembler; kör igen med ASSEMBLER_DEBUG=1 och rapportera det.",
    "{kind}: {ok} principal(s){joint} done, {failed} failed, {files} file(s); manifest "
    "{manifest}":
        lambda kind, ok, joint, failed, files, manifest:
        f"{kind}: {_n(ok, 'huvudman', 'huvudmän')}{joint} klara, {failed} misslyckade, "
        f"{_n(files, 'fil', 'filer')}; manifest {manifest}",
    "and {unit}": " och {unit}",
    "{kind}/{unit}: FAILED": "{kind}/{unit}: MISSLYCKADES",
    "FAILED": "MISSLYCKADES",
    "conflict: {conflict}": "konflikt: {conflict}",
    "every recipient has answered: no reminders": "alla mottagare har svarat: inga påminnelser",
    "nothing to change: the form matches sources/local/{arena}/":
        "inget att ändra: formuläret stämmer med sources/local/{arena}/",
    "nothing written; rerun with --yes to write these changes":
        "inget har skrivits; kör igen med --yes för att skriva ändringarna",
    "write {n} file(s)?": lambda n: f"skriva {_n(n, 'fil', 'filer')}?",
    # absorb
    "Edits made in a generated edition back into the sources.":
        "För tillbaka ändringar i en skapad planversion till källtexterna.",
    "Map the edits made in EDITED (a clean edition, plain edits or tracked changes) back to the "
    "common sections and arenas' files they came from; report what cannot be mapped.":
        "För tillbaka ändringarna i EDITED (en ren version, vanliga ändringar eller "
        "ändringsmarkeringar) till de gemensamma avsnitt och arenornas filer de kommer från; "
        "visa det som inte kan föras tillbaka.",
    "Absorb even though the sources changed since the edition was built.":
        "För tillbaka även om källtexterna har ändrats sedan versionen byggdes.",
    "edition {edition} of round {round}": "version {edition} av omgången {round}",
    "tracked changes accepted as edited: {summary}":
        "ändringsmarkeringar godtagna som de redigerats: {summary}",
    "nothing to change in the sources": "inget att ändra i källtexterna",
    "applied": "infört",
    "NOT APPLIED": "INTE INFÖRT",
    # the kind of a diagnostic: `path:line:col: fel: …` and its `tips:` line
    "error": "fel",
    "warning": "varning",
    "hint": "tips",
    # `list`, `diff`, `absorb` and `local import`
    "arenas: {ids}": "arenor: {ids}",
    "principals: {ids}": "huvudmän: {ids}",
    "after {section}": "efter {section}",
    "note: macro part {name} left out (a .docx holds no macros)":
        "obs: makrodelen {name} togs inte med (en .docx innehåller inga makron)",
    "(outside the sections)": "(utanför avsnitten)",
    "area {index}: {tag}": "fält {index}: {tag}",
}
