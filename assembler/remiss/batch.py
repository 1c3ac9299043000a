"""batch: every document of a remiss or decision run for every principal, in parallel.

Rendering (pure: data → bytes) runs in a process pool over the cores; writing, PDF conversion
and packaging run in this process. One principal's failure does not stop the others: each
principal is a unit whose problems are collected and reported at the end. A `manifest.json`
lists every output's sha256, the hashes of the sources and templates, and the tool version.
"""

from __future__ import annotations

import json
import multiprocessing
import os
from collections.abc import Callable
from concurrent.futures import Executor, Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

from ..errors import AssemblyError, Diagnostic
from ..i18n.messages import t
from ..load.inputs import hash_file, hash_files
from ..output import (
    atomic_write,
    ensure_folder,
    locked,
    os_error,
    sha256,
    write_outputs,
)
from .pdf import convert_all, package_zip
from .workflow import (
    PLAN_UNIT,
    TEMPLATES,
    Prepared,
    edition_file,
    edition_files,
    folder,
    needed_editions,
    render_edition,
    tracked_editions,
)
from .workflow import render_letters as _letters

MANIFEST = "manifest.json"
PLAN_FOLDER = "planversioner"  # OUT/<decision round>/beslut/planversioner/

_PREP: Prepared | None = None  # the run's data in worker processes (set by the initializer)


@dataclass
class UnitResult:
    """What happened to one unit (a principal, or the plan editions)."""

    unit: str
    files: dict[str, str] = field(default_factory=dict)  # path relative to OUT → sha256
    diagnostics: list[Diagnostic] = field(default_factory=list)
    internal: str = ""

    @property
    def ok(self) -> bool:
        return not self.diagnostics and not self.internal


@dataclass
class BatchResult:
    kind: str
    units: list[UnitResult]
    manifest: Path
    out: Path  # the files of the units are relative to this folder
    joint: str | None = None  # the unit id of the joint body's package, if built

    @property
    def failures(self) -> list[UnitResult]:
        return [u for u in self.units if not u.ok]


Report = Callable[[str, bool], None]  # called once per finished task: (label, ok)


def _init(prep: Prepared) -> None:
    global _PREP
    _PREP = prep


def _task(kind: str, key: str) -> tuple[dict[str, bytes], list[Diagnostic], str]:
    """Render in a worker: files, or the diagnostics / internal error that stopped it."""
    assert _PREP is not None
    try:
        if kind in ("edition", "tracked"):
            tracked = kind == "tracked"
            return {edition_file(_PREP, key, tracked): render_edition(_PREP, key, tracked)}, [], ""
        return _letters(_PREP, key), [], ""
    except AssemblyError as exc:
        return {}, list(exc.diagnostics), ""
    except Exception as exc:  # noqa: BLE001 - one unit's bug must not stop the batch
        return {}, [], f"{type(exc).__name__}: {exc}"


class _Inline(Executor):
    """Runs tasks at once in this process (jobs=1): no pool, same code path."""

    def submit(self, fn, /, *args, **kwargs):  # type: ignore[no-untyped-def]
        future: Future = Future()
        future.set_result(fn(*args, **kwargs))
        return future


def tasks(prep: Prepared) -> list[tuple[str, str]]:
    """(kind, key) of every rendering task: plan editions by id, then principals."""
    return ([("edition", e) for e in needed_editions(prep)]
            + [("tracked", e) for e in tracked_editions(prep)]
            + [("letters", pid) for pid in prep.units])


def _pool(prep: Prepared, jobs: int) -> Executor:
    """Worker processes that start with the run's data: forked where the platform can, so
    that nothing has to be pickled; `jobs` ≤ 1 renders in this process."""
    _init(prep)
    if jobs <= 1:
        return _Inline()
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else None)
    return ProcessPoolExecutor(max_workers=jobs, mp_context=context, initializer=_init,
                               initargs=(prep,))


def render_all(prep: Prepared, jobs: int, report: Report) -> dict[tuple[str, str], tuple]:
    """Every task's result, rendered over `jobs` processes."""
    with _pool(prep, jobs) as pool:
        futures = {(kind, key): pool.submit(_task, kind, key) for kind, key in tasks(prep)}
        results = {}
        for (kind, key), future in futures.items():
            try:
                results[(kind, key)] = files, diags, internal = future.result()
            except Exception as exc:  # noqa: BLE001 - e.g. a worker killed by the OS
                results[(kind, key)] = files, diags, internal = (
                    {}, [], f"worker failed: {type(exc).__name__}: {exc}")
            label = key if kind == "letters" else edition_file(prep, key, kind == "tracked")
            report(label, not (diags or internal))
    return results


def run(prep: Prepared, out_dir: Path, *, jobs: int = 0, zip_: bool = False, pdf: bool = False,
        force: bool = False, report: Report | None = None) -> BatchResult:
    """Build, write and package every principal's documents; never raises for one unit."""
    jobs = jobs or os.cpu_count() or 1
    results = render_all(prep, jobs, report or (lambda label, ok: None))
    editions: dict[str, bytes] = {}
    plan_unit = UnitResult(PLAN_UNIT)
    for (kind, _key), (files, diags, internal) in results.items():
        if kind in ("edition", "tracked"):
            editions.update(files)
            plan_unit.diagnostics += diags
            plan_unit.internal = plan_unit.internal or internal
    units = [plan_unit]
    base = folder(out_dir, prep)
    _write(plan_unit, plan_folder(out_dir, prep), editions, out_dir, force)
    for pid in prep.units:
        files, diags, internal = results[("letters", pid)]
        unit = UnitResult(pid, diagnostics=list(diags), internal=internal)
        missing = [n for n in edition_files(prep, pid) if n not in editions]
        if unit.ok and not missing:
            package = {**files, **{n: editions[n] for n in edition_files(prep, pid)}}
            _write(unit, base / pid, package, out_dir, force)
        elif missing and unit.ok:
            unit.internal = t("plan editions failed: {editions}", editions=", ".join(missing))
        units.append(unit)
    if pdf:
        convert_all(units, out_dir, base, jobs, force, _write)
    if zip_:
        _zip_all(units, out_dir, base, pdf, force)
    manifest = write_manifest(prep, out_dir, units)
    joint = prep.joint if prep.joint in prep.units else None
    return BatchResult(prep.kind, units, manifest, out_dir, joint)


def plan_folder(out_dir: Path, prep: Prepared) -> Path:
    """Where a run writes the plan editions once. A decision run writes them inside its own
    folder, so that what `assembler build --against … --changes-appendix` wrote to
    OUT/<round>/ is never overwritten by editions without the appendix."""
    if prep.kind == "beslut":
        return folder(out_dir, prep) / PLAN_FOLDER
    return out_dir / prep.plan_round


def _write(unit: UnitResult, target: Path, files: dict[str, bytes], out_dir: Path,
           force: bool) -> None:
    """Write one unit's files (all or none) and record their hashes."""
    if not unit.ok or not files:
        return
    try:
        written = write_outputs(target, files, force)
    except AssemblyError as exc:
        unit.diagnostics += exc.diagnostics
        return
    for path in written:
        unit.files[path.relative_to(out_dir).as_posix()] = sha256(files[path.name])


def _zip_all(units: list[UnitResult], out_dir: Path, base: Path, pdf: bool,
             force: bool) -> None:
    """One zip per principal next to its folder: the documents as they are sent out."""
    for unit in units:
        if unit.unit == PLAN_UNIT or not unit.ok:
            continue
        data = package_zip([out_dir / rel for rel in unit.files], prefer_pdf=pdf)
        _write(unit, base, {f"{unit.unit}.zip": data}, out_dir, force)


def tool_version() -> str:
    try:
        return version("plan-assembler")
    except PackageNotFoundError:
        return "unknown"


def source_hashes(prep: Prepared) -> dict[str, str]:
    """sha256 of every file the run read: sources, templates and (for decisions) responses."""
    out = hash_files(Path(prep.checked.sources.root), "sources/")
    for name in sorted(TEMPLATES):  # as read by prepare: no template file is read again
        common = prep.template(name)
        out["templates/" + common.path.name] = sha256(common.data)
    for name, principal, path in prep.templates.every():  # the principals' own
        own = prep.template(name, principal) if principal else None
        if own is not None and path == own.path:
            out[f"templates/{principal}/{path.name}"] = sha256(own.data)
    if prep.ledger is not None:
        for response in prep.ledger.responses:
            name = f"responses/{response.round_id}/{Path(response.path).name}"
            out[name] = hash_file(Path(response.path))
    return out


def write_manifest(prep: Prepared, out_dir: Path, units: list[UnitResult]) -> Path:
    outputs = {k: v for u in units for k, v in u.files.items()}
    body = {
        "tool": {"name": "plan-assembler", "version": tool_version()},
        "kind": prep.kind, "round": prep.round.round_id, "plan_round": prep.plan_round,
        "principals": list(prep.principals),
        "joint_body": prep.joint if prep.joint in prep.units else None,
        "sources": source_hashes(prep),
        "outputs": dict(sorted(outputs.items())),
        "failures": {u.unit: [str(d) for d in u.diagnostics] + ([u.internal] if u.internal
                                                                 else [])
                     for u in units if not u.ok},
    }
    target = folder(out_dir, prep) / MANIFEST
    text = json.dumps(body, indent=2, ensure_ascii=False, sort_keys=False) + "\n"
    ensure_folder(target.parent)
    try:
        with locked(target.parent):
            atomic_write(target, text.encode("utf-8"))
    except OSError as exc:
        raise os_error(target, exc) from None
    return target
