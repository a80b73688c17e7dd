#!/usr/bin/env bash
# Installs the system packages tierpy needs on a fresh Debian machine of this
# kind (skipping what is present), then builds the release binary.
set -euo pipefail
cd "$(dirname "$0")/.."
need=()
command -v cargo >/dev/null || { echo "setup: cargo (rustup) is required" >&2; exit 1; }
command -v python3 >/dev/null || need+=(python3)
command -v llvm-config-19 >/dev/null || need+=(llvm-19-dev)
if [ ${#need[@]} -gt 0 ]; then
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need[@]}"
  # A build tried before LLVM 19 was installed left llvm-sys's "not found"
  # result in target/ (per profile); cargo would not look again.
  cargo clean -q -p llvm-sys 2>/dev/null || true
  cargo clean -q -p llvm-sys --release 2>/dev/null || true
fi
if [ "${1:-}" != "--no-build" ]; then
  cargo build --release -q
fi
