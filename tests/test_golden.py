"""Golden tests: normalized XML parts of generated files against reviewed copies.

`pytest --update-golden` rewrites tests/golden/<case>/expected/; review the diff in git.
"""

from __future__ import annotations

import difflib
import zipfile
from pathlib import Path

import pytest
from lxml import etree

from assembler.pipeline import build

from .conftest import TEMPLATE

GOLDEN = Path(__file__).parent / "golden"
PARTS = {
    "lan": ("word/document.xml", "word/numbering.xml", "word/footnotes.xml", "word/styles.xml",
            "word/header1.xml", "word/footer1.xml", "docProps/core.xml"),
    "norr": ("word/document.xml", "word/footnotes.xml", "word/header1.xml"),
    "soder": ("word/document.xml",),
}


def normalized(xml: bytes) -> str:
    parser = etree.XMLParser(remove_blank_text=True)
    root = etree.fromstring(xml, parser)
    return etree.tostring(root, pretty_print=True, encoding="unicode")


def diff_message(expected: str, actual: str, name: str) -> str:
    lines = difflib.unified_diff(expected.splitlines(), actual.splitlines(),
                                 f"expected/{name}", f"actual/{name}", lineterm="", n=2)
    return "\n".join(list(lines)[:80]) + "\n(run pytest --update-golden to accept)"


@pytest.mark.parametrize("case", sorted(p.name for p in GOLDEN.iterdir() if p.is_dir()))
def test_golden(case: str, tmp_path: Path, update_golden: bool) -> None:
    files = build(GOLDEN / case / "sources", tmp_path, TEMPLATE).written
    expected_dir = GOLDEN / case / "expected"
    checked = 0
    for path in files:
        edition = path.stem.removeprefix("plan-")
        for part in PARTS.get(edition, ()):
            actual = normalized(zipfile.ZipFile(path).read(part))
            target = expected_dir / edition / (part.replace("/", "__"))
            if update_golden:
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_text(actual, encoding="utf-8")
            assert target.exists(), f"missing golden file {target}; run --update-golden"
            expected = target.read_text(encoding="utf-8")
            assert actual == expected, diff_message(expected, actual, f"{edition}/{part}")
            checked += 1
    assert checked >= 8


def test_golden_tracked_changes(tmp_path: Path, make_sources, update_golden: bool) -> None:
    """The tracked-changes edition of the mini case's next round, against its frozen round."""
    from assembler.pipeline import freeze_round

    from .test_rounds import _next_round

    rounds = tmp_path / "rounds"
    freeze_round(GOLDEN / "mini" / "sources", "remiss", TEMPLATE, rounds)
    built = build(_next_round(make_sources), tmp_path / "out", TEMPLATE, wanted=["norr"],
                  against="remiss", rounds_dir=rounds)
    tracked = next(p for p in built.written if p.name == "plan-norr-andringar.docx")
    actual = normalized(zipfile.ZipFile(tracked).read("word/document.xml"))
    target = GOLDEN / "mini" / "expected" / "norr-andringar" / "word__document.xml"
    if update_golden:
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(actual, encoding="utf-8")
    expected = target.read_text(encoding="utf-8")
    assert actual == expected, diff_message(expected, actual, "norr-andringar/document.xml")
