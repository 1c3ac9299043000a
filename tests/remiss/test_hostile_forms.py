"""Hostile answer forms fed to `remiss import`: each is refused with a clear error and the exit
code of unreadable input, nothing is inflated or expanded whole, nothing is written."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from assembler.errors import ExitCode

from .conftest import Tree, paths

DOC = b'<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="' \
      b'http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body/></w:document>'
LAUGHS = (b'<?xml version="1.0"?><!DOCTYPE w [<!ENTITY a "hahahahahaha">'
          + b"".join(b'<!ENTITY %c "%s">' % (ord("b") + i, (b"&%c;" % (ord("a") + i)) * 10)
                     for i in range(8))
          + b"]><w>&i;</w>")

SMALL_ENTITY = (b'<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY e "Svar">]>'
                + DOC[DOC.index(b"<w:document"):].replace(b"<w:body/>", b"<w:body>&e;</w:body>"))


def _zip(members: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return out.getvalue()


def _deep(depth: int) -> bytes:
    return b"<w:document xmlns:w='x'>" + b"<a>" * depth + b"</a>" * depth + b"</w:document>"


CASES = {
    "zip bomb member": (_zip({"word/document.xml": DOC, "word/media/x.bin": bytes(64 << 20)}),
                        "inflates"),
    "member outside the package": (_zip({"word/document.xml": DOC, "../../x": b"x"}),
                                   "points outside the package"),
    # libxml2 stops the amplification itself; a harmless-looking entity is refused by its DTD
    "entity expansion": (_zip({"word/document.xml": LAUGHS}), "not well-formed XML"),
    "entity declaration": (_zip({"word/document.xml": SMALL_ENTITY}), "declares a DTD"),
    "2000-deep nesting": (_zip({"word/document.xml": _deep(2000)}), "not well-formed XML"),
    "not a zip": ("Hej, här kommer vårt svar.\n".encode(), "not a zip file"),
    "truncated zip": (_zip({"word/document.xml": DOC * 50})[:-40], "not a zip file"),
}


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*"))
            if p.is_file()}


@pytest.mark.parametrize("name", sorted(CASES))
def test_hostile_form_is_refused(name: str, tree: Tree, cli) -> None:
    data, message = CASES[name]
    form = tree.root / "svar.docx"
    form.write_bytes(data)
    before = _snapshot(tree.responses)
    result = cli("remiss", "import", form, *paths(tree, "sources", "responses"))
    assert result.exit_code == ExitCode.SYNTAX, result.output
    assert "svar.docx: error: not a readable Word document (.docx): " in result.output
    assert message in result.output
    assert "hint: " in result.output
    assert "Traceback" not in result.output
    assert _snapshot(tree.responses) == before


def test_a_hostile_form_does_not_stop_the_others_being_reported(tree: Tree, cli) -> None:
    bad = tree.root / "a.docx"
    bad.write_bytes(CASES["member outside the package"][0])
    worse = tree.root / "b.docx"
    worse.write_bytes(CASES["entity declaration"][0])
    result = cli("remiss", "import", bad, worse, *paths(tree, "sources", "responses"))
    assert result.exit_code == ExitCode.SYNTAX
    assert "a.docx: error:" in result.output and "b.docx: error:" in result.output
