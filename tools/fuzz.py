#!/usr/bin/env python3
"""Differential fuzzing: random programs from tools/fuzzgen.py under CPython and tierpy.

usage: tools/fuzz.py [--seeds A:B] [--modes m1,m2,...] [--size small|medium] [--timeout S]
                     [--save-dir DIR] [--jobs N] [--tierpy PATH] [--minimize] [-q]

For each seed in [A, B) (default 0:200) the program `fuzzgen.py --seed N --size SIZE` is run
under CPython (sys.executable) and under tierpy in each tier mode (the modes of
../shared/difftest: interp, baseline, ftl, auto, eager, eager-sync; default all). Compared,
per program and mode: stdout exactly, the exit status, and, when CPython fails, the last
line of stderr.

Every difference is confirmed (CPython is run a second time: a program whose CPython output
changes between runs is a generator bug, reported as NONDETERMINISTIC) and the program is
written to DIR/seed_N.py (default DIR /tmp/tierpy-fuzz) under a comment header naming the
seed, the failing modes and the first difference. With --minimize each failing seed is then
reduced for its first failing mode (delta debugging over top-level statements, then over
single lines, keeping a deletion only while the same kind of difference persists in that
mode) and written to DIR/seed_N.min.py.

The last line printed is `fuzz: P programs x M modes: N passed, F failed` (CI reads it);
the exit status is 1 when anything failed.

The tierpy binary is --tierpy, else $TIERPY, else target/release/tierpy, else
target/debug/tierpy (relative to the repository root, then to the current directory).
"""
import argparse
import ast
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True     # no tools/__pycache__ from importing fuzzgen
import fuzzgen  # noqa: E402

# mode name -> tierpy options placed before the program (as in ../shared/difftest)
MODES = {
    "interp": ["--tier=interp"],
    "baseline": ["--tier=baseline"],
    "ftl": ["--tier=ftl", "--ftl-sync"],
    "auto": [],
    "eager": ["--baseline-threshold=2", "--ftl-threshold=20"],
    "eager-sync": ["--baseline-threshold=2", "--ftl-threshold=20", "--ftl-sync"],
}

ENV = dict(os.environ, PYTHONHASHSEED="0", PYTHONIOENCODING="utf-8")
_print_lock = threading.Lock()


def say(*a, file=sys.stdout):
    with _print_lock:
        print(*a, file=file, flush=True)


def find_tierpy(given):
    cands = [given, os.environ.get("TIERPY")]
    for rel in ("target/release/tierpy", "target/debug/tierpy"):
        cands += [os.path.join(ROOT, rel), rel]
    for path in cands:
        if path and os.path.isfile(path) and os.access(path, os.X_OK):
            return os.path.abspath(path)
    sys.exit("fuzz: no tierpy binary found; build it or pass --tierpy PATH")


def run(cmd, timeout):
    """(exit status or "timeout", stdout, stderr) of cmd."""
    try:
        p = subprocess.run(cmd, capture_output=True, timeout=timeout, env=ENV,
                           stdin=subprocess.DEVNULL)
        return p.returncode, p.stdout.decode(errors="replace"), p.stderr.decode(errors="replace")
    except subprocess.TimeoutExpired:
        return "timeout", "", ""


def last_line(text):
    lines = [l for l in text.splitlines() if l.strip()]
    return lines[-1] if lines else ""


def first_difference(a, b):
    al, bl = a.splitlines(), b.splitlines()
    for i in range(max(len(al), len(bl))):
        x = al[i] if i < len(al) else "<missing>"
        y = bl[i] if i < len(bl) else "<missing>"
        if x != y:
            return f"line {i + 1}: CPython {x!r} / tierpy {y!r}"
    return "same lines, different line endings"


def compare(want, got, timeout):
    """None when tierpy's result `got` matches CPython's `want`, else (kind, message)."""
    want_rc, want_out, want_err = want
    rc, out, err = got
    if rc == "timeout":
        return "timeout", f"timed out after {timeout:g} s"
    if out != want_out:
        msg = "stdout differs, " + first_difference(want_out, out)
        if rc != want_rc:
            msg += f" (exit status {rc}, CPython {want_rc}; stderr: {last_line(err)!r})"
        return "stdout", msg
    if rc != want_rc:
        return "exit", f"exit status {rc}, CPython {want_rc}; stderr: {last_line(err)!r}"
    if want_rc != 0 and last_line(err) != last_line(want_err):
        return "error", f"error differs: CPython {last_line(want_err)!r} / tierpy {last_line(err)!r}"
    return None


def signature(want, got, kind):
    """What a reduced program must keep to count as the same failure."""
    err_type = last_line(got[2]).split(":")[0] if kind in ("exit", "error") else ""
    return (kind, want[0], got[0], err_type)


class Fuzzer:
    def __init__(self, args, tierpy, modes):
        self.args = args
        self.tierpy = tierpy
        self.modes = modes
        self.work = tempfile.mkdtemp(prefix="tierpy-fuzz-work-")

    def cpython(self, path):
        return run([sys.executable, path], self.args.timeout)

    def tierpy_run(self, mode, path):
        return run([self.tierpy, *MODES[mode], path], self.args.timeout)

    def check_seed(self, seed):
        """Run one seed in every mode; returns (passed, [(mode, kind, message)], notes)."""
        src = fuzzgen.generate(seed, self.args.size)
        path = os.path.join(self.work, f"seed_{seed}.py")
        with open(path, "w", encoding="utf-8") as f:
            f.write(src)
        notes = []
        t0 = time.monotonic()
        want = self.cpython(path)
        took = time.monotonic() - t0
        if want[0] == "timeout":
            notes.append(f"GENERATOR: CPython timed out after {self.args.timeout:g} s")
        elif want[0] != 0:
            notes.append(f"GENERATOR: CPython failed ({want[0]}): {last_line(want[2])}")
        elif took > 2.0:
            notes.append(f"GENERATOR: CPython took {took:.2f} s")
        if want[0] == "timeout":
            return 0, [(m, "generator", notes[0], None) for m in self.modes], notes, src
        passed, fails = 0, []
        for mode in self.modes:
            got = self.tierpy_run(mode, path)
            d = compare(want, got, self.args.timeout)
            if d is None:
                passed += 1
            else:
                fails.append((mode, d[0], d[1], signature(want, got, d[0])))
        if fails:
            again = self.cpython(path)
            if again != want:
                notes.append("NONDETERMINISTIC: CPython output differs between two runs "
                              "(generator bug, not a tierpy bug)")
                fails = [(m, "nondeterministic", msg, sig) for m, _, msg, sig in fails]
        return passed, fails, notes, src

    def save(self, seed, src, fails, notes, suffix=".py", extra=()):
        os.makedirs(self.args.save_dir, exist_ok=True)
        out = os.path.join(self.args.save_dir, f"seed_{seed}{suffix}")
        head = [f"# fuzz: tools/fuzzgen.py --seed {seed} --size {self.args.size}",
                f"# tierpy: {self.tierpy}"]
        for mode, kind, msg, *_ in fails:
            head.append(f"# mode {mode} ({' '.join(MODES[mode]) or 'no flags'}): {kind}: {msg}")
        head += [f"# {n}" for n in notes] + [f"# {e}" for e in extra]
        with open(out, "w", encoding="utf-8") as f:
            f.write("\n".join(h.replace("\n", "\\n") for h in head) + "\n" + src)
        return out

    # ------------------------------------------------------------ minimization
    def interesting(self, text, mode, sig, counter):
        try:
            compile(text, "<fuzz>", "exec")
        except (SyntaxError, ValueError):
            return False
        counter[0] += 1
        path = os.path.join(self.work, f"min_{threading.get_ident()}.py")
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)
        want = self.cpython(path)
        if want[0] == "timeout":
            return False
        got = self.tierpy_run(mode, path)
        d = compare(want, got, self.args.timeout)
        return d is not None and signature(want, got, d[0]) == sig

    @staticmethod
    def chunks(lines):
        """Top-level statements as line ranges (blank lines/comments join the next one)."""
        try:
            tree = ast.parse("\n".join(lines))
        except SyntaxError:
            return [[i] for i in range(len(lines))]
        out, start = [], 0
        for node in tree.body:
            first = node.lineno - 1
            if getattr(node, "decorator_list", None):
                first = min(d.lineno - 1 for d in node.decorator_list)
            end = node.end_lineno
            out.append(list(range(min(start, first), end)))
            start = end
        if start < len(lines):
            if out:
                out[-1] += list(range(start, len(lines)))
            else:
                out.append(list(range(start, len(lines))))
        return out

    def ddmin(self, units, lines, test):
        """Delta debugging: drop subsets of units (lists of line numbers) while test holds."""
        n = 2
        while len(units) >= 2:
            size = max(1, len(units) // n)
            subsets = [units[i:i + size] for i in range(0, len(units), size)]
            reduced = False
            for sub in subsets:
                drop = {i for u in sub for i in u}
                rest = [u for u in units if u not in sub]
                text = "\n".join(l for i, l in enumerate(lines) if i not in drop) + "\n"
                if rest and test(text):
                    units = rest
                    lines = [l for i, l in enumerate(lines) if i not in drop]
                    units = self.renumber(units, drop)
                    n = max(n - 1, 2)
                    reduced = True
                    break
            if not reduced:
                if n >= len(units):
                    break
                n = min(n * 2, len(units))
        return lines

    @staticmethod
    def renumber(units, dropped):
        keep = sorted({i for u in units for i in u})
        new = {old: new for new, old in enumerate(keep)}
        return [[new[i] for i in u] for u in units]

    def minimize(self, src, mode, sig):
        counter = [0]
        deadline = time.monotonic() + self.args.minimize_time

        def test(text):
            if time.monotonic() > deadline:
                return False
            return self.interesting(text, mode, sig, counter)

        lines = src.splitlines()
        for _ in range(4):
            before = len(lines)
            # 1. whole top-level statements
            lines = self.ddmin(self.chunks(lines), lines, test)
            # 2. single lines, last to first (a deletion must leave valid Python)
            i = len(lines) - 1
            while i >= 0:
                cand = lines[:i] + lines[i + 1:]
                if test("\n".join(cand) + "\n"):
                    lines = cand
                i -= 1
            # 3. single lines through ddmin (groups of lines, e.g. a whole if-block)
            lines = self.ddmin([[i] for i in range(len(lines))], lines, test)
            if len(lines) == before or time.monotonic() > deadline:
                break
        # drop blank lines that are left over
        compact = [l for l in lines if l.strip()]
        if test("\n".join(compact) + "\n"):
            lines = compact
        return "\n".join(lines) + "\n", counter[0]


def parse_seeds(text):
    if ":" in text:
        a, b = text.split(":", 1)
        return list(range(int(a or 0), int(b)))
    if "," in text:
        return [int(x) for x in text.split(",") if x]
    return [int(text)]


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seeds", default="0:200", help="A:B (B excluded), N, or N,M,...")
    ap.add_argument("--modes", nargs="+", default=[",".join(MODES)],
                    help="tier modes, comma or space separated (default: all)")
    ap.add_argument("--size", choices=["small", "medium"], default="small")
    ap.add_argument("--timeout", type=float, default=60.0, help="per run, seconds")
    ap.add_argument("--save-dir", default="/tmp/tierpy-fuzz")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--tierpy")
    ap.add_argument("--minimize", action="store_true",
                    help="reduce each failing program to DIR/seed_N.min.py")
    ap.add_argument("--minimize-time", type=float, default=300.0,
                    help="time budget per minimized program, seconds")
    ap.add_argument("-q", action="store_true", help="print only failures and the summary")
    args = ap.parse_args()

    modes = [m for ms in args.modes for m in ms.split(",") if m]
    unknown = [m for m in modes if m not in MODES]
    if unknown:
        sys.exit(f"fuzz: unknown mode(s) {unknown}; known: {list(MODES)}")
    seeds = parse_seeds(args.seeds)
    tierpy = find_tierpy(args.tierpy)
    fz = Fuzzer(args, tierpy, modes)
    say(f"fuzzing {len(seeds)} programs ({args.size}) x {len(modes)} modes "
        f"({','.join(modes)}), tierpy {tierpy}, {args.jobs} jobs")

    results = {}

    def one(seed):
        passed, fails, notes, src = fz.check_seed(seed)
        results[seed] = (passed, fails)
        for n in notes:
            say(f"     seed {seed}: {n}", file=sys.stderr)
        if not fails:
            if not args.q:
                say(f"ok   seed {seed} ({passed} modes)")
            return
        saved = fz.save(seed, src, fails, notes)
        for mode, kind, msg, _ in fails:
            say(f"FAIL seed {seed} [{mode}]: {msg}")
        say(f"     saved {saved}")
        if args.minimize and fails[0][1] not in ("nondeterministic", "generator"):
            mode, kind, msg, sig = fails[0]
            t0 = time.monotonic()
            small, tests = fz.minimize(src, mode, sig)
            out = fz.save(seed, small, [fails[0]], [], suffix=".min.py",
                          extra=[f"minimized for mode {mode}: {len(src.splitlines())} -> "
                                 f"{len(small.splitlines())} lines, {tests} runs, "
                                 f"{time.monotonic() - t0:.0f} s"])
            say(f"     minimized ({len(small.splitlines())} lines) {out}")

    try:
        with ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
            for f in [pool.submit(one, s) for s in seeds]:
                f.result()
    finally:
        shutil.rmtree(fz.work, ignore_errors=True)

    passed = sum(p for p, _ in results.values())
    failed = sum(len(f) for _, f in results.values())
    bad = sorted(s for s, (_, f) in results.items() if f)
    if bad:
        say(f"failing seeds: {' '.join(map(str, bad))} (programs in {args.save_dir})")
    say(f"fuzz: {len(seeds)} programs x {len(modes)} modes: {passed} passed, {failed} failed")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
