"""Remiss logistics: an anstånd in the round file, `remiss status`, and reminder letters."""

from __future__ import annotations

import re
import zipfile

from assembler.errors import ExitCode

from .conftest import Tree, paths

ARGS = ("sources", "responses", "out", "templates")


def text_of(path) -> str:  # type: ignore[no-untyped-def]
    xml = zipfile.ZipFile(path).read("word/document.xml").decode()
    return " ".join(re.findall(r"<w:t[^>]*>([^<]*)</w:t>", xml))


def test_extension_is_shown_and_reminders_go_to_who_has_not_answered(tree: Tree, cli) -> None:
    tree.edit("sources/rounds/remiss.yaml", "recipients: [region, norrby, soderby]",
              "recipients: [region, norrby, soderby]\nextensions: {soderby: 2024-01-12}")
    status = cli("remiss", "status", "remiss", *paths(tree, "sources", "responses"))
    assert status.exit_code == 0, status.output
    assert "Anstånd: Söderby kommun till 2024-01-12" in status.output
    result = cli("remiss", "reminder", "remiss", "--date", "2023-12-18", *paths(tree, *ARGS))
    assert result.exit_code == 0, result.output
    letters = sorted(tree.out.rglob("paminnelse-*.docx"))
    assert [p.name for p in letters] == ["paminnelse-soderby.docx"]  # the others answered
    text = text_of(letters[0])
    assert "Påminnelse: remiss av Testplan för primärvårdsnivå" in text
    assert "Vi har ännu inte fått något svar från Söderby kommun." in text
    assert "Söderby kommun har fått anstånd med svaret till 12 januari 2024." in text
    assert "Svar senast 12 januari 2024." in text
    assert "Datum: 18 december 2023" in text
    # the missiv states the principal's own last day
    built = cli("remiss", "build", "remiss", *paths(tree, "sources", "out", "templates"), "-p",
                "soderby")
    assert built.exit_code == 0, built.output
    assert "Svar senast 12 januari 2024." in text_of(
        tree.out / "remiss" / "remiss" / "soderby" / "missiv-soderby.docx")


def test_reminder_after_the_deadline_asks_for_an_answer_soon(tree: Tree, cli) -> None:
    result = cli("remiss", "reminder", "remiss", "--date", "2023-12-20", *paths(tree, *ARGS))
    assert result.exit_code == 0, result.output
    text = text_of(tree.out / "remiss" / "remiss" / "soderby" / "paminnelse-soderby.docx")
    assert "Svarstiden gick ut 15 december 2023." in text and "Vi ber er svara snarast." in text


def test_a_bad_extension_is_reported(tree: Tree, cli) -> None:
    tree.edit("sources/rounds/remiss.yaml", "recipients: [region, norrby, soderby]",
              "recipients: [region, norrby, soderby]\n"
              "extensions: {soderby: 2023-12-01, x: 2024-01-01}")
    result = cli("remiss", "status", "remiss", *paths(tree, "sources", "responses"))
    assert result.exit_code == ExitCode.CONFIG  # the lowest class of the errors found
    assert "remiss.yaml:10:35: error: unknown principal 'x'" in result.output
    assert "remiss.yaml:10:23: error: the extension for soderby (2023-12-01) is not after" \
        in result.output
