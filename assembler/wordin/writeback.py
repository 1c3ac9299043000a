"""All files or none: the changes of one import are staged as temporary files, then renamed."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from .importer import Change


def write_changes(changes: tuple[Change, ...]) -> None:
    """All files or none: every new text goes to a temporary file first, then all are renamed."""
    staged: list[tuple[str, Path]] = []
    try:
        for change in changes:
            if change.new is not None:
                change.path.parent.mkdir(parents=True, exist_ok=True)
                fd, tmp = tempfile.mkstemp(prefix=f".{change.path.name}.", suffix=".tmp",
                                           dir=change.path.parent)
                umask = os.umask(0)
                os.umask(umask)
                os.chmod(tmp, 0o666 & ~umask)
                with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
                    fh.write(change.new)
                staged.append((tmp, change.path))
    except BaseException:
        for tmp, _ in staged:
            Path(tmp).unlink(missing_ok=True)
        raise
    for tmp, target in staged:
        os.replace(tmp, target)
    for change in changes:
        if change.new is None:
            change.path.unlink(missing_ok=True)
