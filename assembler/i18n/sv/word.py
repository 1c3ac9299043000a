"""Swedish texts of the diagnostics about Word files: reading .docx packages, local-text forms,
dialogue forms, absorbing edited editions, `diff` and the templates (see
assembler/i18n/sv/__init__.py)."""

from __future__ import annotations

from collections.abc import Callable

SV: dict[str, str | Callable[..., str]] = {
    # reading a .docx package
    "give a .docx file saved by Word, LibreOffice or this tool":
        "ange en .docx-fil som har sparats av Word, LibreOffice eller det här verktyget",
    "this is not an ordinary Word file (a compressed bomb?); it is refused for safety":
        "det här är ingen vanlig Wordfil (en komprimeringsbomb?); den avvisas av säkerhetsskäl",
    "this is not an ordinary Word file; it is refused for safety":
        "det här är ingen vanlig Wordfil; den avvisas av säkerhetsskäl",
    "the file": "filen",
    "not a Word .docx file: a zip file, but not a Word document (no main document part)":
        "ingen Word-fil (.docx): en zip-fil, men inget Worddokument (huvuddokumentet saknas)",
    "there is no word/document.xml in the package": "paketet innehåller ingen word/document.xml",
    "not a Word .docx file: part {part}": "ingen Word-fil (.docx): delen {part}",
    "{what} is not well-formed XML ({exc})": "{what} är inte korrekt XML ({exc})",
    "{what} declares a DTD (entities), which OOXML never does":
        "{what} deklarerar en DTD (entiteter), vilket OOXML aldrig gör",
    "not a Word .docx file: not a zip file ({exc})":
        "ingen Word-fil (.docx): inte en zip-fil ({exc})",
    "the package has {infos} members, more than {members}":
        "paketet har {infos} delar, fler än {members}",
    "member name {name!r} points outside the package":
        "delnamnet {name!r} pekar utanför paketet",
    "member {name!r} occurs twice in the package": "delen {name!r} finns två gånger i paketet",
    "the package inflates to {declared}, more than the limit of {total}":
        "paketet blir {declared} uppackat, mer än gränsen {total}",
    "member {name} inflates to {size}, more than the limit of {member}":
        "delen {name} blir {size} uppackad, mer än gränsen {member}",
    "member {name} inflates {times} times its compressed size, more than the limit of {ratio}":
        "delen {name} blir {times} gånger större uppackad, mer än gränsen {ratio}",
    "member {filename} inflates to more than {cap}":
        "delen {filename} blir större än {cap} uppackad",
    "member {filename} cannot be read ({exc})": "delen {filename} går inte att läsa ({exc})",
    # what Word content cannot become plan text
    "{change} still tracked (accept or reject it)":
        "{change} är fortfarande en spårad ändring (godkänn eller avvisa den)",
    "an insertion": "en infogning",
    "a deletion": "en borttagning",
    "a move": "en flyttning",
    "a comment (delete it or write its point in the text)":
        "en kommentar (ta bort den eller skriv in det den säger i texten)",
    "an equation": "en ekvation",
    "a formatting change still tracked (accept or reject it)":
        "en formatändring är fortfarande spårad (godkänn eller avvisa den)",
    "an endnote (use a footnote instead)": "en slutkommentar (använd en fotnot i stället)",
    "a text box (move its text into the area)": "en textruta (flytta dess text in i fältet)",
    "an image ({alt!r}); images cannot be part of the plan text":
        "en bild ({alt!r}); bilder kan inte ingå i plantexten",
    "an image without alt text; images cannot be part of the plan text":
        "en bild utan alternativtext; bilder kan inte ingå i plantexten",
    "a paragraph mark still tracked (accept or reject)":
        "ett styckeslut är fortfarande spårat (godkänn eller avvisa)",
    "a paragraph change still tracked (accept or reject)":
        "en styckeändring är fortfarande spårad (godkänn eller avvisa)",
    "a table inside a table cell": "en tabell i en tabellcell",
    "a heading ({heading!r}); headings belong in a local section":
        "en rubrik ({heading!r}); rubriker hör hemma i ett lokalt avsnitt",
    # local-text forms
    "arenas: {ids} (or --all)": "arenor: {ids} (eller --all)",
    "unknown arena {unknown!r}": "okänd arena {unknown!r}",
    "no arena given": "ingen arena angiven",
    "the arena's sources changed since the form was made: {changes}":
        "arenans källtexter har ändrats sedan formuläret gjordes: {changes}",
    "the diffs above show what importing would overwrite; rerun with --force to import anyway, "
    "or make a new form":
        "skillnaderna ovan visar vad inläsningen skulle skriva över; kör igen med --force för "
        "att ändå läsa in, eller gör ett nytt formulär",
    "not a local-text form: it has no form identity":
        "inget formulär för lokal text: det saknar formulärets identitet",
    "import the lokal-text-<arena>.docx written by 'assembler local form'":
        "läs in den lokal-text-<arena>.docx som 'assembler local form' skrev",
    "the document holds parts of two forms: {forms}":
        "dokumentet innehåller delar av två formulär: {forms}",
    "and": "och",
    "copy the text into the form of one arena": "kopiera in texten i en arenas formulär",
    "area {index} is tagged {tag!r} but was made for {tag2!r}":
        "fält {index} är märkt {tag!r} men gjordes för {tag2!r}",
    "area {index} ({tag}) is missing from the form (its table or content control was removed)":
        "fält {index} ({tag}) saknas i formuläret (dess tabell eller innehållskontroll har "
        "tagits bort)",
    "use the form as it was sent out; leave an area empty instead":
        "använd formuläret som det skickades ut; lämna hellre ett fält tomt",
    "an area is tagged {value!r}, which this form never had (renamed?)":
        "ett fält är märkt {value!r}, som formuläret aldrig har haft (omdöpt?)",
    "the new section is placed after {value!r}, which is no section of the plan":
        "det nya avsnittet placeras efter {value!r}, som inte är något avsnitt i planen",
    "choose the section in the drop-down": "välj avsnittet i listrutan",
    "area {index} ({target}): unknown placement {text!r}":
        "fält {index} ({target}): okänd placering {text!r}",
    "area {index} ({target}): the text {lower} but gives no reason":
        "fält {index} ({target}): texten {lower} men anger inget skäl",
    "write why the common text does not apply locally in the field Skäl":
        "skriv i fältet Skäl varför den gemensamma texten inte gäller lokalt",
    "area {index}: a local section needs a title":
        "fält {index}: ett lokalt avsnitt behöver en rubrik",
    "write the section's title in the field Rubrik": "skriv avsnittets rubrik i fältet Rubrik",
    "area {index}: {path} already exists": "fält {index}: {path} finns redan",
    "give the new section another title": "ge det nya avsnittet en annan rubrik",
    "the form belongs to another plan (dnr {plan}, this plan is {dnr})":
        "formuläret hör till en annan plan (dnr {plan}, den här planen har {dnr})",
    "import it into the plan it was made for": "läs in det i den plan det gjordes för",
    "the form is for arena {arena!r}, which this plan does not have":
        "formuläret är för arenan {arena!r}, som inte finns i den här planen",
    "area {index} ({tag}): {problem}": "fält {index} ({tag}): {problem}",
    "the plan text cannot hold it; change it in the form":
        "plantexten kan inte innehålla det; ändra det i formuläret",
    "area {index} ({tag}): its text cannot be written as Markdown that reads back the same":
        "fält {index} ({tag}): texten kan inte skrivas som Markdown som läses tillbaka likadant",
    "simplify the formatting there (e.g. bold across punctuation)":
        "förenkla formateringen där (t.ex. fetstil över skiljetecken)",
    "a plan returned with comments does not say {value}":
        "en plan som kommit tillbaka med kommentarer anger inte {value}",
    "give --round ROUND and --principal ID on the command line":
        "ange --round OMGÅNG och --principal ID på kommandoraden",
    # dialogue rounds
    "a dialogue round file": "en fil för en dialogomgång",
    "a question": "en fråga",
    "a dialogue answer file": "en svarsfil från en dialogomgång",
    "a dialogue round needs questions": "en dialogomgång behöver frågor",
    "add 'questions:' with id, title and text": "lägg till 'questions:' med id, title och text",
    "unknown dialogue round {round_id!r}": "okänd dialogomgång {round_id!r}",
    "a dialogue round is sources/rounds/<round>.yaml with 'kind: dialogue'":
        "en dialogomgång är sources/rounds/<omgång>.yaml med 'kind: dialogue'",
    "file for round {round_id!r} says round {value!r}":
        "filen för omgången {round_id!r} anger omgången {value!r}",
    "the deadline is before 'sent'": "sista svarsdag ligger före 'sent'",
    "question id {qid!r} must be lowercase a-z, 0-9 and '-'":
        "frågans id {qid!r} får bara innehålla gemena a–z, 0–9 och '-'",
    "duplicate question {qid!r}": "frågan {qid!r} finns två gånger",
    "not a dialogue form": "inget dialogformulär",
    "import the dialog-<arena>.docx sent with the dialogue round":
        "läs in den dialog-<arena>.docx som skickades med dialogomgången",
    "the answer box of question {qid!r} is missing": "svarsrutan för frågan {qid!r} saknas",
    "use the form as it was sent out": "använd formuläret som det skickades ut",
    "the form asks question {qid!r}, which the round no longer has":
        "formuläret ställer frågan {qid!r}, som omgången inte längre har",
    "the questions changed since the forms went out":
        "frågorna har ändrats sedan formulären skickades ut",
    "save the form as a Word document (.docx) and import that":
        "spara formuläret som Worddokument (.docx) och läs in det",
    "another plan (dnr {dnr})": "en annan plan (dnr {dnr})",
    "round {round!r}, not {expected!r}": "omgången {round!r}, inte {expected!r}",
    "arena {arena!r}, which this round was not sent to":
        "arenan {arena!r}, som omgången inte skickades till",
    "the form is from {what}": "formuläret är från {what}",
    "import the forms of this round": "läs in den här omgångens formulär",
    "answer {n}: {problem}": "svar {n}: {problem}",
    "the report cannot hold it; change it in the form":
        "sammanställningen kan inte innehålla det; ändra det i formuläret",
    "answers from {arena!r} are already in {target}": "svar från {arena!r} finns redan i {target}",
    "rerun with --force to replace them": "kör igen med --force för att ersätta dem",
    "{unknown!r} is not a recipient of {id}": "{unknown!r} är inte mottagare av {id}",
    "answers from {arena!r}, to whom the round was not sent":
        "svar från {arena!r}, som omgången inte skickades till",
    "answer to unknown question {qid!r}": "svar på en okänd fråga {qid!r}",
    "questions: {ids}": "frågor: {ids}",
    # absorbing an edited edition
    "not a readable Word document: {exc}": "inget läsbart Worddokument: {exc}",
    "not an edition built by plan-assembler (it carries no origin markers)":
        "ingen version som plan-assembler har byggt (den saknar ursprungsmarkeringar)",
    "absorb takes a clean edition (plan-<id>.docx) written by assembler build":
        "absorb tar en ren version (plan-<id>.docx) som assembler build har skrivit",
    "the edition belongs to another plan (dnr {value}, this plan is {dnr})":
        "versionen hör till en annan plan (dnr {value}, den här planen har {dnr})",
    "absorb it into the plan it was built from": "för in den i den plan den byggdes från",
    "the cover or contents page": "försättsbladet eller innehållsförteckningen",
    "a heading": "en rubrik",
    "a generated label": "en skapad etikett",
    "{what} was edited: {after!r}": "{what} har redigerats: {after!r}",
    "text typed where no source block follows: {units!r}":
        "text skriven där inget källtextblock följer: {units!r}",
    "{what}, not applied": "{what}, inte infört",
    "deleted": "borttaget",
    "changed": "ändrat",
    "footnote changed": "fotnoten ändrad",
    " ({arena}'s text)": " (text från {arena})",
    "block {what}, not applied: {exc}": "block {what}, inte infört: {exc}",
    "block {what}": "block {what}",
    "the edits would make the sources invalid: {problems}":
        "ändringarna skulle göra källtexterna ogiltiga: {problems}",
    "change the edited text, or edit the sources by hand":
        "ändra den redigerade texten, eller ändra källtexterna för hand",
    "the changed sources would not build to the edited text: {diff}":
        "de ändrade källtexterna skulle inte ge den redigerade texten: {diff}",
    "edit the sources by hand": "ändra källtexterna för hand",
    "the sources changed since the edition was built":
        "källtexterna har ändrats sedan versionen byggdes",
    "the diffs above show what absorbing would write; rerun with --force to absorb anyway, or "
    "build the edition again and redo the edits there":
        "skillnaderna ovan visar vad absorb skulle skriva; kör igen med --force för att ändå "
        "föra in ändringarna, eller bygg versionen på nytt och gör om ändringarna där",
    "heading renamed to {new!r}": "rubriken har ändrats till {new!r}",
    "a heading was deleted; delete the section in the sources":
        "en rubrik har tagits bort; ta bort avsnittet i källtexterna",
    "a heading's number was edited (numbers are generated)":
        "en rubriks nummer har redigerats (numren skapas automatiskt)",
    "a heading was edited: {new!r} (edit it in the source)":
        "en rubrik har redigerats: {new!r} (ändra den i källtexten)",
    "the source block does not read back as the edition shows it":
        "källtextblocket läses inte tillbaka så som versionen visar det",
    "the text of a variable ({rendered!r}) was changed; change its value where it is defined":
        "texten i en variabel ({rendered!r}) har ändrats; ändra dess värde där den definieras",
    "a footnote was added; add it in the source":
        "en fotnot har lagts till; lägg till den i källtexten",
    "footnote {label!r} is not defined in the block's file":
        "fotnoten {label!r} är inte definierad i blockets fil",
    "footnote {label!r} was emptied; delete its reference instead":
        "fotnoten {label!r} har tömts; ta i stället bort hänvisningen till den",
    # diff
    "use an ISO date, e.g. 2024-05-31 or 2024-05-31T12:00:00Z":
        "använd ett ISO-datum, t.ex. 2024-05-31 eller 2024-05-31T12:00:00Z",
    "cannot read the file: {value}": "filen går inte att läsa: {value}",
    "give the path of an existing .docx file": "ange sökvägen till en befintlig .docx-fil",
    "cannot write the file: {value}": "filen går inte att skriva: {value}",
    "check that the folder exists and is writable":
        "kontrollera att mappen finns och att det går att skriva i den",
    # templates
    "templates folder not found": "mallmappen finns inte",
    "--templates names a folder holding any of {names}":
        "--templates anger en mapp med någon av {names}",
    "template not found": "mallen finns inte",
    "give an existing .docx, or leave the option out to use the packaged template":
        "ange en befintlig .docx, eller utelämna flaggan för att använda den medföljande mallen",
    "the template lacks the fields {fields}": "mallen saknar fälten {fields}",
    "keep them as in the packaged {name}": "behåll dem som i den medföljande {name}",
    "the template lacks styles: {styles}": "mallen saknar formatmallar: {styles}",
    "start from the packaged {name} and keep its style names":
        "utgå från den medföljande {name} och behåll dess namn på formatmallar",
    "cannot read the template: {exc}": "mallen går inte att läsa: {exc}",
    "start from the packaged {NAMES}": "utgå från den medföljande {NAMES}",
    "fix the {{ … }} or {% … %} field": "rätta fältet {{ … }} eller {% … %}",
    "the template uses fields the packaged one does not: {fields}":
        "mallen använder fält som den medföljande inte har: {fields}",
    "the tool may not fill them; the build then fails":
        "verktyget kanske inte fyller i dem; då misslyckas bygget",
    "the template has no paragraph holding only {{{{ {name} }}}}":
        "mallen har inget stycke som bara innehåller {{{{ {name} }}}}",
    "add a paragraph with just '{{{{ {name} }}}}' where the {name} should go":
        "lägg till ett stycke med bara '{{{{ {name} }}}}' där {name} ska stå",
    "start from the packaged plan.docx and keep its style names":
        "utgå från den medföljande plan.docx och behåll dess namn på formatmallar",
    "give an existing house template, or leave --template out":
        "ange en befintlig dokumentmall, eller utelämna --template",
    "the template has no footnotes part": "mallen har ingen del för fotnoter",
    "start from the packaged plan.docx": "utgå från den medföljande plan.docx",
    "templates folder {name!r} is named by no principal: its templates are never used":
        "mallmappen {name!r} har inte namnet på någon huvudman: dess mallar används aldrig",
    "name it by a principal's id: {ids}": "byt namn på den till en huvudmans id: {ids}",
}
