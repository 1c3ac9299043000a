"""An OPC package (.docx): members, parsed parts, relationships, content types, and
deterministic zip bytes (fixed time stamps, a fixed member order, fixed permissions).
"""

from __future__ import annotations

import posixpath
from dataclasses import dataclass, field

from lxml import etree

from ..i18n.messages import t
from .ns import CORE_PROPERTIES, CT_NS, OFFICE_DOCUMENT, PR_NS, RT, qn
from .parse import LIMITS, Element, Limits, parse_xml, read_zip, serialize, unreadable
from .zipio import CONTENT_TYPES, FIXED_TIME, normalize_zip, zip_bytes

# Content types of WordprocessingML parts are this prefix plus the part kind.
WML = "application/vnd.openxmlformats-officedocument.wordprocessingml"
DOCUMENT_MAIN = WML + ".document.main+xml"
# Macro parts: dropped from any package that is written as .docx.
MACRO_TYPES = ("application/vnd.ms-office.vbaProject", "application/vnd.ms-word.vbaData+xml",
               "application/vnd.ms-office.vbaProjectSignature",
               "application/vnd.ms-office.vbaProjectSignatureAgile",
               "application/vnd.ms-office.vbaProjectSignatureV3")
_MACRO_MAIN = ("application/vnd.ms-word.document.macroEnabled.main+xml",
               "application/vnd.ms-word.template.macroEnabledTemplate.main+xml",
               "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml")


def xml_bytes(root: Element) -> bytes:
    """A part's bytes: XML declaration, UTF-8, standalone."""
    return serialize(root, declaration=True)


@dataclass(frozen=True)
class Package:
    """The members of a package; parts are parsed on first use and written back by to_bytes."""

    members: dict[str, bytes]
    source: str = "document"
    trees: dict[str, Element] = field(default_factory=dict)
    rel_cache: dict[str, dict[str, tuple[str, str, str]]] = field(default_factory=dict)

    @classmethod
    def read(cls, data: bytes, source: str = "document", limits: Limits = LIMITS) -> Package:
        """A Word package from bytes, every XML part checked to be well-formed."""
        pkg = cls(read_zip(data, source, limits), source)
        if CONTENT_TYPES not in pkg.members or pkg.main_part() not in pkg.members:
            raise unreadable(source, t("not a Word .docx file: a zip file, but not a Word "
                                       "document (no main document part)"))
        for name in pkg.members:
            if name.endswith((".xml", ".rels")):
                pkg.xml(name)
        return pkg

    def xml(self, name: str) -> Element:
        if name not in self.trees:
            self.trees[name] = parse_xml(self.members[name], self.source, name)
        return self.trees[name]

    def put(self, name: str, root: Element) -> None:
        """Add or replace the XML part `name`."""
        self.members[name] = xml_bytes(root)
        self.trees[name] = root

    def core(self, name: str) -> str | None:
        """The text of a core property (e.g. "dcterms:modified"); None if it is not set."""
        part = next((t for typ, t, _m in self.rels("").values() if typ == CORE_PROPERTIES),
                    "docProps/core.xml")
        found = self.xml(part).find(qn(name)) if part in self.members else None
        return found.text if found is not None else None

    def main_part(self) -> str:
        return next((t for typ, t, _m in self.rels("").values() if typ == OFFICE_DOCUMENT),
                    "word/document.xml")

    @staticmethod
    def rels_name(part: str) -> str:
        folder, base = posixpath.split(part)
        return posixpath.join(folder, "_rels", base + ".rels")

    def rels(self, part: str) -> dict[str, tuple[str, str, str]]:
        """Relationship id → (type, resolved target part or URL, target mode)."""
        name = self.rels_name(part)
        if name in self.rel_cache:
            return self.rel_cache[name]
        if name not in self.members:
            return {}
        out = {}
        for rel in self.xml(name):
            target, mode = rel.get("Target", ""), rel.get("TargetMode", "Internal")
            if mode != "External":
                target = posixpath.normpath(posixpath.join(posixpath.dirname(part), target)
                                            ) if not target.startswith("/") else target[1:]
            out[rel.get("Id", "")] = (rel.get("Type", ""), target, mode)
        self.rel_cache[name] = out
        return out

    def part_of_type(self, part: str, kind: str) -> str | None:
        """The target of `part`'s relationship of a type ending in `kind` (e.g. footnotes)."""
        return next((t for typ, t, _ in self.rels(part).values() if typ == RT + kind), None)

    def add_rel(self, part: str, typ: str, target: str, external: bool = False,
                prefix: str = "") -> str:
        """Add a relationship from `part`; target is a part name or URL. Returns its id:
        `rIdRl<n>` after the ids taken, or with `prefix` the first free `<prefix><n>`."""
        name = self.rels_name(part)
        if name not in self.members:
            self.members[name] = f'<Relationships xmlns="{PR_NS}"/>'.encode()
        root = self.xml(name)
        taken = {r.get("Id") for r in root}
        stem, n = (prefix, 1) if prefix else ("rIdRl", len(taken) + 1)
        while f"{stem}{n}" in taken:
            n += 1
        self.rel_cache.pop(name, None)
        rel = etree.SubElement(root, f"{{{PR_NS}}}Relationship", Id=f"{stem}{n}", Type=typ)
        if external:
            rel.set("Target", target)
            rel.set("TargetMode", "External")
        else:
            rel.set("Target", posixpath.relpath(target, posixpath.dirname(part) or "."))
        return f"{stem}{n}"

    def content_type(self, part: str) -> str | None:
        root = self.xml(CONTENT_TYPES)
        for el in root:
            if el.get("PartName", "").lstrip("/") == part:
                return el.get("ContentType")
        ext = part.rsplit(".", 1)[-1].lower()
        return next((el.get("ContentType") for el in root
                     if (el.get("Extension") or "").lower() == ext), None)

    def set_content_type(self, part: str, ctype: str) -> None:
        if self.content_type(part) == ctype:
            return
        root = self.xml(CONTENT_TYPES)
        for el in root:
            if el.get("PartName", "").lstrip("/") == part:
                el.set("ContentType", ctype)
                return
        etree.SubElement(root, f"{{{CT_NS}}}Override", PartName="/" + part, ContentType=ctype)

    def story_parts(self) -> list[str]:
        """Parts with WordprocessingML text: document, notes, comments, headers, footers."""
        kinds = ("footnotes", "endnotes", "comments", "header", "footer")
        main = self.main_part()
        return [main] + sorted({t for typ, t, m in self.rels(main).values()
                                if m != "External" and typ[len(RT):] in kinds
                                and t in self.members})

    def drop_macros(self) -> list[str]:
        """Remove macro parts and every relationship to them; the main part becomes a plain
        document. Returns the names of the parts removed."""
        gone = sorted(n for n in self.members if self.content_type(n) in MACRO_TYPES
                      or n.lower().endswith("vbaproject.bin"))
        for name in [*gone, *(self.rels_name(n) for n in gone)]:
            self.members.pop(name, None)
            self.trees.pop(name, None)
        for name in [n for n in self.members if n.endswith(".rels")]:
            root = self.xml(name)
            for rel in list(root):
                typ = rel.get("Type", "")
                if "vbaProject" in typ or "VbaData" in typ or "vbaData" in typ:
                    root.remove(rel)
                    self.rel_cache.pop(name, None)
        types = self.xml(CONTENT_TYPES)
        for el in list(types):
            if el.get("ContentType") in MACRO_TYPES or \
                    el.get("PartName", "").lstrip("/") in gone:
                types.remove(el)
        main = self.main_part()
        if self.content_type(main) in _MACRO_MAIN:
            self.set_content_type(main, DOCUMENT_MAIN)
        return gone

    def to_bytes(self) -> bytes:
        """The package as deterministic zip bytes, parsed parts serialized again."""
        for name, tree in self.trees.items():
            self.members[name] = xml_bytes(tree)
        return zip_bytes(self.members)


__all__ = ["CONTENT_TYPES", "FIXED_TIME", "Package", "normalize_zip", "xml_bytes", "zip_bytes"]
