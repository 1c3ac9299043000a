"""Golden tests: cover letter, answer form and tjänsteskrivelse of the mini fixture, as
normalized XML parts against reviewed copies in tests/remiss/golden/.

`pytest --update-golden` (or UPDATE_GOLDEN=1) rewrites them; review the diff in git
(tests/golden_check.py).
"""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from ..golden_check import compare, part
from ..ooxml_check import check_docx
from .conftest import Tree, paths

GOLDEN = Path(__file__).parent / "golden"
CASES = {
    "remiss/remiss/region/missiv-region.docx": ("word/document.xml", "word/header1.xml",
                                                 "word/footer1.xml", "docProps/core.xml"),
    "remiss/remiss/norrby/svarsmall-norrby.docx": ("word/document.xml", "docProps/custom.xml"),
    "beslut/beslut/norrby/tjansteskrivelse-norrby.docx": ("word/document.xml",
                                                          "word/header1.xml",
                                                          "word/footer1.xml"),
    "beslut/beslut/region/tjansteskrivelse-region.docx": ("word/document.xml",),
    "remiss/remiss/soderby/paminnelse-soderby.docx": ("word/document.xml",),
    "beslut/beslut/samverkansnamnden/tjansteskrivelse-samverkansnamnden.docx": (
        "word/document.xml", "word/header1.xml"),
}


def build_all(tree: Tree, cli, out: Path) -> None:  # type: ignore[no-untyped-def]
    common = [*paths(tree, "sources", "templates"), "--out", out]
    for command, extra in ((("remiss", "build"), []), (("decision",), paths(tree, "responses"))):
        result = cli(*command, "remiss", *common, *extra)
        assert result.exit_code == 0, result.output
    result = cli("remiss", "reminder", "remiss", "--date", "2023-12-18", *common)
    assert result.exit_code == 0, result.output


@pytest.fixture
def built(tree: Tree, cli) -> Path:  # type: ignore[no-untyped-def]
    build_all(tree, cli, tree.out)
    return tree.out


@pytest.mark.parametrize("rel", sorted(CASES))
def test_golden(rel: str, built: Path, update_golden: bool) -> None:
    path = built / rel
    for name in CASES[rel]:
        compare(part(path, name), GOLDEN / path.stem / name.replace("/", "__"), update_golden,
                f"{path.stem}/{name}")


def test_outputs_are_sane_and_byte_identical(tree: Tree, cli, built: Path) -> None:
    again = tree.root / "again"
    build_all(tree, cli, again)
    docs = sorted(p for p in built.rglob("*.docx"))
    # per round 3 editions + 7 copies (region 3, norrby 2, soderby 2); 6 + 3 letters; the
    # joint body's tjänsteskrivelse and its copy of the county-wide edition; one reminder
    assert len(docs) == 2 * (3 + 7) + 6 + 3 + 2 + 1
    for path in docs:
        assert check_docx(str(path)) == [], path
        twin = again / path.relative_to(built)
        assert twin.read_bytes() == path.read_bytes(), path
        info = zipfile.ZipFile(path).infolist()
        assert {i.date_time for i in info} == {(1980, 1, 1, 0, 0, 0)}


def test_every_document_type_opens_in_libreoffice(built: Path, soffice, tmp_path: Path) -> None:
    """One of each kind this step writes, laid out by LibreOffice: missiv, answer form,
    tjänsteskrivelse to a principal, the joint recommendation, the reminder letter and the
    plan editions (clean and tracked) of the decision package."""
    import subprocess

    kinds: dict[str, Path] = {}
    for path in sorted(built.rglob("*.docx")):
        kind = path.stem.rsplit("-", 1)[0] if not path.stem.startswith("plan-") else \
            ("plan-andringar" if path.stem.endswith("-andringar") else "plan")
        if path.stem == "tjansteskrivelse-samverkansnamnden":
            kind = "rekommendation"
        kinds.setdefault(kind, path)
    assert {"missiv", "svarsmall", "tjansteskrivelse", "rekommendation", "paminnelse",
            "plan"} <= set(kinds)  # the tracked editions: test_documents (a frozen round)
    pdfs = soffice(list(kinds.values()), tmp_path)
    for (kind, source), pdf in zip(kinds.items(), pdfs, strict=True):
        assert check_docx(str(source)) == [], source
        text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True,
                              text=True, check=True).stdout
        assert "Sida 1(" in text or kind.startswith("plan"), (kind, text[:300])
        assert len(text.split()) > 30, kind
