"""Word lists for the synthetic plan text (Swedish primary care vocabulary)."""

CHAPTERS = (
    "Inledning", "Syfte och mål", "Begrepp", "Primärvårdens uppdrag och ansvarsfördelning",
    "Organisation för samverkan", "Strategier och prioriterade aktiviteter",
    "Anhöriga och närstående", "Barn och unga", "Psykisk hälsa", "Äldres hälsa",
    "Digitalisering och e-hälsa", "Kompetensförsörjning", "Läkemedel och läkemedelsgenomgångar",
    "Rehabilitering och hjälpmedel", "Vård i livets slut", "Hälsofrämjande och förebyggande arbete",
    "Informationsöverföring och dokumentation", "Mobila arbetssätt", "Jämlik vård",
    "Uppföljning och utvärdering", "Styrande dokument", "Beslut och remissomgång",
)
SUBTOPICS = (
    "Nuläge", "Mål för planperioden", "Prioriterade aktiviteter", "Ansvar och roller",
    "Samverkan mellan huvudmännen", "Uppföljning", "Kunskapsunderlag", "Invånarnas perspektiv",
    "Risker och utmaningar", "Förutsättningar", "Arbetssätt", "Gemensamma rutiner",
    "Kompetens och utbildning", "Lokala förutsättningar", "Tidplan", "Indikatorer",
)
SUBJECTS = (
    "Huvudmännen", "Regionen", "Kommunerna", "Hälsocentralerna", "Hemsjukvården",
    "Den lokala samverkansarenan", "Medarbetarna", "Verksamhetscheferna", "Elevhälsan",
    "Socialtjänsten", "Primärvården", "Den specialiserade vården", "Arbetsgruppen",
    "Medicinskt ansvarig sjuksköterska", "Rehabiliteringspersonalen", "Fredagsgruppen",
)
VERBS = (
    "ansvarar för", "utvecklar", "följer upp", "samordnar", "planerar", "prioriterar",
    "säkerställer", "stärker", "beskriver", "genomför", "tydliggör", "förbättrar", "dokumenterar",
    "förankrar", "kartlägger", "utvärderar",
)
OBJECTS = (
    "en gemensam rutin för samordnad individuell plan", "informationsöverföringen vid utskrivning",
    "arbetet med fast vårdkontakt", "de mobila arbetssätten i glesbygden",
    "det hälsofrämjande arbetet för äldre", "tillgången till digitala vårdmöten",
    "kompetensförsörjningen inom primärvården", "läkemedelsgenomgångar i särskilt boende",
    "stödet till anhöriga och närstående", "uppföljningen av planens aktiviteter",
    "samverkan kring barn och unga", "den personcentrerade vården", "arbetet med fallprevention",
    "vården i livets slut", "introduktionen av nya medarbetare", "rehabiliteringen i hemmet",
    "kontinuiteten i läkarinsatserna", "tillgängligheten för personer med funktionsnedsättning",
    "egenvården med stöd av digitala verktyg", "samarbetet med civilsamhället",
)
ADVERBIALS = (
    "under planperioden", "i samverkan med civilsamhället", "utifrån invånarnas behov",
    "i hela länet", "på ett personcentrerat sätt", "tillsammans med den enskilde",
    "med stöd av gemensamma riktlinjer", "när behoven är sammansatta", "i varje kommun",
    "enligt samverkansavtalet", "med hänsyn till långa avstånd", "så tidigt som möjligt",
    "inom befintliga resurser", "i nära dialog med patient- och brukarorganisationer",
)
OPENERS = (
    "Därför", "Samtidigt", "Under 2024", "Enligt medborgardialogen", "På sikt", "I praktiken",
    "Vid behov", "Som ett första steg", "Utöver detta", "I glesbygden",
)
TABLES = (
    "Område|Regionen|Kommunerna", "Aktivitet|Ansvar|Tidplan", "Mål|Indikator",
    "Insats|Målgrupp|Ansvarig huvudman|Uppföljning", "Begrepp|Förklaring",
)
PLACES = (
    "Norrvik", "Åsmark", "Bergsjö", "Lillsund", "Storfors", "Västerby", "Ängsholm", "Fjällnäs",
    "Holmträsk", "Ödeborg", "Kvarnås", "Sjöhed",
)
REASONS = (
    "Den gemensamma texten utgår från fyra möten per år, men arenan träffas varje månad.",
    "Kommunen har en egen rutin som ersätter den gemensamma standardtexten.",
    "Den gemensamma texten förutsätter en hälsocentral på orten, vilket inte finns lokalt.",
    "Arenan följer upp planen halvårsvis, samordnat med verksamhetsuppföljningen.",
)

# The fixed parts of the generated plan.yaml and the values its variables print as.
SLOT_NAMES = ("lokala-aktiviteter", "lokal-organisation", "lokal-uppfoljning", "lokala-exempel")
STRATEGIES = ("Ökad delaktighet", "Ökad kontinuitet", "Ökad tillgänglighet",
              "Hälsofrämjande och förebyggande fokus", "Ökad samordning och samverkan")
COUNTY, REGION = "Exempellän", "Region Exempellän"
VALUES = {"plan.valid_from": "1 oktober 2025", "plan.county": COUNTY, "plan.region": REGION,
          "round.name": "Remissversion", "edition.name": COUNTY,
          "vars.remissperiod": "2 juni – 31 augusti 2025",
          "vars.hsl": "Hälso- och sjukvårdslagen (2017:30)"}
PLAN_HEAD = f"""\
plan:
  title: Gemensam plan för hälso- och sjukvård på primärvårdsnivå
  county: {COUNTY}
  region: {REGION}
  dnr: RS/0001/2025
  version: "1.0"
  valid_from: 2025-10-01
  date: 2025-05-30
  authors:
    - name: Anna Exempel
      title: Projektledare
rounds:
  - id: remiss-2025
    name: {VALUES["round.name"]}
    date: 2025-05-30
current_round: remiss-2025
variables:
  remissperiod: "{VALUES["vars.remissperiod"]}"
  hsl: "{VALUES["vars.hsl"]}"
principals:
  - id: region
    name: {REGION}
    kind: region
    decision_body: Regionstyrelsen
"""
