"""`compose` on tiny inline plans: which text goes into which edition, and in which slot."""

from __future__ import annotations

from pathlib import Path

from assembler.compose import compose, editions, validate
from assembler.errors import Diagnostics, ExitCode
from assembler.model import LocalText, Section, Slot, Sources

from .stages import CHAPTER, load_plan, text_of

ADD = "---\ntarget: strategi-nara#lokalt\nmode: {mode}\n{extra}---\nByns egen text.\n"


def _sources(tmp_path: Path, mode: str = "append", extra: str = "") -> Sources:
    files = {"common/10-inledning.md": CHAPTER,
             "local/by/tillagg.md": ADD.format(mode=mode, extra=extra)}
    sources, diags = load_plan(tmp_path, files)
    assert sources is not None and diags.errors == []
    return sources


def _slot(section: Section) -> Slot:
    (slot,) = [b for s in section.walk() for b in s.blocks if isinstance(b, Slot)]
    return slot


def test_the_county_edition_comes_first_then_one_per_arena(tmp_path: Path) -> None:
    assert [(e.id, e.kind) for e in editions(_sources(tmp_path))] == [("lan", "county"),
                                                                      ("by", "arena")]


def test_an_append_keeps_the_common_text_and_adds_the_arenas_after_it(tmp_path: Path) -> None:
    sources = _sources(tmp_path)
    county, arena = editions(sources)
    slot = _slot(compose(sources, arena).sections[0])
    common, local = slot.blocks
    assert text_of(common) == "Gemensam text."
    assert isinstance(local, LocalText) and local.arena_id == "by" and local.mode == "append"
    assert text_of(local.blocks) == "Byns egen text."
    assert not local.show_attribution  # the arena's own plan does not name the arena
    county_local = _slot(compose(sources, county).sections[0]).blocks[1]
    assert isinstance(county_local, LocalText) and county_local.show_attribution


def test_a_replace_with_a_reason_takes_the_place_of_the_common_text(tmp_path: Path) -> None:
    sources = _sources(tmp_path, "replace", "reason: Byn har en egen rutin.\n")
    slot = _slot(compose(sources, editions(sources)[1]).sections[0])
    (local,) = slot.blocks
    assert isinstance(local, LocalText) and local.reason == "Byn har en egen rutin."


def test_a_replace_without_a_reason_is_a_compose_error(tmp_path: Path) -> None:
    files = {"common/10-inledning.md": CHAPTER,
             "local/by/tillagg.md": ADD.format(mode="replace", extra="")}
    _, diags = load_plan(tmp_path, files)
    (err,) = diags.errors
    assert err.code == ExitCode.COMPOSE and err.loc.path.endswith("local/by/tillagg.md")
    assert "without a reason" in err.message and "reason:" in err.hint


def test_an_addition_for_a_slot_that_does_not_exist_is_an_error(tmp_path: Path) -> None:
    files = {"common/10-inledning.md": CHAPTER,
             "local/by/tillagg.md": ADD.format(mode="append", extra="").replace(
                 "#lokalt", "#saknas")}
    sources, _ = load_plan(tmp_path, files)
    assert sources is not None
    diags = Diagnostics()
    validate(sources, diags)
    (err,) = diags.errors
    assert err.code == ExitCode.COMPOSE and "saknas" in err.message
    assert (err.loc.line, err.loc.col) == (2, 9)  # at the value of `target:`
