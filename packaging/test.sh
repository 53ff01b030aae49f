#!/usr/bin/env bash
# Installs what is missing, builds Quire with warnings as errors, and runs the
# whole test suite through CTest. Tests that need the shared corpus
# (../shared/corpus, or -DQUIRE_CORPUS_DIR=...) skip with a message without it.
set -euo pipefail
cd "$(dirname "$0")/.."

bash packaging/install-deps.sh
jobs=$(getconf _NPROCESSORS_ONLN)
cmake -S . -B build-tests -DCMAKE_BUILD_TYPE=RelWithDebInfo -DQUIRE_WERROR=ON
cmake --build build-tests -j"$jobs"
cd build-tests
ctest --output-on-failure -j"$jobs" --timeout 900
