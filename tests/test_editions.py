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
    return {rid: build(EXAMPLE, out, TEMPLATE, ["lan", "berg"], round_id=rid).written
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
