"""A template as data: the file's bytes, read once per run by the gathering step, and the path
it was read from (for messages). Renderers open it from memory (python-docx and docxtpl read a
BytesIO), so `batch`'s worker processes get data and never open a template file.

The layout metrics of the contents-page estimate (render/layout.py) are not kept here: they are
read from the filled document in memory, whose numbering the renderer extends first.
"""

from __future__ import annotations

import io
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from ..errors import ExitCode, Loc, fail, shown
from ..i18n.messages import t
from . import NAMES, Templates


@dataclass(frozen=True)
class Template:
    """One template file's contents and where they came from."""

    path: Path
    data: bytes

    def stream(self) -> io.BytesIO:
        """A fresh file object over the bytes, for python-docx or docxtpl."""
        return io.BytesIO(self.data)

    def __str__(self) -> str:
        return str(self.path)

    @classmethod
    def read(cls, path: Path) -> Template:
        """The template at `path`; exit 9 with its path when it cannot be read."""
        try:
            return cls(path, path.read_bytes())
        except OSError:
            raise fail(Loc(shown(path)), ExitCode.TEMPLATE, t("template not found"),
                       t("give an existing .docx, or leave the option out to use the "
                         "packaged template")) from None

    @classmethod
    def of(cls, template: Template | Path) -> Template:
        """`template` as a value: read when a path is given."""
        return template if isinstance(template, Template) else cls.read(template)


def load_templates(templates: Templates, principals: Iterable[str] = (),
                   names: Iterable[str] = NAMES) -> Mapping[tuple[str, str], Template]:
    """(name, principal or "") → Template for every name, common and per principal (also the
    principals that have a folder of their own); each file is read once."""
    by_path: dict[Path, Template] = {}
    everyone = {""} | set(principals) | {p for _, p, _ in templates.every()}
    out: dict[tuple[str, str], Template] = {}
    for name in names:
        for principal in sorted(everyone):
            path = templates.path(name, principal)
            if path not in by_path:
                by_path[path] = Template.read(path)
            out[name, principal] = by_path[path]
    return out
