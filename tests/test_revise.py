"""Model-level redline: word granularity, and accept/reject invariants on random documents."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from assembler.errors import Loc
from assembler.model import (
    COUNTY,
    Document,
    Edition,
    FormatChange,
    ListBlock,
    Paragraph,
    Revision,
    Section,
    Table,
    Text,
)
from assembler.rounds.revise import diff_inlines, revise

from .revisions import accepted, clean, rejected

L = Loc("")
WORDS = ["vård", "nära", "primärvård", "Åre", "Östersund", "ökad", "samverkan", "och", "i",
         "kommunerna", "regionen", ",", ".", "–", "(2023)", "SÄBO"]


def test_word_level_changes_keep_unchanged_text_whole() -> None:
    out = diff_inlines((Text("Planen gäller från 1 oktober 2023 i länet."),),
                       (Text("Planen gäller från 1 november 2023 i hela länet."),))
    kinds = [(type(x).__name__, getattr(x, "kind", ""), x.children[0].text  # type: ignore[union-attr]
              if isinstance(x, Revision) else x.text) for x in out]  # type: ignore[union-attr]
    assert kinds == [
        ("Text", "", "Planen gäller från 1 "),
        ("Revision", "del", "oktober"), ("Revision", "ins", "november"),
        ("Text", "", " 2023 i "), ("Revision", "ins", "hela "), ("Text", "", "länet."),
    ]


def test_adjacent_word_changes_form_one_revision() -> None:
    out = diff_inlines((Text("den röda bilen kör"),), (Text("en blå buss kör"),))
    assert out[0] == Revision("del", (Text("den röda bilen"),))
    assert out[1] == Revision("ins", (Text("en blå buss"),))


def test_formatting_only_change_is_format_change() -> None:
    out = diff_inlines((Text("a "), Text("fet", bold=True)), (Text("a fet"),))
    assert out == (Text("a "), FormatChange((Text("fet"),), True, False))


sentences = st.lists(st.tuples(st.sampled_from(WORDS), st.booleans()), min_size=1, max_size=12)


def to_inlines(words: list[tuple[str, bool]]) -> tuple[Text, ...]:
    return tuple(Text(w + " ", bold=b) for w, b in words)


def document(paras: list[list[tuple[str, bool]]], rows: list[list[tuple[str, bool]]],
             items: list[list[tuple[str, bool]]]) -> Document:
    blocks: list = [Paragraph(to_inlines(p), L) for p in paras]
    if rows:
        blocks.append(Table((to_inlines([("Aktivitet", False)]), to_inlines([("Ansvar", False)])),
                            tuple((to_inlines(r[:2]), to_inlines(r[2:] or [("x", False)]))
                                  for r in rows), ("left", "left"), L))
    if items:
        blocks.append(ListBlock(False, tuple((Paragraph(to_inlines(i), L),) for i in items), L))
    section = Section("kapitel", (Text("Kapitel"),), tuple(blocks), (), L)
    return Document(Edition(COUNTY, "county", "Plan", "Län"), (section,), {}, {"kapitel": "1"})


documents = st.builds(document, st.lists(sentences, max_size=5), st.lists(sentences, max_size=4),
                      st.lists(sentences, max_size=3))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(old=documents, new=documents)
def test_accept_all_is_new_and_reject_all_is_old(old: Document, new: Document) -> None:
    from .conftest import render_plain

    tracked = render_plain(revise(old, new), revision=("Test", "2024-01-01T00:00:00Z"))
    expected_new, expected_old = clean(render_plain(new)), clean(render_plain(old))
    got_new, got_old = accepted(tracked), rejected(tracked)
    # the table of contents before the chapter is regenerated, not tracked
    assert got_new[got_new.index("Kapitel"):] == expected_new[expected_new.index("Kapitel"):]
    assert got_old[got_old.index("Kapitel"):] == expected_old[expected_old.index("Kapitel"):]


def test_model_diff_marks_words_as_assembler_diff_does() -> None:
    from assembler.redline.wordedit import word_edit

    for old, new in [("Hälso- och sjukvårdslagen (2017:30) gäller.",
                      "Hälso- och sjukvårdslagen (2017:31) gäller."),
                     ("se avsnitt 1.2.3, t.ex. i Åre", "se avsnitt 1.2.4, t.ex. i Östersund")]:
        out = diff_inlines((Text(old),), (Text(new),))
        deleted = [x.children[0].text for x in out  # type: ignore[union-attr]
                   if isinstance(x, Revision) and x.kind == "del"]
        inserted = [x.children[0].text for x in out  # type: ignore[union-attr]
                    if isinstance(x, Revision) and x.kind == "ins"]
        edit = word_edit(old, new)
        assert deleted == [old[a:b] for _, a, b in edit.deleted], old
        assert inserted == [new[a:b] for a, b in edit.inserted], new
    assert deleted == ["1.2.3", "Åre"] and inserted == ["1.2.4", "Östersund"]
