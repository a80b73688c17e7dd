#!/usr/bin/env python3
"""Regenerate the expected outputs of the test programs from CPython 3.11.

usage: tools/gen_expected.py [FILE.py|DIR ...]   (default: tests/programs)

Run from the repository root. For each program P.py it writes:
  P.out  -- CPython's exact stdout
  P.err  -- only when CPython exits non-zero: "exit N" and the last line of stderr
Never edit these files by hand; rerun this script instead.
"""
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def programs(args):
    for a in args or [os.path.join("tests", "programs")]:
        if os.path.isdir(a):
            for d, _, names in sorted(os.walk(a)):
                for n in sorted(names):
                    if n.endswith(".py"):
                        yield os.path.join(d, n)
        else:
            yield a


def main():
    os.chdir(ROOT)
    if sys.version_info[:2] != (3, 11):
        sys.exit("gen_expected: needs CPython 3.11, this is " + sys.version)
    env = dict(os.environ, PYTHONHASHSEED="0", PYTHONIOENCODING="utf-8")
    count = 0
    for path in programs(sys.argv[1:]):
        rel = os.path.relpath(path, ROOT)
        p = subprocess.run([sys.executable, rel], capture_output=True, env=env, timeout=120)
        base = rel[:-3]
        with open(base + ".out", "wb") as f:
            f.write(p.stdout)
        err = base + ".err"
        if p.returncode != 0:
            lines = [l for l in p.stderr.decode("utf-8", "replace").splitlines() if l.strip()]
            with open(err, "w") as f:
                f.write(f"exit {p.returncode}\n{lines[-1] if lines else ''}\n")
        elif os.path.exists(err):
            os.remove(err)
        count += 1
    print(f"gen_expected: {count} programs")


if __name__ == "__main__":
    main()
