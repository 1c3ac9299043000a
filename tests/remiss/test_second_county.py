"""A second county's shape through configuration only: 13 principals and no joint body."""

from __future__ import annotations

import re
import zipfile

from assembler.pipeline import check
from assembler.resolve import base_context

from .conftest import Tree, paths

EXTRA = ["Alby", "Borby", "Dalby", "Ekby", "Forsby", "Gunnarby", "Hammarby", "Ingeby", "Jotby",
         "Kvarnby"]


def second_county(tree: Tree) -> None:
    extra = "".join(f"  - id: {name.lower()}\n    name: {name} kommun\n"
                    f"    decision_body: Kommunstyrelsen\n" for name in EXTRA)
    tree.edit("sources/plan.yaml", "arenas:\n", extra + "arenas:\n")
    text = (tree.root / "sources/rounds/remiss.yaml").read_text(encoding="utf-8")
    text = re.sub(r"  joint_body:\n(    .*\n)+", "", text)
    text = re.sub(r"  principals:\n(    .*\n|             .*\n)+", "", text)
    text = text.replace("recipients: [region, norrby, soderby]", "recipients: all")
    tree.write("sources/rounds/remiss.yaml", text)


def test_thirteen_principals_without_a_joint_body(tree: Tree, cli) -> None:
    second_county(tree)
    config = check(tree.sources).sources.config
    assert len(config.principals) == 13
    assert base_context(config, None, "beslut")["principals.count"] == "13"
    result = cli("decision", "remiss", *paths(tree, "sources", "responses", "out"))
    assert result.exit_code == 0, result.output
    assert "beslut: 13 principal(s) done, 0 failed" in result.output
    folder = tree.out / "beslut" / "beslut"
    units = sorted(p.name for p in folder.iterdir() if p.is_dir() and p.name != "planversioner")
    assert len(units) == 13 and "samverkansnamnden" not in units
    doc = zipfile.ZipFile(folder / "alby" / "tjansteskrivelse-alby.docx").read(
        "word/document.xml").decode()
    text = "".join(re.findall(r"<w:t[^>]*>([^<]*)</w:t>", doc))
    assert "Svar har inkommit från två av 13 huvudmän: Region Test och Norrby kommun." in text
    assert "Till: Kommunstyrelsen i Alby kommun" in text
    assert "Tjänsteskrivelse till" not in text  # no joint body, no recommendation in the basis
    assert "rekommendera" not in text
    assert "Dnr:" not in text  # no dnr configured for Alby: the region's is not printed
