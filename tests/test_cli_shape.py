"""One CLI shape: one ClickException subclass, one set of shared options, subcommands registered
declaratively without an import cycle, help that is never cut off."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import click
from click.testing import CliRunner

from assembler.cli import LazyGroup, cli

from .conftest import ROOT


def _walk(group: click.Group, ctx: click.Context, path: tuple[str, ...] = ()):  # type: ignore[no-untyped-def]
    for name in group.list_commands(ctx):
        command = group.get_command(ctx, name)
        assert command is not None, name
        yield (*path, name), command
        if isinstance(command, click.Group):
            yield from _walk(command, click.Context(command, parent=ctx), (*path, name))


def test_every_help_runs_and_no_summary_is_cut_off() -> None:
    ctx = click.Context(cli)
    commands = list(_walk(cli, ctx))
    assert len(commands) >= 20
    for path, command in [((), cli), *commands]:
        result = CliRunner().invoke(cli, [*path, "--help"])
        assert result.exit_code == 0, (path, result.output)
        listed = result.output.partition("Commands:")[2]
        assert "..." not in listed, (path, result.output)
        if isinstance(command, click.Group):
            for name in command.list_commands(ctx):
                assert name in result.output


def test_one_click_exception_and_shared_options_only_from_cliopts() -> None:
    subclasses, old_imports = [], []
    for py in sorted((ROOT / "assembler").rglob("*.py")):
        tree = ast.parse(py.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef) and any(
                    "ClickException" in ast.unparse(b) for b in node.bases):
                subclasses.append(f"{py.name}:{node.name}")
            if isinstance(node, ast.ImportFrom) and node.module in ("cli", "assembler.cli") \
                    and node.level in (0, 2) and py.parent.name != "assembler":
                old_imports.append(py.relative_to(ROOT).as_posix())
    assert subclasses == ["cliopts.py:UserError"]
    assert old_imports == [], "subcommand modules import the shared options from cliopts"


def test_subcommands_are_registered_by_import_path_without_a_cycle() -> None:
    for target in LazyGroup.lazy.values():
        module, _, name = target.partition(":")
        code = (f"import sys, {module} as m; assert isinstance(m.{name}, __import__('click')"
                f".Command); assert 'assembler.cli' not in sys.modules, '{module} imports cli'")
        proc = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                              text=True, env={"PYTHONPATH": str(ROOT), "PATH": ""})
        assert proc.returncode == 0, (module, proc.stderr)


def test_python_m_assembler_and_exit_codes(tmp_path: Path) -> None:
    env = {"PYTHONPATH": str(ROOT), "ASSEMBLER_LANG": "en"}
    proc = subprocess.run([sys.executable, "-m", "assembler", "remiss", "status", "nope",
                           "--plan", str(ROOT)], capture_output=True, text=True, env=env,
                          cwd=tmp_path)
    assert proc.returncode == 10, proc.stderr
    assert "Traceback" not in proc.stderr
    usage = subprocess.run([sys.executable, "-m", "assembler", "nope"], capture_output=True,
                           text=True, env=env, cwd=tmp_path)
    assert usage.returncode == 2 and "No such command 'nope'" in usage.stderr
