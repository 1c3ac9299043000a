"""Generate realistic synthetic plan sources at scale (docs/source-format.md), deterministically.

Besides the sources it produces the same content as one plain Markdown file (common text with every
arena's additions in its slots, variables and cross-references written out), which is what pandoc
converts in the benchmark.

    python3 bench/gen_sources.py --sections 24 --arenas 9 --words 24000 --seed 1 --out DIR
"""

from __future__ import annotations

import argparse
import re
from dataclasses import dataclass, field
from pathlib import Path

import vocab as v
from prose import Writer, count_words

VAR_RE = re.compile(r"\{\{\s*([^{}]*?)\s*\}\}")
XREF_RE = re.compile(r"\[\]\(#([a-z0-9-]+)\)")


def join_names(names: list[str]) -> str:
    """A, B och C (as the tool prints {{ arena.principals }})."""
    return ", ".join(names[:-1]) + " och " + names[-1] if len(names) > 1 else "".join(names)


def slug(text: str) -> str:
    text = text.lower().translate(str.maketrans("åäöé", "aaoe"))
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")


@dataclass
class Slot:
    """A slot in a common sub-section; additions are attached while generating local text."""

    owner: str
    name: str
    common: str
    additions: list[tuple[int, int, str, str]] = field(default_factory=list)  # arena, n, lead, md


@dataclass
class Unit:
    """A common sub-section or chapter intro: Markdown pieces, at most one slot, local sections."""

    sid: str
    pieces: list[str | Slot]
    local_sections: list[tuple[int, int, str]] = field(default_factory=list)  # arena, n, md


@dataclass
class Generated:
    files: dict[str, str]
    markdown: str
    common_words: int
    local_words: int


def make_chapter(w: Writer, index: int, budget: int) -> tuple[str, str, list[Unit]]:
    """One common chapter: (id, title, units), the first unit being the chapter intro."""
    base = v.CHAPTERS[index % len(v.CHAPTERS)]
    title = base if index < len(v.CHAPTERS) else f"{base} – del {index // len(v.CHAPTERS) + 1}"
    cid = slug(title)
    w.titles[cid] = title
    intro, notes = w.paragraph(3, 5, ("Planen gäller från {{ plan.valid_from }}.",
                                      "Texten är en {{ round.name }} för {{ edition.name }}."))
    units = [Unit(cid, [intro + "\n", notes])]
    words = count_words(intro)
    topics = w.rng.sample(v.SUBTOPICS, len(v.SUBTOPICS))
    while words < budget - 100:  # a sub-section is ~200 words: land near the budget on average
        topic = topics.pop() if topics else f"{w.pick(v.SUBTOPICS)} {len(units)}"
        units.append(make_subsection(w, cid, topic))
        words += count_words(render_unit(units[-1], False))
    return cid, title, units


def make_subsection(w: Writer, cid: str, title: str) -> Unit:
    """A `##` sub-section: prose, maybe a list or table, a `###`, a slot; footnotes last."""
    sid = f"{cid}-{slug(title)}"
    extras: tuple[str, ...] = ()
    if w.rng.random() < 0.3:
        extras += ("I {{ plan.county }} gäller {{ vars.hsl }}.",)
    if w.rng.random() < 0.6:
        extras += (w.xref(),)
    w.titles[sid] = title
    pieces: list[str | Slot] = [f"## {title} {{#{sid}}}\n"]
    foot = ""
    for i in range(w.rng.randint(1, 2)):
        para, notes = w.paragraph(2, 6, extras if i == 0 else ())
        pieces.append(para + "\n")
        foot += notes
    roll = w.rng.random()
    if roll < 0.45:
        pieces.append(w.bullets(ordered=roll < 0.12))
    elif roll < 0.75:
        pieces.append(w.table())
    if w.rng.random() < 0.25:
        para, notes = w.paragraph(2, 4)
        pieces += [f"### {w.pick(v.SUBTOPICS)}\n", para + "\n"]
        foot += notes
    if w.rng.random() < 0.5:
        common = ""
        if w.rng.random() < 0.4:
            para, notes = w.paragraph(2, 3)
            common, foot = para + "\n", foot + notes
        pieces.append(Slot(sid, w.pick(v.SLOT_NAMES), common))
    return Unit(sid, pieces + [foot])


def render_unit(unit: Unit, source: bool) -> str:
    out: list[str] = []
    for piece in unit.pieces:
        if isinstance(piece, str):
            out.append(piece)
        elif source:
            out.append(f"::: slot {piece.name}\n{piece.common}:::\n")
        else:
            out.append(piece.common)
            out += [f"*{lead}*\n\n{body}" for _, _, lead, body in sorted(piece.additions)]
    if not source:
        out += [md for _, _, md in sorted(unit.local_sections)]
    return "\n".join(p for p in out if p)


def plain(markdown: str, values: dict[str, str], titles: dict[str, str]) -> str:
    """Our syntax → plain Markdown: variables written out, `[](#id)` given its text."""
    text = VAR_RE.sub(lambda m: values[m.group(1)], markdown)
    return XREF_RE.sub(lambda m: f"[avsnitt {titles[m.group(1)]}](#{m.group(1)})", text)


def plan_yaml(arenas: list[tuple[str, str, list[str]]], towns: list[str],
              strategy_sections: list[str]) -> str:
    lines = [v.PLAN_HEAD.rstrip()]
    for town in towns:
        lines += [f"  - id: {slug(town)}", f"    name: {town} kommun", "    kind: kommun",
                  "    decision_body: Kommunstyrelsen"]
    lines.append("arenas:")
    for aid, name, members in arenas:
        lines += [f"  - id: {aid}", f"    name: {name}", f"    principals: [{', '.join(members)}]"]
    lines.append("strategies:")
    for name, section in zip(v.STRATEGIES, strategy_sections, strict=False):
        lines += [f"  - id: {slug(name)}", f"    name: {name}", f"    section: {section}"]
    return "\n".join(lines) + "\n"


def make_arenas(n: int) -> tuple[list[tuple[str, str, list[str]]], list[str]]:
    """One local arena per municipality plus, from two arenas up, a county-wide Barnarenan."""
    places = len(v.PLACES)
    towns = [v.PLACES[i % places] + (str(i // places + 1) if i >= places else "")
             for i in range(max(n - 1, 1))]
    arenas = [(slug(t), f"Lokal samverkansarena {t}", ["region", slug(t)]) for t in towns[:n]]
    if n >= 2:
        arenas.append(("barnarenan", "Barnarenan", ["region"] + [slug(t) for t in towns]))
    return arenas, towns


def add_local(w: Writer, units: list[Unit], arenas: list[tuple[str, str, list[str]]],
              towns: list[str], budget: int, files: dict[str, str]) -> int:
    """Fill every empty slot once, then add text until `budget` words; returns local words."""
    slots = [p for u in units for p in u.pieces if isinstance(p, Slot)]
    if not slots or not arenas:
        return 0
    names = {aid: name for aid, name, _ in arenas}
    members = {aid: join_names([v.REGION] + [f"{t} kommun" for t in towns if slug(t) in m])
               for aid, _, m in arenas}
    queue = [s for s in slots if not s.common]
    subs = [u for u in units if str(u.pieces[0]).startswith("## ")]
    words, count, overridden = 0, 0, set()
    while queue or words < budget:
        a = count % len(arenas)
        aid = arenas[a][0]
        slot = queue.pop(0) if queue else w.pick(slots)
        count += 1
        mode = "append" if w.rng.random() < 0.85 else "prepend"
        key = (aid, slot.owner, slot.name)
        if slot.common and key not in overridden and w.rng.random() < 0.3:
            mode = "replace"
            overridden.add(key)
        extras = ("I {{ arena.name }} deltar {{ arena.principals }}.", w.xref())
        para, notes = w.paragraph(2, 5, extras)
        body = "\n".join(p for p in (para + "\n", w.bullets(False) if w.rng.random() < 0.3 else "",
                                     notes) if p)
        front = f"target: {slot.owner}#{slot.name}\nmode: {mode}\n"
        lead = f"Lokalt tillägg – {names[aid]}"
        if mode == "replace":
            reason = w.pick(v.REASONS)
            front += f"reason: >-\n  {reason}\n"
            lead = f"{names[aid]} ersätter den gemensamma texten. Skäl: {reason}"
        files[f"local/{aid}/{count:04d}-{slot.name}.md"] = f"---\n{front}---\n{body}"
        values = v.VALUES | {"arena.name": names[aid], "arena.principals": members[aid]}
        text = plain(body, values, w.titles)
        slot.additions.append((a, count, lead, text))
        words += count_words(text) + count_words(lead)
        if count % (2 * len(arenas)) == 0:
            words += add_local_section(w, subs, a, aid, files, values)
    return words


def add_local_section(w: Writer, subs: list[Unit], a: int, aid: str, files: dict[str, str],
                      values: dict[str, str]) -> int:
    """A whole local section with a `##` sub-heading and a table, after a common sub-section."""
    if not subs:
        return 0
    unit = subs[w.rng.randrange(len(subs))]
    title = f"{w.pick(v.SUBTOPICS)} i {values['arena.name']}"
    lid = f"{aid}-{len(files):04d}"
    para, notes = w.paragraph(3, 5, ("{{ arena.name }} ansvarar för texten.",))
    body = f"{para}\n\n## {w.pick(v.SUBTOPICS)}\n\n{w.table()}\n{notes}"
    front = f"id: {lid}\ntitle: {title}\nafter: {unit.sid}\n"
    files[f"local/{aid}/{lid}.md"] = f"---\n{front}---\n{body}"
    text = plain(body.replace("\n## ", "\n### "), values, w.titles)
    unit.local_sections.append((a, len(files), f"## {title} {{#{lid}}}\n\n{text}"))
    return count_words(text) + count_words(title)


def generate(sections: int, arenas: int, words: int, seed: int,
             local_share: float = 0.25) -> Generated:
    """Sources (relative path → text) and the equivalent plain Markdown for pandoc."""
    w = Writer(seed)
    chapters = [make_chapter(w, i, max(words // max(sections, 1), 50)) for i in range(sections)]
    units = [u for _, _, us in chapters for u in us]
    arena_list, towns = make_arenas(arenas)
    files: dict[str, str] = {}
    local_words = add_local(w, units, arena_list, towns, int(words * local_share), files)
    md: list[str] = []
    for i, (cid, title, us) in enumerate(chapters):
        body = "\n".join(render_unit(u, True) for u in us)
        files[f"common/{i + 1:03d}-{cid}.md"] = (
            f"---\nid: {cid}\ntitle: {title}\norder: {(i + 1) * 10}\n---\n{body}")
        md.append(f"# {title} {{#{cid}}}\n\n" + "\n".join(render_unit(u, False) for u in us))
    sub_ids = [u.sid for u in units if u.sid not in {c for c, _, _ in chapters}]
    files["plan.yaml"] = plan_yaml(arena_list, towns, sub_ids or [chapters[0][0]])
    markdown = plain("\n".join(md), v.VALUES, w.titles)
    return Generated(files, markdown, count_words(markdown) - local_words, local_words)


def write(gen: Generated, out: Path, markdown: Path | None = None) -> None:
    for rel, text in gen.files.items():
        path = out / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    if markdown is not None:
        markdown.write_text(gen.markdown, encoding="utf-8")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    ap.add_argument("--sections", type=int, default=24, help="common chapters")
    ap.add_argument("--arenas", type=int, default=9, help="samverkansarenor")
    ap.add_argument("--words", type=int, default=24000, help="target words of the common text")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--out", type=Path, required=True, help="sources folder to create")
    ap.add_argument("--markdown", type=Path, help="also write the plain Markdown here")
    args = ap.parse_args()
    gen = generate(args.sections, args.arenas, args.words, args.seed)
    write(gen, args.out, args.markdown)
    print(f"{len(gen.files)} files, {gen.common_words} common + {gen.local_words} local words")


if __name__ == "__main__":
    main()
