"""Finding LibreOffice: ASSEMBLER_SOFFICE, then PATH, then the usual install places (Windows,
macOS), tried here with a fake environment so that every branch runs on Linux."""

from __future__ import annotations

from pathlib import Path

import pytest

from assembler.remiss import lopdf, pdf


def fake_exe(path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("", encoding="utf-8")
    return path


def no_path(name: str) -> str | None:
    return None


def test_the_environment_variable_wins(tmp_path: Path) -> None:
    exe = fake_exe(tmp_path / "lo" / "soffice")
    env = {lopdf.SOFFICE_ENV: str(exe)}
    assert lopdf.find_soffice(env, which=lambda name: "/usr/bin/soffice") == str(exe)


def test_a_wrong_environment_variable_is_not_silently_ignored(tmp_path: Path) -> None:
    env = {lopdf.SOFFICE_ENV: str(tmp_path / "missing")}
    assert lopdf.find_soffice(env, which=lambda name: "/usr/bin/soffice") is None


def test_path_in_order_soffice_libreoffice_soffice_exe() -> None:
    seen: list[str] = []

    def which(name: str) -> str | None:
        seen.append(name)
        return "C:/LO/soffice.exe" if name == "soffice.exe" else None

    assert lopdf.find_soffice({}, which=which, places=[]) == "C:/LO/soffice.exe"
    assert seen == ["soffice", "libreoffice", "soffice.exe"]


def test_windows_program_files_when_not_on_path(tmp_path: Path) -> None:
    x86 = tmp_path / "Program Files (x86)"
    exe = fake_exe(x86 / "LibreOffice" / "program" / "soffice.exe")
    env = {"ProgramFiles": str(tmp_path / "Program Files"), "ProgramFiles(x86)": str(x86)}
    places = lopdf.install_places(env)
    assert places[:2] == [tmp_path / "Program Files" / "LibreOffice" / "program" / "soffice.exe",
                          exe]
    assert Path("/Applications/LibreOffice.app/Contents/MacOS/soffice") in places
    assert lopdf.find_soffice(env, which=no_path, places=places) == str(exe)


def test_none_found(tmp_path: Path) -> None:
    assert lopdf.find_soffice({}, which=no_path, places=[tmp_path / "soffice"]) is None


def test_the_error_says_what_to_install_and_names_the_variable(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ASSEMBLER_LANG", "en")
    monkeypatch.setattr(lopdf, "find_soffice", lambda: None)
    with pytest.raises(RuntimeError) as caught:
        pdf.convert([Path("a.docx")], 1)
    assert "install LibreOffice" in str(caught.value)
    assert lopdf.SOFFICE_ENV in str(caught.value)


def test_cli_pdf_without_libreoffice_is_a_config_error(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from click.testing import CliRunner

    from assembler.cli import cli

    monkeypatch.setenv(lopdf.SOFFICE_ENV, str(tmp_path / "nowhere" / "soffice.exe"))
    result = CliRunner().invoke(cli, ["--lang", "en", "batch", "r1", "--pdf",
                                      "--plan", str(tmp_path)])
    assert result.exit_code == 4, result.output
    assert f"{lopdf.SOFFICE_ENV} names" in result.output
    assert "leave out --pdf" in result.output
