#!/usr/bin/env bash
# build.sh — builds and installs the extension (PGXS) and the core's unit
# tests (CMake). Run scripts/install-deps.sh first.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
make -s -j"$(nproc)" ${PSD_WERROR:+PSD_WERROR=-Werror}
make -s install
cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build -j"$(nproc)" >/dev/null
