"""The one golden-file helper: normalized XML parts compared with reviewed copies.

A golden file is written only on request: `pytest --update-golden`, or `UPDATE_GOLDEN=1` in the
environment; review the diff in git. A missing golden file fails the test with the command that
creates it, so a mistyped case or a deleted file never passes silently.
"""

from __future__ import annotations

import difflib
import io
import os
import zipfile
from pathlib import Path

import pytest
from lxml import etree

UPDATE_ENV = "UPDATE_GOLDEN"
HOW = f"{UPDATE_ENV}=1 python3 -m pytest -q -p no:cacheprovider {{test}} (or --update-golden)"


def updating(config: pytest.Config) -> bool:
    """Whether this run rewrites golden files (--update-golden or UPDATE_GOLDEN=1)."""
    env = os.environ.get(UPDATE_ENV, "").strip().lower()
    return bool(config.getoption("--update-golden")) or env not in ("", "0", "no", "false")


def normalized(xml: bytes, strip_blank: bool = True) -> str:
    """An XML part pretty-printed; `strip_blank` first drops whitespace-only text between tags."""
    parser = etree.XMLParser(remove_blank_text=strip_blank)
    return etree.tostring(etree.fromstring(xml, parser), pretty_print=True, encoding="unicode")


def part(docx: Path | bytes, name: str, strip_blank: bool = True) -> str:
    """One part of a .docx (a path or its bytes), normalized."""
    source = io.BytesIO(docx) if isinstance(docx, bytes) else docx
    with zipfile.ZipFile(source) as zf:
        return normalized(zf.read(name), strip_blank)


def diff_message(expected: str, actual: str, name: str) -> str:
    lines = difflib.unified_diff(expected.splitlines(), actual.splitlines(),
                                 f"expected/{name}", f"actual/{name}", lineterm="", n=2)
    return "\n".join(list(lines)[:80]) + "\n(to accept: " + HOW.format(test="…") + ")"


def compare(actual: str, target: Path, update: bool, name: str | None = None) -> None:
    """Assert `actual` equals the golden file `target`; with `update` write it first."""
    label = name or target.name
    if update:
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(actual, encoding="utf-8", newline="\n")  # the same on Windows
    if not target.exists():
        test = os.environ.get("PYTEST_CURRENT_TEST", "").split(" ")[0] or "tests/"
        pytest.fail(f"missing golden file {target}; create it with {HOW.format(test=test)} "
                    "and review it", pytrace=False)
    expected = target.read_text(encoding="utf-8")
    assert actual == expected, diff_message(expected, actual, label)
