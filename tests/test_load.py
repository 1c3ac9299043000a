"""`load` on tiny inline plans: what it reads, and where it says a problem is."""

from __future__ import annotations

from pathlib import Path

from assembler.errors import ExitCode

from .stages import CHAPTER, PLAN, load_plan


def test_reads_the_plan_the_chapters_and_the_local_files(tmp_path: Path) -> None:
    addition = "---\ntarget: strategi-nara#lokalt\nmode: append\n---\nI {{ arena.name }}.\n"
    sources, diags = load_plan(tmp_path, {"common/10-inledning.md": CHAPTER,
                                          "local/by/tillagg.md": addition})
    assert sources is not None and diags.items == []
    assert [p.id for p in sources.config.principals] == ["region", "by"]
    assert [c.section.id for c in sources.chapters] == ["inledning"]
    assert [s.id for s in sources.chapters[0].section.children] == ["strategi-nara"]
    (add,) = sources.additions
    assert (add.arena_id, add.section_id, add.slot, add.mode) == ("by", "strategi-nara",
                                                                 "lokalt", "append")
    assert add.loc.path.endswith("local/by/tillagg.md")


def test_chapters_are_ordered_by_their_order_not_their_file_name(tmp_path: Path) -> None:
    second = "---\nid: andra\ntitle: Andra\norder: 5\n---\nText.\n"
    sources, _ = load_plan(tmp_path, {"common/10-inledning.md": CHAPTER,
                                      "common/99-andra.md": second})
    assert sources is not None
    assert [c.section.id for c in sources.chapters] == ["andra", "inledning"]


def test_a_wrong_key_in_plan_yaml_is_reported_at_its_line_and_column(tmp_path: Path) -> None:
    plan = PLAN.replace("  short_title: Liten\n", "  short_titel: Liten\n")
    _, diags = load_plan(tmp_path, plan=plan)
    (err,) = diags.errors
    assert err.code == ExitCode.CONFIG
    assert err.loc.path.endswith("plan.yaml") and (err.loc.line, err.loc.col) == (3, 3)
    assert "short_titel" in err.message and "did you mean 'short_title'" in err.hint


def test_a_local_folder_for_an_unknown_arena_is_an_error(tmp_path: Path) -> None:
    addition = "---\ntarget: strategi-nara#lokalt\nmode: append\n---\nText.\n"
    _, diags = load_plan(tmp_path, {"common/10-inledning.md": CHAPTER,
                                    "local/okand/tillagg.md": addition})
    (err,) = diags.errors
    assert err.code == ExitCode.REFERENCE and err.loc.path.endswith("local/okand")


def test_no_plan_yaml_gives_no_sources_and_one_error(tmp_path: Path) -> None:
    from assembler.errors import Diagnostics
    from assembler.load.sources import load

    diags = Diagnostics()
    assert load(tmp_path, diags) is None
    (err,) = diags.errors
    assert "plan.yaml not found" in err.message and err.code == ExitCode.SYNTAX
