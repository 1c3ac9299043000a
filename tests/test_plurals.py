"""English counts say "1 local addition" and "2 local additions" (assembler/i18n/en.py), as the
Swedish ones do (assembler/i18n/sv/)."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from assembler.cli import cli
from assembler.i18n import messages
from assembler.i18n.en import EN
from assembler.i18n.messages import t


def test_every_english_plural_entry_has_a_swedish_one() -> None:
    assert EN and {messages.key(k) for k in EN} <= set(messages.SV)


@pytest.mark.parametrize(("count", "word"), [(1, "local addition,"), (2, "local additions,"),
                                             (0, "local additions,")])
def test_check_line_singular_and_plural(count: int, word: str,
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ASSEMBLER_LANG", "en")
    line = t("ok: {sections} common sections, {additions} local additions, {local} local "
             "sections, {frozen} frozen round(s) intact, {warnings} warning(s)",
             sections=1, additions=count, local=3, frozen=0, warnings=0)
    assert f" {count} {word} " in line
    assert line.startswith("ok: 1 common section, ") and ", 3 local sections, " in line


def test_init_and_check_in_english_with_one_arena_and_one_strategy(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ASSEMBLER_LANG", "en")
    folder = tmp_path / "plan"
    runner = CliRunner()
    made = runner.invoke(cli, ["init", str(folder), "--county", "Län", "--region", "Region L",
                               "-m", "A kommun", "--strategy", "Ett", "--date", "2026-01-01"])
    assert made.exit_code == 0, made.output
    assert "(2 principals, 1 arena, 1 strategy)" in made.output
    checked = runner.invoke(cli, ["check", "--strict", "--plan", str(folder)])
    assert checked.exit_code == 0, checked.output
    assert "ok: 2 common sections, 1 local addition, 0 local sections," in checked.output
