#!/usr/bin/env bash
# build.sh — builds and installs the extension (PGXS) and the core's unit
# tests (CMake). Run scripts/install-deps.sh first.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
make -s -j"$(nproc)" ${PSD_WERROR:+PSD_WERROR=-Werror}
make -s install
build_dir=${PSD_BUILD_DIR:-build}
cmake -S . -B "$build_dir" -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$build_dir" -j"$(nproc)" >/dev/null
