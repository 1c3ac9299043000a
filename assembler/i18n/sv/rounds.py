"""Swedish texts of the diagnostics about frozen rounds and about writing the output (see
assembler/i18n/sv/__init__.py)."""

from __future__ import annotations

from collections.abc import Callable

SV: dict[str, str | Callable[..., str]] = {
    # frozen rounds
    "the rounds folder": "mappen med omgångar",
    "round {round_id!r} is already frozen; a frozen round is never changed":
        "omgången {round_id!r} är redan fryst; en fryst omgång ändras aldrig",
    "give the next round its own id in plan.yaml and freeze that":
        "ge nästa omgång ett eget id i plan.yaml och frys den",
    "round {round_id!r} is frozen and the sources have changed since: {listed}":
        "omgången {round_id!r} är fryst och källtexterna har ändrats sedan dess: {listed}",
    " and {n} more": " och {n} till",
    "the frozen files are in {folder}/; build the next round instead (current_round in "
    "plan.yaml), or use --force to build this round from today's sources anyway (the result is "
    "then not what was sent out)":
        "de frysta filerna finns i {folder}/; bygg i stället nästa omgång (current_round i "
        "plan.yaml), eller använd --force för att ändå bygga omgången från dagens källtexter "
        "(resultatet är då inte det som skickades ut)",
    "not a frozen round (no readable manifest)":
        "ingen fryst omgång (det finns inget läsbart manifest)",
    "freeze it with 'assembler freeze {name}'": "frys den med 'assembler freeze {name}'",
    "the manifest names {name!r}, outside the round":
        "manifestet nämner {name!r}, som ligger utanför omgången",
    "restore it from git (git checkout -- {folder})":
        "återställ den från git (git checkout -- {folder})",
    "frozen round {round!r} was changed: {name} differs from its manifest":
        "den frysta omgången {round!r} har ändrats: {name} stämmer inte med manifestet",
    "the frozen model cannot be read ({kind}: {exc})":
        "den frysta modellen går inte att läsa ({kind}: {exc})",
    "frozen model schema version {version!r}; this tool reads versions 1 to {newest}":
        "den frysta modellens schemaversion är {version!r}; verktyget läser version 1 till "
        "{newest}",
    # writing the output
    "the output folder": "mappen för skapade filer",
    "the plan folder": "planmappen",
    "cannot write: {reason}": "kan inte skriva: {reason}",
    "the disk is full: free some space and run the command again":
        "disken är full: frigör utrymme och kör kommandot igen",
    "close the file if it is open in Word, make {what} writable, or choose another folder":
        "stäng filen om den är öppen i Word, se till att det går att skriva i {what}, eller "
        "välj en annan mapp",
    "a file is in the way of {what}: move it, or choose another folder":
        "en fil står i vägen för {what}: flytta den, eller välj en annan mapp",
    "check {what} and run the command again": "kontrollera {what} och kör kommandot igen",
    "is a file, not a folder": "är en fil, inte en mapp",
    "move the file away, or choose another folder for {what}":
        "flytta filen, eller välj en annan plats för {what}",
    "the output folder is inside the sources folder {sources}":
        "mappen för skapade filer ligger i källtextmappen {sources}",
    "choose an --out folder beside sources/, e.g. output/":
        "välj en mapp för --out bredvid sources/, t.ex. output/",
    "another assembler run is writing into this folder (waited {timeout:g} s)":
        "en annan körning av assembler skriver i den här mappen (väntade {timeout:g} s)",
    "wait for it to finish, then run the command again":
        "vänta tills den är klar och kör sedan kommandot igen",
    "note: the last run into {folder} was interrupted; completing it now":
        "obs: den förra körningen till {folder} avbröts; den slutförs nu",
    "changed since it was generated (edited by hand?); not overwritten":
        "har ändrats sedan den skapades (redigerad för hand?); skrivs inte över",
    "save your edits elsewhere or rerun with --force to overwrite":
        "spara dina ändringar någon annanstans, eller kör igen med --force för att skriva över",
}
