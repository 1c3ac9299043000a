"""LibreOffice headless as a test oracle: accept or reject all tracked changes, export text.

See REDLINE_NOTES §9: a private profile with a Basic module that dispatches
.uno:AcceptAllTrackedChanges / .uno:RejectAllTrackedChanges and stores the file. Profile,
module and runs go through the tool's own runner (assembler/remiss/lopdf.py).
"""

from __future__ import annotations

import shutil
from pathlib import Path

from assembler.remiss.lopdf import install_basic, run_soffice

BASIC = """Sub AcceptAll()
  CreateUnoService("com.sun.star.frame.DispatchHelper").executeDispatch( _
    ThisComponent.CurrentController.Frame, ".uno:AcceptAllTrackedChanges", "", 0, Array())
  ThisComponent.store() : ThisComponent.close(True)
End Sub
Sub RejectAll()
  CreateUnoService("com.sun.star.frame.DispatchHelper").executeDispatch( _
    ThisComponent.CurrentController.Frame, ".uno:RejectAllTrackedChanges", "", 0, Array())
  ThisComponent.store() : ThisComponent.close(True)
End Sub
Sub Batch()
  Dim f As Integer, job As String, cmd As String
  Dim args(0) As New com.sun.star.beans.PropertyValue
  args(0).Name = "Hidden" : args(0).Value = True
  f = FreeFile
  Open Environ("LO_REDLINE_JOBS") For Input As #f
  Do While Not EOF(f)
    Line Input #f, job
    If Len(job) > 2 Then
      cmd = ".uno:RejectAllTrackedChanges"
      If Left(job, 1) = "A" Then cmd = ".uno:AcceptAllTrackedChanges"
      doc = StarDesktop.loadComponentFromURL(ConvertToURL(Mid(job, 3)), "_blank", 0, args())
      CreateUnoService("com.sun.star.frame.DispatchHelper").executeDispatch( _
        doc.CurrentController.Frame, cmd, "", 0, Array())
      doc.store() : doc.close(True)
    End If
  Loop
  Close #f
  StarDesktop.terminate()
End Sub
"""
MACRO = "vnd.sun.star.script:Standard.Redline.{sub}?language=Basic&location=application"
JOBS_ENV = "LO_REDLINE_JOBS"


CHUNK = 60


class LibreOffice:
    def __init__(self, exe: str, workdir: Path) -> None:
        self.exe, self.work = exe, workdir
        self.profile = workdir / "profile"
        install_basic(exe, self.profile, {"Redline": BASIC}, timeout=300)

    def _run(self, *args: str, env: dict[str, str] | None = None, timeout: float = 300) -> None:
        run_soffice(self.exe, self.profile, *args, env=env, timeout=timeout)

    def resolve(self, docx: Path, accept: bool) -> Path:
        """A copy of the file with every change accepted (or rejected) by LibreOffice."""
        target = self.work / f"{docx.stem}-{'accepted' if accept else 'rejected'}.docx"
        shutil.copyfile(docx, target)
        self._run(MACRO.format(sub="AcceptAll" if accept else "RejectAll"), str(target))
        return target

    def resolve_many(self, jobs: list[tuple[Path, bool]]) -> list[Path]:
        """Like `resolve` for many files in one LibreOffice run (accept if True)."""
        targets = []
        for n, (docx, accept) in enumerate(jobs):
            target = self.work / f"{n:03d}-{docx.stem}-{'accepted' if accept else 'rejected'}.docx"
            shutil.copyfile(docx, target)
            targets.append(target)
        listing = self.work / "jobs.txt"
        listing.write_text("".join(f"{'A' if accept else 'R'} {t}\n"
                                   for t, (_, accept) in zip(targets, jobs, strict=True)),
                           encoding="utf-8")
        self._run(MACRO.format(sub="Batch"), env={JOBS_ENV: str(listing)}, timeout=900)
        return targets

    def text(self, files: list[Path]) -> list[str]:
        """Plain text of each file as LibreOffice exports it (in chunks: one soffice run
        converts only so many files)."""
        out = self.work / "txt"
        for at in range(0, len(files), CHUNK):
            self._run("--convert-to", "txt:Text (encoded):UTF8", "--outdir", str(out),
                      *map(str, files[at:at + CHUNK]))
        return [(out / (f.stem + ".txt")).read_text(encoding="utf-8-sig") for f in files]

    def convert(self, docx: Path, outdir: Path) -> Path:
        """The file as LibreOffice saves it again as .docx (its own markup, rsids …)."""
        self._run("--convert-to", "docx:MS Word 2007 XML", "--outdir", str(outdir), str(docx))
        return outdir / docx.name
