#!/usr/bin/env bash
# Times each page-cleanup stage on the CPU and through OpenCL and prints them
# side by side (milliseconds per 2550x3300 page, lower is better).
#
#   tests/bench/preprocess-bench.sh [PATH/TO/quire-bench-preprocess] [benchmark options]
#
# One process per mode: OpenCV takes its OpenCL device choice once per process.
# With no OpenCL device at all (not even PoCL's CPU device), only the CPU
# column is filled.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
bench=${1:-"$here/../../build/bin/quire-bench-preprocess"}
shift || true
[ -x "$bench" ] || { echo "preprocess-bench: no $bench; build the quire-bench-preprocess target first" >&2; exit 1; }
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

run() { # mode [benchmark options]
    local mode=$1
    shift
    "$bench" --opencl "$mode" --benchmark_format=csv "$@" >"$out/$mode.csv" 2>"$out/$mode.log"
}
# Stage name → milliseconds per iteration, from Google Benchmark's CSV
# ("name/min_time:…",iterations,real_time,cpu_time,time_unit,…); with
# --benchmark_repetitions the median is taken.
times() {
    awk -F, '$1 ~ /^"/ && $1 != "\"name\"" {
        full = $1; gsub(/"/, "", full)
        name = full; sub(/\/.*/, "", name)
        kind = full ~ /_median$/ ? "median" : full ~ /_(mean|stddev|cv)$/ ? "skip" : "plain"
        if (kind == "skip") next
        scale = ($5 == "ms") ? 1 : ($5 == "us") ? 1e-3 : ($5 == "ns") ? 1e-6 : ($5 == "s") ? 1e3 : 1
        if (!(name in seen)) { seen[name] = 1; order[++n] = name }
        if (kind == "median") median[name] = $3 * scale
        else plain[name] = $3 * scale
    }
    END {
        for (i = 1; i <= n; ++i) {
            name = order[i]
            printf "%s|%.2f\n", name, (name in median) ? median[name] : plain[name]
        }
    }' "$1"
}
device() { sed -n 's/^quire-bench-preprocess: OpenCL [a-z]*: //p' "$1" | head -n 1; }

run off "${@}" || { cat "$out/off.log" >&2; echo "preprocess-bench: the CPU run failed" >&2; exit 1; }
opencl_ok=1
run on "${@}" || { opencl_ok=0; sed -n 's/^quire-bench-preprocess: //p' "$out/on.log" | head -n 3 >&2; }

echo "Page cleanup, 2550x3300 (300-dpi Letter, 1.5 degrees skew); $(getconf _NPROCESSORS_ONLN) cores"
echo "CPU:    $(device "$out/off.log")"
if [ "$opencl_ok" = 1 ]; then
    echo "OpenCL: $(device "$out/on.log")"
else
    echo "OpenCL: not available (see above)"
fi
declare -A ocl
if [ "$opencl_ok" = 1 ]; then
    while IFS='|' read -r name ms; do ocl[$name]=$ms; done < <(times "$out/on.csv")
fi
printf '\n%-26s %10s %10s %8s\n' "stage" "CPU ms" "OpenCL ms" "ratio"
while IFS='|' read -r name ms; do
    o=${ocl[$name]:-}
    if [ -n "$o" ]; then
        printf '%-26s %10.2f %10.2f %7.2fx\n' "$name" "$ms" "$o" "$(awk "BEGIN { print $o / $ms }")"
    else
        printf '%-26s %10.2f %10s %8s\n' "$name" "$ms" "-" "-"
    fi
done < <(times "$out/off.csv")
echo "(ratio: OpenCL time / CPU time; above 1 the CPU is faster)"
