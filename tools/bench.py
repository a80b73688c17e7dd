#!/usr/bin/env python3
"""Peer comparison runner: tierpy (all tier modes) vs CPython (and PyPy when installed).

usage: tools/bench.py [--quick] [--runs N] [--impl NAME...] [--md FILE] [--json FILE]
                      [--tierpy PATH] [--timeout SECONDS] [PROGRAMS...]

  PROGRAMS        benchmark files (default: benches/*.py)
  --runs N        timed runs per implementation per program (default 5)
  --quick         1 run each, plus a short per-run timeout (see --timeout)
  --impl NAME     restrict implementations; repeatable or comma separated
                  (cpython, pypy3, tierpy-auto, tierpy-interp, tierpy-baseline, tierpy-ftl)
  --tierpy PATH   tierpy binary (default: $TIERPY, else target/release/tierpy)
  --cpython PATH  CPython binary (default: the real executable behind `python3`)
  --md FILE       write the result table as markdown
  --json FILE     write raw times, medians, ratios and geometric means as JSON
  --timeout S     per-run timeout in seconds (default 120, or 20 with --quick)

Method: for each program every implementation is run once and its stdout is
compared with CPython's; a mismatch (or crash / timeout) marks that
implementation as wrong for the program and it is not timed. Then the
implementations are run round-robin, N runs each, timing whole-process wall
time with time.perf_counter(); the median is reported. The ratio is
CPython median / impl median (> 1 means faster than CPython). The last row is
the geometric mean of the ratios over the programs where the impl was correct
and timed.

Run from anywhere; relative default paths are resolved against the repository
root. Standard library only.
"""
import argparse
import glob
import json
import math
import os
import shutil
import statistics
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

ALL_IMPLS = ["cpython", "pypy3", "tierpy-auto", "tierpy-interp", "tierpy-baseline", "tierpy-ftl"]
TIERPY_FLAGS = {
    "tierpy-auto": [],
    "tierpy-interp": ["--tier=interp"],
    "tierpy-baseline": ["--tier=baseline"],
    "tierpy-ftl": ["--tier=ftl"],
}
DEFAULT_TIMEOUT = 120.0
QUICK_TIMEOUT = 20.0


def warn(msg):
    print("warning: " + msg, file=sys.stderr)


def real_executable(cmd):
    """Resolve the real interpreter behind `cmd` (e.g. skip the pyenv shim)."""
    try:
        out = subprocess.run([cmd, "-c", "import sys; print(sys.executable)"],
                             capture_output=True, text=True, timeout=30)
        path = out.stdout.strip()
        if out.returncode == 0 and path and os.path.exists(path):
            return path
    except (OSError, subprocess.SubprocessError):
        pass
    return None


def find_cpython(explicit):
    if explicit:
        return explicit
    # Prefer the running interpreter when it is CPython (sys.executable is the
    # real binary, not a shim); otherwise ask `python3`.
    if sys.implementation.name == "cpython" and sys.executable:
        return sys.executable
    return real_executable("python3") or "python3"


def find_tierpy(explicit):
    path = explicit or os.environ.get("TIERPY") or os.path.join("target", "release", "tierpy")
    if not os.path.isabs(path) and not os.path.exists(path):
        cand = os.path.join(ROOT, path)
        if os.path.exists(cand):
            path = cand
    return os.path.abspath(path)


def parse_impls(values):
    if not values:
        return list(ALL_IMPLS)
    names = []
    for v in values:
        for n in v.split(","):
            n = n.strip()
            if not n:
                continue
            if n == "tierpy":  # convenience: all tierpy modes
                for m in TIERPY_FLAGS:
                    if m not in names:
                        names.append(m)
                continue
            if n not in ALL_IMPLS:
                sys.exit("bench.py: unknown implementation %r (known: %s)" % (n, ", ".join(ALL_IMPLS)))
            if n not in names:
                names.append(n)
    return names


def build_commands(names, cpython, tierpy):
    """Return {impl: argv prefix} for the available implementations, in order."""
    cmds = {}
    tierpy_ok = os.path.isfile(tierpy) and os.access(tierpy, os.X_OK)
    warned = False
    for n in names:
        if n == "cpython":
            cmds[n] = [cpython]
        elif n == "pypy3":
            p = shutil.which("pypy3")
            if p:
                cmds[n] = [p]
            else:
                warn("pypy3 not found on PATH; skipping pypy3")
        else:
            if tierpy_ok:
                cmds[n] = [tierpy] + TIERPY_FLAGS[n]
            elif not warned:
                warn("tierpy binary %s not found; skipping tierpy modes" % tierpy)
                warned = True
    return cmds


def run_once(argv, timeout):
    """Run a process; return (seconds, stdout, error-string-or-None)."""
    t0 = time.perf_counter()
    try:
        p = subprocess.run(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                           stdin=subprocess.DEVNULL, timeout=timeout)
    except subprocess.TimeoutExpired:
        return time.perf_counter() - t0, b"", "timeout after %gs" % timeout
    except OSError as e:
        return time.perf_counter() - t0, b"", "cannot run: %s" % e
    dt = time.perf_counter() - t0
    if p.returncode != 0:
        tail = p.stderr.decode("utf-8", "replace").strip().splitlines()
        return dt, p.stdout, "exit %d%s" % (p.returncode, (": " + tail[-1]) if tail else "")
    return dt, p.stdout, None


def short_diff(expected, got):
    e = expected.decode("utf-8", "replace").splitlines()
    g = got.decode("utf-8", "replace").splitlines()
    for i in range(max(len(e), len(g))):
        a = e[i] if i < len(e) else "<missing>"
        b = g[i] if i < len(g) else "<missing>"
        if a != b:
            return "line %d: expected %r, got %r" % (i + 1, a[:60], b[:60])
    return "output differs"


def geomean(xs):
    xs = [x for x in xs if x is not None and x > 0]
    if not xs:
        return None
    return math.exp(sum(math.log(x) for x in xs) / len(xs))


def fmt_time(t):
    return "-" if t is None else "%.3f" % t


def fmt_ratio(r, status):
    if status == "wrong":
        return "WRONG"
    if status == "fail":
        return "FAIL"
    if status == "skip":
        return "-"
    return "-" if r is None else "%.2fx" % r


def bench_program(path, cmds, runs, timeout, log):
    """Returns the per-program result dict."""
    impls = list(cmds)
    res = {"program": os.path.basename(path), "path": path, "impls": {}}
    for n in impls:
        res["impls"][n] = {"status": "ok", "error": None, "times": [], "median": None, "ratio": None}

    # 1. correctness check (CPython output is the oracle)
    ref = None
    if "cpython" in cmds:
        dt, out, err = run_once(cmds["cpython"] + [path], timeout)
        if err:
            res["impls"]["cpython"].update(status="fail", error=err)
            log("  cpython: %s" % err)
        else:
            ref = out
            res["impls"]["cpython"]["check_time"] = dt
    else:
        # without CPython in the set, still compute the oracle output
        cp = find_cpython(None)
        dt, out, err = run_once([cp, path], max(timeout, DEFAULT_TIMEOUT))
        if err:
            res["reference_error"] = err
            log("  CPython reference run failed (%s); nothing can be checked" % err)
        else:
            ref = out
    for n in impls:
        if n == "cpython":
            continue
        dt, out, err = run_once(cmds[n] + [path], timeout)
        r = res["impls"][n]
        r["check_time"] = dt
        if err:
            r.update(status="fail", error=err)
            log("  %s: FAIL (%s)" % (n, err))
        elif ref is None:
            r.update(status="fail", error="no CPython reference output")
        elif out != ref:
            r.update(status="wrong", error=short_diff(ref, out))
            log("  %s: WRONG output (%s)" % (n, r["error"]))

    # 2. timed runs, round-robin over the implementations that passed
    live = [n for n in impls if res["impls"][n]["status"] == "ok"]
    for i in range(runs):
        for n in list(live):
            dt, out, err = run_once(cmds[n] + [path], timeout)
            r = res["impls"][n]
            if err:
                r.update(status="fail", error="run %d: %s" % (i + 1, err))
                log("  %s: FAIL in timed run (%s)" % (n, err))
                live.remove(n)
            else:
                r["times"].append(dt)
    for n in impls:
        r = res["impls"][n]
        if r["status"] == "ok" and r["times"]:
            r["median"] = statistics.median(r["times"])
    base = res["impls"].get("cpython", {}).get("median")
    for n in impls:
        r = res["impls"][n]
        if base and r["median"]:
            r["ratio"] = base / r["median"]
    return res


def make_table(results, impls, geo):
    header = ["program"] + ["%s s" % n for n in impls]
    if "cpython" in impls:
        header += ["%s ratio" % n for n in impls if n != "cpython"]
    rows = []
    for res in results:
        row = [res["program"]]
        for n in impls:
            r = res["impls"][n]
            row.append(fmt_time(r["median"]) if r["status"] == "ok" else fmt_ratio(None, r["status"]))
        if "cpython" in impls:
            for n in impls:
                if n == "cpython":
                    continue
                r = res["impls"][n]
                row.append(fmt_ratio(r["ratio"], r["status"]))
        rows.append(row)
    last = ["geomean"] + [""] * len(impls)
    if "cpython" in impls:
        last += ["-" if geo.get(n) is None else "%.2fx" % geo[n] for n in impls if n != "cpython"]
    rows.append(last)
    return header, rows


def print_table(header, rows, out):
    widths = [max(len(str(r[i])) for r in [header] + rows) for i in range(len(header))]
    line = "  ".join(h.ljust(widths[0]) if i == 0 else h.rjust(widths[i]) for i, h in enumerate(header))
    out.write(line + "\n")
    out.write("-" * len(line) + "\n")
    for k, r in enumerate(rows):
        if k == len(rows) - 1:
            out.write("-" * len(line) + "\n")
        out.write("  ".join(str(c).ljust(widths[0]) if i == 0 else str(c).rjust(widths[i])
                            for i, c in enumerate(r)) + "\n")


def write_md(path, header, rows, meta):
    with open(path, "w") as f:
        f.write("# tierpy peer comparison\n\n")
        f.write("runs per impl: %d; ratio = CPython time / impl time (>1 is faster than CPython)\n\n"
                % meta["runs"])
        for n, argv in meta["commands"].items():
            f.write("- `%s`: `%s`\n" % (n, " ".join(argv)))
        f.write("\n| " + " | ".join(header) + " |\n")
        f.write("|" + "|".join(["---"] + ["---:"] * (len(header) - 1)) + "|\n")
        for k, r in enumerate(rows):
            cells = [str(c) for c in r]
            if k == len(rows) - 1:
                cells = ["**%s**" % c if c else c for c in cells]
            f.write("| " + " | ".join(cells) + " |\n")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n", 1)[0],
                                 epilog=__doc__.split("Method:", 1)[1].join(["Method:", ""]),
                                 formatter_class=argparse.RawDescriptionHelpFormatter,
                                 usage="tools/bench.py [--quick] [--runs N] [--impl NAME...] "
                                       "[--md FILE] [--json FILE] [--tierpy PATH] [PROGRAMS...]")
    ap.add_argument("programs", nargs="*", metavar="PROGRAMS")
    ap.add_argument("--quick", action="store_true", help="1 run per impl and a per-run timeout")
    ap.add_argument("--runs", type=int, default=None, help="timed runs per impl (default 5)")
    ap.add_argument("--impl", action="append", default=[], metavar="NAME",
                    help="implementation(s) to run; repeatable or comma list: " + ",".join(ALL_IMPLS))
    ap.add_argument("--md", metavar="FILE", help="write markdown table")
    ap.add_argument("--json", metavar="FILE", help="write raw results as JSON")
    ap.add_argument("--tierpy", metavar="PATH", help="tierpy binary ($TIERPY, else target/release/tierpy)")
    ap.add_argument("--cpython", metavar="PATH", help="CPython binary (default: real python3 executable)")
    ap.add_argument("--timeout", type=float, default=None,
                    help="per-run timeout in s (default %g, %g with --quick)" % (DEFAULT_TIMEOUT, QUICK_TIMEOUT))
    args = ap.parse_args()

    runs = args.runs if args.runs is not None else (1 if args.quick else 5)
    if runs < 1:
        sys.exit("bench.py: --runs must be >= 1")
    timeout = args.timeout if args.timeout is not None else (QUICK_TIMEOUT if args.quick else DEFAULT_TIMEOUT)

    programs = args.programs or sorted(glob.glob(os.path.join(ROOT, "benches", "*.py")))
    programs = [os.path.abspath(p) for p in programs]
    missing = [p for p in programs if not os.path.isfile(p)]
    if missing:
        sys.exit("bench.py: no such program: " + ", ".join(missing))
    if not programs:
        sys.exit("bench.py: no programs found")

    names = parse_impls(args.impl)
    cpython = find_cpython(args.cpython)
    tierpy = find_tierpy(args.tierpy)
    cmds = build_commands(names, cpython, tierpy)
    if not cmds:
        sys.exit("bench.py: no implementation available")
    impls = list(cmds)
    if "cpython" not in impls:
        warn("cpython not selected: outputs are still checked against CPython, but no ratios are computed")

    print("implementations:", file=sys.stderr)
    for n in impls:
        print("  %-16s %s" % (n, " ".join(cmds[n])), file=sys.stderr)
    print("runs=%d timeout=%gs programs=%d" % (runs, timeout, len(programs)), file=sys.stderr)

    def log(msg):
        print(msg, file=sys.stderr)

    results = []
    for p in programs:
        t0 = time.perf_counter()
        res = bench_program(p, cmds, runs, timeout, log)
        results.append(res)
        summary = ", ".join("%s=%s" % (n, fmt_time(res["impls"][n]["median"])
                                       if res["impls"][n]["status"] == "ok" else res["impls"][n]["status"])
                            for n in impls)
        log("%s: %s  (%.1fs)" % (res["program"], summary, time.perf_counter() - t0))

    geo = {}
    for n in impls:
        if n == "cpython":
            continue
        geo[n] = geomean([res["impls"][n]["ratio"] for res in results
                          if res["impls"][n]["status"] == "ok"])

    header, rows = make_table(results, impls, geo)
    sys.stdout.write("\n")
    print_table(header, rows, sys.stdout)

    meta = {
        "runs": runs,
        "quick": args.quick,
        "timeout": timeout,
        "commands": cmds,
        "date": time.strftime("%Y-%m-%dT%H:%M:%S"),
        "host": os.uname().nodename if hasattr(os, "uname") else "",
    }
    if args.md:
        write_md(args.md, header, rows, meta)
    if args.json:
        data = dict(meta)
        data["programs"] = results
        data["geomean_ratio"] = geo
        with open(args.json, "w") as f:
            json.dump(data, f, indent=2)
            f.write("\n")
    bad = [(res["program"], n) for res in results for n in impls if res["impls"][n]["status"] != "ok"]
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
