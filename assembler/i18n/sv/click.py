"""Swedish texts of click's own messages: usage errors and the help's headings (installed by
assembler/i18n/clicktext.py). click fills the fields in itself; an entry may leave a field out (the
kind of a path, which click fixes when a command is defined, before --lang is read)."""

from __future__ import annotations

from collections.abc import Callable

SV: dict[str, str | Callable[..., str]] = {
    "Usage:": "Användning:",
    "Error: {message}": "Fel: {message}",
    "Try '{command} {option}' for help.": "Skriv '{command} {option}' för hjälp.",
    "Aborted!": "Avbrutet!",
    "No such option {name!r}.": "Flaggan {name!r} finns inte.",
    "No such command {name!r}.": "Kommandot {name!r} finns inte.",
    "Did you mean {possibility}?": "Menade du {possibility}?",
    "(Did you mean one of: {possibilities}?)": "(Menade du någon av: {possibilities}?)",
    "Missing argument": "Argument saknas",
    "Missing option": "Flagga saknas",
    "Missing parameter": "Parameter saknas",
    "Missing {param_type}": "{param_type} saknas",
    "Missing parameter: {param_name}": "Parameter saknas: {param_name}",
    "Missing command.": "Kommando saknas.",
    "Invalid value for {param_hint}: {message}": "Ogiltigt värde för {param_hint}: {message}",
    "Invalid value: {message}": "Ogiltigt värde: {message}",
    "Got unexpected extra argument ({args})": "Oväntat extra argument ({args})",
    "Got unexpected extra arguments ({args})": "Oväntade extra argument ({args})",
    "Option {name!r} does not take a value.": "Flaggan {name!r} tar inget värde.",
    "Option {name!r} requires an argument.": "Flaggan {name!r} behöver ett värde.",
    "Option {name!r} requires {nargs} arguments.": "Flaggan {name!r} behöver {nargs} värden.",
    "Argument {name!r} takes {nargs} values.": "Argumentet {name!r} tar {nargs} värden.",
    "{value!r} is not {choice}.": "{value!r} är inte {choice}.",
    "{value!r} is not one of {choices}.": "{value!r} är inte något av {choices}.",
    "{value!r} is not a valid {number_type}.": "{value!r} är inte ett giltigt tal.",
    "{value} is not in the range {range}.": "{value} ligger inte inom {range}.",
    "{value!r} is not a valid boolean. Recognized values: {states}":
        "{value!r} är inte ett giltigt sanningsvärde. Giltiga värden: {states}",
    "{value!r} does not match the format {format}.":
        "{value!r} har inte formatet {format}.",
    "{value!r} does not match the formats {formats}.":
        "{value!r} har inte något av formaten {formats}.",
    "{name} {filename!r} does not exist.": "Sökvägen {filename!r} finns inte.",
    "{name} {filename!r} is a file.": "Sökvägen {filename!r} är en fil, inte en mapp.",
    "{name} {filename!r} is a directory.": "Sökvägen {filename!r} är en mapp, inte en fil.",
    "{name} {filename!r} is not readable.": "Sökvägen {filename!r} går inte att läsa.",
    "{name} {filename!r} is not writable.": "Sökvägen {filename!r} går inte att skriva till.",
    "Could not open file {filename!r}: {message}":
        "Filen {filename!r} gick inte att öppna: {message}",
    "unknown error": "okänt fel",
    "default: {default}": "standard: {default}",
    "env var: {var}": "miljövariabel: {var}",
    "Do you want to continue?": "Vill du fortsätta?",
    "Error: invalid input": "Fel: ogiltig inmatning",
    "Repeat for confirmation": "Upprepa för att bekräfta",
    "Error: The two entered values do not match.": "Fel: de två värdena är inte lika.",
}
