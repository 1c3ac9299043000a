"""Benchmark `assembler build` against pandoc on generated plans of growing size (issue 3).

Every timing is a whole process started from the command line (Python start-up included), best
of k, with a fresh output folder each time. Run from anywhere:

    python3 bench/bench_build.py            # writes bench/results/latest.json
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import shutil
import subprocess
import sys
import tempfile
import time
import zipfile
from dataclasses import asdict, dataclass, field
from pathlib import Path

import pypandoc  # type: ignore[import-untyped]
from gen_sources import count_words, generate, write

BENCH = Path(__file__).resolve().parent
REPO = BENCH.parent
WORK = BENCH / ".work"
RESULTS = BENCH / "results" / "latest.json"
SIZES = (7500, 15000, 30000, 60000)  # words of the county-wide document
# The console script pip installed next to this interpreter; a version manager's shim in front of
# it (pyenv: a bash script, ~0.15 s) is not part of the tool's cost.
_SCRIPT = Path(sys.executable).with_name("assembler")
ASSEMBLER = str(_SCRIPT) if _SCRIPT.is_file() else shutil.which("assembler") or "assembler"
COUNTY_SIZE = 30000  # target (a): ~140 pages / ~30,000 words
LOCAL_SHARE = 0.25  # local additions, as a share of the common text
COMMON_WORDS_PER_SECTION = 800
JAMTLAND_LIMIT_S = 3.0  # target (b)
GROWTH_LIMIT = 2.5  # target (c): cpu(2n)/cpu(n) above this is flagged as non-linear


@dataclass
class Timing:
    """Best-of-k wall time of one command, its CPU time, and the peak memory of the best run."""

    best_s: float
    runs_s: list[float] = field(default_factory=list)
    best_cpu_s: float = 0.0  # user + sys, less sensitive to other load on the machine
    maxrss_mb: float = 0.0


def run(cmd: list[str], out: Path) -> tuple[float, float, float]:
    """Run `cmd` from the repository root into a fresh `out`; (wall s, CPU s, peak RSS MB)."""
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir(parents=True)
    with tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        proc = subprocess.Popen(cmd, cwd=REPO, stdout=subprocess.DEVNULL, stderr=err)
        # wait4 gives this child's own rusage: the ru_maxrss that RUSAGE_CHILDREN would report,
        # but per process instead of the maximum over every child so far.
        _, status, usage = os.wait4(proc.pid, 0)
        seconds = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
        if proc.returncode != 0:
            err.seek(0)
            sys.exit(f"failed ({proc.returncode}): {' '.join(cmd)}\n{err.read().decode()}")
    return seconds, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024  # Linux: KiB


def best_of(k: int, commands: dict[str, tuple[list[str], Path]]) -> dict[str, Timing]:
    """Interleave the commands k times (load noise hits all alike) and keep each one's best."""
    timings = {name: Timing(float("inf"), best_cpu_s=float("inf")) for name in commands}
    for _ in range(k):
        for name, (cmd, out) in commands.items():
            seconds, cpu, rss = run(cmd, out)
            t = timings[name]
            t.runs_s.append(round(seconds, 3))
            t.best_cpu_s = min(t.best_cpu_s, round(cpu, 3))
            if seconds < t.best_s:
                t.best_s, t.maxrss_mb = round(seconds, 3), round(rss, 1)
    return timings


def docx_words(path: Path) -> int:
    """Words in body and footnotes of a .docx (runs of one paragraph joined first)."""
    with zipfile.ZipFile(path) as z:
        parts = [z.read(n).decode() for n in ("word/document.xml", "word/footnotes.xml")
                 if n in z.namelist()]
    words = 0
    for xml in parts:
        for para in re.findall(r"<w:p[ >].*?</w:p>", xml, flags=re.S):
            words += count_words("".join(re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", para)))
    return words


def pages(docx: Path) -> int:
    """Page count as LibreOffice lays the document out (soffice → PDF → pdfinfo)."""
    with tempfile.TemporaryDirectory() as tmp:
        profile = f"-env:UserInstallation=file://{tmp}/profile"  # no clash with other soffice
        subprocess.run(["soffice", profile, "--headless", "--convert-to", "pdf", "--outdir", tmp,
                        str(docx)], check=True, capture_output=True, timeout=300)
        info = subprocess.run(["pdfinfo", str(Path(tmp) / f"{docx.stem}.pdf")], check=True,
                              capture_output=True, text=True).stdout
    match = re.search(r"^Pages:\s+(\d+)", info, flags=re.M)
    return int(match.group(1)) if match else 0


@dataclass
class SizeResult:
    """One generated plan: its shape, word counts, timings and (at 30k words) page counts."""

    target_words: int
    sections: int
    arenas: int
    local_files: int
    source_words: int
    common_words: int
    local_words: int
    docx_words_ours: int
    docx_words_pandoc: int
    ours_lan: Timing
    ours_all: Timing
    pandoc: Timing
    pages_ours: int | None = None
    pages_pandoc: int | None = None

    @property
    def ratio(self) -> float:
        return round(self.ours_lan.best_s / self.pandoc.best_s, 2)

    def per_kword(self, t: Timing) -> float:
        return round(t.best_s * 1000 / self.source_words, 4)


def bench_size(size: int, arenas: int, seed: int, k: int, pandoc: str) -> SizeResult:
    """Generate a plan of about `size` words, check it, and time ours (lan, all) and pandoc."""
    common = round(size / (1 + LOCAL_SHARE))
    sections = max(1, round(common / COMMON_WORDS_PER_SECTION))
    folder = WORK / f"w{size}"
    shutil.rmtree(folder, ignore_errors=True)
    gen = generate(sections, arenas, common, seed, LOCAL_SHARE)
    src, md = folder / "sources", folder / "plan.md"
    write(gen, src, md)
    subprocess.run([ASSEMBLER, "check", "--strict", "--sources", str(src)], cwd=REPO,
                   check=True, capture_output=True)
    build = [ASSEMBLER, "build", "--sources", str(src), "--out"]
    lan_out, all_out, pd_out = folder / "out-lan", folder / "out-all", folder / "pandoc"
    pd_docx = pd_out / "plan.docx"
    t = best_of(k, {
        "ours_lan": (build + [str(lan_out), "-e", "lan"], lan_out),
        "pandoc": ([pandoc, "-f", "markdown", "-t", "docx", "-o", str(pd_docx), str(md)], pd_out),
        "ours_all": (build + [str(all_out)], all_out),
    })
    lan_docx = next(lan_out.glob("*/plan-lan.docx"))
    result = SizeResult(size, sections, arenas, sum(f.startswith("local/") for f in gen.files),
                        gen.common_words + gen.local_words, gen.common_words, gen.local_words,
                        docx_words(lan_docx), docx_words(pd_docx),
                        t["ours_lan"], t["ours_all"], t["pandoc"])
    if size == COUNTY_SIZE:  # once, not timed
        result.pages_ours, result.pages_pandoc = pages(lan_docx), pages(pd_docx)
    return result


def git(*args: str) -> str:
    """Which code was measured (other work may be uncommitted)."""
    done = subprocess.run(["git", *args], cwd=REPO, capture_output=True, text=True)
    return done.stdout.strip()


def bench_jamtland(k: int) -> tuple[Timing, int]:
    """Target (b): all editions of the embedded Jämtland example; (timing, editions built)."""
    out = WORK / "jamtland"
    cmd = [ASSEMBLER, "build", "--sources", str(REPO / "sources"), "--out", str(out)]
    timing = best_of(k, {"all": (cmd, out)})["all"]
    return timing, len(list(out.glob("*/plan-*.docx")))


def verdicts(rows: list[SizeResult], jamtland: Timing) -> dict[str, dict[str, object]]:
    """PASS/FAIL of the three targets of issue 3, with the numbers behind each."""
    out: dict[str, dict[str, object]] = {}
    county = next((r for r in rows if r.target_words == COUNTY_SIZE), None)
    if county is not None:
        out["a_county_no_slower_than_pandoc"] = {
            "ours_s": county.ours_lan.best_s, "pandoc_s": county.pandoc.best_s,
            "ratio": county.ratio,
            "cpu_ratio": round(county.ours_lan.best_cpu_s / county.pandoc.best_cpu_s, 2),
            "pass": county.ours_lan.best_s <= county.pandoc.best_s}
    out["b_jamtland_all_editions"] = {"best_s": jamtland.best_s, "limit_s": JAMTLAND_LIMIT_S,
                                      "pass": jamtland.best_s < JAMTLAND_LIMIT_S}
    rows = sorted(rows, key=lambda r: r.target_words)
    # Cost is CPU time here: on a shared machine it is much steadier than wall time.
    growth: dict[str, float] = {}
    ok = True
    for small, big in zip(rows, rows[1:], strict=False):
        size_ratio = big.source_words / small.source_words
        for name in ("ours_lan", "ours_all"):
            ratio = getattr(big, name).best_cpu_s / getattr(small, name).best_cpu_s
            growth[f"{name} {big.target_words}/{small.target_words}"] = round(ratio, 2)
            ok = ok and ratio <= GROWTH_LIMIT / 2 * size_ratio  # 2.5 for a doubling
    if growth:
        out["c_linear_growth"] = {"cpu_time_ratios": growth,
                                  "limit_per_doubling": GROWTH_LIMIT, "pass": ok}
    return out


def print_table(rows: list[SizeResult], jamtland: Timing, editions: int,
                verdict: dict[str, dict[str, object]]) -> None:
    head = (f"{'words':>6} {'chap':>4} {'docx w':>6} {'lan s':>5} {'all s':>5} {'pandoc':>6} "
            f"{'lan/pd':>6} {'cpu lan':>7} {'cpu pd':>6} {'lan s/kw':>8} {'all s/kw':>8} "
            f"{'RSS lan':>7} {'RSS all':>7} {'pages':>5}")
    print(head + "\n" + "-" * len(head))
    for r in rows:
        print(f"{r.source_words:>6} {r.sections:>4} {r.docx_words_ours:>6} "
              f"{r.ours_lan.best_s:>5.2f} {r.ours_all.best_s:>5.2f} {r.pandoc.best_s:>6.2f} "
              f"{r.ratio:>6.2f} {r.ours_lan.best_cpu_s:>7.2f} {r.pandoc.best_cpu_s:>6.2f} "
              f"{r.per_kword(r.ours_lan):>8.3f} {r.per_kword(r.ours_all):>8.3f} "
              f"{r.ours_lan.maxrss_mb:>5.0f}MB {r.ours_all.maxrss_mb:>5.0f}MB "
              f"{r.pages_ours or '':>5}")
    print(f"\nJämtland example, {editions} editions: {jamtland.best_s:.2f} s, "
          f"peak RSS {jamtland.maxrss_mb:.0f} MB\n")
    labels = {"a_county_no_slower_than_pandoc": "(a) county-wide ~30k words vs pandoc",
              "b_jamtland_all_editions": f"(b) Jämtland all editions < {JAMTLAND_LIMIT_S:g} s",
              "c_linear_growth": f"(c) linear: cpu(2n)/cpu(n) <= {GROWTH_LIMIT:g}"}
    for key, label in labels.items():
        if key in verdict:
            detail = ", ".join(f"{k}={x}" for k, x in verdict[key].items() if k != "pass")
            print(f"{'PASS' if verdict[key]['pass'] else 'FAIL'}  {label}: {detail}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    ap.add_argument("-k", type=int, default=5, help="runs per command; the best is kept")
    ap.add_argument("--sizes", type=int, nargs="+", default=list(SIZES), help="words")
    ap.add_argument("--arenas", type=int, default=9, help="arenas in the generated plans")
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    pandoc = pypandoc.get_pandoc_path()
    load = [round(x, 2) for x in os.getloadavg()]
    if load[0] > 0.5:
        print(f"note: load average {load[0]} at start; other work makes the times noisy")
    rows = [bench_size(size, args.arenas, args.seed, args.k, pandoc) for size in args.sizes]
    jamtland, editions = bench_jamtland(args.k)
    verdict = verdicts(rows, jamtland)
    result = {
        "machine": {"cpus": os.cpu_count(), "python": platform.python_version(),
                    "platform": platform.platform(), "pandoc": pypandoc.get_pandoc_version(),
                    "loadavg_at_start": load,
                    "loadavg_at_end": [round(x, 2) for x in os.getloadavg()]},
        "tool": {"assembler": ASSEMBLER, "commit": git("rev-parse", "--short", "HEAD"),
                 "uncommitted_files": len(git("status", "--porcelain", "assembler",
                                              "templates").splitlines())},
        "k": args.k, "seed": args.seed,
        "sizes": [asdict(r) | {"ratio_lan_vs_pandoc": r.ratio,
                               "s_per_1000_words_lan": r.per_kword(r.ours_lan),
                               "s_per_1000_words_all": r.per_kword(r.ours_all)} for r in rows],
        "jamtland": {"editions": editions, **asdict(jamtland)},
        "targets": verdict,
    }
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print_table(rows, jamtland, editions, verdict)
    print(f"\nwritten: {RESULTS.relative_to(REPO)}")


if __name__ == "__main__":
    main()
