#!/usr/bin/env bash
# What handing a batch to Slurm costs: the same pages once with `quire-cli run`
# and once with `quire-cli submit --wait` on a one-node Slurm cluster on
# localhost (tests/support/slurm-localhost.sh; run as root), with the same
# number of workers: the run uses one per core, and each shard task gets every
# core (--cpus-per-task = cores, one task at a time), so the difference is
# Slurm's scheduling, the tasks' start-up, the progress polling and the merge.
#
#   tests/bench/slurm-bench.sh [-b BUILD_DIR] [-n PAGES] [-s SHARD_PAGES] [-o OUT_DIR]
#
# Documents: quire-make-samples --bench PAGES (PAGES text-layer pages and
# PAGES/10 scanned 300-DPI pages). Prints seconds for each, the overhead, and
# the merge job's own line (pages merged per second).
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
build="$here/../../build"
pages=400
shard=100
out=""
while getopts "b:n:s:o:" opt; do
    case $opt in
        b) build=$OPTARG ;;
        n) pages=$OPTARG ;;
        s) shard=$OPTARG ;;
        o) out=$OPTARG ;;
        *) sed -n '2,14p' "$0"; exit 1 ;;
    esac
done
cli="$build/bin/quire-cli"
maker="$build/bin/quire-make-samples"
[ -x "$cli" ] && [ -x "$maker" ] || { echo "slurm-bench: build first (quire-cli and quire-make-samples in $build/bin)" >&2; exit 1; }
[ -n "$out" ] || out=$(mktemp -d)
mkdir -p "$out"
cores=$(getconf _NPROCESSORS_ONLN)
now() { date +%s.%N; }
calc() { awk "BEGIN { print $1 }"; }

docs="$out/docs"
rm -rf "$docs" "$out"/local.sqlite* "$out"/main.sqlite*
mkdir -p "$docs"
QT_QPA_PLATFORM=offscreen "$maker" --bench "$pages" "$docs" >/dev/null 2>&1
rm -f "$docs"/*.gt.txt
total=$((pages + pages / 10))
echo "slurm-bench: $total pages ($pages text layer, $((pages / 10)) scanned), $cores cores, $(uname -n), load $(cut -d' ' -f1-3 /proc/loadavg), results in $out" >&2

start=$(now)
"$cli" run --db "$out/local.sqlite" --workers "$cores" --user-words '' "$docs" 2>"$out/local.log"
local_s=$(calc "$(now) - $start")

cluster="$out/cluster"
rm -rf "$cluster"; mkdir -p "$cluster"
if ! "$here/../support/slurm-localhost.sh" start "$cluster" $$ >/dev/null; then
    echo "slurm-bench: no Slurm cluster (see above)" >&2
    exit 1
fi
trap '"$here/../support/slurm-localhost.sh" stop "$cluster"' EXIT
export SLURM_CONF="$cluster/slurm.conf" QUIRE_SLURM_TEST="$cluster"

start=$(now)
"$cli" submit --db "$out/main.sqlite" --wait --shard-pages "$shard" --cpus-per-task "$cores" --max-parallel 1 \
    --user-words '' "$docs" 2>"$out/submit.log"
cluster_s=$(calc "$(now) - $start")
shards=$(( (total + shard - 1) / shard ))

echo "| how | shards | seconds | pages/min |"
echo "| --- | --- | --- | --- |"
echo "| quire-cli run --workers $cores | - | $local_s | $(calc "$total * 60 / $local_s") |"
echo "| quire-cli submit --wait, --cpus-per-task $cores --max-parallel 1 | $shards | $cluster_s | $(calc "$total * 60 / $cluster_s") |"
echo "overhead: $(calc "$cluster_s - $local_s") s ($(calc "($cluster_s - $local_s) * 100 / $local_s")% of the local run), $(calc "($cluster_s - $local_s) / $shards") s per shard"
echo "merge job: $(grep -h '^Merged' "$out"/main.sqlite.shards/*/merge.log || echo 'no merge line')"
