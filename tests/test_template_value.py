"""Templates are read once by the gathering step and handed on as data (templates/value.py):
the renderers, also in batch's worker processes, never open a template file."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from assembler.errors import AssemblyError, ExitCode
from assembler.templates import NAMES, Templates, packaged
from assembler.templates.value import Template, load_templates

from .conftest import ROOT


def test_each_file_is_read_once_and_shared(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "berg").mkdir()
    shutil.copy(packaged("missiv"), tmp_path / "berg" / "missiv.docx")
    reads: list[Path] = []
    real = Path.read_bytes

    def counting(self: Path) -> bytes:
        reads.append(self)
        return real(self)

    monkeypatch.setattr(Path, "read_bytes", counting)
    loaded = load_templates(Templates(override=tmp_path), ("norrby", "berg"))
    assert len(reads) == len(NAMES) + 1 == len(set(reads))  # the common five and berg's missiv
    assert loaded["missiv", "berg"].path == tmp_path / "berg" / "missiv.docx"
    assert loaded["missiv", "norrby"] is loaded["missiv", ""]
    assert loaded["plan", ""].data == packaged("plan").read_bytes()


def test_a_template_that_cannot_be_read_is_exit_9_with_its_path(tmp_path: Path) -> None:
    with pytest.raises(AssemblyError) as caught:
        Template.read(tmp_path / "gone.docx")
    (problem,) = caught.value.diagnostics
    assert problem.code == ExitCode.TEMPLATE and "gone.docx" in str(problem)


def test_remiss_workers_get_the_templates_as_data(tmp_path: Path) -> None:
    """prepare has read every template: the render step needs no access to the folder."""
    from assembler.remiss.workflow import prepare, render_edition, render_letters

    folder = tmp_path / "templates"
    shutil.copytree(ROOT / "assembler" / "templates", folder,
                    ignore=shutil.ignore_patterns("*.py", "__pycache__"))
    prep = prepare("remiss", ROOT / "sources", "remiss-2023", folder,
                   rounds_dir=tmp_path / "no-rounds")
    shutil.rmtree(folder)
    assert prep.template("svarsmall", "berg").path == folder / "svarsmall.docx"
    assert render_edition(prep, "lan")[:2] == b"PK"
    letters = render_letters(prep, "berg")
    assert sorted(letters) == ["missiv-berg.docx", "svarsmall-berg.docx"]
