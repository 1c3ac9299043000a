"""Swedish texts of the commands' help (see assembler/i18n/sv/__init__.py)."""

from __future__ import annotations

from collections.abc import Callable

SV: dict[str, str | Callable[..., str]] = {
    # help: the assembler group and shared options
    "Assemble a joint county plan (common parts + local additions) into Word documents. Every "
    "command works on a plan folder (--plan, default: the current folder) holding sources/, and "
    "beside it responses/, rounds/, decisions/, templates/ and output/.":
        "Sätter samman en länsgemensam plan (gemensamma delar och lokala tillägg) till "
        "Worddokument. Varje kommando arbetar i en planmapp (--plan, standard: aktuell mapp) med "
        "sources/ och bredvid den responses/, rounds/, decisions/, templates/ och output/.",
    "Show the version and exit.": "Visa versionen och avsluta.",
    "Show this message and exit.": "Visa den här hjälpen och avsluta.",
    "Language of the messages: sv or en [default: ASSEMBLER_LANG, else the locale: English for "
    "an English locale, else Swedish].":
        "Meddelandenas språk: sv eller en [standard: ASSEMBLER_LANG, annars systemets språk: "
        "engelska för en engelsk locale, annars svenska].",
    "Options": "Flaggor",
    "Commands": "Kommandon",
    "The plan folder [default: the current folder].": "Planmappen [standard: aktuell mapp].",
    "Folder with plan.yaml, common/, local/ and rounds/ [default: PLAN/sources].":
        "Mapp med plan.yaml, common/, local/ och rounds/ [standard: PLAN/sources].",
    "Folder for generated files [default: PLAN/output].":
        "Mapp för skapade filer [standard: PLAN/output].",
    "Folder of frozen rounds [default: PLAN/rounds].":
        "Mapp med frysta omgångar [standard: PLAN/rounds].",
    "Folder whose .docx files override PLAN/templates/ and the packaged templates, per file.":
        "Mapp vars .docx-filer ersätter PLAN/templates/ och de medföljande mallarna, fil för "
        "fil.",
    "The house plan template (overrides plan.docx of --templates, PLAN/templates/ and the "
    "packaged one).":
        "Planens dokumentmall (ersätter plan.docx i --templates, PLAN/templates/ och den "
        "medföljande).",
    "Folder of <round>/<principal>.yaml response files [default: PLAN/responses].":
        "Mapp med svarsfiler <omgång>/<huvudman>.yaml [standard: PLAN/responses].",
    "Folder of the decision register [default: PLAN/decisions].":
        "Mapp med beslutsregistret [standard: PLAN/decisions].",
    "Only this principal (repeatable) [default: all].":
        "Bara den här huvudmannen (kan upprepas) [standard: alla].",
    "Overwrite outputs even if edited by hand.":
        "Skriv över skapade filer även om de har ändrats för hand.",
    "Treat warnings as errors.": "Behandla varningar som fel.",
    "Also one zip per principal.": "Även en zip-fil per huvudman.",
    "Also PDF copies via LibreOffice (the answer form stays .docx).":
        "Även PDF-kopior via LibreOffice (svarsmallen förblir .docx).",
    "Parallel processes [default: one per core].":
        "Parallella processer [standard: en per kärna].",
    "Also list every file written and every change summary.":
        "Visa också varje skriven fil och varje ändringssammanfattning.",
    "Author of every revision [default: plan.revision_author in a plan folder, else "
    "'plan-assembler'].":
        "Författare till varje ändringsmarkering [standard: plan.revision_author i en planmapp, "
        "annars 'plan-assembler'].",
    # check, build, freeze, list
    "Validate the sources, templates, rounds and responses.":
        "Kontrollera källtexter, mallar, omgångar och svar.",
    "Validate the sources, the templates and the frozen rounds; report every problem at once.":
        "Kontrollera källtexterna, mallarna och de frysta omgångarna; visa alla problem på en "
        "gång.",
    "Write the Word editions into OUT/<round>/.": "Skriv Wordversionerna till OUT/<omgång>/.",
    "Build the Word editions of a round into OUT/<round>/; with --against, also tracked-changes "
    "editions against a frozen round and their change summaries (changes-<edition>.json).":
        "Bygg en omgångs Wordversioner till OUT/<omgång>/; med --against även versioner med "
        "ändringsmarkeringar mot en fryst omgång och deras ändringssammanfattningar "
        "(changes-<version>.json).",
    "Round to build [default: current_round in plan.yaml].":
        "Omgång att bygga [standard: current_round i plan.yaml].",
    "Edition id to build (repeatable; 'lan' is the county-wide one) [default: all].":
        "Id för versionen att bygga (kan upprepas; 'lan' är den länsgemensamma) "
        "[standard: alla].",
    "Overwrite outputs edited by hand, and build a frozen round (--round) from sources that "
    "changed since it was frozen (the result is then not what was sent out).":
        "Skriv över filer som ändrats för hand, och bygg en fryst omgång (--round) från "
        "källtexter som ändrats sedan den frystes (resultatet är då inte det som skickades ut).",
    "Also write tracked-changes editions against this frozen round.":
        "Skriv även versioner med ändringsmarkeringar mot den här frysta omgången.",
    "With --against: add the chapter 'Ändringar sedan föregående version'.":
        "Med --against: lägg till kapitlet 'Ändringar sedan föregående version'.",
    "Store what a round is now under rounds/ROUND/.":
        "Spara hur en omgång ser ut nu under rounds/OMGÅNG/.",
    "Store what ROUND is now (models, outputs, manifest) under rounds/ROUND/.":
        "Spara hur ROUND ser ut nu (modeller, dokument, manifest) under rounds/ROUND/.",
    "Editions, principals, arenas, slots and who fills them.":
        "Versioner, huvudmän, samverkansarenor, platser och vem som fyller dem.",
    "List editions, arenas, principals, slots and which arenas fill them.":
        "Lista versioner, samverkansarenor, huvudmän, platser och vilka arenor som fyller dem.",
    "Create a new plan folder DIR for a county: plan.yaml with its principals, arenas and "
    "strategies, an example common chapter with a slot, an example local addition, a remiss "
    "round file, an empty responses/ folder and a README (in Swedish) for the project leaders. "
    "`assembler build` in DIR turns it into documents at once. Missing answers are asked for "
    "on a terminal.":
        "Skapa en ny planmapp DIR för ett län: plan.yaml med huvudmän, samverkansarenor och "
        "strategier, ett exempel på ett gemensamt kapitel med en plats (slot), ett exempel på "
        "ett lokalt tillägg, en remissomgång, en tom mapp responses/ och en README för "
        "projektledarna. `assembler build` i DIR ger dokument direkt. Svar som saknas frågas "
        "efter i en terminal.",
    # remiss, decision, batch
    "Cover letters, answer forms, imported answers, status.":
        "Missiv, svarsmallar, inlästa svar, status.",
    "Remiss rounds: cover letters, answer forms, imported answers and their status.":
        "Remissomgångar: missiv, svarsmallar, inlästa svar och deras status.",
    "Missiv, plan editions and svarsmall per principal.":
        "Missiv, planversioner och svarsmall per huvudman.",
    "Missiv, plan editions and svarsmall for each principal into OUT/ROUND/remiss/.":
        "Missiv, planversioner och svarsmall för varje huvudman till OUT/ROUND/remiss/.",
    "Read filled answer forms into responses/.": "Läs in ifyllda svarsmallar till responses/.",
    "Read filled answer forms (.docx) into RESPONSES/<round>/<principal>.yaml; a form imported "
    "again is merged with the handlings already typed into the response file.":
        "Läs in ifyllda svarsmallar (.docx) till RESPONSES/<omgång>/<huvudman>.yaml; en mall som "
        "läses in igen slås samman med den hantering som redan skrivits i svarsfilen.",
    "Reject forms that are not from this round.": "Avvisa mallar som inte hör till omgången.",
    "Replace an existing response file instead of merging with it.":
        "Ersätt en befintlig svarsfil i stället för att slå samman med den.",
    "Record an untouched form as 'Inget att invända.' instead of refusing it.":
        "Registrera en orörd mall som 'Inget att invända.' i stället för att avvisa den.",
    "Whose comments a plan edition returned with Word comments holds.":
        "Vems synpunkter en planversion med Wordkommentarer innehåller.",
    "Reminder letters to those who have not answered.":
        "Påminnelsebrev till dem som inte har svarat.",
    "A reminder letter to each principal that has not answered ROUND by --date.":
        "Ett påminnelsebrev till varje huvudman som inte har svarat på ROUND senast --date.",
    "The date of the letters: who has not answered by then gets one.":
        "Brevens datum: den som inte har svarat då får ett.",
    "Who has answered, comments, open handlings.":
        "Vem som har svarat, synpunkter, ohanterade synpunkter.",
    "Who has answered, who has not, how many comments, how many lack a handling.":
        "Vem som har svarat och inte, hur många synpunkter, hur många som saknar hantering.",
    "Tjänsteskrivelser and final plan per principal; the register.":
        "Tjänsteskrivelser och slutlig plan per huvudman; beslutsregistret.",
    "The decision step: `decision ROUND` writes the documents, `decision status ROUND` shows "
    "the register.":
        "Beslutssteget: `decision ROUND` skriver dokumenten, `decision status ROUND` visar "
        "registret.",
    "Tjänsteskrivelser and final plan editions.": "Tjänsteskrivelser och slutliga planversioner.",
    "Tjänsteskrivelser to the joint body and to each principal's deciding body, and the final "
    "plan editions (with tracked changes against the frozen remiss round in --rounds), after "
    "remiss round ROUND (the default subcommand).":
        "Tjänsteskrivelser till det gemensamma organet och till varje huvudmans beslutsorgan, "
        "och de slutliga planversionerna (med ändringsmarkeringar mot den frysta remissomgången "
        "i --rounds), efter remissomgången ROUND (standardkommandot).",
    "Register PRINCIPAL's decision in decisions/<round>/PRINCIPAL.yaml.":
        "Registrera PRINCIPALs beslut i decisions/<omgång>/PRINCIPAL.yaml.",
    "Date of the decision, YYYY-MM-DD.": "Beslutets datum, ÅÅÅÅ-MM-DD.",
    "The paragraph of the minutes, e.g. 187.": "Protokollets paragraf, t.ex. 187.",
    "The deciding body (default: from plan.yaml).": "Beslutsorganet (standard: från plan.yaml).",
    "Protocol reference.": "Hänvisning till protokollet.",
    "A note, e.g. what was changed.": "En anteckning, t.ex. vad som ändrades.",
    "The protocol extract (.pdf/.docx): copied, sha256 recorded.":
        "Protokollsutdraget (.pdf/.docx): kopieras, sha256 registreras.",
    "Who has decided, how and when; in force or not.":
        "Vem som har beslutat, hur och när; om planen gäller.",
    "Who has decided, how and when; who has not; whether the plan is in force.":
        "Vem som har beslutat, hur och när; vem som inte har det; om planen gäller.",
    "Everything for all principals, in parallel, with manifest.json.":
        "Allt för alla huvudmän, parallellt, med manifest.json.",
    "Everything for all principals of ROUND, in parallel, with manifest.json.":
        "Allt för alla huvudmän i ROUND, parallellt, med manifest.json.",
    "Only the remiss documents.": "Bara remisshandlingarna.",
    "Only the decision documents.": "Bara beslutshandlingarna.",
    # local, dialogue
    "Arenas write their text in Word: forms out, filled forms in.":
        "Arenorna skriver sin text i Word: formulär ut, ifyllda formulär in.",
    "Local arenas write their text in Word: forms out, filled forms in.":
        "De lokala arenorna skriver sin text i Word: formulär ut, ifyllda formulär in.",
    "Write the Word form of ARENA (its slots, local sections and a new one) to OUT/lokal/.":
        "Skriv Wordformuläret för ARENA (dess platser, lokala avsnitt och ett nytt) till "
        "OUT/lokal/.",
    "A form for every arena.": "Ett formulär för varje arena.",
    "Bring the text of a filled form back into sources/local/<arena>/.":
        "För tillbaka texten i ett ifyllt formulär till sources/local/<arena>/.",
    "Write the changes without asking.": "Skriv ändringarna utan att fråga.",
    "Import even though the arena's sources changed since the form was made.":
        "Läs in även om arenans källtexter har ändrats sedan formuläret skapades.",
    "A dialogue round with the arenas: forms, answers, compiled report.":
        "En dialogomgång med arenorna: formulär, svar, sammanställning.",
    "A dialogue round with the local arenas: forms, answers, compiled report.":
        "En dialogomgång med de lokala arenorna: formulär, svar, sammanställning.",
    "A form per arena of ROUND (default: every recipient) into OUT/ROUND/dialog/.":
        "Ett formulär per arena i ROUND (standard: alla mottagare) till OUT/ROUND/dialog/.",
    "Read filled dialogue forms into RESPONSES/ROUND/<arena>.yaml (all or nothing).":
        "Läs in ifyllda dialogformulär till RESPONSES/ROUND/<arena>.yaml (allt eller inget).",
    "Replace answers already imported.": "Ersätt svar som redan har lästs in.",
    "All answers per question, attributed to the arena, into OUT/ROUND/dialog/.":
        "Alla svar per fråga, med arenan angiven, till OUT/ROUND/dialog/.",
    # diff
    "Tracked changes of NEW against OLD, any two .docx files.":
        "Ändringsmarkeringar i NEW mot OLD, för två valfria .docx-filer.",
    "Write OUT: NEW with tracked changes against OLD (any two .docx files).":
        "Skriv OUT: NEW med ändringsmarkeringar mot OLD (två valfria .docx-filer).",
    "The tracked-changes .docx to write.": "Filen med ändringsmarkeringar (.docx) som skrivs.",
    "Date of every revision (ISO). Default: NEW's last-modified date.":
        "Datum för varje ändringsmarkering (ISO). Standard: när NEW senast ändrades.",
    "Mark paragraphs moved unchanged as moves (w:moveFrom/w:moveTo) instead of delete + "
    "insert.":
        "Markera oförändrade flyttade stycken som flyttningar (w:moveFrom/w:moveTo) i stället "
        "för borttagning och infogning.",
    "Track changes in the contents page (TOC field result) too; by default it follows NEW "
    "without revisions.":
        "Markera ändringar även i innehållsförteckningen (TOC-fältets resultat); standard är att "
        "den följer NEW utan markeringar.",
}
