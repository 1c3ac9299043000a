"""Which areas an arena's form has, and how a form names itself and the sources it came from.

Shared by the form writer and the importer, so both agree on tags, bookmarks and properties:
area n has the bookmark `_Lokal_<n>` in its table and the custom property
`plan-assembler.area.<n>` = `kind|target|file`; the content control of its text is tagged
`section#slot` (an addition), `local:<id>` (a local section) or `new` (a proposed section).
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from pathlib import Path

from ..compose import slot_index
from ..model import Sources

FORM_KIND = "lokaltext"
BOOKMARK = "_Lokal_"
BOOKMARK_RE = re.compile(r"_Lokal_(\d+)$")
MODE_TEXT = {
    "append": "Läggs till efter den gemensamma texten",
    "prepend": "Läggs till före den gemensamma texten",
    "replace": "Ersätter den gemensamma texten",
    "remove": "Tar bort den gemensamma texten",
}
TEXT_LABEL = "Arenans text:"


@dataclass(frozen=True)
class Area:
    """One editable place in the form."""

    index: int
    kind: str  # "slot" | "local" | "new"
    target: str  # "section#slot", a local section id, or "" for a new section
    file: str  # the source file's name under sources/local/<arena>/, "" when there is none

    @property
    def tag(self) -> str:
        return {"slot": self.target, "local": f"local:{self.target}"}.get(self.kind, "new")

    @property
    def alias(self) -> str:
        return {"slot": f"Lokal text {self.target}", "local": f"Lokalt avsnitt {self.target}"
                }.get(self.kind, "Nytt lokalt avsnitt")

    def property(self) -> str:
        return f"{self.kind}|{self.target}|{self.file}"

    @staticmethod
    def parse(index: int, value: str) -> Area | None:
        parts = value.split("|")
        if len(parts) != 3 or parts[0] not in ("slot", "local", "new"):
            return None
        return Area(index, parts[0], parts[1], parts[2])


def file_name(loc_path: str) -> str:
    return Path(loc_path).name


def areas_for(sources: Sources, arena_id: str) -> list[Area]:
    """Every slot in document order (one area per existing addition file, or an empty one),
    then the arena's local sections, then a place to propose a new section."""
    out: list[Area] = []
    mine = [a for a in sources.additions if a.arena_id == arena_id]
    for section, slots in slot_index(sources).items():
        for name in slots:
            target = f"{section}#{name}"
            files = [file_name(a.loc.path) for a in mine
                     if a.section_id == section and a.slot == name]
            for f in files or [""]:
                out.append(Area(len(out) + 1, "slot", target, f))
    for ls in sources.local_sections:
        if ls.arena_id == arena_id:
            out.append(Area(len(out) + 1, "local", ls.section.id, file_name(ls.loc.path)))
    out.append(Area(len(out) + 1, "new", "", ""))
    return out


def file_hashes(folder: Path) -> dict[str, str]:
    """name → sha256 (first 16 hex digits) of every source file of one arena."""
    if not folder.is_dir():
        return {}
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest()[:16]
            for p in sorted(folder.glob("*.md"))}


def source_version(hashes: dict[str, str]) -> str:
    joined = "\n".join(f"{name} {h}" for name, h in sorted(hashes.items()))
    return hashlib.sha256(joined.encode()).hexdigest()[:16]
