"""Reading foreign OOXML safely: one hardened XML parser and a zip reader with caps.

The parser resolves no entities, loads no DTD, never touches the network and keeps libxml2's
limits on depth and text size (no `huge_tree`). The zip reader refuses a package whose member
names leave the package root, and caps the inflated size of each member, of all members
together, and the compression ratio (a "zip bomb" is refused before it is inflated, by its
declared sizes, and again while inflating if those sizes lie). Every refusal is an
`AssemblyError` with the exit code of unreadable input, naming the file.
"""

from __future__ import annotations

import io
import re
import zipfile
import zlib
from dataclasses import dataclass

from lxml import etree

from ..errors import AssemblyError, ExitCode, Loc, fail
from ..i18n.messages import t
from .ns import NS

Element = etree._Element
MiB = 1 << 20
PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False,
                         huge_tree=False, remove_blank_text=False)
_DRIVE = re.compile(r"^[A-Za-z]:")
_HINT = "give a .docx file saved by Word, LibreOffice or this tool"


@dataclass(frozen=True)
class Limits:
    """Caps for one package. The ratio is checked on members larger than `ratio_floor`."""

    member: int = 256 * MiB
    total: int = 1024 * MiB
    ratio: int = 100
    ratio_floor: int = 1 * MiB
    members: int = 10_000


LIMITS = Limits()


def unreadable(source: str, message: str, hint: str = _HINT) -> AssemblyError:
    """The error for an input that cannot be read (exit code of unreadable input)."""
    return fail(Loc(source), ExitCode.SYNTAX, message, t(hint))


def xml(data: bytes) -> Element:
    """Parse XML with the one hardened parser; bad XML raises lxml's XMLSyntaxError. The size
    of a foreign part is capped before it is inflated (read_zip's Limits, zipio.Parts' limit)."""
    return etree.fromstring(data, PARSER)


def fragment(text: str, *prefixes: str) -> list[Element]:
    """The elements of an XML fragment written with the given prefixes (e.g. "w"), parsed."""
    decls = " ".join(f'xmlns:{p}="{NS[p]}"' for p in prefixes)
    return list(xml(f"<fragment {decls}>{text}</fragment>".encode()))


def serialize(el: Element, declaration: bool = False) -> bytes:
    """An element's XML; with `declaration` a part's bytes (XML declaration, UTF-8,
    standalone), else lxml's plain serialization (ASCII, no declaration)."""
    if declaration:
        return etree.tostring(el, xml_declaration=True, encoding="UTF-8", standalone=True)
    return etree.tostring(el)


def parse_xml(data: bytes, source: str = "document", part: str = "") -> Element:
    """Parse XML with the hardened parser; a syntax error names the file and part."""
    what = t("not a Word .docx file: part {part}", part=part) if part else t("the file")
    try:
        root = xml(data)
    except etree.XMLSyntaxError as exc:
        raise unreadable(source,
                         t("{what} is not well-formed XML ({exc})", what=what, exc=exc)) from None
    if root.getroottree().docinfo.internalDTD is not None:  # entities live in a DTD
        raise unreadable(source,
                         t("{what} declares a DTD (entities), which OOXML never does", what=what),
                         t("this is not an ordinary Word file; it is refused for safety"))
    return root


def safe_name(name: str) -> bool:
    """A member name inside the package root: relative, no `..`, no drive, no NUL."""
    if not name or name[0] in "/\\" or _DRIVE.match(name) or "\0" in name:
        return False
    return ".." not in re.split(r"[/\\]", name)


def read_zip(data: bytes, source: str = "document", limits: Limits = LIMITS) -> dict[str, bytes]:
    """The members of a zip (folders left out), refused if unsafe or too large."""
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
        infos = [i for i in zf.infolist() if not i.is_dir()]
    except (zipfile.BadZipFile, EOFError, OSError, ValueError) as exc:
        raise unreadable(source,
                         t("not a Word .docx file: not a zip file ({exc})", exc=exc)) from None
    _check_infos(infos, source, limits)
    members: dict[str, bytes] = {}
    total = 0
    for info in infos:
        members[info.filename] = _inflate(zf, info, source, limits, limits.total - total)
        total += len(members[info.filename])
    return members


def _check_infos(infos: list[zipfile.ZipInfo], source: str, limits: Limits) -> None:
    if len(infos) > limits.members:
        raise unreadable(source,
                         t("the package has {infos} members, more than {members}",
                           infos=len(infos), members=limits.members))
    seen: set[str] = set()
    for info in infos:
        name = info.filename
        if not safe_name(name):
            raise unreadable(source,
                             t("member name {name!r} points outside the package", name=name),
                             t("this is not an ordinary Word file; it is refused for safety"))
        if name in seen:
            raise unreadable(source, t("member {name!r} occurs twice in the package", name=name))
        seen.add(name)
        _check_size(name, info.file_size, info.compress_size, source, limits)
    declared = sum(i.file_size for i in infos)
    if declared > limits.total:
        raise unreadable(source,
                         t("the package inflates to {declared}, more than the limit of {total}",
                           declared=_mb(declared), total=_mb(limits.total)), _BOMB)


_BOMB = "this is not an ordinary Word file (a compressed bomb?); it is refused for safety"


def _check_size(name: str, size: int, packed: int, source: str, limits: Limits) -> None:
    if size > limits.member:
        raise unreadable(source,
                         t("member {name} inflates to {size}, more than the limit of {member}",
                           name=name, size=_mb(size), member=_mb(limits.member)), _BOMB)
    if size > limits.ratio_floor and size > limits.ratio * max(packed, 1):
        raise unreadable(source,
                         t("member {name} inflates {times} times its compressed size, more "
                           "than the limit of {ratio}", name=name, times=size // max(packed, 1),
                           ratio=limits.ratio),
                         _BOMB)


def _inflate(zf: zipfile.ZipFile, info: zipfile.ZipInfo, source: str, limits: Limits,
             room: int) -> bytes:
    """Inflate one member in chunks, stopping as soon as a cap is passed."""
    cap = min(limits.member, room)
    chunks: list[bytes] = []
    size = 0
    try:
        with zf.open(info) as stream:
            while chunk := stream.read(MiB):
                size += len(chunk)
                if size > cap:
                    raise unreadable(source,
                                     t("member {filename} inflates to more than {cap}",
                                       filename=info.filename, cap=_mb(cap)), _BOMB)
                chunks.append(chunk)
    except (zipfile.BadZipFile, EOFError, OSError, ValueError, zlib.error,
            NotImplementedError, RuntimeError) as exc:
        raise unreadable(source,
                         t("member {filename} cannot be read ({exc})", filename=info.filename,
                           exc=exc)) from None
    _check_size(info.filename, size, info.compress_size, source, limits)
    return b"".join(chunks)


def _mb(n: int) -> str:
    return f"{n / MiB:,.0f} MB" if n >= MiB else f"{n:,} bytes"


__all__ = ["LIMITS", "PARSER", "AssemblyError", "Limits", "fragment",
           "parse_xml", "read_zip", "safe_name", "serialize", "unreadable", "xml"]
