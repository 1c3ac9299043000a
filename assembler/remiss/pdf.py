"""PDF copies through LibreOffice headless, and one zip per principal.

Remiss packages usually go out as PDF; the answer form stays a Word document because it is
meant to be filled in. Each plan edition is converted once and copied to every principal that
receives it. The PDFs are made for publishing and the archive (lopdf.py): every index updated
first, tagged (PDF/UA) and PDF/A-2b. LibreOffice stamps PDFs with the time of conversion, so
PDFs (unlike the .docx files) are not byte-identical between runs.
"""

from __future__ import annotations

import subprocess
import tempfile
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import TYPE_CHECKING

from ..ooxml.zipio import write_zip
from . import lopdf
from .workflow import PLAN_UNIT

if TYPE_CHECKING:
    from .batch import UnitResult

KEEP_AS_DOCX = "svarsmall-"  # answer forms are filled in, so they are never converted


def soffice() -> str | None:
    """LibreOffice's soffice or None (lopdf.find_soffice: ASSEMBLER_SOFFICE, PATH, installs)."""
    return lopdf.find_soffice()


def _convert(exe: str, files: list[Path], work: Path) -> dict[str, bytes]:
    """Convert a chunk of .docx files in one LibreOffice run (lopdf.py): contents pages
    updated from LibreOffice's layout, tagged PDF/UA and PDF/A-2b; PDF name → bytes."""
    return lopdf.export(exe, files, work)


def convert(files: list[Path], jobs: int) -> dict[str, bytes]:
    """Convert files over `jobs` parallel LibreOffice instances (each needs its own profile)."""
    exe = soffice()
    if exe is None:
        message, hint = lopdf.not_found()
        raise RuntimeError(f"{message}: {hint}")
    chunks = [files[i::jobs] for i in range(max(1, jobs)) if files[i::jobs]]
    out: dict[str, bytes] = {}
    with tempfile.TemporaryDirectory(prefix="assembler-pdf-") as tmp, \
            ThreadPoolExecutor(max_workers=len(chunks) or 1) as pool:
        works = [Path(tmp) / str(i) for i in range(len(chunks))]
        for result in pool.map(lambda pair: _convert(exe, *pair), zip(chunks, works, strict=True)):
            out.update(result)
    return out


Writer = Callable[["UnitResult", Path, dict[str, bytes], Path, bool], None]


def convert_all(units: list[UnitResult], out_dir: Path, base: Path, jobs: int, force: bool,
                write: Writer) -> None:
    """Add a PDF of every document but the answer form to each principal's folder."""
    wanted: dict[str, Path] = {}  # docx name → one file with that content
    for unit in units:
        if unit.unit == PLAN_UNIT or not unit.ok:
            continue
        for rel in unit.files:
            path = out_dir / rel
            if path.suffix == ".docx" and not path.name.startswith(KEEP_AS_DOCX):
                wanted.setdefault(path.name, path)
    try:
        pdfs = convert(sorted(wanted.values()), jobs)
    except (RuntimeError, OSError, subprocess.SubprocessError) as exc:
        for unit in units:
            if unit.unit != PLAN_UNIT and unit.ok:
                unit.internal = f"PDF conversion failed: {exc}"
        return
    for unit in units:
        if unit.unit == PLAN_UNIT or not unit.ok:
            continue
        names = [Path(rel).with_suffix(".pdf").name for rel in unit.files
                 if Path(rel).name in wanted]
        lost = [n for n in names if n not in pdfs]
        if lost:
            unit.internal = "LibreOffice produced no PDF for " + ", ".join(lost)
            continue
        write(unit, base / unit.unit, {n: pdfs[n] for n in names}, out_dir, force)


def package_zip(files: list[Path], prefer_pdf: bool) -> bytes:
    """A deterministic zip of the given files; with `prefer_pdf` a PDF replaces its .docx."""
    names = {p.name: p for p in files}
    chosen = []
    for name, path in sorted(names.items()):
        if name.endswith(".docx") and prefer_pdf and name[:-5] + ".pdf" in names:
            continue
        chosen.append(path)
    return write_zip((path.name, path.read_bytes()) for path in chosen)
