"""All files or none: the changes of one import are staged as temporary files, then renamed."""

from __future__ import annotations

from ..output import replace_files
from .importer import Change


def write_changes(changes: tuple[Change, ...]) -> None:
    """All files or none: every new text goes to a temporary file first, then all are renamed;
    then the files the import removes are deleted."""
    replace_files({c.path: c.new.encode("utf-8") for c in changes if c.new is not None},
                  [c.path for c in changes if c.new is None])
