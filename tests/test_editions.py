"""What every edition of a plan must agree on: its round's date and version, and the numbers of
the common sections (the same in the county-wide edition and in every arena's edition)."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import pytest
from lxml import etree

from assembler.pipeline import build, check
from assembler.swedish import long_date

from .conftest import MINI, ROOT, TEMPLATE

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
EXAMPLE = ROOT / "sources"
PARTS = re.compile(r"word/(document|header\d*|footer\d*)\.xml")


def _paragraphs(path: Path) -> list[str]:
    out = []
    with zipfile.ZipFile(path) as z:
        for name in sorted(n for n in z.namelist() if PARTS.fullmatch(n)):
            root = etree.fromstring(z.read(name))
            out.extend("".join(t.text or "" for t in p.iter(f"{W}t")) for p in root.iter(f"{W}p"))
    return out


@pytest.fixture(scope="module")
def rounds_built(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[Path]]:
    out = tmp_path_factory.mktemp("rounds")
    # force: remiss-2023 is frozen and today's sources differ from it (build refuses otherwise)
    return {rid: build(EXAMPLE, out, TEMPLATE, ["lan", "berg"], round_id=rid, force=True).written
            for rid in ("remiss-2023", "beslut-2023")}


def test_each_edition_states_its_rounds_date_and_version(rounds_built) -> None:
    config = check(EXAMPLE, ["lan"]).sources.config
    versions = {}
    for rid, files in rounds_built.items():
        rnd = config.round(rid)
        version = rnd.version or config.plan.version
        versions[rid] = version
        for path in files:
            text = "\n".join(_paragraphs(path))
            stated = set(re.findall(r"[Vv]ersion (\d+(?:\.\d+)*)", text))
            assert stated == {version}, (rid, path.name, stated)
            dated = set(re.findall(r"daterad (\d{1,2} \w+ \d{4})", text))
            assert dated == {long_date(rnd.date)}, (rid, path.name, dated)
            assert long_date(rnd.date) in _paragraphs(path)  # the cover line
    assert len(set(versions.values())) == len(versions), "two rounds share one version"


def test_round_version_defaults_to_the_plan_version() -> None:
    checked = check(MINI)
    from assembler.resolve import base_context

    cfg = checked.sources.config
    ctx = base_context(cfg, None, cfg.current_round)
    assert ctx["round.version"] == cfg.plan.version


def _common_ids(sections, local: bool = False) -> list[str]:  # type: ignore[no-untyped-def]
    out = []
    for s in sections:
        inside = local or bool(s.origin)
        if not inside:
            out.append(s.id)
        out.extend(_common_ids(s.children, inside))
    return out


@pytest.mark.parametrize("sources", [EXAMPLE, MINI], ids=["example", "mini"])
def test_a_common_section_has_one_number_in_every_edition(sources: Path) -> None:
    docs = check(sources).documents
    assert len(docs) > 2
    numbers: dict[str, set[str]] = {}
    for doc in docs:
        for sid in _common_ids(doc.sections):
            numbers.setdefault(sid, set()).add(doc.numbers[sid])
        locals_ = set(doc.numbers) - set(_common_ids(doc.sections))
        for sid in locals_:  # "7.3 a", "7 a.1": never a number of the common outline
            assert re.fullmatch(r"\d+(\.\d+)* [a-z]+(\.\d+)*", doc.numbers[sid]), sid
    assert {sid: n for sid, n in numbers.items() if len(n) > 1} == {}
    # and the common outline has no gaps: 1, 2, 3 …; 6.1, 6.2 …
    by_parent: dict[str, list[int]] = {}
    for (number,) in numbers.values():
        parent, _, last = number.rpartition(".")
        by_parent.setdefault(parent, []).append(int(last))
    for parent, seq in by_parent.items():
        assert sorted(seq) == list(range(1, len(seq) + 1)), parent


def test_answer_form_cites_the_common_numbers_without_gaps() -> None:
    from assembler.remiss.catalogue import catalogue

    checked = check(EXAMPLE)
    cat = catalogue(checked.sources.config, checked.documents)
    cited = [s.number for s in cat.form_sections() if s.number]
    tops = list(dict.fromkeys(int(n.split(".")[0]) for n in cited))
    assert tops == list(range(1, len(tops) + 1))  # a chapter with strategies: one per strategy
    strategies = [n for n in cited if "." in n]
    assert strategies == [f"{strategies[0].split('.')[0]}.{i}"
                          for i in range(1, len(strategies) + 1)]
    arena_docs = [d for d in checked.documents if d.edition.kind == "arena"]
    for ref in cat.form_sections()[1:]:
        assert all(d.numbers.get(ref.id, ref.number) == ref.number for d in arena_docs), ref.id
