"""Shared fixtures: source trees to mutate, CLI runner, LibreOffice conversion."""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner

# The tests read the CLI's English messages (users get Swedish by default); the message
# catalogue's own tests choose Swedish explicitly. Subprocesses inherit it.
os.environ["ASSEMBLER_LANG"] = "en"

ROOT = Path(__file__).resolve().parents[1]
MINI = Path(__file__).parent / "golden" / "mini" / "sources"
TEMPLATE = ROOT / "assembler" / "templates" / "plan.docx"


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "foreign_docx: the test writes .docx files that are not "
                            "ours (hostile or foreign inputs); the OOXML check skips them")


# Fixtures that start LibreOffice: a test that uses one (directly or through another fixture)
# is marked `soffice`.
SOFFICE_FIXTURES = frozenset({"soffice", "lo_text", "lo", "lo_results"})
# Slow tests, by node id prefix (a module, or a test with all its parameters): a wheel installed
# into a fresh venv, whole batches, killed processes, generated plans and property tests over
# the whole example. A test may also carry `@pytest.mark.slow` itself.
SLOW = (
    "tests/test_installed.py::", "tests/remiss/test_batch.py::",
    "tests/hardening/test_faults.py::", "tests/hardening/test_random_plans.py::",
    "tests/test_local_text.py::test_every_paragraph_of_local_text_carries_the_bar",
    "tests/test_local_text.py::test_every_override_has_its_label_and_names_the_replaced_text",
    "tests/test_local_text.py::test_tables_have_header_rows_unsplit_rows_and_space_after",
    "tests/test_local_text.py::test_chapters_start_pages_without_break_paragraphs",
    "tests/test_local_text.py::test_labels_in_every_output_use_short_names",
    "tests/test_revise.py::test_accept_all_is_new_and_reject_all_is_old",
    "tests/redline/test_properties.py::test_accept_gives_new_and_reject_gives_old",
    "tests/wordin/test_form.py::test_every_arena_form_is_valid_and_imports_unchanged",
    "tests/wordin/test_mdwrite_property.py::test_formatted_text_reads_back",
    "tests/bad_inputs/test_bad_inputs.py::test_case[deep-list-10000]",
    "tests/hardening/test_markdown_guards.py::test_ten_thousand_levels_are_refused_at_once",
)


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Apply the `soffice` and `slow` markers, so `-m "not soffice and not slow"` is fast."""
    for item in items:
        if SOFFICE_FIXTURES & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.soffice)
        if item.nodeid.startswith(SLOW):
            item.add_marker(pytest.mark.slow)


@pytest.fixture(autouse=True)
def _ooxml_check_every_generated_docx(request: pytest.FixtureRequest):  # type: ignore[no-untyped-def]
    """Every .docx a test leaves in its tmp_path passes the OOXML check (tests/ooxml_check.py)."""
    wanted = ("tmp_path" in request.fixturenames
              and not request.node.get_closest_marker("foreign_docx"))
    tmp = request.getfixturevalue("tmp_path") if wanted else None
    yield
    if tmp is None:
        return
    from .ooxml_check import check_docx

    failures = {}
    for docx in sorted(Path(tmp).rglob("*.docx")):
        if (docx.is_file() and not any(p.startswith(".") for p in docx.relative_to(tmp).parts)
                and _generated_by_us(docx)):
            problems = check_docx(docx.read_bytes())
            if problems:
                failures[str(docx.relative_to(tmp))] = problems[:5]
    assert not failures, f"generated .docx files fail the OOXML check: {failures}"


def _generated_by_us(docx: Path) -> bool:
    """Our packages say so in docProps/app.xml; inputs planted by a test (LibreOffice saves,
    forms filled in as a user would, hostile files, hand edits) are not ours to check."""
    import zipfile

    try:
        with zipfile.ZipFile(docx) as zf:
            app = zf.read("docProps/app.xml") if "docProps/app.xml" in zf.namelist() else b""
    except (zipfile.BadZipFile, OSError, KeyError):
        return False
    return b"<Application>plan-assembler</Application>" in app and b"LibreOffice" not in app


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--update-golden", action="store_true",
                     help="Rewrite the golden files from the current output (also: "
                     "UPDATE_GOLDEN=1); review the diff.")


@pytest.fixture
def update_golden(request: pytest.FixtureRequest) -> bool:
    from .golden_check import updating

    return updating(request.config)


@pytest.fixture
def make_sources(tmp_path: Path) -> Callable[..., Path]:
    """Copy a source tree and apply edits: {relative path: new text, or None to delete}."""

    def make(edits: dict[str, str | None] | None = None, base: Path = MINI) -> Path:
        target = tmp_path / "sources"
        if target.exists():
            shutil.rmtree(target)
        shutil.copytree(base, target)
        for rel, text in (edits or {}).items():
            path = target / rel
            if text is None:
                path.unlink()
            else:
                path.parent.mkdir(parents=True, exist_ok=True)
                path.write_text(text, encoding="utf-8")
        return target

    return make


@pytest.fixture
def run_cli() -> Callable[..., object]:
    from assembler.cli import cli

    def run(*args: str) -> object:
        return CliRunner().invoke(cli, [str(a) for a in args], catch_exceptions=False)

    return run


def soffice_path() -> str | None:
    """LibreOffice as the tool finds it (ASSEMBLER_SOFFICE, PATH, the usual install places)."""
    from assembler.remiss.lopdf import find_soffice

    return find_soffice()


@pytest.fixture(scope="session")
def soffice() -> Callable[[list[Path], Path, str], list[Path]]:
    """Convert files with LibreOffice headless; skipped when it is missing (not in CI)."""
    exe = soffice_path()
    if exe is None:
        if os.environ.get("REQUIRE_SOFFICE"):
            pytest.fail("LibreOffice (soffice) is required but not installed")
        pytest.skip("LibreOffice (soffice) not installed")
    assert exe is not None
    from assembler.remiss.lopdf import run_soffice

    def convert(files: list[Path], outdir: Path, fmt: str = "pdf") -> list[Path]:
        profile = outdir / "lo-profile"
        outdir.mkdir(parents=True, exist_ok=True)
        run_soffice(exe, profile, "--convert-to", fmt, "--outdir", str(outdir),
                    *map(str, files), timeout=300)
        ext = fmt.split(":")[0]
        return [outdir / (f.stem + "." + ext) for f in files]

    return convert


@pytest.fixture(scope="session")
def lo_text(soffice, tmp_path_factory: pytest.TempPathFactory) -> Callable[[Path, str], str]:
    """LibreOffice as an oracle: the text of a .docx after Accept All / Reject All ("" = as is)."""
    from .redline.lo import LibreOffice

    exe = soffice_path()
    assert exe is not None
    office = LibreOffice(exe, tmp_path_factory.mktemp("lo-oracle"))

    def run(path: Path, action: str = "") -> str:
        target = office.resolve(path, accept=action == "AcceptAll") if action else path
        return office.text([target])[0]

    return run


_MINI_CONFIG = None


def render_plain(doc, revision: tuple[str, str] | None = None) -> bytes:  # type: ignore[no-untyped-def]
    """Render a hand-made Document with the mini fixture's configuration and the house template."""
    global _MINI_CONFIG
    from assembler.errors import Diagnostics
    from assembler.load.sources import load
    from assembler.render.docx import render

    if _MINI_CONFIG is None:
        sources = load(MINI, Diagnostics())
        assert sources is not None
        _MINI_CONFIG = sources.config
    return render(doc, _MINI_CONFIG, "remiss", TEMPLATE, {}, revision)
