"""Golden tests: normalized XML parts of generated files against reviewed copies.

`pytest --update-golden` (or UPDATE_GOLDEN=1) rewrites tests/golden/<case>/expected/; review
the diff in git (tests/golden_check.py).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from assembler.pipeline import build

from .conftest import TEMPLATE
from .golden_check import compare, part

GOLDEN = Path(__file__).parent / "golden"
PARTS = {
    "lan": ("word/document.xml", "word/numbering.xml", "word/footnotes.xml", "word/styles.xml",
            "word/header1.xml", "word/footer1.xml", "docProps/core.xml"),
    "norr": ("word/document.xml", "word/footnotes.xml", "word/header1.xml"),
    "soder": ("word/document.xml",),
}


@pytest.mark.parametrize("case", sorted(p.name for p in GOLDEN.iterdir() if p.is_dir()))
def test_golden(case: str, tmp_path: Path, update_golden: bool) -> None:
    files = build(GOLDEN / case / "sources", tmp_path, TEMPLATE).written
    expected_dir = GOLDEN / case / "expected"
    checked = 0
    for path in files:
        edition = path.stem.removeprefix("plan-")
        for name in PARTS.get(edition, ()):
            compare(part(path, name), expected_dir / edition / name.replace("/", "__"),
                    update_golden, f"{edition}/{name}")
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
    compare(part(tracked, "word/document.xml"),
            GOLDEN / "mini" / "expected" / "norr-andringar" / "word__document.xml",
            update_golden, "norr-andringar/document.xml")
