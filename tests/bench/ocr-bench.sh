#!/usr/bin/env bash
# Times and scores Quire against plain Tesseract on the same pages, in one run.
#
#   tests/bench/ocr-bench.sh [-b BUILD_DIR] [-c CORPUS_DIR] [-w "1 2"] [-n PAGES] [-o OUT_DIR]
#
# Three tables, each from one run on the same pages:
# 1. The ground-truth page images of the corpus (scribeocr-benchmark,
#    phototest, eurotext and the two UNLV pages), read by
#      quire      quire-cli run with N workers (each N of -w), fresh database each time
#      tesseract  the tesseract command on each image, xargs -P <cores>, OMP_THREAD_LIMIT=1
#      ocrmypdf   ocrmypdf -j <cores> (only when installed, with img2pdf)
# 2. Generated 300-DPI scans (PAGES/10 pages, ground truth known) at a fixed
#    300 DPI, a fixed 150 DPI and adaptive (150 first, 300 where unsure),
#    and the tesseract command on the same pages rendered at 300 DPI beforehand.
# 3. A generated text-layer PDF of PAGES pages (default 400).
# Prints pages/min, character error rate and bag-of-words recall (both from
# `quire-cli eval`, the same metric for everyone), and the speed ratio to Quire.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
build="$here/../../build"
corpus="$here/../../../shared/corpus"
workers=""
out=""
cores=$(getconf _NPROCESSORS_ONLN)
bench_pages=400
while getopts "b:c:w:o:n:" opt; do
    case $opt in
        n) bench_pages=$OPTARG ;;
        b) build=$OPTARG ;;
        c) corpus=$OPTARG ;;
        w) workers=$OPTARG ;;
        o) out=$OPTARG ;;
        *) sed -n '2,20p' "$0"; exit 1 ;;
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
score() { # text folder or database [ground truth] → "cer recall"
    local line truth=${2:-$gt}
    if [ -d "$1" ]; then line=$("$cli" eval --text-dir "$1" --ground-truth "$truth" 2>/dev/null | tail -n 1)
    else line=$("$cli" eval --db "$1" --ground-truth "$truth" 2>/dev/null | tail -n 1); fi
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
    rows+=("quire (quire-cli run --workers $n)|$n|$secs|${rate[quire-w$n]}|$(score "$db")")
done

tdir="$out/tesseract"
rm -rf "$tdir"; mkdir -p "$tdir"
start=$(now)
printf '%s\n' "${pages[@]}" | OMP_THREAD_LIMIT=1 xargs -P "$cores" -I{} sh -c \
    'f="$1"; b=$(basename "$f"); tesseract "$f" "$2/${b%.*}" >/dev/null 2>&1' _ {} "$tdir"
end=$(now)
secs=$(calc "$end - $start")
rate[tesseract]=$(calc "$count * 60 / $secs")
rows+=("tesseract CLI (xargs -P $cores)|$cores|$secs|${rate[tesseract]}|$(score "$tdir")")

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
    rows+=("ocrmypdf -j $cores|$cores|$secs|${rate[ocrmypdf]}|$(score "$odir")")
else
    echo "ocr-bench: ocrmypdf (with img2pdf) is not installed; skipping it" >&2
fi

print_table() { # title, best rate, rows...
    local title=$1 best=$2; shift 2
    printf '\n%s\n%-40s %7s %8s %9s %7s %7s %10s\n' "$title" "engine" "workers" "seconds" "pages/min" "CER" "recall" "vs Quire"
    for row in "$@"; do
        IFS='|' read -r name n secs r scores <<<"$row"
        read -r cer recall <<<"$scores"
        printf '%-40s %7s %8.1f %9.1f %7s %7s %9.2fx\n' "$name" "$n" "$secs" "$r" "$cer" "$recall" "$(calc "$r / $best")"
    done
}
print_table "1. Ground-truth page images ($count pages, $cores cores)" "${rate[quire-w${workers##* }]}" "${rows[@]}"

# 2. Generated scans: resolution modes.
gen="$out/generated"
rm -rf "$gen"; mkdir -p "$gen"
maker="$build/bin/quire-make-samples"
if [ -x "$maker" ]; then
    QT_QPA_PLATFORM=offscreen "$maker" --bench "$bench_pages" "$gen" 2>/dev/null
    scans=$(pdfinfo "$gen/bench-scan.pdf" | awk '/^Pages:/ {print $2}')
    rows=()
    for mode in "300|--dpi 300" "150|--dpi 150" "adaptive 150/300|--dpi 300 --adaptive-dpi 150"; do
        label=${mode%%|*}; opts=${mode#*|}
        db="$gen/quire-$label.sqlite"; db=${db// /_}; db=${db//\//-}
        start=$(now)
        # shellcheck disable=SC2086
        "$cli" run --db "$db" $opts "$gen/bench-scan.pdf" 2> "$gen/quire.log" || true
        end=$(now)
        secs=$(calc "$end - $start")
        r=$(calc "$scans * 60 / $secs")
        [ "$label" = "300" ] && rate[gen300]=$r
        rows+=("quire, DPI $label|$cores|$secs|$r|$(score "$db" "$gen")")
    done
    pdftoppm -r 300 -gray -png "$gen/bench-scan.pdf" "$gen/page"   # outside the timing
    tdir="$gen/tesseract"; mkdir -p "$tdir"
    start=$(now)
    ls "$gen"/page-*.png | OMP_THREAD_LIMIT=1 xargs -P "$cores" -I{} sh -c \
        'f="$1"; n=$(basename "$f" .png); n=${n#page-}; n=$(printf "%02d" "$(expr "$n" + 0)"); tesseract "$f" "$2/bench-scan.p$n" >/dev/null 2>&1' _ {} "$tdir"
    end=$(now)
    secs=$(calc "$end - $start")
    rows+=("tesseract CLI 300 DPI (xargs -P $cores)|$cores|$secs|$(calc "$scans * 60 / $secs")|$(score "$tdir" "$gen")")
    print_table "2. Generated 300-DPI scans ($scans pages), resolution modes" "${rate[gen300]}" "${rows[@]}"

    # 3. Text layer.
    db="$gen/text.sqlite"
    start=$(now)
    "$cli" run --db "$db" "$gen/bench-text.pdf" 2> "$gen/text.log" || true
    end=$(now)
    secs=$(calc "$end - $start")
    printf '\n3. Text-layer PDF (%s pages): %.1f s, %.0f pages/min\n' "$bench_pages" "$secs" "$(calc "$bench_pages * 60 / $secs")"
    grep -E "CPU:|peak MB|^ +[0-9]+ +[0-9]+" "$gen/quire.log" | sed 's/^/   last scan run: /' || true
else
    echo "ocr-bench: no quire-make-samples in $build/bin (configure with tests on); skipping tables 2 and 3" >&2
fi
