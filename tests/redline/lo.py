"""LibreOffice headless as a test oracle: accept or reject all tracked changes, export text.

See REDLINE_NOTES §9: a private profile with a Basic module that dispatches
.uno:AcceptAllTrackedChanges / .uno:RejectAllTrackedChanges and stores the file.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

MODULE = """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE script:module PUBLIC "-//OpenOffice.org//DTD OfficeDocument 1.0//EN" "module.dtd">
<script:module xmlns:script="http://openoffice.org/2000/script" script:name="Module1"
 script:language="StarBasic">
Sub AcceptAll()
  CreateUnoService(&quot;com.sun.star.frame.DispatchHelper&quot;).executeDispatch( _
    ThisComponent.CurrentController.Frame, &quot;.uno:AcceptAllTrackedChanges&quot;, &quot;&quot;, 0, Array())
  ThisComponent.store() : ThisComponent.close(True)
End Sub
Sub RejectAll()
  CreateUnoService(&quot;com.sun.star.frame.DispatchHelper&quot;).executeDispatch( _
    ThisComponent.CurrentController.Frame, &quot;.uno:RejectAllTrackedChanges&quot;, &quot;&quot;, 0, Array())
  ThisComponent.store() : ThisComponent.close(True)
End Sub
Sub Batch()
  Dim f As Integer, job As String, cmd As String
  Dim args(0) As New com.sun.star.beans.PropertyValue
  args(0).Name = &quot;Hidden&quot; : args(0).Value = True
  f = FreeFile
  Open Environ(&quot;LO_REDLINE_JOBS&quot;) For Input As #f
  Do While Not EOF(f)
    Line Input #f, job
    If Len(job) &gt; 2 Then
      cmd = &quot;.uno:RejectAllTrackedChanges&quot;
      If Left(job, 1) = &quot;A&quot; Then cmd = &quot;.uno:AcceptAllTrackedChanges&quot;
      doc = StarDesktop.loadComponentFromURL(ConvertToURL(Mid(job, 3)), &quot;_blank&quot;, 0, args())
      CreateUnoService(&quot;com.sun.star.frame.DispatchHelper&quot;).executeDispatch( _
        doc.CurrentController.Frame, cmd, &quot;&quot;, 0, Array())
      doc.store() : doc.close(True)
    End If
  Loop
  Close #f
  StarDesktop.terminate()
End Sub
</script:module>
"""


CHUNK = 60


class LibreOffice:
    def __init__(self, exe: str, workdir: Path) -> None:
        self.exe, self.work = exe, workdir
        self.profile = workdir / "profile"
        self._run("--terminate_after_init")
        (self.profile / "user" / "basic" / "Standard" / "Module1.xba").write_text(
            MODULE, encoding="utf-8")

    def _run(self, *args: str) -> None:
        subprocess.run([self.exe, "--headless", "--norestore",
                        f"-env:UserInstallation={self.profile.resolve().as_uri()}", *args],
                       check=True, capture_output=True, timeout=300)

    def resolve(self, docx: Path, accept: bool) -> Path:
        """A copy of the file with every change accepted (or rejected) by LibreOffice."""
        target = self.work / f"{docx.stem}-{'accepted' if accept else 'rejected'}.docx"
        shutil.copyfile(docx, target)
        macro = "AcceptAll" if accept else "RejectAll"
        self._run(f"vnd.sun.star.script:Standard.Module1.{macro}?language=Basic&location="
                  "application", str(target))
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
        subprocess.run([self.exe, "--headless", "--norestore",
                        f"-env:UserInstallation={self.profile.resolve().as_uri()}",
                        "vnd.sun.star.script:Standard.Module1.Batch?language=Basic&location="
                        "application"], check=True, capture_output=True, timeout=900,
                       env={**os.environ, "LO_REDLINE_JOBS": str(listing)})
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
