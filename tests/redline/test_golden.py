"""Golden redlines: the main document part of the output, pretty-printed, for review.

`pytest --update-golden` rewrites tests/redline/golden/<case>.xml; review the diff.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from lxml import etree

from tests.redline.docgen import build
from tests.redline.helpers import redline_ok
from tests.redline.test_libreoffice import PAIRS

GOLDEN = Path(__file__).parent / "golden"


def pretty(docx: bytes) -> str:
    root = etree.fromstring(zipfile.ZipFile(io.BytesIO(docx)).read("word/document.xml"))
    return etree.tostring(root, pretty_print=True, encoding="unicode")


@pytest.mark.parametrize("case", sorted(PAIRS))
def test_golden_redline(case: str, update_golden: bool) -> None:
    old, new = PAIRS[case]
    got = pretty(redline_ok(build(old), build(new), moves=case == "moved"))
    path = GOLDEN / f"{case}.xml"
    if update_golden or not path.exists():
        path.parent.mkdir(exist_ok=True)
        path.write_text(got, encoding="utf-8")
    assert got == path.read_text(encoding="utf-8")
