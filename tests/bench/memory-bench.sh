#!/usr/bin/env bash
# Peak resident memory of the coordinator (quire-cli) and of each worker over
# a large run: a generated text-layer PDF of PAGES pages plus SCANS scanned
# pages (300 DPI), both processed in one run.
#
#   tests/bench/memory-bench.sh [-b BUILD_DIR] [-n PAGES] [-s SCANS] [-w WORKERS] [-o OUT_DIR]
#
# Defaults: 10000 text pages, 40 scanned pages, 2 workers. Peaks are the
# kernel's, as quire-cli prints them at the end of the run: its own
# (getrusage's ru_maxrss: "coordinator peak memory") and each worker's VmHWM,
# which the worker reports with every page (the worker table, "peak MB").
# (GNU time's figure for quire-cli would include the workers it reaped.)
# Memory does not depend on the machine's load, so unlike timings these
# figures hold on a busy machine.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
build="$here/../../build"
pages=10000
scans=40
workers=2
out=""
while getopts "b:n:s:w:o:" opt; do
    case $opt in
        b) build=$OPTARG ;;
        n) pages=$OPTARG ;;
        s) scans=$OPTARG ;;
        w) workers=$OPTARG ;;
        o) out=$OPTARG ;;
        *) sed -n '2,12p' "$0"; exit 1 ;;
    esac
done
bin="$build/bin"
[ -x "$bin/quire-cli" ] && [ -x "$bin/quire-make-samples" ] \
    || { echo "memory-bench: build quire-cli and quire-make-samples in $build first" >&2; exit 1; }
[ -n "$out" ] || out=$(mktemp -d /tmp/quire-memory-XXXXXX)
mkdir -p "$out/text" "$out/scan"

export QT_QPA_PLATFORM=offscreen
# The text document and, from a smaller set, the scanned one (make-samples
# writes a tenth as scans); kept in OUT_DIR for the next run.
[ -f "$out/text/bench-text.pdf" ] || "$bin/quire-make-samples" --bench "$pages" "$out/text" >/dev/null
[ -f "$out/scan/bench-scan.pdf" ] || "$bin/quire-make-samples" --bench $((scans * 10)) "$out/scan" >/dev/null
inputs=("$out/text/bench-text.pdf" "$out/scan/bench-scan.pdf")

rm -f "$out/run.sqlite"*
echo "memory-bench: $pages text pages + $scans scanned pages, $workers workers ($out)"
"$bin/quire-cli" run --db "$out/run.sqlite" --workers "$workers" --user-words '' "${inputs[@]}" \
    2> "$out/run.log" || { tail -20 "$out/run.log"; exit 1; }
grep -E '^Done:' "$out/run.log"
grep -E 'coordinator peak memory' "$out/run.log" | sed 's/^ *//'
# The worker table: id, pid, pages, three means, peak MB.
awk '/^ +worker +pid/ { table = 1; next } table && $1 ~ /^[0-9]+$/ && NF == 7 {
         printf "worker %s (pid %s, %s pages) peak RSS: %s MB\n", $1, $2, $3, $7 }' "$out/run.log"
echo "database: $(du -h "$out/run.sqlite" | cut -f1)"
