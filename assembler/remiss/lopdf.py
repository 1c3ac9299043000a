"""Word → PDF through one LibreOffice run: indexes updated first, tagged, PDF/UA and PDF/A-2.

`soffice --convert-to pdf` prints the contents page as cached in the .docx (the page estimate)
and makes untagged PDFs. Instead a small Basic macro, installed in the run's own fresh profile,
reads a job list (input, output per line), loads each document hidden, updates every index (the
contents page gets LibreOffice's own page numbers, so a PDF never shows a stale one), and
exports it with the filter options below. One soffice process serves a whole list.

What LibreOffice 7.4.7 does with the options together (checked in tests/test_pdf_access.py):
`PDFUACompliance` tags the document and writes the PDF/UA identification (pdfuaid:part 1),
`SelectPdfVersion` 2 makes it PDF/A-2b (pdfaid:part 2, conformance B), and both identifications
stand in the same XMP packet (the file header says PDF 1.6). The title (dc:title, /Title, shown
instead of the file name) comes from the document's title property, /Lang from its default
language; headings become H1–H6 by outline level, table header rows TH, lists L/LI, and a
picture a Figure whose /Alt is its title and alternative text. LibreOffice has no notion of a
layout table: the letters' header block is tagged as a Table all the same.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
from collections.abc import Callable, Mapping
from pathlib import Path
from xml.sax.saxutils import escape

from ..i18n.messages import t

TIMEOUT_BASE, TIMEOUT_PER_FILE = 120, 60  # seconds; a file takes 1–5 s, more under load
MACRO_URL = "vnd.sun.star.script:Standard.AssemblerPdf.Run?language=Basic&location=application"
JOBS_ENV = "ASSEMBLER_PDF_JOBS"
SOFFICE_ENV = "ASSEMBLER_SOFFICE"  # the path of soffice, when it is neither on PATH nor installed
PATH_NAMES = ("soffice", "libreoffice", "soffice.exe")
# writer_pdf_Export FilterData: (name, Basic value)
FILTER_DATA = (
    ("UseTaggedPDF", "True"),
    ("PDFUACompliance", "True"),
    ("SelectPdfVersion", "2"),  # PDF/A-2b
    ("ExportBookmarks", "True"),  # outline from the headings: navigation for every reader
    ("DisplayPDFDocumentTitle", "True"),  # the title, not the file name (PDF/UA)
    ("ExportFormFields", "False"),
)


def _filter_lines() -> str:
    lines = [f"  Dim fd({len(FILTER_DATA) - 1}) As New com.sun.star.beans.PropertyValue"]
    for i, (name, value) in enumerate(FILTER_DATA):
        lines.append(f'  fd({i}).Name = "{name}" : fd({i}).Value = {value}')
    return "\n".join(lines)


BASIC = f"""Sub ExportOne(source As String, target As String)
  Dim hidden(0) As New com.sun.star.beans.PropertyValue
  hidden(0).Name = "Hidden" : hidden(0).Value = True
  Dim doc As Object, i As Integer
  doc = StarDesktop.loadComponentFromURL(ConvertToURL(source), "_blank", 0, hidden())
  For i = 0 To doc.DocumentIndexes.Count - 1
    doc.DocumentIndexes.getByIndex(i).update()
  Next i
{_filter_lines()}
  Dim store(1) As New com.sun.star.beans.PropertyValue
  store(0).Name = "FilterName" : store(0).Value = "writer_pdf_Export"
  store(1).Name = "FilterData" : store(1).Value = fd()
  doc.storeToURL(ConvertToURL(target), store())
  doc.close(True)
End Sub

Function TryExport(source As String, target As String) As String
  On Error GoTo Failed
  ExportOne(source, target)
  TryExport = ""
  Exit Function
Failed:
  TryExport = "failed" & Chr(9) & target & Chr(9) & Error$
End Function

Sub Run()
  Dim jobs As Integer, status As Integer, line As String, parts, result As String
  On Error GoTo Done  ' a Basic error would open a dialog that nobody closes: stop instead
  jobs = FreeFile
  Open Environ("{JOBS_ENV}") For Input As #jobs
  status = FreeFile
  Open Environ("{JOBS_ENV}") & ".status" For Output As #status
  Do While Not EOF(jobs)
    Line Input #jobs, line
    If line <> "" Then
      parts = Split(line, Chr(9))
      result = TryExport(parts(0), parts(1))
      If result = "" Then result = "ok" & Chr(9) & parts(1)
      Print #status, result
    End If
  Loop
  Close #status
  Close #jobs
Done:
End Sub
"""

MODULE = """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE script:module PUBLIC "-//OpenOffice.org//DTD OfficeDocument 1.0//EN" "module.dtd">
<script:module xmlns:script="http://openoffice.org/2000/script" script:name="{name}"
 script:language="StarBasic">{code}</script:module>
"""
LIBRARY = """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE library:library PUBLIC "-//OpenOffice.org//DTD OfficeDocument 1.0//EN" "library.dtd">
<library:library xmlns:library="http://openoffice.org/2000/library" library:name="Standard"
 library:readonly="false" library:passwordprotected="false">
{elements}</library:library>
"""


def install_places(env: Mapping[str, str]) -> list[Path]:
    """Where LibreOffice's installers put soffice: Windows (both Program Files), macOS, Linux."""
    places = [Path(env[var]) / "LibreOffice" / "program" / "soffice.exe"
              for var in ("ProgramFiles", "ProgramW6432", "ProgramFiles(x86)") if env.get(var)]
    places += [Path("/Applications/LibreOffice.app/Contents/MacOS/soffice"),
               Path("/usr/lib/libreoffice/program/soffice"),
               Path("/opt/libreoffice/program/soffice")]
    return list(dict.fromkeys(places))


def find_soffice(env: Mapping[str, str] | None = None,
                 which: Callable[[str], str | None] = shutil.which,
                 places: list[Path] | None = None) -> str | None:
    """LibreOffice's soffice: the environment variable ASSEMBLER_SOFFICE, then PATH, then the
    usual install places (a Windows installer does not put soffice on PATH)."""
    env = os.environ if env is None else env
    explicit = env.get(SOFFICE_ENV, "").strip().strip('"')
    if explicit:  # the program itself, or the folder that holds it
        given = Path(explicit)
        files = [p for p in (given, given / "soffice.exe", given / "soffice") if p.is_file()]
        return str(files[0]) if files else None
    for name in PATH_NAMES:
        found = which(name)
        if found:
            return found
    for place in install_places(env) if places is None else places:
        if place.is_file():
            return str(place)
    return None


def not_found() -> tuple[str, str]:
    """The message and hint when soffice cannot be found (for the CLI and for PDF conversion)."""
    explicit = os.environ.get(SOFFICE_ENV, "").strip().strip('"')
    if explicit:
        return (t("{var} names {path}, which is not a file", var=SOFFICE_ENV, path=explicit),
                t("set {var} to the full path of soffice (Windows: "
                  "C:\\Program Files\\LibreOffice\\program\\soffice.exe)", var=SOFFICE_ENV))
    return (t("LibreOffice (soffice) was not found"),
            t("install LibreOffice (libreoffice.org; Debian: apt-get install libreoffice-writer) "
              "or set {var} to the full path of soffice", var=SOFFICE_ENV))


def profile_uri(profile: Path) -> str:
    return profile.resolve().as_uri()


def run_soffice(exe: str, profile: Path, *args: str, env: dict[str, str] | None = None,
                timeout: float = 120) -> None:
    """Run soffice headless with its own profile, in its own process group (Windows: its own
    process tree), so that a hung run is killed whole."""
    cmd = [exe, "--headless", "--norestore", "--invisible",
           f"-env:UserInstallation={profile_uri(profile)}", *args]
    windows = sys.platform == "win32"
    flags = getattr(subprocess, "CREATE_NEW_PROCESS_GROUP", 0) if windows else 0
    with subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                          env={**os.environ, **(env or {})}, creationflags=flags,
                          start_new_session=not windows) as proc:
        try:
            _, err = proc.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:
            _kill_tree(proc)
            raise RuntimeError(f"LibreOffice did not finish within {timeout:.0f} s") from None
    if proc.returncode:
        raise RuntimeError(f"LibreOffice failed ({proc.returncode}): {err.decode()[-300:]}")


def _kill_tree(proc: subprocess.Popen[bytes]) -> None:
    if sys.platform == "win32":  # soffice.exe starts soffice.bin: end the whole tree
        subprocess.run(["taskkill", "/F", "/T", "/PID", str(proc.pid)],
                       capture_output=True, check=False)
    else:
        os.killpg(proc.pid, signal.SIGKILL)
    proc.kill()  # harmless when the group is gone already
    proc.wait()


def install_basic(exe: str, profile: Path, modules: dict[str, str], timeout: float = 120) -> None:
    """Create a fresh profile and put Basic modules (name → Basic code) into its Standard
    library, beside the Module1 that LibreOffice creates; a macro then runs as
    vnd.sun.star.script:Standard.<name>.<Sub>?language=Basic&location=application."""
    run_soffice(exe, profile, "--terminate_after_init", timeout=timeout)
    basic = profile / "user" / "basic" / "Standard"
    basic.mkdir(parents=True, exist_ok=True)
    for name, code in modules.items():
        xba = MODULE.format(name=name, code=escape(code, {'"': "&quot;"}))
        (basic / f"{name}.xba").write_text(xba, encoding="utf-8")
    elements = "".join(f' <library:element library:name="{name}"/>\n'
                       for name in ("Module1", *sorted(modules)))
    (basic / "script.xlb").write_text(LIBRARY.format(elements=elements), encoding="utf-8")


def export(exe: str, files: list[Path], work: Path) -> dict[str, bytes]:
    """PDFs of `files` (name → bytes) from one soffice run in `work` (a fresh folder)."""
    profile, outdir = work / "profile", work / "out"
    outdir.mkdir(parents=True)
    install_basic(exe, profile, {"AssemblerPdf": BASIC})
    targets = {f: outdir / (f.stem + ".pdf") for f in files}
    jobs = work / "jobs.txt"
    jobs.write_text("".join(f"{f.resolve()}\t{t.resolve()}\n" for f, t in targets.items()),
                    encoding="utf-8")
    run_soffice(exe, profile, MACRO_URL, env={JOBS_ENV: str(jobs.resolve())},
             timeout=TIMEOUT_BASE + TIMEOUT_PER_FILE * len(files))
    status = jobs.with_name(jobs.name + ".status")
    failed = [line for line in status.read_text(encoding="utf-8", errors="replace").splitlines()
              if line.startswith("failed")] if status.exists() else ["no status written"]
    if failed:
        raise RuntimeError("LibreOffice could not export: " + "; ".join(failed[:3]))
    return {t.name: t.read_bytes() for t in targets.values() if t.exists()}
