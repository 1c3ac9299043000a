"""Swedish texts about the machine the tool runs on: finding LibreOffice, path lengths
(see assembler/i18n/sv/__init__.py)."""

from __future__ import annotations

from collections.abc import Callable

SV: dict[str, str | Callable[..., str]] = {
    "LibreOffice (soffice) was not found": "LibreOffice (soffice) hittades inte",
    "install LibreOffice (libreoffice.org; Debian: apt-get install libreoffice-writer) "
    "or set {var} to the full path of soffice":
        "installera LibreOffice (libreoffice.org; Debian: apt-get install libreoffice-writer) "
        "eller sätt {var} till den fullständiga sökvägen till soffice",
    "{var} names {path}, which is not a file": "{var} anger {path}, som inte är en fil",
    "set {var} to the full path of soffice (Windows: "
    "C:\\Program Files\\LibreOffice\\program\\soffice.exe)":
        "sätt {var} till den fullständiga sökvägen till soffice (Windows: "
        "C:\\Program Files\\LibreOffice\\program\\soffice.exe)",
    ", or leave out --pdf": ", eller utelämna --pdf",
    "the full path is {n} characters long; Windows without long-path support accepts at most "
    "{max}":
        "den fullständiga sökvägen är {n} tecken lång; Windows utan stöd för långa sökvägar "
        "tillåter högst {max}",
    "choose a shorter --out folder, or move the plan folder closer to the drive "
    "(e.g. C:\\Planer\\)":
        "välj en kortare mapp med --out, eller flytta planmappen närmare enhetens rot "
        "(t.ex. C:\\Planer\\)",
}
