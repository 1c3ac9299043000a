"""Benchmark of `assembler batch` (issue 5): the Jämtland remiss and decision batches, and a
synthetic national run (290 municipalities, 21 regions) at several scales.

    python3 bench/bench_batch.py                  # about five minutes on 2 cores
    python3 bench/bench_batch.py --quick          # Jämtland only
    python3 bench/bench_batch.py --single-plan    # also every principal in one plan

Each batch is one whole process (Python start-up included) with a fresh output folder, as a user
runs it; the best of k runs is kept. The national run is one plan per county (gen_national.py),
each built by its own `batch` process; the times are summed. Targets: each Jämtland batch under
3 s wall time, and the national run linear in the number of principals (a straight-line fit of
CPU time, which other load on the machine disturbs less than wall time, with R² ≥ 0.98).
Numbers go to bench/results/batch.json; scratch files to bench/.work/ (ignored by git).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import gen_national

ROOT = Path(__file__).resolve().parents[1]
WORK = Path(__file__).parent / ".work" / "batch"
RESULTS = Path(__file__).parent / "results" / "batch.json"
RUNNER = "from assembler.remiss.cli import batch_cmd; batch_cmd()"
TARGET_S = 3.0


def run_batch(kind: str, sources: Path, responses: Path, out: Path) -> tuple[float, float]:
    """(wall, cpu) seconds of one batch process."""
    if out.exists():
        shutil.rmtree(out)
    cmd = [sys.executable, "-c", RUNNER, "remiss-2023", f"--{kind}", "--sources", str(sources),
           "--responses", str(responses), "--templates", str(ROOT / "templates"),
           "--out", str(out)]
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                            env={**os.environ, "CI": "1"})
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        err = proc.stderr.read().decode() if proc.stderr else ""
        raise SystemExit(f"batch --{kind} failed ({proc.returncode}):\n{err}")
    return wall, usage.ru_utime + usage.ru_stime


def best(kind: str, sources: Path, responses: Path, k: int) -> dict[str, float]:
    runs = [run_batch(kind, sources, responses, WORK / "out") for _ in range(k)]
    wall, cpu = min(runs)
    return {"wall_s": round(wall, 3), "cpu_s": round(cpu, 3)}


def fit(points: list[tuple[int, float]]) -> dict[str, float]:
    """Least-squares line t = a + b·n and its R²."""
    n = len(points)
    mx = sum(x for x, _ in points) / n
    my = sum(y for _, y in points) / n
    sxx = sum((x - mx) ** 2 for x, _ in points)
    b = sum((x - mx) * (y - my) for x, y in points) / sxx
    a = my - b * mx
    ss_res = sum((y - a - b * x) ** 2 for x, y in points)
    ss_tot = sum((y - my) ** 2 for _, y in points)
    return {"intercept_s": round(a, 3), "per_principal_ms": round(b * 1000, 2),
            "r2": round(1 - ss_res / ss_tot, 4) if ss_tot else 1.0}


def national(scales: list[float], k: int, single_plan: bool) -> dict[str, object]:
    """Times per scale; with `single_plan` all principals are in one plan, else one per county."""
    rows = []
    for scale in scales:
        regions, kommuner = max(1, round(21 * scale)), max(1, round(290 * scale))
        if single_plan:
            tree = WORK / f"single-{kommuner}"
            plans = [(tree, gen_national.generate(regions, kommuner, tree))]
        else:
            plans = gen_national.country(regions, kommuner, WORK / f"country-{kommuner}")
        row: dict[str, object] = {"principals": sum(n for _, n in plans), "plans": len(plans)}
        for kind in ("remiss", "decision"):
            runs = [best(kind, tree / "sources", tree / "responses", k) for tree, _ in plans]
            row[kind] = {key: round(sum(r[key] for r in runs), 3) for key in ("wall_s", "cpu_s")}
        rows.append(row)
        print(f"  {row['principals']:>4} principals in {len(plans):>2} plan(s): " + ", ".join(
            f"{kind} {row[kind]['wall_s']:.2f} s wall / {row[kind]['cpu_s']:.2f} s cpu"  # type: ignore[index]
            for kind in ("remiss", "decision")), flush=True)
    fits = {f"{kind}_{key}": fit([(int(r["principals"]), float(r[kind][key])) for r in rows])  # type: ignore[index,arg-type]
            for kind in ("remiss", "decision") for key in ("wall_s", "cpu_s")}
    return {"runs": rows, "fit": fits}


def report_fit(result: dict[str, object], judge: bool) -> bool:
    """Print the straight-line fits; with `judge`, PASS/FAIL on the CPU-time fits."""
    ok = True
    for name, line in result["fit"].items():  # type: ignore[attr-defined]
        verdict = ""
        if judge and name.endswith("cpu_s"):
            verdict = "PASS" if line["r2"] >= 0.98 else "FAIL"
            ok &= line["r2"] >= 0.98
        print(f"  {name:<16} t = {line['intercept_s']:.2f} s + {line['per_principal_ms']:.1f} "
              f"ms × principals, R² = {line['r2']:.4f}  {verdict}")
    return ok


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    ap.add_argument("-k", type=int, default=3, help="runs per Jämtland batch (best is kept)")
    ap.add_argument("--national-k", type=int, default=1, help="runs per national batch")
    ap.add_argument("--scales", type=float, nargs="+", default=[0.125, 0.25, 0.5, 1.0])
    ap.add_argument("--quick", action="store_true", help="Jämtland only")
    ap.add_argument("--single-plan", action="store_true",
                    help="also time every principal in one plan (a stress test; a decision "
                         "document lists every comment, so that run grows faster than linearly)")
    args = ap.parse_args()
    WORK.mkdir(parents=True, exist_ok=True)
    results: dict[str, object] = {"cores": os.cpu_count(), "python": sys.version.split()[0]}
    print(f"Jämtland (9 principals), best of {args.k}, {os.cpu_count()} cores:")
    ok = True
    for kind in ("remiss", "decision"):
        res = best(kind, ROOT / "sources", ROOT / "responses", args.k)
        results[f"jamtland_{kind}"] = res
        passed = res["wall_s"] < TARGET_S
        ok &= passed
        print(f"  batch --{kind:<8} {res['wall_s']:.2f} s wall, {res['cpu_s']:.2f} s cpu  "
              f"{'PASS' if passed else 'FAIL'} (< {TARGET_S:.0f} s)")
    if not args.quick:
        print("National, one plan per county (synthetic, Jämtland text):")
        nat = national(args.scales, args.national_k, single_plan=False)
        results["national"] = nat
        ok &= report_fit(nat, judge=True)
    if args.single_plan:
        print("National, every principal in one plan (stress test):")
        single = national(args.scales, args.national_k, single_plan=True)
        results["single_plan"] = single
        report_fit(single, judge=False)
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {RESULTS}")
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
