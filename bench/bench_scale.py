"""The per-model cost curve at census scale: ingest, process, a second process, a lexicon change
and report, on generated corpora of several sizes, one command.

Run from the repository root (big sizes under ``nice -n 19`` on a shared machine):

  PYTHONPATH=src .venv/bin/python bench/bench_scale.py --sizes 30000,300000
  nice -n 19 env PYTHONPATH=src .venv/bin/python bench/bench_scale.py --sizes 1000000

For each size it takes the generated corpus ``WORK/corpora/genN.jsonl`` (made by
``bench/gen_corpus.py``, or the first N lines of a larger cached one: the generator is a stream,
so a smaller corpus is a prefix of a larger one), ingests it into a fresh store
``WORK/stores/genN.duckdb`` with ``dfaudit ingest`` (detection on the ingest's workers), then
runs ``dfaudit process`` (re-upload links, review snapshot), a second ``dfaudit process`` with
nothing changed, ``dfaudit lexicon import`` of one invented name followed by a third
``dfaudit process`` (it says how many models the lexicon change re-detected), and ``dfaudit
report``. Each step is its own ``dfaudit`` command (a fresh process, as a user runs them) and is
measured from outside:

- wall time;
- CPU: user+sys of the command and every process under it (this process's ``RUSAGE_CHILDREN``
  before and after; it is a child subreaper, so the fork server and its workers, which the
  command does not wait for, are re-parented here and counted when reaped);
- peak memory of the process tree: every 0.2 s the RSS and the PSS (``smaps_rollup``: pages
  shared between the forked workers counted once) of every process under the command are
  summed; the peaks of those sums are reported (RSS double-counts the workers' shared pages,
  PSS does not);
- the store's size on disk after the step.

Then a query-level digest of the stored models and of the findings (the same SQL as
``bench_process.py``: compare it before and after a change of the write path; same corpus, same
day). The figures go to ``WORK/scale.json`` (one entry per size, merged with earlier runs) and a
table is printed. The store is deleted after each size unless ``--keep``.
"""

from __future__ import annotations

import argparse
import ctypes
import json
import os
import resource
import shutil
import subprocess
import sys
import threading
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
WORK = Path("/tmp/scale15")
# One name, invented: the lexicon step needs a change, not a match.
INVENTED_NAME = "Quillon Verhaestra"
PR_SET_CHILD_SUBREAPER = 36


@dataclass
class Step:
    name: str
    wall: float
    cpu: float
    peak_rss_mb: float
    peak_pss_mb: float
    store_mb: float
    output: str = ""


@dataclass
class SizeRun:
    models: int
    corpus_mb: float
    steps: list[Step] = field(default_factory=list)
    models_digest: str = ""
    findings_digest: str = ""
    lexicon_line: str = ""
    started: str = ""


def _children(pid: int) -> list[int]:
    """Every process under ``pid`` (its threads' children, recursively)."""
    out: list[int] = []
    stack = [pid]
    while stack:
        current = stack.pop()
        try:
            tasks = os.listdir(f"/proc/{current}/task")
        except OSError:
            continue
        for tid in tasks:
            try:
                text = Path(f"/proc/{current}/task/{tid}/children").read_text()
            except OSError:
                continue
            for child in text.split():
                out.append(int(child))
                stack.append(int(child))
    return out


def _memory_kb(pid: int) -> tuple[int, int]:
    """(RSS, PSS) of one process in kB, 0 when it is gone."""
    try:
        text = Path(f"/proc/{pid}/smaps_rollup").read_text()
    except OSError:
        return 0, 0
    rss = pss = 0
    for line in text.splitlines():
        if line.startswith("Rss:"):
            rss = int(line.split()[1])
        elif line.startswith("Pss:"):
            pss = int(line.split()[1])
    return rss, pss


class TreeMemory:
    """Samples the summed RSS and PSS of a process and everything under it."""

    def __init__(self, pid: int, interval: float = 0.2) -> None:
        self.pid = pid
        self.interval = interval
        self.peak_rss_kb = 0
        self.peak_pss_kb = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self) -> TreeMemory:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()

    def _run(self) -> None:
        while not self._stop.is_set():
            rss = pss = 0
            for pid in (self.pid, *_children(self.pid)):
                r, p = _memory_kb(pid)
                rss += r
                pss += p
            self.peak_rss_kb = max(self.peak_rss_kb, rss)
            self.peak_pss_kb = max(self.peak_pss_kb, pss)
            self._stop.wait(self.interval)


def become_subreaper() -> None:
    """Processes orphaned under a command (the fork server, which its command does not wait
    for) are re-parented to this process instead of init, so that their CPU (and their
    workers') reaches this process's ``RUSAGE_CHILDREN`` once they are reaped."""
    libc = ctypes.CDLL(None, use_errno=True)
    if libc.prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0) != 0:
        raise OSError(ctypes.get_errno(), "prctl(PR_SET_CHILD_SUBREAPER)")


def reap_orphans(timeout: float = 60.0) -> None:
    """Wait for every child left (orphans re-parented here), at most ``timeout`` seconds."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            pid, _ = os.waitpid(-1, os.WNOHANG)
        except ChildProcessError:
            return
        if pid == 0:
            time.sleep(0.05)
    print("  (children still running after the command: their CPU is not counted)")


def store_mb(db: Path) -> float:
    total = 0
    for path in (db, db.with_name(db.name + ".wal")):
        if path.exists():
            total += path.stat().st_size
    return total / 1e6


def run_step(name: str, argv: list[str], db: Path, env: dict[str, str]) -> Step:
    """Run one command, measured from outside (see the module's docstring)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.monotonic()
    proc = subprocess.Popen(
        argv, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True
    )
    with TreeMemory(proc.pid) as memory:
        assert proc.stdout is not None
        output = proc.stdout.read()
        _, status, _ = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    wall = time.monotonic() - started
    reap_orphans()
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
    if proc.returncode != 0:
        sys.stderr.write(output)
        raise SystemExit(f"{name}: exit {proc.returncode}")
    step = Step(
        name=name,
        wall=wall,
        cpu=cpu,
        peak_rss_mb=memory.peak_rss_kb / 1024,
        peak_pss_mb=memory.peak_pss_kb / 1024,
        store_mb=store_mb(db),
        output=output.strip()[-2000:],
    )
    print(
        f"  {name}: {wall:.1f} s wall, {step.cpu:.1f} s CPU, peak tree RSS "
        f"{step.peak_rss_mb:,.0f} MB (PSS {step.peak_pss_mb:,.0f} MB), "
        f"store {step.store_mb:,.0f} MB",
        flush=True,
    )
    return step


def corpus_for(models: int, work: Path) -> Path:
    """The cached generated corpus of ``models`` items, made or cut from a larger one."""
    folder = work / "corpora"
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"gen{models}.jsonl"
    if path.exists():
        return path
    larger = sorted(
        (int(p.stem[3:]), p)
        for p in folder.glob("gen*.jsonl")
        if p.stem[3:].isdigit() and int(p.stem[3:]) > models
    )
    started = time.monotonic()
    tmp = path.with_suffix(".part")
    if larger:
        with larger[0][1].open("rb") as src, tmp.open("wb") as dst:
            for i, line in enumerate(src):
                if i == models:
                    break
                dst.write(line)
    else:
        subprocess.run(
            [sys.executable, "bench/gen_corpus.py", "--n", str(models), "-o", str(tmp)],
            cwd=ROOT,
            check=True,
        )
    tmp.rename(path)
    print(f"corpus {path}: {time.monotonic() - started:.0f} s", flush=True)
    return path


def digests(db: Path, env: dict[str, str]) -> tuple[str, str]:
    """The stored models' and the findings' digests (bench_process.py's SQL)."""
    code = (
        "import sys, duckdb\n"
        "sys.path.insert(0, 'bench')\n"
        "from bench_process import FINDINGS_DIGEST_SQL, STORE_DIGEST_SQL\n"
        f"con = duckdb.connect({str(db)!r}, read_only=True)\n"
        "print(con.execute(STORE_DIGEST_SQL).fetchone())\n"
        "print(con.execute(FINDINGS_DIGEST_SQL).fetchone())\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=env, check=True, capture_output=True, text=True
    ).stdout.splitlines()
    return out[0], out[1]


def run_size(models: int, work: Path, *, keep: bool, report: bool) -> SizeRun:
    corpus = corpus_for(models, work)
    stores = work / "stores"
    stores.mkdir(parents=True, exist_ok=True)
    db = stores / f"gen{models}.duckdb"
    for stale in (db, db.with_name(db.name + ".wal")):
        stale.unlink(missing_ok=True)
    env = {**os.environ, "DFAUDIT_DB": str(db)}
    dfaudit = [sys.executable, "-m", "dfaudit"]
    run = SizeRun(
        models=models,
        corpus_mb=corpus.stat().st_size / 1e6,
        started=time.strftime("%Y-%m-%d %H:%M:%S UTC", time.gmtime()),
    )
    print(f"{models:,} models ({run.corpus_mb:,.0f} MB), {run.started}", flush=True)
    steps = [
        ("ingest", [*dfaudit, "ingest", "--platform", "civitai", "--no-progress", str(corpus)]),
        ("process", [*dfaudit, "process", "--no-progress"]),
        ("process again", [*dfaudit, "process", "--no-progress"]),
    ]
    for name, argv in steps:
        run.steps.append(run_step(name, argv, db, env))
    run.models_digest, run.findings_digest = digests(db, env)
    names = work / "invented_name.json"
    names.write_text(json.dumps([INVENTED_NAME]))
    run.steps.append(
        run_step("lexicon import", [*dfaudit, "lexicon", "import", str(names)], db, env)
    )
    lexicon = run_step("process after lexicon", [*dfaudit, "process", "--no-progress"], db, env)
    run.steps.append(lexicon)
    run.lexicon_line = next((line for line in lexicon.output.splitlines() if "lexicon" in line), "")
    if report:
        out = work / f"report{models}"
        shutil.rmtree(out, ignore_errors=True)
        run.steps.append(
            run_step("report", [*dfaudit, "report", "-o", str(out), "--no-progress"], db, env)
        )
        shutil.rmtree(out, ignore_errors=True)
    if not keep:
        for path in (db, db.with_name(db.name + ".wal")):
            path.unlink(missing_ok=True)
    return run


def table(runs: list[dict[str, Any]]) -> str:
    """The curve as a Markdown table."""
    lines = [
        "| models | ingest + process | models/s | CPU per model | peak tree RSS (PSS) | store "
        "| second process | lexicon change | report |",
        "| --- | --- | --- | --- | --- | --- | --- | --- | --- |",
    ]
    for run in sorted(runs, key=lambda r: r["models"]):
        steps = {s["name"]: s for s in run["steps"]}
        first = [steps["ingest"], steps["process"]]
        wall = sum(s["wall"] for s in first)
        cpu = sum(s["cpu"] for s in first)
        rss = max(s["peak_rss_mb"] for s in first)
        pss = max(s["peak_pss_mb"] for s in first)
        again = steps["process again"]
        lex = steps["process after lexicon"]
        rep = steps.get("report")
        report_wall = f"{rep['wall']:.1f} s" if rep else "—"
        lines.append(
            f"| {run['models']:,} | {wall:,.1f} s | {run['models'] / wall:,.0f} "
            f"| {cpu / run['models'] * 1e6:,.0f} µs | {rss:,.0f} MB ({pss:,.0f} MB) "
            f"| {steps['process']['store_mb']:,.0f} MB "
            f"| {again['wall']:.1f} s ({again['wall'] / wall:.2%}) "
            f"| {lex['wall']:.1f} s | {report_wall} |"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__.splitlines()[0], formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--sizes", default="30000,300000", help="comma-separated corpus sizes (models)"
    )
    parser.add_argument("--work", type=Path, default=WORK, help="corpora, stores, scale.json")
    parser.add_argument("--keep", action="store_true", help="keep the stores")
    parser.add_argument("--no-report", action="store_true", help="skip `dfaudit report`")
    parser.add_argument("--label", default="", help="kept with the figures (e.g. a commit)")
    args = parser.parse_args(argv)
    become_subreaper()
    results = args.work / "scale.json"
    args.work.mkdir(parents=True, exist_ok=True)
    previous: list[dict[str, Any]] = json.loads(results.read_text()) if results.exists() else []
    for size in (int(s.replace("_", "")) for s in args.sizes.split(",")):
        run = asdict(run_size(size, args.work, keep=args.keep, report=not args.no_report))
        run["label"] = args.label
        previous = [r for r in previous if (r["models"], r.get("label")) != (size, args.label)]
        previous.append(run)
        results.write_text(json.dumps(previous, indent=1))
        print(f"  models {run['models_digest']}, findings {run['findings_digest']}")
        print(f"  {run['lexicon_line']}", flush=True)
    print(table([r for r in previous if r.get("label") == args.label]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
