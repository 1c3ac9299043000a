"""Realistic OLD/NEW .docx pairs for the redline benchmark.

A plan of N words in the house template (numbered headings, body text, bullet lists, tables,
footnotes, bold runs) with Swedish vocabulary taken from sources/common, and a NEW version with
about 3 % of the words edited: word edits, inserted and deleted paragraphs, formatting changes
(bold made plain, heading level changed, list item made plain), table row inserts and cell
edits, and one moved paragraph. Seeded, so a size always gives the same pair.

    python3 bench/gen_pairs.py [--words 30000] [--out bench/.work]
"""

from __future__ import annotations

import argparse
import io
import random
import re
import zipfile
from dataclasses import dataclass, replace
from pathlib import Path
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parents[1]
TEMPLATE = ROOT / "assembler" / "templates" / "plan.docx"
WORDS_PER_PAGE = 215  # the house style: 11 pt text, tables and headings included


@dataclass(frozen=True)
class P:
    style: str
    runs: tuple[tuple[bool, str], ...]  # (bold, text); "^" in text is a footnote reference


@dataclass(frozen=True)
class Tbl:
    rows: tuple[tuple[str, ...], ...]


def vocabulary() -> list[str]:
    text = " ".join(p.read_text(encoding="utf-8") for p in sorted((ROOT / "sources").rglob("*.md")))
    words = re.findall(r"[A-Za-zÅÄÖåäöÉé]{2,}", text)
    return words or ["vård", "och", "omsorg"]


def sentence(rng: random.Random, vocab: list[str], n: int) -> str:
    words = [rng.choice(vocab) for _ in range(n)]
    words[0] = words[0].capitalize()
    return " ".join(words) + "."


def body_para(rng: random.Random, vocab: list[str]) -> P:
    text = " ".join(sentence(rng, vocab, rng.randint(8, 18)) for _ in range(rng.randint(2, 5)))
    if rng.random() < 0.15:
        text += "^"
    if rng.random() < 0.2:
        cut = text.index(" ", len(text) // 3)
        bold_end = text.index(" ", cut + 1)
        return P("Normal", ((False, text[:cut + 1]), (True, text[cut + 1:bold_end]),
                            (False, text[bold_end:])))
    return P("Normal", ((False, text),))


def plan(words: int, seed: int = 1) -> list[P | Tbl]:
    rng, vocab = random.Random(seed), vocabulary()
    out: list[P | Tbl] = [P("Title", ((False, "Gemensam plan för hälso- och sjukvård"),))]
    count = 0
    while count < words:
        start = len(out)
        level = rng.choice(["Heading1", "Heading2", "Heading2", "Heading3"])
        out.append(P(level, ((False, sentence(rng, vocab, rng.randint(2, 5))[:-1]),)))
        for _ in range(rng.randint(2, 6)):
            roll = rng.random()
            if roll < 0.12:
                cols = rng.randint(2, 4)
                rows = tuple(tuple(sentence(rng, vocab, rng.randint(1, 6))[:-1]
                                   for _ in range(cols)) for _ in range(rng.randint(3, 9)))
                out.append(Tbl(rows))
            elif roll < 0.25:
                out += [P("ListBullet", ((False, sentence(rng, vocab, rng.randint(4, 12))),))
                        for _ in range(rng.randint(2, 5))]
            else:
                out.append(body_para(rng, vocab))
        count += sum(_words(b) for b in out[start:])
    out.append(P("Normal", ((False, "Planen har fastställts av samtliga huvudmän."),)))
    return out


def _words(block: P | Tbl) -> int:
    if isinstance(block, P):
        return sum(len(t.split()) for _, t in block.runs)
    return sum(len(c.split()) for row in block.rows for c in row)


def edit(blocks: list[P | Tbl], rate: float = 0.03, seed: int = 2) -> list[P | Tbl]:
    """NEW: about `rate` of the words edited, in every kind of change a reviewer makes."""
    rng, vocab = random.Random(seed), vocabulary()
    new = list(blocks)
    total = sum(_words(b) for b in new)
    scale = max(1, total // 30000)
    body = [i for i, b in enumerate(new) if isinstance(b, P) and b.style == "Normal"]
    budget = int(total * rate) - 260 * scale  # words left for word edits after the rest
    while budget > 0:
        i = rng.choice(body)
        p = new[i]
        assert isinstance(p, P)
        k = rng.randrange(len(p.runs))
        bold, text = p.runs[k]
        ws = text.split(" ")
        at, n = rng.randrange(len(ws)), rng.randint(1, 3)
        ws[at:at + rng.choice([0, 1, n])] = [rng.choice(vocab) for _ in range(rng.choice([0, n]))]
        runs = list(p.runs)
        runs[k] = (bold, " ".join(ws))
        new[i] = replace(p, runs=tuple(runs))
        budget -= n
    for _ in range(4 * scale):  # formatting: bold made plain, or a word made bold
        i = rng.choice(body)
        p = new[i]
        assert isinstance(p, P)
        new[i] = replace(p, runs=tuple((not b if len(p.runs) > 1 else b, t) for b, t in p.runs))
    heads = [i for i, b in enumerate(new) if isinstance(b, P) and b.style.startswith("Heading")]
    for i in rng.sample(heads, 3 * scale):
        p = new[i]
        assert isinstance(p, P)
        new[i] = replace(p, style="Heading2" if p.style != "Heading2" else "Heading3")
    bullets = [i for i, b in enumerate(new) if isinstance(b, P) and b.style == "ListBullet"]
    for i in rng.sample(bullets, 2 * scale):
        new[i] = replace(new[i], style="Normal")  # type: ignore[arg-type]
    tables = [i for i, b in enumerate(new) if isinstance(b, Tbl)]
    for i in rng.sample(tables, 4 * scale):
        t = new[i]
        assert isinstance(t, Tbl)
        rows = [list(r) for r in t.rows]
        r = rng.randrange(1, len(rows))
        if rng.random() < 0.5:
            rows.insert(r, [sentence(rng, vocab, 3)[:-1] for _ in rows[0]])
        else:
            c = rng.randrange(len(rows[r]))
            rows[r][c] = rows[r][c] + " " + rng.choice(vocab)
        new[i] = Tbl(tuple(tuple(row) for row in rows))
    _paragraph_moves(new, rng, vocab, scale, blocks)
    return new


def _paragraph_moves(new: list[P | Tbl], rng: random.Random, vocab: list[str], scale: int,
                     original: list[P | Tbl]) -> None:
    """Inserted and deleted paragraphs, and one moved paragraph (moved unchanged)."""
    for _ in range(3 * scale):
        new.insert(rng.randrange(2, len(new) - 1), body_para(rng, vocab))
    for _ in range(3 * scale):
        body = [i for i, b in enumerate(new[:-1]) if isinstance(b, P) and b.style == "Normal"
                and "^" not in b.runs[-1][1]]
        del new[rng.choice(body)]
    untouched = set(original)
    body = [i for i, b in enumerate(new[:-1]) if isinstance(b, P) and b.style == "Normal"
            and b in untouched and len(_words_text(b)) > 20]
    moved = new.pop(rng.choice(body))
    new.insert(rng.randrange(2, len(new) - 1), moved)


def _words_text(p: P) -> list[str]:
    return " ".join(t for _, t in p.runs).split()


def _run(bold: bool, text: str, notes: list[str]) -> str:
    rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
    out = []
    for k, part in enumerate(text.split("^")):
        if k:
            notes.append(f"Se {part[:20].strip() or 'bilaga'} och Hälso- och sjukvårdslagen.")
            out.append('<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr>'
                       f'<w:footnoteReference w:id="{len(notes)}"/></w:r>')
        if part:
            out.append(f'<w:r>{rpr}<w:t xml:space="preserve">{escape(part)}</w:t></w:r>')
    return "".join(out)


def _xml(block: P | Tbl, notes: list[str]) -> str:
    if isinstance(block, P):
        runs = "".join(_run(b, t, notes) for b, t in block.runs)
        num = '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="3"/></w:numPr>' if (
            block.style == "ListBullet") else ""
        return f'<w:p><w:pPr><w:pStyle w:val="{block.style}"/>{num}</w:pPr>{runs}</w:p>'
    width = 9000 // len(block.rows[0])
    grid = "".join(f'<w:gridCol w:w="{width}"/>' for _ in block.rows[0])
    rows = "".join("<w:tr>" + "".join(
        f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/></w:tcPr><w:p><w:pPr>'
        f'<w:pStyle w:val="TableText"/></w:pPr>{_run(n == 0, c, notes)}</w:p></w:tc>'
        for c in row) + "</w:tr>" for n, row in enumerate(block.rows))
    return (f'<w:tbl><w:tblPr><w:tblStyle w:val="PlanTable"/><w:tblW w:w="0" w:type="auto"/>'
            f"</w:tblPr><w:tblGrid>{grid}</w:tblGrid>{rows}</w:tbl>")


def docx(blocks: list[P | Tbl]) -> bytes:
    """The .docx of a plan, in the house template (styles, numbering, header, footer)."""
    src = zipfile.ZipFile(TEMPLATE)
    template = src.read("word/document.xml").decode()
    head = template[:template.index("<w:body>") + len("<w:body>")]
    sect = template[template.index("<w:sectPr>"):]
    notes: list[str] = []
    body = "".join(_xml(b, notes) for b in blocks)
    fn = src.read("word/footnotes.xml").decode()
    fn = fn.replace("</w:footnotes>", "".join(
        f'<w:footnote w:id="{n}"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr><w:r>'
        f'<w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteRef/></w:r><w:r>'
        f'<w:t xml:space="preserve"> {escape(t)}</w:t></w:r></w:p></w:footnote>'
        for n, t in enumerate(notes, 1)) + "</w:footnotes>")
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info)
            if info.filename == "word/document.xml":
                data = (head + body + sect).encode()
            elif info.filename == "word/footnotes.xml":
                data = fn.encode()
            dst.writestr(info, data)
    return out.getvalue()


def make_pair(words: int, out: Path) -> tuple[Path, Path]:
    """Write OUT/plan-<words>-old.docx and -new.docx; return their paths."""
    old_blocks = plan(words)
    out.mkdir(parents=True, exist_ok=True)
    old, new = out / f"plan-{words}-old.docx", out / f"plan-{words}-new.docx"
    old.write_bytes(docx(old_blocks))
    new.write_bytes(docx(edit(old_blocks)))
    return old, new


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--words", type=int, default=30000)
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / ".work")
    args = parser.parse_args()
    old, new = make_pair(args.words, args.out)
    print(f"wrote {old} and {new} (~{args.words // WORDS_PER_PAGE} pages)")


if __name__ == "__main__":
    main()
