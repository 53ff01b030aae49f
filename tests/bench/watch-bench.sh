#!/usr/bin/env bash
# Times quire-cli watch, in one run:
# 1. Latency from a one-page 300-DPI scan's arrival (moved into the watched
#    folder) to its "done" line (its results committed to the database and
#    its searchable PDF written: the watcher runs with --output-pdf),
#    with the workers running ("warm") and after they stopped for lack of
#    work ("cold"), at the default settle time (2 s) and at --settle 0.
# 2. CPU time the watcher itself uses in a minute while idle (workers
#    stopped), its folder holding the files it processed, default rescan (30 s).
# 3. Pages/min for a burst of one-page files moved in at once (SCANS scans,
#    then TEXT text-layer pages), against `quire-cli run` on the same files.
#
#   tests/bench/watch-bench.sh [-b BUILD_DIR] [-s SCANS] [-t TEXT] [-o OUT_DIR] [-p PARTS]
#
# PARTS: which of 1, 2, 3 to run (default 123). Besides wall-clock seconds,
# the bursts report the CPU seconds of the whole command with its workers,
# which a busy machine disturbs far less.
#
# Needs a build with tests (quire-make-samples), pdfseparate (poppler-utils)
# and /usr/bin/time (time).
# Timings are wall-clock: on a busy machine they are noise; say so.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
build="$here/../../build"
scans=40
texts=400
out=""
parts=123
while getopts "b:s:t:o:p:" opt; do
    case $opt in
        b) build=$OPTARG ;;
        s) scans=$OPTARG ;;
        t) texts=$OPTARG ;;
        o) out=$OPTARG ;;
        p) parts=$OPTARG ;;
        *) sed -n '2,19p' "$0"; exit 1 ;;
    esac
done
cli="$build/bin/quire-cli"
maker="$build/bin/quire-make-samples"
[ -x "$cli" ] && [ -x "$maker" ] || { echo "watch-bench: build quire-cli and quire-make-samples first" >&2; exit 1; }
command -v pdfseparate > /dev/null && [ -x /usr/bin/time ] || { echo "watch-bench: needs pdfseparate (poppler-utils) and /usr/bin/time (time)" >&2; exit 1; }
[ -n "$out" ] || out=$(mktemp -d)
mkdir -p "$out"
cores=$(getconf _NPROCESSORS_ONLN)
tick=$(getconf CLK_TCK)
echo "watch-bench: $cores cores, load $(cut -d' ' -f1-3 /proc/loadavg), results in $out" >&2

now() { date +%s.%N; }
calc() { awk "BEGIN { printf \"%.2f\", $1 }"; }
# Waits until FILE has COUNT lines matching PATTERN.
wait_lines() { until [ "$(grep -c -- "$2" "$1" || true)" -ge "$3" ]; do sleep 0.02; done; }
cpu_ticks() { awk '{ sub(/.*\) /, ""); print $12 + $13 }' "/proc/$1/stat"; }
# Its own CPU and that of its children that ended (the workers), in ticks.
cpu_ticks_all() { awk '{ sub(/.*\) /, ""); print $12 + $13 + $14 + $15 }' "/proc/$1/stat"; }

# One-page files: the generated 300-DPI scans and the text-layer pages, split.
gen="$out/generated"
rm -rf "$gen"; mkdir -p "$gen/scans" "$gen/text"
QT_QPA_PLATFORM=offscreen "$maker" --bench "$((scans * 10 > texts ? scans * 10 : texts))" "$gen" 2> /dev/null
pdfseparate -l "$scans" "$gen/bench-scan.pdf" "$gen/scans/scan-%03d.pdf"
pdfseparate -l "$texts" "$gen/bench-text.pdf" "$gen/text/text-%03d.pdf"
n_scans=$(ls "$gen/scans" | wc -l)
n_texts=$(ls "$gen/text" | wc -l)
[ "$n_scans" -ge 6 ] || { echo "watch-bench: need at least 6 scans (-s)" >&2; exit 1; }

watcher_pid=""
stop_watcher() {
    [ -n "$watcher_pid" ] || return 0
    kill -TERM "$watcher_pid" 2> /dev/null || true
    wait "$watcher_pid" 2> /dev/null || true
    watcher_pid=""
}
trap stop_watcher EXIT
start_watcher() { # DIR DB LOG options...
    local dir=$1 db=$2 log=$3
    shift 3
    rm -f "$db" "$db-wal" "$db-shm"
    "$cli" watch --db "$db" "$@" "$dir" 2> "$log" &
    watcher_pid=$!
    wait_lines "$log" "watching" 1
}
arrive() { # FILE DIR LOG: moves FILE in, prints seconds until its done line names its PDF
    local name start
    name=$(basename "$1")
    start=$(now)
    mv "$1" "$2/"
    wait_lines "$3" "done: .*$name.*searchable PDF" 1
    calc "$(now) - $start"
}

# 1. Latency, warm and cold, per settle time.
latency_rows=()
[[ $parts == *1* ]] && {
scan() { printf '%s/scans/scan-%03d.pdf' "$gen" "$1"; }
for settle in 2 0; do
    dir="$out/latency-$settle"; rm -rf "$dir"; mkdir -p "$dir"
    log="$out/latency-$settle.log"
    base=$([ "$settle" = 2 ] && echo 0 || echo 4)
    start_watcher "$dir" "$out/latency-$settle.sqlite" "$log" --settle "$settle" --idle-timeout 3 \
        --output-pdf "$out/latency-$settle-pdf"
    cold1=$(arrive "$(scan $((base + 1)))" "$dir" "$log")
    warm1=$(arrive "$(scan $((base + 2)))" "$dir" "$log")
    warm2=$(arrive "$(scan $((base + 3)))" "$dir" "$log")
    wait_lines "$log" "idle:" 1
    cold2=$(arrive "$(scan $((base + 4)))" "$dir" "$log")
    latency_rows+=("$settle|$cold1, $cold2|$warm1, $warm2")
    stop_watcher
done
}

# 2. Idle CPU for a minute, the folder holding what it processed (default rescan 30 s).
idle_cpu_ms="-"; held=0; workers_now="-"
[[ $parts == *2* ]] && {
idle_dir="$out/idle"; rm -rf "$idle_dir"; mkdir -p "$idle_dir"
cp "$gen"/text/*.pdf "$idle_dir/"
held=$(ls "$idle_dir" | wc -l)
log="$out/idle.log"
start_watcher "$idle_dir" "$out/idle.sqlite" "$log" --idle-timeout 5
wait_lines "$log" "done: " "$held"
wait_lines "$log" "idle:" 1
before=$(cpu_ticks "$watcher_pid")
sleep 60
after=$(cpu_ticks "$watcher_pid")
workers_now=$(pgrep -P "$watcher_pid" | wc -l || true)
idle_cpu_ms=$(calc "($after - $before) * 1000 / $tick")
stop_watcher
}

# 3. Bursts: watch against run on the same files (the latency scans moved away: split them again).
pdfseparate -l "$scans" "$gen/bench-scan.pdf" "$gen/scans/scan-%03d.pdf"
burst_rows=()
[[ $parts == *3* ]] && for kind in scans text; do
    files=("$gen/$kind"/*.pdf)
    count=${#files[@]}
    staging="$out/burst-$kind-staging"; dir="$out/burst-$kind"; log="$out/burst-$kind.log"
    rm -rf "$staging" "$dir"; mkdir -p "$staging" "$dir"
    cp "${files[@]}" "$staging/"
    # The workers leave 1 s after the burst, so that their CPU time is counted.
    start_watcher "$dir" "$out/burst-$kind.sqlite" "$log" --idle-timeout 1
    start=$(now)
    mv "$staging"/*.pdf "$dir/"
    wait_lines "$log" "done: " "$count"
    watch_secs=$(calc "$(now) - $start")
    wait_lines "$log" "idle:" 1
    until [ -z "$(pgrep -P "$watcher_pid" || true)" ]; do sleep 0.05; done
    watch_cpu=$(calc "$(cpu_ticks_all "$watcher_pid") / $tick")
    stop_watcher
    db="$out/run-$kind.sqlite"; rm -f "$db" "$db-wal" "$db-shm"
    start=$(now)
    /usr/bin/time -f "%U %S" -o "$out/run-$kind.time" "$cli" run --db "$db" "$gen/$kind" 2> "$out/run-$kind.log"
    run_secs=$(calc "$(now) - $start")
    run_cpu=$(awk '{ printf "%.2f", $1 + $2 }' "$out/run-$kind.time")
    burst_rows+=("$kind ($count pages)|$watch_secs|$(calc "$count * 60 / $watch_secs")|$watch_cpu|$run_secs|$(calc "$count * 60 / $run_secs")|$run_cpu")
done

echo
echo "1. Latency, one-page 300-DPI scan moved in -> its results committed and its searchable PDF written (seconds; $cores workers at most)"
echo "| settle | cold (workers start) | warm (workers up) |"
echo "| --- | --- | --- |"
for row in "${latency_rows[@]}"; do echo "| ${row//|/ | } |"; done
echo
echo "2. Idle watcher: $idle_cpu_ms ms of CPU in 60 s (folder holding $held processed files, rescan every 30 s; $workers_now worker processes)"
echo
echo "3. Burst moved in at once: quire-cli watch (default settle 2 s) against quire-cli run, same files, $cores workers"
echo "| files | watch s | watch pages/min | watch CPU s | run s | run pages/min | run CPU s |"
echo "| --- | --- | --- | --- | --- | --- | --- |"
for row in "${burst_rows[@]}"; do echo "| ${row//|/ | } |"; done
