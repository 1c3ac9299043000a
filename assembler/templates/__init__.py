"""The house templates: shipped inside the package, overridable per file.

Which file is used for a template, first match wins:

1. `--template FILE` (the plan template only);
2. `--templates DIR`: a file of that name in DIR, the principal's own first
   (`DIR/<principal-id>/missiv.docx`, then `DIR/missiv.docx`);
3. the plan folder's own `templates/`, the same way (`templates/<principal-id>/missiv.docx`,
   then `templates/missiv.docx`);
4. the packaged template (this folder, read through importlib.resources).

A principal's own templates (logo, header, fonts) exist for the documents addressed to it:
missiv, svarsmall, tjansteskrivelse and paminnelse (and the joint body's tjänsteskrivelse under
its id). The plan itself is one common document: `plan.docx` is never looked up per principal.
`Templates.path` is the one lookup; adding a principal's template needs no code change.

The builder scripts beside this file (make_template.py, make_letters.py) regenerate the packaged
.docx files; they are not imported by the tool.
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib.resources import files
from pathlib import Path

from ..errors import Diagnostics, ExitCode, Loc, shown
from ..i18n.messages import t

NAMES = {"plan": "plan.docx", "missiv": "missiv.docx", "svarsmall": "svarsmall.docx",
         "tjansteskrivelse": "tjansteskrivelse.docx", "paminnelse": "paminnelse.docx"}


def packaged(name: str) -> Path:
    """The packaged template `name` (a key of NAMES) as a file on disk."""
    # Installed from a wheel or a checkout, the package is a folder: files() is a Path there.
    return Path(str(files(__name__).joinpath(NAMES[name])))


@dataclass(frozen=True)
class Templates:
    """Where each template of a run comes from (see the module docstring)."""

    plan_file: Path | None = None  # --template FILE
    override: Path | None = None  # --templates DIR
    plan_folder: Path | None = None  # PLAN/templates/, used when it exists

    def path(self, name: str, principal: str = "") -> Path:
        """The template `name` (a key of NAMES) of a run, for `principal` when given."""
        if name == "plan" and self.plan_file is not None:
            return self.plan_file
        own = principal and name != "plan"
        for folder in (self.override, self.plan_folder):
            for candidate in ((folder / principal / NAMES[name]) if own and folder else None,
                              folder / NAMES[name] if folder else None):
                if candidate is not None and candidate.is_file():
                    return candidate
        return packaged(name)

    def every(self) -> list[tuple[str, str, Path]]:
        """(name, principal or "", path) of every template a run can pick, in lookup order."""
        out = [(name, "", self.path(name)) for name in NAMES]
        for folder in (self.override, self.plan_folder):
            if folder is None or not folder.is_dir():
                continue
            for sub in sorted(p for p in folder.iterdir() if p.is_dir()):
                out += [(name, sub.name, sub / NAMES[name]) for name in NAMES
                        if name != "plan" and (sub / NAMES[name]).is_file()]
        return out

    def check(self, diags: Diagnostics, names: tuple[str, ...] = tuple(NAMES)) -> None:
        """Report a template file or folder that was asked for but does not exist."""
        if self.override is not None and not self.override.is_dir():
            diags.error(Loc(shown(self.override)), ExitCode.TEMPLATE,
                        t("templates folder not found"),
                        t("--templates names a folder holding any of {names}",
                          names=", ".join(NAMES.values())))
        for name in names:
            path = self.path(name)
            if not path.is_file():
                diags.error(Loc(shown(path)), ExitCode.TEMPLATE, t("template not found"),
                            t("give an existing .docx, or leave the option out to use the "
                              "packaged template"))
