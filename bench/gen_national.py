"""Generate a synthetic national remiss: the Jämtland plan scaled to many principals.

A plan is the Jämtland one (common text, arenas and local texts copied from sources/) with
synthetic municipalities (kommun-0009 …) and, in a single-plan run, synthetic regions
(region-02 …) around it: one local arena per municipality (its region + the municipality) with
one local addition each, a round file for remiss-2023 sent to every principal, and responses
from two thirds of them, so that `assembler batch remiss-2023` has the same work per principal
as in Jämtland.

The national run is one such plan per county (`country`): 21 regions, the 290 municipalities
spread over them, each county built by its own `assembler batch`. `generate` with several
regions instead puts every principal into one plan (a stress test of a single batch).

    python3 bench/gen_national.py --regions 21 --kommuner 290 --out bench/.work/national
"""

from __future__ import annotations

import argparse
import re
import shutil
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
JAMTLAND = ROOT / "sources"
RESPONSES = ROOT / "responses" / "remiss-2023"
JAMTLAND_KOMMUNER = ("berg", "bracke", "harjedalen", "krokom", "ragunda", "stromsund", "are",
                     "ostersund")
ADDITION = """---
target: strategi-delaktighet#lokala-aktiviteter
mode: append
---
I {{ arena.name }} deltar {{ arena.principals }}. Arenan prioriterar personcentrerade samtal och
gemensamma planer tillsammans med den enskilde, se [](#strategi-delaktighet).
"""
RESPONSE = """round: remiss-2023
principal: {pid}
comments:
  - position: tillstyrker med ändringar
    text: Planen är tydlig men behöver förankras lokalt.
    handling: noted
  - section: strategi-tillganglighet
    position: tillstyrker med ändringar
    text: Begreppet primärvård behöver förtydligas.
    handling: accepted
    explanation: Begreppet har förtydligats i planen.
    change: Begreppet primärvård har förtydligats.
"""


def principals(regions: int, kommuner: int) -> tuple[list[tuple[str, str, str]], dict[str, str]]:
    """[(id, name, kind)] and kommun id → region id; Jämtland's nine keep their ids."""
    region_ids = ["region"] + [f"region-{i:02d}" for i in range(2, regions + 1)]
    out = [(rid, "Region Jämtland Härjedalen" if rid == "region" else f"Region {rid[-2:]}",
            "region") for rid in region_ids]
    home: dict[str, str] = {}
    for i in range(kommuner):
        if i < len(JAMTLAND_KOMMUNER):
            kid, rid = JAMTLAND_KOMMUNER[i], "region"
        else:
            rid = region_ids[1 + i % (regions - 1)] if regions > 1 else "region"
            kid = f"kommun-{i + 1:04d}"
        home[kid] = rid
        out.append((kid, f"Kommun {kid}" if kid.startswith("kommun-") else kid, "kommun"))
    return out, home


def plan_yaml(members: list[tuple[str, str, str]], home: dict[str, str]) -> str:
    text = (JAMTLAND / "plan.yaml").read_text(encoding="utf-8")
    head = text[:text.index("principals:")]
    tail = text[text.index("strategies:"):]
    names = dict(re.findall(r"- id: ([a-z-]+)\n\s+name: (.+)", text))
    lines = ["principals:"]
    for pid, name, kind in members:
        body = "Regionstyrelsen" if kind == "region" else "Kommunstyrelsen"
        lines += [f"  - id: {pid}", f"    name: {names.get(pid, name)}", f"    kind: {kind}",
                  f"    decision_body: {body}"]
    lines.append("arenas:")
    for kid, rid in home.items():
        lines += [f"  - id: {kid}", f"    name: Lokal samverkansarena {names.get(kid, kid)}",
                  f"    principals: [{rid}, {kid}]"]
    jamtland = [k for k, r in home.items() if k in JAMTLAND_KOMMUNER]
    lines += ["  - id: barnarenan", "    name: Barnarenan",
              f"    principals: [region, {', '.join(jamtland)}]"]
    return head + "\n".join(lines) + "\n\n" + tail


def generate(regions: int, kommuner: int, out: Path) -> int:
    """Write sources/ and responses/ under `out`; the number of principals."""
    if out.exists():
        shutil.rmtree(out)
    sources = out / "sources"
    shutil.copytree(JAMTLAND / "common", sources / "common")
    shutil.copytree(JAMTLAND / "rounds", sources / "rounds")
    members, home = principals(regions, kommuner)
    for kid in home:
        src = JAMTLAND / "local" / kid
        if src.is_dir():
            shutil.copytree(src, sources / "local" / kid)
        else:
            (sources / "local" / kid).mkdir(parents=True)
            (sources / "local" / kid / "delaktighet.md").write_text(ADDITION, encoding="utf-8")
    shutil.copytree(JAMTLAND / "local" / "barnarenan", sources / "local" / "barnarenan")
    (sources / "plan.yaml").write_text(plan_yaml(members, home), encoding="utf-8")
    answers = out / "responses" / "remiss-2023"
    answers.mkdir(parents=True)
    for i, (pid, _, _) in enumerate(members):
        example = RESPONSES / f"{pid}.yaml"
        if example.is_file():
            shutil.copy(example, answers / example.name)
        elif i % 3 != 2:
            (answers / f"{pid}.yaml").write_text(RESPONSE.format(pid=pid), encoding="utf-8")
    return len(members)


def country(regions: int, kommuner: int, out: Path) -> list[tuple[Path, int]]:
    """One plan per county under out/county-NN/; [(folder, principals)]."""
    if out.exists():
        shutil.rmtree(out)
    counties = []
    for c in range(regions):
        share = kommuner // regions + (1 if c < kommuner % regions else 0)
        folder = out / f"county-{c + 1:02d}"
        counties.append((folder, generate(1, share, folder)))
    return counties


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    ap.add_argument("--regions", type=int, default=21)
    ap.add_argument("--kommuner", type=int, default=290)
    ap.add_argument("--single-plan", action="store_true", help="every principal in one plan")
    ap.add_argument("--out", type=Path, required=True)
    args = ap.parse_args()
    if args.single_plan:
        n = generate(args.regions, args.kommuner, args.out)
        print(f"{n} principals in one plan in {args.out}")
    else:
        counties = country(args.regions, args.kommuner, args.out)
        print(f"{sum(n for _, n in counties)} principals in {len(counties)} county plans "
              f"in {args.out}")


if __name__ == "__main__":
    main()
