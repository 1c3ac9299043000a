"""Nothing is lost: every word of the sources' prose reaches the county-wide edition.

The expected words are read from the source files directly (front matter titles and reasons,
the Markdown bodies with their syntax stripped and variables resolved), independently of the
tool's Markdown layer; the actual words are read from the generated plan-lan.docx. Each word must
occur in the edition at least as often as in the sources (the edition adds generated text:
cover, labels, contents, numbers).
"""

from __future__ import annotations

import re
import zipfile
from collections import Counter
from pathlib import Path

from lxml import etree

from assembler.errors import Diagnostics
from assembler.load.sources import load
from assembler.resolve import arena_context, base_context
from assembler.swedish import value_text

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
WORD = re.compile(r"[^\W_]+")
VAR = re.compile(r"\{\{\s*([^{}]*?)\s*\}\}")
SYNTAX = [
    (re.compile(r"^---\n.*?\n---\n", re.S), ""),  # front matter (its texts are added apart)
    (re.compile(r"\{#[^}\s]*\}"), " "),  # heading ids
    (re.compile(r"^\s*:::.*$", re.M), " "),  # slot fences
    (re.compile(r"^\s*\[\^[^\]\s]+\]:", re.M), " "),  # footnote definitions
    (re.compile(r"\[\^[^\]\s]+\]"), " "),  # footnote references
    (re.compile(r"\]\([^)]*\)"), "]"),  # link targets
    (re.compile(r"^\s*\|?(\s*:?-+:?\s*\|)+\s*:?-*:?\s*$", re.M), " "),  # table rules
]
FRONT_TEXT = re.compile(r"^(title|reason):\s*(.+)$", re.M)


def words(text: str) -> Counter[str]:
    return Counter(WORD.findall(text))


def _value(name: str, ctx: dict[str, object], variables: dict[str, tuple[str, object]],
           depth: int = 0) -> str:
    if name.startswith("vars.") and name[5:] in variables and depth < 20:
        raw = variables[name[5:]][0]
        return VAR.sub(lambda m: _value(m.group(1), ctx, variables, depth + 1), raw)
    return value_text(ctx[name]) if name in ctx else ""  # unknown here: its words are skipped


def source_words(sources: Path, round_id: str | None = None) -> Counter[str]:
    loaded = load(sources, Diagnostics())
    assert loaded is not None
    cfg = loaded.config
    base = base_context(cfg, None, round_id or cfg.current_round)
    total: Counter[str] = Counter()
    for path in sorted(sources.rglob("*.md")):
        rel = path.relative_to(sources).parts
        ctx = dict(base)
        if rel[0] == "local" and len(rel) > 2 and any(a.id == rel[1] for a in cfg.arenas):
            ctx.update(arena_context(cfg, rel[1]))
        text = path.read_text(encoding="utf-8").replace("\r\n", "\n")
        front = re.match(r"^---\n(.*?)\n---\n", text, re.S)
        fields = dict(FRONT_TEXT.findall(front.group(1))) if front else {}
        mode = re.search(r"^mode:\s*(\w+)", front.group(1), re.M) if front else None
        if mode is None or mode.group(1) not in ("replace", "remove"):
            fields.pop("reason", None)  # only overrides print their reason (else: a warning)
        prose = " ".join(v.strip().strip("\"'") for v in fields.values())
        body = text
        for pattern, repl in SYNTAX:
            body = pattern.sub(repl, body)
        prose += "\n" + body
        total += words(VAR.sub(lambda m, c=ctx: _value(m.group(1), c, cfg.variables), prose))
    return total


def docx_words(path: Path) -> Counter[str]:
    total: Counter[str] = Counter()
    with zipfile.ZipFile(path) as zf:
        for name in zf.namelist():
            if re.fullmatch(r"word/(document|footnotes|header\d*|footer\d*)\.xml", name):
                root = etree.fromstring(zf.read(name))
                for p in root.iter(f"{W}p"):
                    total += words("".join(t.text or "" for t in p.iter(f"{W}t")))
    return total


def lost_words(sources: Path, county_docx: Path, round_id: str | None = None) -> dict[str, int]:
    """word → how many of its occurrences in the sources are missing from the edition."""
    have = docx_words(county_docx)
    return {w: n - have[w] for w, n in sorted(source_words(sources, round_id).items())
            if have[w] < n}
