#!/usr/bin/env bash
# The one test command: installs what is missing, then runs every test
# (unit tests and every program under tests/programs in every tier mode),
# then a bounded differential fuzzing campaign (200 generated programs, each
# under CPython and tierpy in every tier mode; `tools/fuzz.py --seeds 0:5000`
# is the long run).
set -euo pipefail
cd "$(dirname "$0")/.."
tools/setup.sh --no-build
cargo test --workspace 2>&1
python3 tools/fuzz.py --seeds 0:200 -q --tierpy target/debug/tierpy
