"""`assembler init DIR`: a new county's plan folder that builds at once and passes check --strict."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from assembler.cli import cli
from assembler.scaffold import cli as initcli

TOWNS = ("Ankeby kommun", "Björkby kommun", "Centerby kommun", "Dalby kommun", "Ekby kommun",
         "Forsby kommun", "Granby kommun", "Hammarby kommun", "Ifors kommun", "Järvsö kommun",
         "Kalmby kommun", "Östersunds kommun")
STRATEGIES = ("Ökad delaktighet", "Ökad kontinuitet", "Ökad tillgänglighet")


def invoke(*args: str | Path, input: str | None = None) -> Result:
    return CliRunner().invoke(cli, [str(a) for a in args], input=input, catch_exceptions=False)


def init(folder: Path, *extra: str) -> Result:
    args: list[str | Path] = ["init", folder, "--county", "Exempellän", "--region",
                              "Region Exempel", "--date", "2026-03-02"]
    for town in TOWNS:
        args += ["-m", town]
    for strategy in STRATEGIES:
        args += ["--strategy", strategy]
    return invoke(*args, *extra)


def document_text(docx: Path) -> str:
    with zipfile.ZipFile(docx) as zf:
        return zf.read("word/document.xml").decode("utf-8")


def test_init_13_principals_3_strategies_builds_and_passes_strict(tmp_path: Path) -> None:
    folder = tmp_path / "exempel"
    result = init(folder)
    assert result.exit_code == 0, result.output
    assert "13 principals, 12 arenas, 3 strategies" in result.output
    for rel in ("README.md", "sources/plan.yaml", "sources/common/10-inledning.md",
                "sources/rounds/remiss-2026.yaml", "sources/local/ankeby/anvandning.md"):
        assert (folder / rel).is_file(), rel
    assert (folder / "responses").is_dir() and not list((folder / "responses").glob("*.yaml"))
    assert not list(tmp_path.glob(".assembler-init-*")), "the staging folder is removed"

    checked = invoke("check", "--strict", "--plan", folder)
    assert checked.exit_code == 0, checked.output
    assert "0 warning(s)" in checked.output
    built = invoke("build", "--plan", folder)
    assert built.exit_code == 0, built.output
    out = folder / "output" / "remiss-2026"
    assert len(list(out.glob("plan-*.docx"))) == 13  # twelve arenas and the county-wide one
    county = document_text(out / "plan-lan.docx")
    assert "Exempellän" in county and "Ökad kontinuitet" in county
    assert "13 huvudmän" in county  # principals.count, as digits from 13 on
    assert "Lokal samverkansarena i Ankeby kommun består av Region Exempel och Ankeby kommun" \
        in county.replace("</w:t></w:r><w:r><w:t>", "")  # the example local addition
    status = invoke("remiss", "status", "remiss-2026", "--plan", folder)
    assert status.exit_code == 0, status.output
    assert "0 av 13 huvudmän har svarat" in status.output


def test_init_arenas_and_the_whole_remiss_and_decision_path(tmp_path: Path) -> None:
    folder = tmp_path / "norr"
    result = invoke("init", folder, "--county", "Norrlän", "--region", "Region Norr",
                    "-m", "Norrby kommun, Söderby kommun", "--arena", "Barnarenan",
                    "--arena", "Södra arenan=Söderby", "--strategy", "Ökad tillgänglighet",
                    "--date", "2026-09-15", "--dnr", "RN 2026/7")
    assert result.exit_code == 0, result.output
    plan = (folder / "sources" / "plan.yaml").read_text(encoding="utf-8")
    assert "principals: [region, norrby, soderby]" in plan  # Barnarenan: everybody
    assert "principals: [region, soderby]" in plan
    assert '"RN 2026/7"' in plan
    for step in (["check", "--strict"], ["build"], ["freeze", "remiss-2026"],
                 ["build", "--round", "beslut-2027", "--against", "remiss-2026"],
                 ["remiss", "build", "remiss-2026", "-j", "1"],
                 ["decision", "remiss-2026", "-j", "1"], ["check", "--strict"]):
        done = invoke(*step, "--plan", folder)
        assert done.exit_code == 0, (step, done.output)
    changes = json.loads((folder / "output" / "beslut-2027" / "changes-lan.json")
                         .read_text(encoding="utf-8"))
    assert changes is not None
    assert list((folder / "output" / "remiss-2026" / "remiss").glob("*/svarsmall-*.docx"))
    assert list((folder / "output" / "beslut-2027" / "beslut").glob(
        "*/tjansteskrivelse-*.docx"))


def test_init_refuses_a_non_empty_folder_without_force(tmp_path: Path) -> None:
    folder = tmp_path / "befintlig"
    folder.mkdir()
    (folder / "anteckningar.txt").write_text("mina anteckningar", encoding="utf-8")
    result = init(folder)
    assert result.exit_code == 8
    assert "befintlig: error: is not empty; nothing written" in result.output
    assert "--force" in result.output
    assert sorted(p.name for p in folder.iterdir()) == ["anteckningar.txt"]

    forced = init(folder, "--force")
    assert forced.exit_code == 0, forced.output
    assert (folder / "anteckningar.txt").read_text(encoding="utf-8") == "mina anteckningar"
    assert (folder / "sources" / "plan.yaml").is_file()


def test_init_into_an_empty_folder_and_a_file_in_the_way(tmp_path: Path) -> None:
    empty = tmp_path / "tom"
    empty.mkdir()
    assert init(empty).exit_code == 0
    blocker = tmp_path / "fil"
    blocker.write_text("x", encoding="utf-8")
    result = init(blocker)
    assert result.exit_code == 8 and "is a file, not a folder" in result.output


def test_init_is_deterministic(tmp_path: Path) -> None:
    init(tmp_path / "a")
    init(tmp_path / "b")
    files_a = sorted(p.relative_to(tmp_path / "a") for p in (tmp_path / "a").rglob("*"))
    assert files_a == sorted(p.relative_to(tmp_path / "b") for p in (tmp_path / "b").rglob("*"))
    for rel in files_a:
        if (tmp_path / "a" / rel).is_file():
            assert (tmp_path / "a" / rel).read_bytes() == (tmp_path / "b" / rel).read_bytes()


def test_init_without_answers_off_a_terminal_names_the_missing_option(tmp_path: Path) -> None:
    result = invoke("init", tmp_path / "x")
    assert result.exit_code == 4
    assert "--county: error: missing --county" in result.output
    assert not (tmp_path / "x").exists()


def test_init_arena_with_an_unknown_municipality(tmp_path: Path) -> None:
    result = invoke("init", tmp_path / "x", "--county", "L", "--region", "Region L",
                    "-m", "Norrby kommun", "--arena", "Västra=Väst")
    assert result.exit_code == 4
    assert "Väst is not among the municipalities" in result.output
    assert not (tmp_path / "x").exists()


def test_init_asks_on_a_terminal(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(initcli, "interactive", lambda: True)
    answers = "Frågelän\nRegion Fråga\nAby kommun, Bby kommun\n\nÖkad delaktighet, Ökad kontinuitet\n"
    result = invoke("init", tmp_path / "fraga", "--date", "2026-01-10", input=answers)
    assert result.exit_code == 0, result.output
    assert "3 principals, 2 arenas, 2 strategies" in result.output
    plan = (tmp_path / "fraga" / "sources" / "plan.yaml").read_text(encoding="utf-8")
    assert 'county: "Frågelän"' in plan and "id: okad-kontinuitet" in plan
    assert invoke("check", "--strict", "--plan", tmp_path / "fraga").exit_code == 0
