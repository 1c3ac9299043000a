"""LibreOffice as a batch oracle: one soffice run for many files (the machine has two cores).

A Basic macro reads a job list (one line per file: action, input .docx, output prefix) and for
each file loads it hidden, optionally accepts or rejects every tracked change, and stores the
text. The action "toc" stores the text twice: as written (the cached contents page) and after
LibreOffice has updated every index from its own layout (…-updated.txt).
"""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

MODULE = """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE script:module PUBLIC "-//OpenOffice.org//DTD OfficeDocument 1.0//EN" "module.dtd">
<script:module xmlns:script="http://openoffice.org/2000/script" script:name="Batch"
 script:language="StarBasic">
Sub SaveText(doc As Object, target As String)
  Dim out(1) As New com.sun.star.beans.PropertyValue
  out(0).Name = &quot;FilterName&quot; : out(0).Value = &quot;Text (encoded)&quot;
  out(1).Name = &quot;FilterOptions&quot; : out(1).Value = &quot;UTF8&quot;
  doc.storeToURL(ConvertToURL(target), out())
End Sub
Sub Run()
  Dim f As Integer, line As String, parts, doc As Object, i As Integer
  Dim args(0) As New com.sun.star.beans.PropertyValue
  args(0).Name = &quot;Hidden&quot; : args(0).Value = True
  f = FreeFile
  Open Environ(&quot;LO_BATCH&quot;) For Input As #f
  Do While Not EOF(f)
    Line Input #f, line
    parts = Split(line, Chr(9))
    doc = StarDesktop.loadComponentFromURL(ConvertToURL(parts(1)), &quot;_blank&quot;, 0, args())
    If parts(0) = &quot;AcceptAll&quot; Or parts(0) = &quot;RejectAll&quot; Then
      CreateUnoService(&quot;com.sun.star.frame.DispatchHelper&quot;).executeDispatch( _
        doc.CurrentController.Frame, &quot;.uno:&quot; &amp; parts(0) &amp; &quot;TrackedChanges&quot;, &quot;&quot;, 0, Array())
    End If
    SaveText(doc, parts(2) &amp; &quot;.txt&quot;)
    If parts(0) = &quot;toc&quot; Then
      For i = 0 To doc.DocumentIndexes.Count - 1
        doc.DocumentIndexes.getByIndex(i).update()
      Next i
      SaveText(doc, parts(2) &amp; &quot;-updated.txt&quot;)
    End If
    doc.close(True)
  Loop
  Close #f
End Sub
</script:module>
"""
SCRIPT = """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE library:library PUBLIC "-//OpenOffice.org//DTD OfficeDocument 1.0//EN" "library.dtd">
<library:library xmlns:library="http://openoffice.org/2000/library" library:name="Standard"
 library:readonly="false" library:passwordprotected="false">
 <library:element library:name="Module1"/>
 <library:element library:name="Batch"/>
</library:library>
"""


class Batch:
    def __init__(self, exe: str, workdir: Path) -> None:
        self.exe, self.work = exe, workdir
        self.profile = workdir / "profile"
        self._soffice("--terminate_after_init")
        basic = self.profile / "user" / "basic" / "Standard"
        (basic / "Batch.xba").write_text(MODULE, encoding="utf-8")
        (basic / "script.xlb").write_text(SCRIPT, encoding="utf-8")

    def _soffice(self, *args: str, env: dict[str, str] | None = None) -> None:
        subprocess.run([self.exe, "--headless", "--norestore", "--invisible",
                        f"-env:UserInstallation=file://{self.profile}", *args],
                       check=True, capture_output=True, timeout=1800,
                       env={**os.environ, **(env or {})})

    def run(self, jobs: list[tuple[str, Path]]) -> list[Path]:
        """(action, file) → output prefix per job; action "", "AcceptAll", "RejectAll", "toc"."""
        out = self.work / f"out{len(list(self.work.glob('jobs*')))}"
        out.mkdir()
        prefixes = [out / f"{i:03d}-{path.stem}" for i, (_, path) in enumerate(jobs)]
        listing = out.with_name(out.name.replace("out", "jobs") + ".txt")
        listing.write_text("".join(f"{action or 'text'}\t{path.resolve()}\t{prefix}\n"
                                   for (action, path), prefix in zip(jobs, prefixes, strict=True)),
                           encoding="utf-8")
        self._soffice("vnd.sun.star.script:Standard.Batch.Run?language=Basic&location=application",
                      env={"LO_BATCH": str(listing)})
        return prefixes


def read(prefix: Path, suffix: str = "") -> str:
    return prefix.with_name(prefix.name + suffix + ".txt").read_text(encoding="utf-8-sig")
