"""`assembler local form ARENA`: sources → the arena's Word form for its local text.

Per slot of the common text: the common text around it (locked, shaded), an instruction, and a
table with the way the text is placed (drop-down), the reason for an override, and the editable
text pre-filled with the arena's current addition; then the arena's local sections and a place
to propose a new one. The form records where it came from in custom document properties.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from lxml import etree

from ..compose import compose, editions
from ..errors import Diagnostics
from ..model import Addition, Document, LocalSection, Sources
from ..resolve import resolve
from ..swedish import long_date
from ..walk import plain
from . import formxml as fx
from .areas import AreaWriter
from .areas_plan import FORM_KIND, Area, areas_for, file_hashes, source_version
from .context import context_paragraphs, find_section, locked
from .package import finish, word_document

INSTRUCTIONS = (
    "Skriv arenans text i de vita rutorna. Den grå texten är den gemensamma texten; den visas "
    "för sammanhanget och kan inte ändras här.",
    "Välj i rutan Placering om texten läggs till efter eller före den gemensamma texten, "
    "ersätter den eller tar bort den. Ersätter eller tar ni bort gemensam text ska ni skriva "
    "skälet.",
    "Blå kodord som {{ arena.name }} (arenans namn) eller [](#arlig-uppfoljning) (en hänvisning "
    "till ett avsnitt) fylls i när planen byggs. Låt dem stå eller ta bort dem, men skriv inte "
    "i dem.",
    "Fetstil, kursiv, punktlistor, numrerade listor, tabeller, länkar och fotnoter förs över "
    "till planen. Bilder, textrutor och kommentarer gör det inte; godkänn eller avvisa spårade "
    "ändringar innan ni skickar tillbaka formuläret.",
    "Lämna en ruta tom om arenan inte har något att lägga till. Byt inte namn på rutorna.",
)


def _common_text(sources: Sources) -> Document:
    """The county-wide text without any arena's additions or local sections, resolved."""
    bare = replace(sources, additions=(), local_sections=())
    county = editions(sources)[0]
    return resolve(compose(bare, county), sources.config, sources.config.current_round,
                   Diagnostics())


def _slot_elements(area: Area, add: Addition | None, common: Document, writer: AreaWriter,
                   sid: int) -> list[etree._Element]:
    section_id, _, slot = area.target.partition("#")
    section = find_section(common.sections, section_id)
    number = common.numbers.get(section_id, "")
    title = plain(section.title) if section else section_id
    out = [fx.para(f"{number} {title} – {slot.replace('-', ' ')}".strip(), "FormArea")]
    if section is not None:
        out.append(locked(context_paragraphs(section, number, slot, writer.ordered_num),
                          f"context|{area.target}", sid))
    writer.footnotes = {k.rpartition("#")[2]: v for k, v in (add.footnotes if add else {}).items()}
    content = writer.content(add.blocks if add and add.mode != "remove" else ())
    mode = add.mode if add else "append"
    rows = [("Placering", fx.dropdown(f"mode|{area.target}", sid + 1, "Placering",
                                      fx.mode_items(), mode)),
            ("Skäl", fx.inline_field(f"reason|{area.target}", sid + 2, "Skäl",
                                     add.reason if add else "",
                                     fx.REASON_PLACEHOLDER)),
            ("Text", fx.text_area(area, sid + 3, content))]
    out.append(fx.area_table(area, writer.next_id(), rows))
    return out


def _local_elements(area: Area, ls: LocalSection, common: Document, writer: AreaWriter,
                    sid: int) -> list[etree._Element]:
    after = find_section(common.sections, ls.after)
    where = (f"{common.numbers.get(ls.after, '')} {plain(after.title)}".strip() if after
             else ls.after)
    out = [fx.para(f"Lokalt avsnitt: {plain(ls.section.title)}", "FormArea"),
           fx.para(f"Avsnittet står i arenans version efter avsnitt {where}.",
                   "FormInstruction")]
    writer.footnotes = {k.rpartition("#")[2]: v for k, v in ls.footnotes.items()}
    content = writer.content(ls.section.blocks, ls.section.children)
    rows = [("Rubrik", fx.inline_field(f"title|{area.tag}", sid, "Rubrik",
                                       plain(ls.section.title), fx.TITLE_PLACEHOLDER)),
            ("Placeras efter", fx.para(f"{where} ({ls.after})", "Normal")),
            ("Text", fx.text_area(area, sid + 1, content))]
    out.append(fx.area_table(area, writer.next_id(), rows))
    return out


def _new_elements(area: Area, common: Document, writer: AreaWriter,
                  sid: int) -> list[etree._Element]:
    items = [(s.id, f"{common.numbers.get(s.id, '')} {plain(s.title)}")
             for top in common.sections for s in top.walk() if s.explicit_id]
    out = [fx.para("Förslag på nytt lokalt avsnitt", "FormArea"),
           fx.para("Vill arenan beskriva något som inte får plats i rutorna ovan, skriv en "
                   "rubrik, välj vilket avsnitt det nya avsnittet ska stå efter och skriv "
                   "texten.", "FormInstruction")]
    rows = [("Rubrik", fx.inline_field("title|new", sid, "Rubrik", "", fx.TITLE_PLACEHOLDER)),
            ("Placeras efter", fx.dropdown("after|new", sid + 1, "Placeras efter", items,
                                           items[-1][0] if items else "")),
            ("Text", fx.text_area(area, sid + 2, []))]
    out.append(fx.area_table(area, writer.next_id(), rows))
    return out


def _body(sources: Sources, arena_id: str, areas: list[Area], writer: AreaWriter,
          version: str) -> list[etree._Element]:
    cfg = sources.config
    arena = cfg.arena(arena_id)
    common = _common_text(sources)
    ident = fx.inline_field(f"{FORM_KIND}|{cfg.plan.dnr}|{arena_id}", 1, "Formulär-ID",
                            f"{FORM_KIND}|{cfg.plan.dnr}|{arena_id}|{version}", "",
                            style="FormInstruction", label="Formulär-ID (ändra inte): ")
    out = [fx.para(f"Lokal text – {arena.name}", "Title"),
           fx.para(cfg.plan.title, "Subtitle"),
           fx.para(f"Formulär för arenans lokala tillägg och lokala avsnitt. Dnr {cfg.plan.dnr}."
                   , "FormInstruction"),
           ident, fx.para("Så fyller ni i formuläret", "FormArea")]
    out += [fx.para(text, "ListBullet") for text in INSTRUCTIONS]
    adds = {a.loc.path.rpartition("/")[2]: a for a in sources.additions if a.arena_id == arena_id}
    locals_ = {ls.loc.path.rpartition("/")[2]: ls for ls in sources.local_sections
               if ls.arena_id == arena_id}
    for area in areas:
        sid = 100 + 10 * area.index
        if area.kind == "slot":
            out += _slot_elements(area, adds.get(area.file), common, writer, sid)
        elif area.kind == "local":
            out += _local_elements(area, locals_[area.file], common, writer, sid)
        else:
            out += _new_elements(area, common, writer, sid)
    return out


def local_form(sources: Sources, arena_id: str, template: Path, sources_dir: Path) -> bytes:
    """The form of one arena as .docx bytes; the same sources give the same bytes."""
    cfg = sources.config
    arena = cfg.arena(arena_id)
    hashes = file_hashes(sources_dir / "local" / arena_id)
    version = source_version(hashes)
    document, writer = word_document(cfg, template, f"Formulär för lokal text – {arena.name}",
                                     arena)
    areas = areas_for(sources, arena_id)
    elements = _body(sources, arena_id, areas, writer, version)
    rnd = next((r for r in cfg.rounds if r.id == cfg.current_round), None)
    day = rnd.date if rnd else cfg.plan.date
    values = [("form", FORM_KIND), ("plan", cfg.plan.dnr), ("arena", arena_id),
              ("version", version)]
    values += [(f"file.{i}", f"{name} {h}") for i, (name, h) in enumerate(hashes.items(), 1)]
    values += [(f"area.{a.index}", a.property()) for a in areas]
    return finish(document, writer, elements, cfg, f"Lokal text – {arena.name}", day,
                  f"{FORM_KIND}; {arena_id}; {long_date(day)}", values)
