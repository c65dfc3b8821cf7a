"""Helpers of benches/run.sh (the vacex throughput benchmark), kept in Python so the
numbers do not depend on which `time` the machine has.

    bench_tools.py measure --label L --results R.jsonl [--threads N] [--manifest M]
                           [--report RUN.json] -- COMMAND...
        runs COMMAND once, measures wall time and peak RSS (this child alone), reads the
        vacex run report's timings if given, and appends one JSON line to R.jsonl.
    bench_tools.py instructions --label L --results R.jsonl [--manifest M] -- COMMAND...
        runs COMMAND once under valgrind's callgrind and appends the instructions it
        executed: a count a busy or throttled host does not change, to compare builds.
    bench_tools.py table --results R.jsonl [--criterion DIR] [--markdown]
        prints the compact table of everything measured and the targets, met or not.
"""

import argparse
import json
import os
import re
import resource
import subprocess
import sys
import time
from pathlib import Path

STAGES = ["read_ms", "decode_ms", "classify_ms", "extract_ms", "write_ms", "publish_ms", "merge_ms"]


def measure(args):
    cmd = args.command[1:] if args.command and args.command[0] == "--" else args.command
    load_before = os.getloadavg()[0]
    started = time.perf_counter()
    proc = subprocess.run(cmd, stdout=subprocess.PIPE, text=True)
    wall = time.perf_counter() - started
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    # CPU seconds of the child: a per-core figure that other load on the machine
    # disturbs far less than wall time.
    row = {"label": args.label, "threads": args.threads, "exit": proc.returncode,
           "wall_s": wall, "cpu_s": usage.ru_utime + usage.ru_stime,
           "peak_rss_mb": usage.ru_maxrss / 1024,
           # Bytes the child read from the disk rather than the page cache (512-byte
           # blocks): a run that should read a warm cache but did not is slower for it.
           "disk_read_mb": usage.ru_inblock * 512 / 1e6,
           "load_before": load_before, "load_after": os.getloadavg()[0]}
    sys.stdout.write(proc.stdout)
    if args.manifest:
        m = json.loads(Path(args.manifest).read_text())
        row["pages"] = sum(n["pages"] for n in m["nights"])
        row["html_bytes"] = sum(n["html_bytes"] for n in m["nights"])
    if args.report and Path(args.report).exists():
        rep = json.loads(Path(args.report).read_text())
        row["timings"] = rep.get("timings", {})
        row["observations"] = rep.get("observations")
        row["rejects"] = rep.get("rejects")
        row["report_status"] = rep.get("status")
        if row["timings"].get("wall_ms"):
            row["wall_s"] = row["timings"]["wall_ms"] / 1000
    # A command that prints a JSON object last (the Python reference) gives its own time.
    lines = [l for l in proc.stdout.strip().splitlines() if l.startswith("{")]
    if lines:
        own = json.loads(lines[-1])
        row.update({k: own[k] for k in ("pages", "html_bytes") if k in own})
        if "seconds" in own:
            row["wall_s"] = own["seconds"]
    if row.get("html_bytes"):
        row["mb_per_s"] = row["html_bytes"] / 1e6 / row["wall_s"]
        row["pages_per_s"] = row["pages"] / row["wall_s"]
        row["mb_per_cpu_s"] = row["html_bytes"] / 1e6 / row["cpu_s"]
    with open(args.results, "a") as f:
        f.write(json.dumps(row) + "\n")
    status = "" if proc.returncode == 0 else f"  EXIT {proc.returncode}"
    speed = (f"{row['mb_per_s']:.1f} MB/s, {row['mb_per_cpu_s']:.1f} MB per CPU-second, "
             if "mb_per_s" in row else "")
    print(f"   {args.label}: {row['wall_s']:.2f} s, {speed}peak RSS {row['peak_rss_mb']:.0f} MB, "
          f"read from disk {row['disk_read_mb']:.0f} MB, load {load_before:.1f}{status}",
          file=sys.stderr)
    if row.get("html_bytes") and row["disk_read_mb"] * 1e6 > 0.1 * row["html_bytes"]:
        print(f"   warning: {args.label} read {row['disk_read_mb']:.0f} MB from the disk: the page "
              "cache did not keep the corpus (TMPDIR=/dev/shm keeps it in memory)", file=sys.stderr)
    return 0


def criterion_rows(root):
    rows = []
    root = Path(root)
    if not root.exists():
        return rows
    for bench in sorted(root.glob("*/*/new/benchmark.json")):
        meta = json.loads(bench.read_text())
        est = json.loads((bench.parent / "estimates.json").read_text())
        ns = est["median"]["point_estimate"]
        tp = (meta.get("throughput") or {}).get("Bytes")
        rows.append({"name": f"{meta['group_id']}/{meta['function_id']}", "ms": ns / 1e6,
                     "mb_per_s": tp / ns * 1e3 if tp else None})
    return rows


def instructions(args):
    cmd = args.command[1:] if args.command and args.command[0] == "--" else args.command
    proc = subprocess.run(["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", *cmd],
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    found = re.search(r"Collected : (\d+)", proc.stderr)
    if proc.returncode != 0 or not found:
        print(f"   {args.label}: callgrind failed (exit {proc.returncode}):\n{proc.stderr[-2000:]}",
              file=sys.stderr)
        return 1
    row = {"label": args.label, "instructions": int(found[1])}
    if args.manifest:
        m = json.loads(Path(args.manifest).read_text())
        row["pages"] = sum(n["pages"] for n in m["nights"])
        row["html_bytes"] = sum(n["html_bytes"] for n in m["nights"])
    with open(args.results, "a") as f:
        f.write(json.dumps(row) + "\n")
    print(f"   {args.label}: {row['instructions'] / 1e9:.3f} billion instructions, "
          f"{row.get('pages', '?')} pages", file=sys.stderr)
    return 0


def instruction_rows(counted):
    """Rows of the instruction-count table: each run, then what one more page costs
    (the difference of the two runs, so start-up is left out)."""
    out = ["| instructions (callgrind, 1 thread, --no-merge) | pages | HTML MB | instructions |",
           "|---|---:|---:|---:|"]
    for r in counted:
        out.append(f"| {r['label']} | {r.get('pages', '')} | {r.get('html_bytes', 0) / 1e6:.1f} | "
                   f"{r['instructions']:,} |")
    if len(counted) == 2 and all(r.get("html_bytes") for r in counted):
        small, large = sorted(counted, key=lambda r: r["pages"])
        extra = large["instructions"] - small["instructions"]
        pages = large["pages"] - small["pages"]
        html = large["html_bytes"] - small["html_bytes"]
        if pages > 0 and html > 0:
            out.append(f"| per page beyond start-up | | | {extra / pages:,.0f} "
                       f"({extra / html:.1f} per HTML byte) |")
    return out


def table(args):
    rows = [json.loads(l) for l in Path(args.results).read_text().splitlines() if l.strip()]
    counted = [r for r in rows if "instructions" in r]
    rows = [r for r in rows if "instructions" not in r]
    by = {r["label"]: r for r in rows}
    out = []
    p = out.append
    p("| run | pages | HTML MB | threads | wall s | pages/s | MB/s | MB/s per core | MB per CPU-s | peak RSS MB | read from disk MB | load before |")
    p("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for r in rows:
        if r["label"].startswith("gen"):
            continue
        t = r.get("threads") or 1
        mbs = r.get("mb_per_s", 0)
        p(f"| {r['label']} | {r.get('pages', '')} | {r.get('html_bytes', 0) / 1e6:.0f} | {t} | "
          f"{r['wall_s']:.2f} | {r.get('pages_per_s', 0):.0f} | {mbs:.1f} | {mbs / t:.1f} | "
          f"{r.get('mb_per_cpu_s', 0):.1f} | {r['peak_rss_mb']:.0f} | {r.get('disk_read_mb', 0):.0f} | "
          f"{r.get('load_before', 0):.1f} |" + ("" if r.get("exit", 0) == 0 else f" exit {r['exit']}"))
    gens = [r for r in rows if r["label"].startswith("gen")]
    if gens:
        p("")
        p("corpus generation: " + "; ".join(
            f"{r['label']} {r['wall_s']:.1f} s, peak RSS {r['peak_rss_mb']:.0f} MB" for r in gens))

    stage_runs = [r for r in rows if r.get("timings")]
    if stage_runs:
        p("")
        p("| stage (ms; worker time summed over threads) | " + " | ".join(r["label"] for r in stage_runs) + " |")
        p("|---|" + "---:|" * len(stage_runs))
        for s in ["wall_ms"] + STAGES:
            p(f"| {s} | " + " | ".join(str(r["timings"].get(s, "")) for r in stage_runs) + " |")

    if counted:
        p("")
        out.extend(instruction_rows(counted))

    t1, t2, py = by.get("dir-1t"), by.get("dir-all"), by.get("python")
    checks = []
    if t1:
        v = t1["mb_per_s"]
        checks.append(("end to end >= 100 MB/s of HTML per core (1 thread, wall)", f"{v:.1f} MB/s", v >= 100))
        v = t1["mb_per_cpu_s"]
        checks.append(("end to end >= 100 MB of HTML per CPU-second (1 thread)", f"{v:.1f} MB", v >= 100))
    if t2:
        v = t2["mb_per_s"] / t2["threads"]
        checks.append((f"end to end >= 100 MB/s per core ({t2['threads']} threads)", f"{v:.1f} MB/s", v >= 100))
    if t1 and t2:
        v = t1["wall_s"] / t2["wall_s"]
        checks.append((f"1 -> {t2['threads']} threads >= 1.8x", f"{v:.2f}x", v >= 1.8))
    if t1 and py:
        v = t1["mb_per_s"] / py["mb_per_s"]
        checks.append((">= 25x the Python reference (1 thread vs 1 process)", f"{v:.1f}x", v >= 25))
    if t2 and py:
        v = t2["mb_per_s"] / py["mb_per_s"]
        checks.append((f">= 25x the Python reference ({t2['threads']} threads vs 1 process)", f"{v:.1f}x", v >= 25))
    rss = [r for r in rows if r["label"].startswith("dir") and not r["label"].startswith("gen")]
    if rss:
        worst = max(r["peak_rss_mb"] for r in rss)
        checks.append(("peak RSS < 300 MB", f"{worst:.0f} MB", worst < 300))
    big = by.get("dir-100k")
    if big and t2:
        growth = big["peak_rss_mb"] / t2["peak_rss_mb"]
        checks.append(("peak RSS flat from 10k to 100k pages (< 1.2x)",
                       f"{t2['peak_rss_mb']:.0f} -> {big['peak_rss_mb']:.0f} MB ({growth:.2f}x)", growth < 1.2))
    if checks:
        p("")
        p("| target | measured | met? |")
        p("|---|---:|---|")
        for name, val, ok in checks:
            p(f"| {name} | {val} | {'met' if ok else 'NOT met'} |")

    crit = criterion_rows(args.criterion) if args.criterion else []
    if crit:
        p("")
        p("| criterion bench (32 pages an iteration) | median ms | MB/s of HTML |")
        p("|---|---:|---:|")
        for c in crit:
            note = ""
            if c["name"].endswith("_4096_rows"):
                note = f" ({4096 / c['ms'] * 1000 / 1000:.0f}k rows/s; MB/s of the pages the rows stand for)"
            p(f"| {c['name']} | {c['ms']:.1f} | {c['mb_per_s']:.1f}{note} |" if c["mb_per_s"] else
              f"| {c['name']} | {c['ms']:.1f} | |")
    print("\n".join(out))
    return 0


def main():
    ap = argparse.ArgumentParser(description="helpers of benches/run.sh")
    sub = ap.add_subparsers(dest="cmd", required=True)
    m = sub.add_parser("measure")
    m.add_argument("--label", required=True)
    m.add_argument("--results", required=True)
    m.add_argument("--threads", type=int, default=1)
    m.add_argument("--manifest")
    m.add_argument("--report")
    m.add_argument("command", nargs=argparse.REMAINDER)
    i = sub.add_parser("instructions")
    i.add_argument("--label", required=True)
    i.add_argument("--results", required=True)
    i.add_argument("--manifest")
    i.add_argument("command", nargs=argparse.REMAINDER)
    t = sub.add_parser("table")
    t.add_argument("--results", required=True)
    t.add_argument("--criterion")
    a = ap.parse_args()
    return {"measure": measure, "instructions": instructions, "table": table}[a.cmd](a)


if __name__ == "__main__":
    os.environ.setdefault("PYTHONDONTWRITEBYTECODE", "1")
    sys.exit(main())
