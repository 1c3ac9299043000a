"""LibreOffice as a batch oracle: one soffice run for many files (the machine has two cores).

A Basic macro reads a job list (one line per file: action, input .docx, output prefix) and for
each file loads it hidden, optionally accepts or rejects every tracked change, and stores the
text. The action "toc" stores the text twice: as written (the cached contents page) and after
LibreOffice has updated every index from its own layout (…-updated.txt).
"""

from __future__ import annotations

from pathlib import Path

from assembler.remiss.lopdf import install_basic, run_soffice

TIMEOUT = 1800  # seconds, for a whole batch on two busy cores
BATCH = """Sub SaveText(doc As Object, target As String)
  Dim out(1) As New com.sun.star.beans.PropertyValue
  out(0).Name = "FilterName" : out(0).Value = "Text (encoded)"
  out(1).Name = "FilterOptions" : out(1).Value = "UTF8"
  doc.storeToURL(ConvertToURL(target), out())
End Sub
Sub Run()
  Dim f As Integer, line As String, parts, doc As Object, i As Integer
  Dim args(0) As New com.sun.star.beans.PropertyValue
  args(0).Name = "Hidden" : args(0).Value = True
  f = FreeFile
  Open Environ("LO_BATCH") For Input As #f
  Do While Not EOF(f)
    Line Input #f, line
    parts = Split(line, Chr(9))
    doc = StarDesktop.loadComponentFromURL(ConvertToURL(parts(1)), "_blank", 0, args())
    If parts(0) = "AcceptAll" Or parts(0) = "RejectAll" Then
      CreateUnoService("com.sun.star.frame.DispatchHelper").executeDispatch( _
        doc.CurrentController.Frame, ".uno:" & parts(0) & "TrackedChanges", "", 0, Array())
    End If
    SaveText(doc, parts(2) & ".txt")
    If parts(0) = "toc" Then
      For i = 0 To doc.DocumentIndexes.Count - 1
        doc.DocumentIndexes.getByIndex(i).update()
      Next i
      SaveText(doc, parts(2) & "-updated.txt")
    End If
    doc.close(True)
  Loop
  Close #f
End Sub
"""


class Batch:
    """A LibreOffice profile with the Batch module (the tool's own installer and runner)."""

    def __init__(self, exe: str, workdir: Path) -> None:
        self.exe, self.work = exe, workdir
        self.profile = workdir / "profile"
        install_basic(exe, self.profile, {"Batch": BATCH}, timeout=TIMEOUT)

    def run(self, jobs: list[tuple[str, Path]]) -> list[Path]:
        """(action, file) → output prefix per job; action "", "AcceptAll", "RejectAll", "toc"."""
        out = self.work / f"out{len(list(self.work.glob('jobs*')))}"
        out.mkdir()
        prefixes = [out / f"{i:03d}-{path.stem}" for i, (_, path) in enumerate(jobs)]
        listing = out.with_name(out.name.replace("out", "jobs") + ".txt")
        listing.write_text("".join(f"{action or 'text'}\t{path.resolve()}\t{prefix}\n"
                                   for (action, path), prefix in zip(jobs, prefixes, strict=True)),
                           encoding="utf-8")
        run_soffice(self.exe, self.profile,
                    "vnd.sun.star.script:Standard.Batch.Run?language=Basic&location=application",
                    env={"LO_BATCH": str(listing)}, timeout=TIMEOUT)
        return prefixes


def read(prefix: Path, suffix: str = "") -> str:
    return prefix.with_name(prefix.name + suffix + ".txt").read_text(encoding="utf-8-sig")
