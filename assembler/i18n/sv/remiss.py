"""Swedish texts of the diagnostics of remiss rounds (round files, answer forms, responses,
letters, the decision step) and of the decision register (see assembler/i18n/sv/__init__.py)."""

from __future__ import annotations

from collections.abc import Callable

SV: dict[str, str | Callable[..., str]] = {
    # round files
    "unknown round {round_id!r}": "okänd omgång {round_id!r}",
    "remiss rounds (with a file in {sources_dir}): {known}; a round must also be listed under "
    "'rounds:' in plan.yaml":
        "remissomgångar (med en fil i {sources_dir}): {known}; en omgång måste också stå under "
        "'rounds:' i plan.yaml",
    "{round_id} is not a remiss round (it has no round file)":
        "{round_id} är ingen remissomgång (den har ingen omgångsfil)",
    "remiss, decision and batch take a remiss round (one with a file in {sources_dir}): {known}; "
    "to send {round_id} on remiss, write {path}":
        "remiss, decision och batch tar en remissomgång (en med en fil i {sources_dir}): "
        "{known}; skriv {path} för att skicka {round_id} på remiss",
    "file for round {round_id!r} says round {d!r}":
        "filen för omgången {round_id!r} anger omgången {d!r}",
    "name the file after its round: {d}.yaml": "ge filen samma namn som omgången: {d}.yaml",
    "the remiss period ends before it starts": "remisstiden slutar innan den börjar",
    "the extension for {pid} ({day}) is not after the end of the remiss period ({end})":
        "anståndet för {pid} ({day}) ligger inte efter remisstidens slut ({end})",
    "an anstånd gives a later last day to answer": "ett anstånd ger en senare sista svarsdag",
    "{email!r} is not an e-mail address": "{email!r} är ingen e-postadress",
    "unknown contact person {name!r}": "okänd kontaktperson {name!r}",
    "contacts are named after plan.authors: {names}":
        "kontaktpersonerna anges med namnen i plan.authors: {names}",
    "unknown principal {pid!r}": "okänd huvudman {pid!r}",
    "principals in plan.yaml: {ids}": "huvudmän i plan.yaml: {ids}",
    "rounds in plan.yaml: {ids}": "omgångar i plan.yaml: {ids}",
    "recipients: {ids}": "mottagare: {ids}",
    "{pid!r} is not a recipient of {round_id}": "{pid!r} är inte mottagare av {round_id}",
    "LibreOffice (soffice) is not installed": "LibreOffice (soffice) är inte installerat",
    "install it (apt-get install libreoffice-writer) or leave out --pdf":
        "installera det (apt-get install libreoffice-writer) eller utelämna --pdf",
    "plan editions failed: {editions}": "planversionerna misslyckades: {editions}",
    # the decision step in a round file
    "the round file has no 'decision:'": "omgångsfilen har ingen 'decision:'",
    "add 'decision:' with round, date, prepared_by and proposals":
        "lägg till 'decision:' med round, date, prepared_by och proposals",
    "no decision is configured for round {round_id!r}":
        "inget beslut är angivet för omgången {round_id!r}",
    "rounds with 'decision:' in a round file: {known}":
        "omgångar med 'decision:' i en omgångsfil: {known}",
    "the decision has no proposals": "beslutet har inga förslag",
    "add 'proposals:' with at least one point (förslag till beslut)":
        "lägg till 'proposals:' med minst en punkt (förslag till beslut)",
    "a document": "ett dokument",
    "the joint body's id {jid!r} is also a principal's id":
        "det gemensamma organets id {jid!r} är också en huvudmans id",
    "give the joint body another 'id:'": "ge det gemensamma organet ett annat 'id:'",
    "the decision round": "beslutsomgången",
    "the meeting of {name}": "sammanträdet i {name}",
    "{name} meets before its tjänsteskrivelse is dated":
        "{name} sammanträder innan tjänsteskrivelsen är daterad",
    "the meeting comes after the document: check 'meeting' and 'date'":
        "sammanträdet kommer efter dokumentet: kontrollera 'meeting' och 'date'",
    "the tjänsteskrivelse to {name} is dated before {joint} meets ({meeting})":
        "tjänsteskrivelsen till {name} är daterad innan {joint} sammanträder ({meeting})",
    "the principals' documents follow the joint recommendation: date them after its meeting":
        "huvudmännens dokument följer den gemensamma rekommendationen: datera dem efter dess "
        "sammanträde",
    "plan.valid_from ({valid}) is not after {what} ({day}): the text says the plan takes effect "
    "'från och med dagen efter att samtliga huvudmän har beslutat'":
        "plan.valid_from ({valid}) ligger inte efter {what} ({day}): texten säger att planen "
        "gäller 'från och med dagen efter att samtliga huvudmän har beslutat'",
    "set plan.valid_from in plan.yaml to a date after the decisions":
        "sätt plan.valid_from i plan.yaml till ett datum efter besluten",
    "remiss round {round_id!r} is not frozen in {parent}/: the decision pack has no "
    "tracked-changes editions":
        "remissomgången {round_id!r} är inte fryst i {parent}/: beslutsunderlaget får inga "
        "versioner med ändringsmarkeringar",
    "freeze the round when it is sent out (assembler freeze {round_id}), or point --rounds (or "
    "--plan) at the folder that holds it":
        "frys omgången när den skickas ut (assembler freeze {round_id}), eller låt --rounds "
        "(eller --plan) peka på mappen där den finns",
    # answer forms
    "not an answer form: it has no Remiss-ID": "ingen svarsmall: den har inget Remiss-ID",
    "import the svarsmall-<huvudman>.docx sent with the remiss, filled in":
        "läs in den ifyllda svarsmall-<huvudman>.docx som skickades med remissen",
    "the form identifies itself as {shown_ids}": "svarsmallen anger sig vara {shown_ids}",
    "parts of two answer forms were combined; fill in the form of one principal":
        "delar av två svarsmallar har satts ihop; fyll i en huvudmans svarsmall",
    "not a readable Word document (.docx): {exc}": "inget läsbart Worddokument (.docx): {exc}",
    "not a readable Word document (.docx): {message}":
        "inget läsbart Worddokument (.docx): {message}",
    "save the answer form as a Word document (.docx) and import that":
        "spara svarsmallen som Worddokument (.docx) och läs in det",
    "table {number}: a second table for section {value!r}":
        "tabell {number}: en andra tabell för avsnittet {value!r}",
    "keep one table per section; write all comments in the same box":
        "behåll en tabell per avsnitt; skriv alla synpunkter i samma ruta",
    "table {number}: unknown position {position!r}":
        "tabell {number}: okänt ställningstagande {position!r}",
    "choose one of: {values}": "välj något av: {values}",
    "{label}: {text!r} is not a date YYYY-MM-DD": "{label}: {text!r} är inget datum ÅÅÅÅ-MM-DD",
    "choose the date in the date field of the form": "välj datumet i svarsmallens datumfält",
    "the form belongs to plan dnr {plan}, not {dnr}":
        "svarsmallen hör till planen med dnr {plan}, inte {dnr}",
    "import forms of this plan only": "läs bara in svarsmallar för den här planen",
    "the form is from {principal!r}, not a recipient of {round_id}":
        "svarsmallen är från {principal!r}, som inte är mottagare av {round_id}",
    "the answer form is untouched: no position and no comment":
        "svarsmallen är inte ifylld: inget ställningstagande och ingen synpunkt",
    "an untouched form is not an answer; if the principal has nothing to add, import it with "
    "--empty-ok to record 'Inget att invända.'":
        "en svarsmall som inte är ifylld är inget svar; om huvudmannen inte har något att "
        "tillägga, läs in den med --empty-ok så registreras 'Inget att invända.'",
    "form from round {round_id!r}, expected {expected_round!r}":
        "svarsmall från omgången {round_id!r}, men {expected_round!r} väntades",
    "this form was sent out in another round; use that round's form":
        "svarsmallen skickades ut i en annan omgång; använd den omgångens svarsmall",
    "a second form from {principal!r} (first: {seen})":
        "en andra svarsmall från {principal!r} (den första: {seen})",
    "import one answer form per principal and round":
        "läs in en svarsmall per huvudman och omgång",
    "the form has a table for unknown section {section!r}":
        "svarsmallen har en tabell för ett okänt avsnitt {section!r}",
    "the plan changed since the form was made; {suggestion}":
        "planen har ändrats sedan svarsmallen gjordes; {suggestion}",
    "did you mean {names}?": "menade du {names}?",
    "section ids: {ids}": "avsnittens id: {ids}",
    # responses
    "response for round {d!r} in the folder of round {round_id!r}":
        "svar för omgången {d!r} i mappen för omgången {round_id!r}",
    "move it to responses/{d}/": "flytta det till responses/{d}/",
    "file {stem}.yaml holds the response of {value!r}":
        "filen {stem}.yaml innehåller svaret från {value!r}",
    "name the file after the principal id: {value}.yaml (one file per principal)":
        "ge filen huvudmannens id som namn: {value}.yaml (en fil per huvudman)",
    "response from unknown principal {stem!r}": "svar från en okänd huvudman {stem!r}",
    "name the file after a principal id: {ids}": "ge filen en huvudmans id som namn: {ids}",
    "{name} is not a recipient of {round_id}": "{name} är inte mottagare av {round_id}",
    "add it to 'recipients:' in the round file, or remove this response":
        "lägg till den under 'recipients:' i omgångsfilen, eller ta bort svaret",
    "comment on unknown section {section!r}": "synpunkt på ett okänt avsnitt {section!r}",
    "unknown position {position!r}": "okänt ställningstagande {position!r}",
    "{suggestion}use one of: {values}": "{suggestion}använd något av: {values}",
    "comment with neither text nor position": "synpunkt utan både text och ställningstagande",
    "add 'text:' or 'position:', or remove the entry":
        "lägg till 'text:' eller 'position:', eller ta bort posten",
    "unknown handling {handling!r}": "okänd hantering {handling!r}",
    "handling '{handling}' without an explanation": "hanteringen '{handling}' saknar förklaring",
    "add 'explanation:' saying how the comment was considered":
        "lägg till 'explanation:' som säger hur synpunkten har beaktats",
    "empty response file": "tom svarsfil",
    "duplicate comment id {id!r} (first at {seen_ids})":
        "synpunktens id {id!r} finns två gånger (först på {seen_ids})",
    "give every comment its own id, or remove 'id:' to number them":
        "ge varje synpunkt ett eget id, eller ta bort 'id:' så numreras de",
    "comment {id}: changed_in names unknown section {changed_in!r}":
        "synpunkt {id}: changed_in anger ett okänt avsnitt {changed_in!r}",
    "the section of the decided plan where the change was made; {suggestion}":
        "avsnittet i den beslutade planen där ändringen gjordes; {suggestion}",
    "comment {id} has no handling yet": "synpunkt {id} har ingen hantering än",
    "add 'handling:' and 'explanation:'": "lägg till 'handling:' och 'explanation:'",
    # letters
    "template field error: {exc}": "fel i ett mallfält: {exc}",
    "compare the template's {{ … }} fields with assembler/templates/make_letters.py":
        "jämför mallens fält {{ … }} med assembler/templates/make_letters.py",
    "cannot use the template: {exc}": "mallen går inte att använda: {exc}",
    "regenerate it with python assembler/templates/make_letters.py":
        "skapa den på nytt med python assembler/templates/make_letters.py",
    # the decision register
    "already registered": "redan registrerat",
    "edit the file by hand, or rerun with --force to replace it":
        "ändra filen för hand, eller kör igen med --force för att ersätta den",
    "decisions for round {name!r}, which no round file decides":
        "beslut för omgången {name!r}, som ingen omgångsfil beslutar om",
    "the folder is named after 'decision: round:' of a round file":
        "mappen har samma namn som 'decision: round:' i en omgångsfil",
    "unknown outcome {outcome!r}": "okänt beslut {outcome!r}",
    "decided {isoformat}, before the recommendation of {isoformat2}":
        "beslutat {isoformat}, före rekommendationen {isoformat2}",
    "a principal decides after the joint body's recommendation; check the date":
        "en huvudman beslutar efter det gemensamma organets rekommendation; kontrollera datumet",
    "protocol extract {extract!r} not found": "protokollsutdraget {extract!r} finns inte",
    "put the file in {folder} or correct the name": "lägg filen i {folder} eller rätta namnet",
    "the protocol extract has no recorded sha256": "protokollsutdraget har ingen sparad sha256",
    "add 'extract_sha256: {actual}'": "lägg till 'extract_sha256: {actual}'",
    "cannot read the decision file: {exc}": "beslutsfilen går inte att läsa: {exc}",
    "decision of unknown principal {pid!r}": "beslut från en okänd huvudman {pid!r}",
    "name the file after a principal that decides: {ids}":
        "ge filen namnet på en huvudman som beslutar: {ids}",
    "file {folder}/{name} says {key} {value!r}": "filen {folder}/{name} anger {key} {value!r}",
    "the register is decisions/<round>/<principal>.yaml; expected {want!r}":
        "registret är decisions/<omgång>/<huvudman>.yaml; {want!r} väntades",
    "the protocol extract {extract!r} has changed since it was registered":
        "protokollsutdraget {extract!r} har ändrats sedan det registrerades",
    "its sha256 is now {actual}; register the new extract":
        "dess sha256 är nu {actual}; registrera det nya utdraget",
}
