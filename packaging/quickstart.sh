#!/usr/bin/env bash
# Installs what is missing, builds Quire, and runs quire-cli on the bundled
# sample documents (a text-layer PDF and a scanned one).
set -euo pipefail
cd "$(dirname "$0")/.."

bash packaging/install-deps.sh
jobs=$(getconf _NPROCESSORS_ONLN)
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release -DQUIRE_BUILD_TESTS=OFF
cmake --build build -j"$jobs"

rm -f build/samples.sqlite build/samples.sqlite-wal build/samples.sqlite-shm
status=0
./build/bin/quire-cli run --db build/samples.sqlite --export-csv build/samples.csv resources/samples || status=$?
echo
echo "Results: build/samples.csv (database: build/samples.sqlite)"
cut -c1-160 build/samples.csv | head -n 5
exit "$status"
