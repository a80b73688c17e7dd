#!/usr/bin/env bash
# The one test command: installs what is missing, then runs every test
# (unit tests and every program under tests/programs in every tier mode).
set -euo pipefail
cd "$(dirname "$0")/.."
tools/setup.sh --no-build
cargo test --workspace 2>&1
