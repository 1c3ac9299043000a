"""The message catalogue: the CLI speaks Swedish by default, English with --lang en or an
English locale; every help text and every line the CLI prints itself has a Swedish entry."""

from __future__ import annotations

import ast
import string
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from assembler import messages
from assembler.cli import cli
from assembler.messages import SV, key, language, t

from .conftest import ROOT


def _help_texts(command: click.Command, ctx: click.Context) -> list[str]:
    texts = [x for x in (command.short_help, (command.help or "").partition("\f")[0]) if x]
    texts += [p.help for p in command.get_params(ctx) if getattr(p, "help", None)]
    if isinstance(command, click.Group):
        for name in command.list_commands(ctx):
            sub = command.get_command(ctx, name)
            assert sub is not None
            texts += _help_texts(sub, click.Context(sub, parent=ctx))
    return texts


def _printed_texts() -> list[str]:
    """The literal message ids of every t(...) call in the package."""
    found = []
    for py in sorted((ROOT / "assembler").rglob("*.py")):
        for node in ast.walk(ast.parse(py.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "t" and node.args:
                arg = node.args[0]
                for value in (arg.body, arg.orelse) if isinstance(arg, ast.IfExp) else (arg,):
                    assert not isinstance(value, ast.JoinedStr), f"{py.name}: t(f'…')"
                    if isinstance(value, ast.Constant):  # else help, walked above
                        found.append(str(value.value))
    return found


def test_every_help_text_and_printed_line_has_a_swedish_entry() -> None:
    texts = _help_texts(cli, click.Context(cli)) + _printed_texts()
    assert len(texts) > 120
    missing = sorted({key(x) for x in texts} - set(SV))
    assert missing == []


def test_swedish_entries_use_the_same_fields_as_their_ids() -> None:
    for msgid, entry in SV.items():
        fields = {f for _, f, _, _ in string.Formatter().parse(msgid) if f}
        if callable(entry):
            assert entry(**{f: 2 for f in fields}), msgid
        else:
            assert {f for _, f, _, _ in string.Formatter().parse(entry) if f} == fields, msgid


@pytest.mark.parametrize(("env", "expected"), [
    ({}, "sv"), ({"LANG": "C.UTF-8"}, "sv"), ({"LANG": "sv_SE.UTF-8"}, "sv"),
    ({"LANG": "en_GB.UTF-8"}, "en"), ({"LC_ALL": "en_US.UTF-8", "LANG": "sv_SE"}, "en"),
    ({"ASSEMBLER_LANG": "sv", "LANG": "en_US"}, "sv"), ({"ASSEMBLER_LANG": "en"}, "en"),
])
def test_the_language_comes_from_the_environment(env: dict[str, str], expected: str,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("ASSEMBLER_LANG", "LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    messages.choose(None)
    assert language() == expected


def test_singular_and_plural(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ASSEMBLER_LANG", "sv")
    assert t("{errors} error(s)", errors=1) == "1 fel"
    assert t("write {n} file(s)?", n=1) == "skriva 1 fil?"
    assert t("write {n} file(s)?", n=3) == "skriva 3 filer?"
    monkeypatch.setenv("ASSEMBLER_LANG", "en")
    assert t("write {n} file(s)?", n=3) == "write 3 file(s)?"


def test_the_cli_in_swedish_and_with_lang_en(tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ASSEMBLER_LANG", "sv")
    runner = CliRunner()
    folder = tmp_path / "plan"
    made = runner.invoke(cli, ["init", str(folder), "--county", "Län", "--region", "Region L",
                               "-m", "A kommun", "--strategy", "Ett", "--date", "2026-01-01"])
    assert made.exit_code == 0, made.output
    assert "skapade planmappen" in made.output and "1 strategi)" in made.output
    built = runner.invoke(cli, ["build", "--plan", str(folder)])
    assert built.exit_code == 0, built.output
    assert built.output.startswith("byggde 2 versioner av omgången remiss-2026")
    bad = runner.invoke(cli, ["build", "--plan", str(folder), "--round", "nope"])
    assert bad.exit_code == 10 and "1 fel" in bad.output and "fler fel kan följa" in bad.output
    helped = runner.invoke(cli, ["--help"])
    assert "Kommandon:" in helped.output and "Kontrollera källtexter" in helped.output
    sub = runner.invoke(cli, ["remiss", "status", "--help"])
    assert "Planmappen [standard: aktuell mapp]." in sub.output
    english = runner.invoke(cli, ["--lang", "en", "build", "--plan", str(folder)])
    assert english.output.startswith("built 2 edition(s) of round remiss-2026")
    english_help = runner.invoke(cli, ["--lang", "en", "init", "--help"])
    assert "Name of the county" in english_help.output and "Options:" in english_help.output
    again = runner.invoke(cli, ["build", "--plan", str(folder)])  # --lang lasts one run
    assert again.output.startswith("byggde")
