"""The message catalogue: the CLI speaks Swedish by default, English with --lang en or an
English locale; every help text and every line the CLI prints itself has a Swedish entry."""

from __future__ import annotations

import ast
import os
import string
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from assembler.cli import cli
from assembler.i18n import messages
from assembler.i18n.messages import SV, key, language, t
from assembler.i18n.sv import click as click_sv

from .conftest import ROOT

# Modules whose every text must have a Swedish entry: every module of the package (the stages'
# modules too, since h8-stages converted theirs).
NOT_YET: tuple[str, ...] = ()


def _module(py: Path) -> str:
    parts = py.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


STRICT = tuple(m for m in map(_module, sorted((ROOT / "assembler").rglob("*.py")))
               if not m.startswith("assembler.i18n.sv")
               and not any(m == n or m.startswith(n + ".") for n in NOT_YET))


def _help_texts(command: click.Command, ctx: click.Context) -> list[str]:
    texts: list[str] = []
    if getattr(command.callback, "__module__", "") in STRICT:
        texts += [x for x in (command.short_help, (command.help or "").partition("\f")[0]) if x]
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
        if _module(py) not in STRICT:
            continue
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
    assert len(texts) > 100
    missing = sorted({key(x) for x in texts} - set(SV))
    assert missing == []


def test_swedish_entries_use_the_same_fields_as_their_ids() -> None:
    for msgid, entry in SV.items():
        fields = {f for _, f, _, _ in string.Formatter().parse(msgid) if f}
        if callable(entry):
            assert entry(**{f: 2 for f in fields}), msgid
        elif key(msgid) in {key(k) for k in click_sv.SV}:  # click fills in the fields itself
            assert {f for _, f, _, _ in string.Formatter().parse(entry) if f} <= fields, msgid
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
    ok = ("ok: {sections} common sections, {additions} local additions, {local} local "
          "sections, {frozen} frozen round(s) intact, {warnings} warning(s)")
    assert t(ok, sections=1, additions=1, local=0, frozen=1, warnings=1) == (
        "ok: 1 gemensamt avsnitt, 1 lokalt tillägg, 0 lokala avsnitt, "
        "1 fryst omgång oförändrad, 1 varning")
    assert "2 frysta omgångar oförändrade" in t(ok, sections=2, additions=2, local=2, frozen=2,
                                                warnings=2)
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


# The calls that make a diagnostic, and the positions of their message and hint.
DIAGNOSTIC_CALLS = {"error": (2, 3), "warn": (1, 2), "fail": (2, 3), "_fail": (1, 2),
                    "Diagnostic": (2, 3), "unreadable": (1, 2), "BadParameter": (0,),
                    "UsageError": (0,), "ClickException": (0,), "Conflict": (0,)}


def _literal_text(node: ast.expr) -> bool:
    """A message written in place: a string literal, an f-string, or one glued onto another."""
    if isinstance(node, ast.Constant):
        return isinstance(node.value, str) and node.value != ""
    if isinstance(node, ast.JoinedStr):
        return True
    if isinstance(node, ast.IfExp):
        return _literal_text(node.body) or _literal_text(node.orelse)
    if isinstance(node, ast.BinOp):
        return _literal_text(node.left) or _literal_text(node.right)
    return False


def _untranslated_messages(source: str) -> list[tuple[int, str]]:
    found = []
    for call in ast.walk(ast.parse(source)):
        if not isinstance(call, ast.Call):
            continue
        func = call.func
        name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
        if name not in DIAGNOSTIC_CALLS:
            continue
        args = [call.args[i] for i in DIAGNOSTIC_CALLS[name] if i < len(call.args)]
        args += [k.value for k in call.keywords if k.arg in ("message", "hint")]
        found += [(a.lineno, ast.unparse(a)) for a in args if _literal_text(a)]
    return sorted(found)


def test_diagnostics_are_made_with_t_in_every_strict_module() -> None:
    assert len(STRICT) > 100
    untranslated = []
    for py in sorted((ROOT / "assembler").rglob("*.py")):
        if _module(py) in STRICT:
            untranslated += [f"{py.relative_to(ROOT)}:{line}: {text[:60]}"
                             for line, text in _untranslated_messages(py.read_text("utf-8"))]
    assert untranslated == []


def test_the_ast_check_finds_messages_written_in_place() -> None:
    bad = ('diags.error(loc, code, "plain text")\n'
           'diags.warn(loc, t("ok"), f"hint {x}")\n'
           'raise fail(loc, code, "cycle: " + ", ".join(c))\n'
           'diags.error(loc, code, t("a") if x else "b", hint="see")\n')
    assert [line for line, _ in _untranslated_messages(bad)] == [1, 2, 3, 4, 4]
    good = ('diags.error(loc, code, t("a {x}", x=x), hint)\n'
            'raise fail(loc, code, message, "")\n')
    assert _untranslated_messages(good) == []


def test_words_passed_into_messages_have_entries() -> None:
    """Kinds of ids, what a YAML mapping is, and hints kept in constants are looked up when
    the message is made (t(variable)); each has a Swedish entry."""
    from assembler.load import plan as config
    from assembler.load import schema
    from assembler.ooxml import parse
    from assembler.remiss import ledger
    from assembler.wordin import inline_reader

    records = [r for m in (config, ledger) for r in vars(m).values()
               if isinstance(r, schema.Record)]
    words = {r.what for r in records if not r.what.startswith(("'", "plan"))}
    words |= {f.space or f.ref for r in records for f in r.fields if f.space or f.ref}
    words -= {"preserve"}
    words |= set(inline_reader.TRACKED.values()) | {parse._HINT, parse._BOMB}
    words |= {"truth value", "number", "date", "the output folder"}
    assert len(words) > 15
    assert sorted(w for w in words if not messages.translated(w)) == []


def _language_in_a_worker() -> str:
    return t("{errors} error(s)", errors=2)


def test_the_chosen_language_reaches_spawned_workers(monkeypatch: pytest.MonkeyPatch) -> None:
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    monkeypatch.setenv("ASSEMBLER_LANG", "sv")
    restore = messages.choose("en")
    try:
        with ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn")) as pool:
            assert pool.submit(_language_in_a_worker).result(timeout=120) == "2 error(s)"
    finally:
        restore()
        messages.choose(None)
    assert os.environ["ASSEMBLER_LANG"] == "sv" and language() == "sv"


def test_lang_lasts_one_run_and_leaves_the_environment_as_it_was(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ASSEMBLER_LANG", "sv")
    runner = CliRunner()
    english = runner.invoke(cli, ["--lang", "en", "check", "--plan", "/nonexistent"])
    assert "error(s)" in english.output or "Error" in english.output, english.output
    assert os.environ["ASSEMBLER_LANG"] == "sv"
    again = runner.invoke(cli, ["check", "--plan", "/nonexistent"])
    assert "fel" in again.output.lower(), again.output


def _new_plan(tmp_path: Path, runner: CliRunner) -> Path:
    folder = tmp_path / "plan"
    made = runner.invoke(cli, ["init", str(folder), "--county", "Län", "--region", "Region L",
                               "-m", "A kommun", "--strategy", "Ett", "--date", "2026-01-01"])
    assert made.exit_code == 0, made.output
    return folder


def test_diagnostics_in_swedish_with_positions_and_with_lang_en(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ASSEMBLER_LANG", "sv")
    runner = CliRunner()
    folder = _new_plan(tmp_path, runner)
    plan_yaml = folder / "sources" / "plan.yaml"
    text = plan_yaml.read_text(encoding="utf-8")
    plan_yaml.write_text(text.replace("  valid_from:", "  valid_frm:"), encoding="utf-8")
    line = next(i for i, ln in enumerate(text.splitlines(), 1) if "valid_from:" in ln)
    bad = runner.invoke(cli, ["check", "--plan", str(folder)])
    assert bad.exit_code == 4, bad.output
    assert f"plan.yaml:{line}:3: fel: okänd nyckel 'valid_frm' i plan\n" in bad.output
    assert "\n    tips: menade du 'valid_from'? tillåtna: authors," in bad.output
    assert ": fel: det obligatoriska datumet 'valid_from' saknas\n" in bad.output
    english = runner.invoke(cli, ["--lang", "en", "check", "--plan", str(folder)])
    assert f"plan.yaml:{line}:3: error: unknown key 'valid_frm' in plan\n" in english.output
    assert "\n    hint: did you mean 'valid_from'? allowed: authors," in english.output

    plan_yaml.write_text(text, encoding="utf-8")
    section = sorted((folder / "sources" / "common").glob("*.md"))[0]
    section.write_text(section.read_text(encoding="utf-8") + "\n![](karta.png)\n",
                       encoding="utf-8")
    last = len(section.read_text(encoding="utf-8").splitlines())
    bad = runner.invoke(cli, ["check", "--plan", str(folder)])
    assert bad.exit_code != 0, bad.output
    assert f"{section.name}:{last}:1: fel: bild utan alternativtext\n" in bad.output
    assert "\n    tips: skriv vad bilden visar mellan hakparenteserna" in bad.output
    english = runner.invoke(cli, ["--lang", "en", "check", "--plan", str(folder)])
    assert f"{section.name}:{last}:1: error: picture without alternative text\n" in english.output


def test_click_usage_errors_in_swedish_and_with_lang_en(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ASSEMBLER_LANG", "sv")
    runner = CliRunner()
    typo = runner.invoke(cli, ["build", "--stirct"])
    assert typo.exit_code == 2
    assert "Användning: " in typo.output and " --help' för hjälp." in typo.output
    assert "Fel: Flaggan '--stirct' finns inte. Menade du '--strict'?" in typo.output
    missing = runner.invoke(cli, ["init"])
    assert "Fel: Argument saknas 'DIR'." in missing.output
    choice = runner.invoke(cli, ["--lang", "xx", "check"])
    assert "Fel: Ogiltigt värde för '--lang': 'xx' är inte något av 'sv', 'en'." in choice.output
    extra = runner.invoke(cli, ["check", "a", "b"])
    assert "Fel: Oväntade extra argument (a b)" in extra.output
    english = runner.invoke(cli, ["--lang", "en", "build", "--stirct"])
    assert "Usage: " in english.output
    assert "Error: No such option '--stirct'. Did you mean '--strict'?" in english.output


def _summaries(command: click.Command, ctx: click.Context, path: str = "") -> dict[str, str]:
    out: dict[str, str] = {}
    if isinstance(command, click.Group):
        for name in command.list_commands(ctx):
            sub = command.get_command(ctx, name)
            assert sub is not None
            out[f"{path} {name}".strip()] = sub.get_short_help_str(limit=1000)
            out.update(_summaries(sub, click.Context(sub, parent=ctx), f"{path} {name}"))
    return out


def test_every_summary_in_a_command_list_is_swedish(monkeypatch: pytest.MonkeyPatch) -> None:
    """Also the summaries click makes of a command's help when it has no short help."""
    messages.choose(None)  # a run with --lang earlier in this process keeps its choice
    monkeypatch.setenv("ASSEMBLER_LANG", "en")
    english = _summaries(cli, click.Context(cli))
    monkeypatch.setenv("ASSEMBLER_LANG", "sv")
    swedish = _summaries(cli, click.Context(cli))
    assert len(english) > 20 and english.keys() == swedish.keys()
    assert [name for name in english if english[name] == swedish[name]] == []


def test_click_texts_install_survives_a_click_without_one_of_its_modules(
        monkeypatch: pytest.MonkeyPatch) -> None:
    from assembler.i18n import clicktext

    monkeypatch.setattr(clicktext, "MODULES", ("no_such_module", *clicktext.MODULES))
    clicktext.install()
    import click.exceptions

    assert click.exceptions._ is clicktext.gettext  # type: ignore[attr-defined]
