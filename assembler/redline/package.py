"""The .docx package: zip members, parsed parts, relationships and content types."""

from __future__ import annotations

import io
import posixpath
import re
import zipfile
from dataclasses import dataclass, field

from lxml import etree

from ..render.package import FIXED_TIME
from .oxml import Element

PR = "http://schemas.openxmlformats.org/package/2006/relationships"
CT = "http://schemas.openxmlformats.org/package/2006/content-types"
OFFICE_DOC = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"
RT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"

_PARSER = etree.XMLParser(remove_blank_text=False, resolve_entities=False, huge_tree=True)


class NotADocx(ValueError):
    """The bytes are not a zip, or the zip holds no WordprocessingML document."""


@dataclass(frozen=True)
class Package:
    members: dict[str, bytes]
    trees: dict[str, Element] = field(default_factory=dict)
    rel_cache: dict[str, dict[str, tuple[str, str, str]]] = field(default_factory=dict)

    @classmethod
    def read(cls, data: bytes) -> Package:
        try:
            with zipfile.ZipFile(io.BytesIO(data)) as zf:
                members = {i.filename: zf.read(i) for i in zf.infolist() if not i.is_dir()}
        except (zipfile.BadZipFile, EOFError, OSError) as exc:
            raise NotADocx(f"not a zip file ({exc})") from None
        pkg = cls(members)
        if "[Content_Types].xml" not in members or pkg.main_part() not in members:
            raise NotADocx("a zip file, but not a Word document (no main document part)")
        for name in members:
            if name.endswith((".xml", ".rels")):
                try:
                    pkg.xml(name)
                except etree.XMLSyntaxError as exc:
                    raise NotADocx(f"part {name} is not well-formed XML ({exc})") from None
        return pkg

    def xml(self, name: str) -> Element:
        if name not in self.trees:
            self.trees[name] = etree.fromstring(self.members[name], _PARSER)
        return self.trees[name]

    def main_part(self) -> str:
        rels = self.rels("")
        return next((t for _, (typ, t, _m) in rels.items() if typ == OFFICE_DOC),
                    "word/document.xml")

    def rels_name(self, part: str) -> str:
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

    def add_rel(self, part: str, typ: str, target: str, external: bool = False) -> str:
        """Add a relationship from `part`; target is a part name or URL. Returns its id."""
        name = self.rels_name(part)
        if name not in self.members:
            self.members[name] = f'<Relationships xmlns="{PR}"/>'.encode()
        root = self.xml(name)
        taken = {r.get("Id") for r in root}
        n = len(taken) + 1
        while f"rIdRl{n}" in taken:
            n += 1
        self.rel_cache.pop(name, None)
        rel = etree.SubElement(root, f"{{{PR}}}Relationship", Id=f"rIdRl{n}", Type=typ)
        if external:
            rel.set("Target", target)
            rel.set("TargetMode", "External")
        else:
            rel.set("Target", posixpath.relpath(target, posixpath.dirname(part) or "."))
        return f"rIdRl{n}"

    def content_type(self, part: str) -> str | None:
        root = self.xml("[Content_Types].xml")
        for el in root:
            if el.get("PartName", "").lstrip("/") == part:
                return el.get("ContentType")
        ext = part.rsplit(".", 1)[-1].lower()
        return next((el.get("ContentType") for el in root
                     if (el.get("Extension") or "").lower() == ext), None)

    def set_content_type(self, part: str, ctype: str) -> None:
        if self.content_type(part) == ctype:
            return
        root = self.xml("[Content_Types].xml")
        etree.SubElement(root, f"{{{CT}}}Override", PartName="/" + part, ContentType=ctype)

    def story_parts(self) -> list[str]:
        """Parts with WordprocessingML text: document, notes, comments, headers, footers."""
        kinds = ("footnotes", "endnotes", "comments", "header", "footer")
        main = self.main_part()
        return [main] + sorted({t for typ, t, m in self.rels(main).values()
                                if m != "External" and typ[len(RT):] in kinds
                                and t in self.members})

    def max_id(self) -> int:
        found = [0]
        for name in self.story_parts():
            found += [int(x) for x in re.findall(rb'\b\w+:id="(\d{1,9})"', self.members[name])]
        return max(found)

    def to_bytes(self) -> bytes:
        """Deterministic zip: members in a fixed order, fixed time stamps and permissions."""
        for name, tree in self.trees.items():
            self.members[name] = etree.tostring(tree, xml_declaration=True, encoding="UTF-8",
                                                standalone=True)
        out = io.BytesIO()
        first = {"[Content_Types].xml": 0, "_rels/.rels": 1}
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
            for name in sorted(self.members, key=lambda n: (first.get(n, 2), n)):
                info = zipfile.ZipInfo(name, FIXED_TIME)
                info.compress_type = zipfile.ZIP_DEFLATED
                info.external_attr = 0o644 << 16
                info.create_system = 3
                zf.writestr(info, self.members[name], compresslevel=6)
        return out.getvalue()
