#!/usr/bin/env bash
# Installs what is missing, builds Quire with warnings as errors, and runs the
# whole test suite through CTest. Then builds the engine, the programs and
# the unit and integration tests again with AddressSanitizer and
# UndefinedBehaviorSanitizer (-DQUIRE_SANITIZE=ON, in build-asan) and runs
# those tests there too; the workers they start are sanitized as well.
# Tests that need the shared corpus (../shared/corpus, or
# -DQUIRE_CORPUS_DIR=...) skip with a message without it.
set -euo pipefail
cd "$(dirname "$0")/.."

bash packaging/install-deps.sh
jobs=$(getconf _NPROCESSORS_ONLN)
start=$SECONDS
status=0

cmake -S . -B build-tests -DCMAKE_BUILD_TYPE=RelWithDebInfo -DQUIRE_WERROR=ON
cmake --build build-tests -j"$jobs"
(cd build-tests && ctest --output-on-failure -j"$jobs" --timeout 900) || status=1
normal=$((SECONDS - start))

# The GUI tests stay out of the sanitized run: they would double its cost
# for code the unit tests already cover, and Qt's widgets are not sanitized.
cmake -S . -B build-asan -DCMAKE_BUILD_TYPE=RelWithDebInfo -DQUIRE_WERROR=ON -DQUIRE_SANITIZE=ON
cmake --build build-asan -j"$jobs" --target quire-check-build
(cd build-asan && ctest --output-on-failure -j"$jobs" --timeout 900 -L 'unit|integration') || status=1

echo "test.sh: normal build and tests $((normal / 60)) min $((normal % 60)) s;" \
     "sanitized build and tests $(((SECONDS - start - normal) / 60)) min $(((SECONDS - start - normal) % 60)) s"
exit $status
