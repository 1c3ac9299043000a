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
import signal
import subprocess
from pathlib import Path
from xml.sax.saxutils import escape

TIMEOUT_BASE, TIMEOUT_PER_FILE = 120, 60  # seconds; a file takes 1–5 s, more under load
MACRO_URL = "vnd.sun.star.script:Standard.AssemblerPdf.Run?language=Basic&location=application"
JOBS_ENV = "ASSEMBLER_PDF_JOBS"
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

MODULE = f"""<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE script:module PUBLIC "-//OpenOffice.org//DTD OfficeDocument 1.0//EN" "module.dtd">
<script:module xmlns:script="http://openoffice.org/2000/script" script:name="AssemblerPdf"
 script:language="StarBasic">{escape(BASIC, {'"': "&quot;"})}</script:module>
"""
LIBRARY = """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE library:library PUBLIC "-//OpenOffice.org//DTD OfficeDocument 1.0//EN" "library.dtd">
<library:library xmlns:library="http://openoffice.org/2000/library" library:name="Standard"
 library:readonly="false" library:passwordprotected="false">
 <library:element library:name="Module1"/>
 <library:element library:name="AssemblerPdf"/>
</library:library>
"""


def _soffice(exe: str, profile: Path, *args: str, env: dict[str, str] | None = None,
             timeout: float = 120) -> None:
    """Run soffice in its own process group, so that a hung run is killed whole."""
    cmd = [exe, "--headless", "--norestore", "--invisible",
           f"-env:UserInstallation={profile.resolve().as_uri()}", *args]
    with subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                          env={**os.environ, **(env or {})}, start_new_session=True) as proc:
        try:
            _, err = proc.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
            raise RuntimeError(f"LibreOffice did not finish within {timeout:.0f} s") from None
    if proc.returncode:
        raise RuntimeError(f"LibreOffice failed ({proc.returncode}): {err.decode()[-300:]}")


def export(exe: str, files: list[Path], work: Path) -> dict[str, bytes]:
    """PDFs of `files` (name → bytes) from one soffice run in `work` (a fresh folder)."""
    profile, outdir = work / "profile", work / "out"
    outdir.mkdir(parents=True)
    _soffice(exe, profile, "--terminate_after_init")  # creates the profile and its Standard
    basic = profile / "user" / "basic" / "Standard"
    basic.mkdir(parents=True, exist_ok=True)
    (basic / "AssemblerPdf.xba").write_text(MODULE, encoding="utf-8")
    (basic / "script.xlb").write_text(LIBRARY, encoding="utf-8")
    targets = {f: outdir / (f.stem + ".pdf") for f in files}
    jobs = work / "jobs.txt"
    jobs.write_text("".join(f"{f.resolve()}\t{t.resolve()}\n" for f, t in targets.items()),
                    encoding="utf-8")
    _soffice(exe, profile, MACRO_URL, env={JOBS_ENV: str(jobs.resolve())},
             timeout=TIMEOUT_BASE + TIMEOUT_PER_FILE * len(files))
    status = jobs.with_name(jobs.name + ".status")
    failed = [line for line in status.read_text(encoding="utf-8", errors="replace").splitlines()
              if line.startswith("failed")] if status.exists() else ["no status written"]
    if failed:
        raise RuntimeError("LibreOffice could not export: " + "; ".join(failed[:3]))
    return {t.name: t.read_bytes() for t in targets.values() if t.exists()}
