"""Golden redlines: the main document part of the output, pretty-printed, for review.

`pytest --update-golden` (or UPDATE_GOLDEN=1) rewrites tests/redline/golden/<case>.xml;
review the diff (tests/golden_check.py).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.golden_check import compare, part
from tests.redline.docgen import build
from tests.redline.helpers import redline_ok
from tests.redline.test_libreoffice import PAIRS

GOLDEN = Path(__file__).parent / "golden"


@pytest.mark.parametrize("case", sorted(PAIRS))
def test_golden_redline(case: str, update_golden: bool) -> None:
    old, new = PAIRS[case]
    got = part(redline_ok(build(old), build(new), moves=case == "moved"), "word/document.xml",
               strip_blank=False)
    compare(got, GOLDEN / f"{case}.xml", update_golden)
