"""Source locations, diagnostics and the error classes the CLI maps to exit codes.

Every stage collects problems into a list of `Diagnostic`s instead of raising at the first one,
so that `assembler check` reports all of them in one run (like `mkdocs build`).
"""

from __future__ import annotations

import functools
import json
from dataclasses import dataclass
from enum import IntEnum
from pathlib import Path

from .i18n.messages import t


class ExitCode(IntEnum):
    """One exit code per class of problem; documented in the README."""

    OK = 0
    SYNTAX = 3  # YAML/Markdown/front matter cannot be read
    CONFIG = 4  # plan.yaml is readable but wrong (unknown principal, duplicate id, bad date …)
    REFERENCE = 5  # unknown cross-reference/variable/footnote, duplicate id, cycle
    COMPOSE = 6  # addition for unknown section/slot, override without reason, orphaned addition
    WARNING = 7  # warnings under --strict
    OUTPUT = 8  # output edited by hand since generated, cannot write
    TEMPLATE = 9  # house template missing or broken
    ROUND = 10  # unknown round, frozen round changed


@functools.cache
def _cwd() -> Path:
    return Path.cwd().resolve()


def shown(path: Path) -> str:
    """Paths in messages are relative to the working directory when possible."""
    if not path.is_absolute():
        return path.as_posix()
    try:
        return path.relative_to(_cwd()).as_posix()
    except ValueError:
        return path.as_posix()


def quoted(path: str) -> str:
    """A path as printed in `path:line:col`: quoted (JSON style) when it holds a line break,
    another control character or a quote, so that one message stays one line."""
    if path.isprintable() and '"' not in path:
        return path
    return json.dumps(path)


@dataclass(frozen=True, order=True)
class Loc:
    """A position in a source file; line and col are 1-based."""

    path: str
    line: int = 0
    col: int = 0

    def __str__(self) -> str:
        """`path:line:col`, or only the path for a problem with the whole file (line 0)."""
        if self.line <= 0:
            return quoted(self.path)
        return f"{quoted(self.path)}:{self.line}:{self.col}"

    def shifted(self, lines: int, col: int | None = None) -> Loc:
        return Loc(self.path, self.line + lines, self.col if col is None else col)


@dataclass(frozen=True, order=True)
class Diagnostic:
    loc: Loc
    code: ExitCode
    message: str
    hint: str = ""
    warning: bool = False

    def __str__(self) -> str:
        kind = t("warning") if self.warning else t("error")
        text = f"{self.loc}: {kind}: {self.message}"
        return f"{text}\n    {t('hint')}: {self.hint}" if self.hint else text


class Diagnostics:
    """Collects diagnostics from every stage; `raise_if_errors` ends a run with all of them."""

    def __init__(self) -> None:
        self.items: list[Diagnostic] = []

    def error(self, loc: Loc, code: ExitCode, message: str, hint: str = "") -> None:
        self.items.append(Diagnostic(loc, code, message, hint))

    def warn(self, loc: Loc, message: str, hint: str = "") -> None:
        self.items.append(Diagnostic(loc, ExitCode.WARNING, message, hint, warning=True))

    @property
    def errors(self) -> list[Diagnostic]:
        return [d for d in self.items if not d.warning]

    @property
    def warnings(self) -> list[Diagnostic]:
        return [d for d in self.items if d.warning]

    def raise_if_errors(self, strict: bool = False) -> None:
        failing = self.items if strict else self.errors
        if failing:
            raise AssemblyError(sorted(set(failing)))


class AssemblyError(Exception):
    """A run ends with one or more diagnostics; the exit code is that of the first class hit."""

    def __init__(self, diagnostics: list[Diagnostic], more_may_follow: bool = False) -> None:
        self.diagnostics = diagnostics
        self.more_may_follow = more_may_follow  # later checks need these fixed first
        super().__init__("\n".join(str(d) for d in diagnostics))

    @property
    def exit_code(self) -> int:
        codes = [d.code for d in self.diagnostics if not d.warning] or [ExitCode.WARNING]
        return int(min(codes))


def fail(loc: Loc, code: ExitCode, message: str, hint: str = "") -> AssemblyError:
    """A single-diagnostic error, for problems that stop a run at once (e.g. unreadable output)."""
    return AssemblyError([Diagnostic(loc, code, message, hint)])
