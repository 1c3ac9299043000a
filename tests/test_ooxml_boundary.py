"""Only assembler/ooxml/ touches OOXML at the level of bytes (issue 8 §1).

Outside it no module parses or serializes XML with lxml, reads or writes a zip, spells a
namespace URI, reaches into python-docx's private `_blob`, or matches XML with a regex;
building and querying elements with the layer's helpers (`qn`, `schema.insert`, …) is fine.
The scan reads the source (AST), so a comment or docstring mentioning these does not count.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1] / "assembler"
LAYER = ROOT / "ooxml"
LXML_IO = {"fromstring", "tostring", "XMLParser", "parse", "XML", "tostringlist",
           "iterparse", "XMLPullParser"}
URIS = ("http://schemas.", "http://purl.org", "urn:schemas-microsoft")
# a prefixed OOXML name or an element tag inside a regular expression
XML_IN_REGEX = re.compile(r"(?<![\w?])(?:w|w14|r|wp|a|m|v|o|dc|dcterms|cp|pic|mc):[A-Za-z]|<\w+:")
RE_FUNCS = {"compile", "search", "match", "fullmatch", "findall", "finditer", "sub", "split"}


def _text(node: ast.AST) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str | bytes):
        value = node.value
        return value.decode("latin-1") if isinstance(value, bytes) else value
    return None


def _check(node: ast.AST) -> str | None:
    if isinstance(node, ast.Attribute):
        if node.attr == "_blob":
            return "sets or reads python-docx's private _blob"
        if node.attr in LXML_IO and isinstance(node.value, ast.Name) and \
                node.value.id == "etree":
            return f"etree.{node.attr}: parse or serialize through assembler.ooxml.parse"
    if isinstance(node, ast.Import) and any(a.name.split(".")[0] == "zipfile"
                                            for a in node.names):
        return "imports zipfile: use assembler.ooxml.zipio / package"
    if isinstance(node, ast.ImportFrom):
        if node.module == "zipfile":
            return "imports from zipfile: use assembler.ooxml.zipio / package"
        if node.module == "lxml.etree" and any(a.name in LXML_IO for a in node.names):
            return "imports an lxml parser or serializer"
    text = _text(node)
    if text is not None and any(uri in text for uri in URIS):
        return f"a namespace URI ({text[:40]!r}): take it from assembler.ooxml.ns"
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and \
            node.func.attr in RE_FUNCS and isinstance(node.func.value, ast.Name) and \
            node.func.value.id == "re" and node.args:
        pattern = _text(node.args[0])
        if pattern is not None and XML_IN_REGEX.search(pattern):
            return f"a regex on XML ({pattern[:40]!r}): parse it and query elements"
    return None


def _docstrings(tree: ast.AST) -> set[int]:
    return {id(node.body[0].value) for node in ast.walk(tree)
            if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef
                          | ast.AsyncFunctionDef)
            and node.body and isinstance(node.body[0], ast.Expr)
            and isinstance(node.body[0].value, ast.Constant)}


def violations(source: str) -> list[tuple[int, str]]:
    """(line, what) for every use of OOXML below the layer in one module's source."""
    found = []
    tree = ast.parse(source)
    prose = _docstrings(tree)
    for node in ast.walk(tree):
        what = None if id(node) in prose else _check(node)
        if what is not None:
            found.append((getattr(node, "lineno", 0), what))
    return sorted(set(found))


def test_no_module_outside_the_layer_touches_ooxml_bytes() -> None:
    problems = [f"{path.relative_to(ROOT.parent)}:{line}: {what}"
                for path in sorted(ROOT.rglob("*.py")) if LAYER not in path.parents
                for line, what in violations(path.read_text(encoding="utf-8"))]
    assert not problems, "\n".join(problems)


def test_the_layer_itself_is_where_these_live() -> None:
    inside = [v for path in LAYER.rglob("*.py") for v in violations(path.read_text("utf-8"))]
    assert inside  # the scan finds what the layer does, so an empty result above means it


@pytest.mark.parametrize("snippet", [
    "from lxml import etree\nroot = etree.fromstring(data)",
    "from lxml import etree\ndata = etree.tostring(root)",
    "from lxml import etree\nP = etree.XMLParser(resolve_entities=False)",
    "from lxml import etree\ntree = etree.parse(path)",
    "from lxml.etree import fromstring",
    "import zipfile",
    "from zipfile import BadZipFile",
    'W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"',
    'DC = b"http://purl.org/dc/elements/1.1/"',
    'V = f"{{urn:schemas-microsoft-com:vml}}{tag}"',
    "part._blob = data",
    'import re\nM = re.compile(rb"<dcterms:modified[^>]*>([^<]+)</dcterms:modified>")',
    "import re\nN = re.compile(rb' (?:w:rsid\\w*|w14:paraId)=\"[^\"]*\"')",
])
def test_each_kind_of_use_is_found(snippet: str) -> None:
    assert violations(snippet)


@pytest.mark.parametrize("snippet", [
    "from ..ooxml.ns import qn\nP = qn('w:p')",
    "from ..ooxml.parse import xml, serialize\nroot = xml(data)",
    '"""A docstring may say etree.fromstring or http://schemas.openxmlformats.org."""',
    "import re\n" + r'FIELD = re.compile(r"\{\{\s*((?:form|s)\.\w+)\s*\}\}")',
    "part.blob",
])
def test_the_layer_helpers_and_prose_are_fine(snippet: str) -> None:
    assert violations(snippet) == []
