#!/usr/bin/env bash
# Times and scores Quire against plain Tesseract on the same pages, in one run.
#
#   tests/bench/ocr-bench.sh [-b BUILD_DIR] [-c CORPUS_DIR] [-w "1 2"] [-d DPI] [-o OUT_DIR]
#
# Pages: the ground-truth page images of the corpus (scribeocr-benchmark,
# phototest, eurotext and the two UNLV pages). Contenders:
#   quire   quire-cli run with N workers (each N of -w), fresh database each time
#   tesseract  the tesseract command on each image, xargs -P <cores>, OMP_THREAD_LIMIT=1
#   ocrmypdf   ocrmypdf -j <cores> (only when installed)
# Prints pages/min, character error rate and bag-of-words recall (both from
# `quire-cli eval`, the same metric for everyone), and the speed ratio to Quire.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
build="$here/../../build"
corpus="$here/../../../shared/corpus"
workers=""
out=""
cores=$(getconf _NPROCESSORS_ONLN)
while getopts "b:c:w:o:" opt; do
    case $opt in
        b) build=$OPTARG ;;
        c) corpus=$OPTARG ;;
        w) workers=$OPTARG ;;
        o) out=$OPTARG ;;
        *) sed -n '2,13p' "$0"; exit 1 ;;
    esac
done
[ -n "$workers" ] || workers="1 $cores"
cli="$build/bin/quire-cli"
[ -x "$cli" ] || { echo "ocr-bench: no quire-cli in $build/bin; build first (cmake --build build)" >&2; exit 1; }
gt="$corpus/groundtruth"
[ -d "$gt" ] || { echo "ocr-bench: no corpus at $corpus (give -c DIR)" >&2; exit 1; }
[ -n "$out" ] || out=$(mktemp -d)
mkdir -p "$out"

mapfile -t pages < <(ls "$gt"/scribeocr-benchmark/*.png "$gt"/scribeocr-benchmark/*.jpg \
    "$gt"/tesseract-test/{phototest.tif,eurotext.tif,8071_093.3B.tif,8087_054.3B.tif})
count=${#pages[@]}
echo "ocr-bench: $count page images, $cores cores, $(uname -n), results in $out" >&2

now() { date +%s.%N; }
calc() { awk "BEGIN { print $1 }"; }
rows=()
score() { # name textdir|db → "cer recall"
    local line
    if [ -d "$2" ]; then line=$("$cli" eval --text-dir "$2" --ground-truth "$gt" 2>/dev/null | tail -n 1)
    else line=$("$cli" eval --db "$2" --ground-truth "$gt" 2>/dev/null | tail -n 1); fi
    awk '{print $(NF-3), $(NF-2)}' <<<"$line"
}

declare -A rate
for n in $workers; do
    db="$out/quire-w$n.sqlite"
    rm -f "$db" "$db-wal" "$db-shm"
    start=$(now)
    "$cli" run --db "$db" --workers "$n" "${pages[@]}" 2> "$out/quire-w$n.log" || true
    end=$(now)
    secs=$(calc "$end - $start")
    rate[quire-w$n]=$(calc "$count * 60 / $secs")
    rows+=("quire (quire-cli run --workers $n)|$n|$secs|${rate[quire-w$n]}|$(score x "$db")")
done

tdir="$out/tesseract"
rm -rf "$tdir"; mkdir -p "$tdir"
start=$(now)
printf '%s\n' "${pages[@]}" | OMP_THREAD_LIMIT=1 xargs -P "$cores" -I{} sh -c \
    'f="$1"; b=$(basename "$f"); tesseract "$f" "$2/${b%.*}" >/dev/null 2>&1' _ {} "$tdir"
end=$(now)
secs=$(calc "$end - $start")
rate[tesseract]=$(calc "$count * 60 / $secs")
rows+=("tesseract CLI (xargs -P $cores)|$cores|$secs|${rate[tesseract]}|$(score "$tdir" x)")

if command -v ocrmypdf >/dev/null 2>&1 && command -v img2pdf >/dev/null 2>&1; then
    odir="$out/ocrmypdf"; rm -rf "$odir"; mkdir -p "$odir"
    for p in "${pages[@]}"; do b=$(basename "$p"); img2pdf "$p" -o "$odir/${b%.*}.in.pdf" 2>/dev/null || true; done
    start=$(now)
    for f in "$odir"/*.in.pdf; do
        ocrmypdf -q -j "$cores" --output-type pdf --sidecar "${f%.in.pdf}.txt" "$f" "${f%.in.pdf}.out.pdf" 2>/dev/null || true
    done
    end=$(now)
    secs=$(calc "$end - $start")
    rate[ocrmypdf]=$(calc "$count * 60 / $secs")
    rows+=("ocrmypdf -j $cores|$cores|$secs|${rate[ocrmypdf]}|$(score "$odir" x)")
else
    echo "ocr-bench: ocrmypdf (with img2pdf) is not installed; skipping it" >&2
fi

best=${rate[quire-w${workers##* }]}
printf '\n%-36s %7s %8s %9s %7s %7s %13s\n' "engine" "workers" "seconds" "pages/min" "CER" "recall" "vs Quire -w${workers##* }"
for row in "${rows[@]}"; do
    IFS='|' read -r name n secs r scores <<<"$row"
    read -r cer recall <<<"$scores"
    printf '%-36s %7s %8.1f %9.1f %7s %7s %12.2fx\n' "$name" "$n" "$secs" "$r" "$cer" "$recall" "$(calc "$r / $best")"
done
