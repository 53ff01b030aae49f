#!/usr/bin/env bash
# Searchable PDFs: Quire's speed, size and accuracy beside OCRmyPDF's, in one run.
#
#   tests/bench/pdf-bench.sh [-b BUILD_DIR] [-c CORPUS_DIR] [-n PAGES] [-o OUT_DIR]
#
# 1. Export: a generated database of PAGES (default 1000) scanned pages
#    (quire-pdf-bench-db: 10 pages recognized, their words copied to the rest),
#    exported with `quire-cli export --pdf`: pages/min and size.
# 2. The documents of the corpus' groundtruth/ (page images and the 12-page
#    image-only PDF), each engine on the same files:
#      quire run          quire-cli run, fresh database
#      quire run + PDF    the same with --output-pdf (PDFs written during the run)
#      ocrmypdf           one file at a time, -j <cores> (its defaults: PDF/A, optimize 1);
#                         images with an alpha channel, which it refuses, flattened first
#      ocrmypdf, plain    the same with --output-type pdf --optimize 0 (no PDF/A, no recompression)
#    Time, pages/min, output size, and the character error rate and
#    bag-of-words recall of pdftotext of every output against the ground
#    truth (`quire-cli eval --text-dir`, the same metric for everyone).
# 3. quire-pdf-check over Quire's PDFs: pdftotext against the stored text,
#    word positions, renderings against the inputs, qpdf --check, size.
# Needs a build with tests (quire-pdf-bench-db, quire-pdf-check), poppler-utils,
# qpdf, and ocrmypdf for its rows (apt-get install ocrmypdf; skipped without it).
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
build="$here/../../build"
corpus="$here/../../../shared/corpus"
pages=1000
out=""
cores=$(getconf _NPROCESSORS_ONLN)
while getopts "b:c:n:o:" opt; do
    case $opt in
        b) build=$OPTARG ;;
        c) corpus=$OPTARG ;;
        n) pages=$OPTARG ;;
        o) out=$OPTARG ;;
        *) sed -n '2,22p' "$0"; exit 1 ;;
    esac
done
cli="$build/bin/quire-cli"
maker="$build/bin/quire-pdf-bench-db"
checker="$build/bin/quire-pdf-check"
for tool in "$cli" "$maker" "$checker"; do
    [ -x "$tool" ] || { echo "pdf-bench: no $(basename "$tool") in $build/bin; build with tests first" >&2; exit 1; }
done
gt="$corpus/groundtruth"
[ -d "$gt" ] || { echo "pdf-bench: no corpus at $corpus (give -c DIR)" >&2; exit 1; }
[ -n "$out" ] || out=$(mktemp -d)
mkdir -p "$out"
echo "pdf-bench: $cores cores, $(uname -n), results in $out" >&2

now() { date +%s.%N; }
calc() { awk "BEGIN { print $1 }"; }
bytes() { du -cb "$@" 2>/dev/null | tail -n 1 | cut -f1; }
score() { # text folder -> "cer recall"
    "$cli" eval --text-dir "$1" --ground-truth "$gt" 2>/dev/null | tail -n 1 | awk '{print $(NF-3), $(NF-2)}'
}
# pdftotext of every PDF under $1 into $2, named as the ground truth names
# its pages: NAME.txt, or NAME.pNN.txt for documents of several pages.
texts() {
    local pdf name n p
    rm -rf "$2"; mkdir -p "$2"
    while IFS= read -r -d '' pdf; do
        name=$(basename "$pdf"); name=${name%.pdf}; name=${name%.png}; name=${name%.jpg}; name=${name%.tif}
        n=$(pdfinfo "$pdf" 2>/dev/null | awk '/^Pages:/ {print $2}')
        if [ "${n:-0}" -le 1 ]; then
            pdftotext "$pdf" "$2/$name.txt" 2>/dev/null || true
        else
            for ((p = 1; p <= n; p++)); do
                pdftotext -f "$p" -l "$p" "$pdf" "$2/$(printf '%s.p%02d.txt' "$name" "$p")" 2>/dev/null || true
            done
        fi
    done < <(find "$1" -name '*.pdf' -print0)
}

# 1. Export speed on the generated database.
gen="$out/generated"
if [ ! -f "$gen/docs/bench.pdf" ] || [ "$(pdfinfo "$gen/docs/bench.pdf" | awk '/^Pages:/ {print $2}')" != "$pages" ]; then
    rm -rf "$gen"; mkdir -p "$gen"
    QT_QPA_PLATFORM=offscreen "$maker" make "$gen/docs" "$pages" 10 2>/dev/null
fi
rm -f "$gen"/*.sqlite*
"$cli" run --db "$gen/sample.sqlite" "$gen/docs/unique.pdf" 2>/dev/null || true
QT_QPA_PLATFORM=offscreen "$maker" fill --from "$gen/sample.sqlite" --db "$gen/bench.sqlite" "$gen/docs" >/dev/null 2>&1
rm -rf "$gen/pdf"
start=$(now)
"$cli" export --db "$gen/bench.sqlite" --pdf "$gen/pdf" 2>/dev/null
end=$(now)
export_secs=$(calc "$end - $start")
export_in=$(bytes "$gen/docs/bench.pdf")
export_out=$(bytes "$gen/pdf/bench.pdf")
printf '\n1. Export of a generated database: %d scanned pages (200 DPI, ~300 words each)\n' "$pages"
printf '%-34s %8s %10s %10s %10s %12s\n' "" "seconds" "pages/min" "input MB" "output MB" "added/page"
printf '%-34s %8.2f %10.0f %10.1f %10.1f %9.1f KB\n' "quire-cli export --pdf" "$export_secs" \
    "$(calc "$pages * 60 / $export_secs")" "$(calc "$export_in / 1e6")" "$(calc "$export_out / 1e6")" \
    "$(calc "($export_out - $export_in) / $pages / 1024")"

# 2. The corpus documents, each engine on the same files.
mapfile -t docs < <(find "$gt" -type f \( -name '*.png' -o -name '*.jpg' -o -name '*.tif' -o -name '*.pdf' \) | sort)
input_bytes=$(bytes "${docs[@]}")
count=0 # pages, from Quire's first run
rows=()
row() { # name seconds output-folder text-folder
    local size
    size=$(find "$3" -name '*.pdf' -printf '%s\n' | awk '{s += $1} END {print s + 0}')
    rows+=("$1|$2|$(calc "$count * 60 / $2")|$size|$(score "$4")")
}

for mode in plain pdf; do
    db="$out/quire-$mode.sqlite"
    rm -f "$db" "$db-wal" "$db-shm"; rm -rf "$out/quire-$mode"
    extra=()
    [ $mode = pdf ] && extra=(--output-pdf "$out/quire-$mode")
    start=$(now)
    "$cli" run --db "$db" "${extra[@]}" "${docs[@]}" 2> "$out/quire-$mode.log" || true
    end=$(now)
    secs=$(calc "$end - $start")
    if [ $mode = plain ]; then
        count=$(grep -o 'Done: [0-9]* pages' "$out/quire-$mode.log" | awk '{print $2}')
        plain_secs=$secs
        rows+=("quire-cli run|$secs|$(calc "$count * 60 / $secs")|-|-")
    else
        pdf_secs=$secs
        texts "$out/quire-pdf" "$out/quire-pdf-text"
        row "quire-cli run --output-pdf" "$secs" "$out/quire-pdf" "$out/quire-pdf-text"
    fi
done

if command -v ocrmypdf >/dev/null 2>&1; then
    # OCRmyPDF refuses images with an alpha channel: those are flattened onto
    # white beforehand (as Quire reads them), outside its timing.
    oin="$out/ocrmypdf-input"; rm -rf "$oin"; mkdir -p "$oin"
    flattened=$(/usr/bin/python3 - "$oin" "${docs[@]}" <<'PY'
import os, sys
from PIL import Image
out, flattened = sys.argv[1], 0
for path in sys.argv[2:]:
    target = os.path.join(out, os.path.basename(path))
    try:
        image = Image.open(path)
        alpha = image.mode in ("RGBA", "LA", "PA") or (image.mode == "P" and "transparency" in image.info)
    except Exception:
        alpha = False
    if alpha and not path.endswith(".pdf"):
        background = Image.new("RGB", image.size, "white")
        rgba = image.convert("RGBA")
        background.paste(rgba, mask=rgba.split()[3])
        background.save(target, dpi=image.info.get("dpi", (300, 300)))
        flattened += 1
    else:
        os.symlink(path, target)
print(flattened)
PY
)
    echo "pdf-bench: $flattened image(s) with an alpha channel flattened onto white for OCRmyPDF" >&2
    mapfile -t odocs < <(find "$oin" -mindepth 1 | sort)
    for variant in "default|" "plain|--output-type pdf --optimize 0"; do
        label=${variant%%|*}; opts=${variant#*|}
        odir="$out/ocrmypdf-$label"; rm -rf "$odir"; mkdir -p "$odir"
        start=$(now)
        for d in "${odocs[@]}"; do
            b=$(basename "$d")
            # shellcheck disable=SC2086
            ocrmypdf -q -j "$cores" --image-dpi 300 $opts "$d" "$odir/${b%.*}.pdf" >>"$odir.log" 2>&1 || true
        done
        end=$(now)
        texts "$odir" "$odir-text"
        if [ "$label" = default ]; then
            row "ocrmypdf -j $cores (defaults)" "$(calc "$end - $start")" "$odir" "$odir-text"
        else
            row "ocrmypdf -j $cores --output-type pdf -O0" "$(calc "$end - $start")" "$odir" "$odir-text"
        fi
    done
else
    echo "pdf-bench: ocrmypdf is not installed (apt-get install ocrmypdf); its rows are left out" >&2
fi

printf '\n2. The corpus ground-truth documents: %d files, %d pages, %.1f MB, %d cores\n' \
    "${#docs[@]}" "$count" "$(calc "$input_bytes / 1e6")" "$cores"
[ -n "${flattened:-}" ] && [ "$flattened" != 0 ] && \
    printf '(OCRmyPDF read %d images with an alpha channel flattened onto white beforehand: it refuses them.)\n' "$flattened"
printf '%-40s %8s %10s %10s %9s %7s %7s\n' "engine" "seconds" "pages/min" "output MB" "vs input" "CER" "recall"
for r in "${rows[@]}"; do
    IFS='|' read -r name secs rate size scores <<<"$r"
    if [ "$size" = "-" ]; then
        printf '%-40s %8.1f %10.1f %10s %9s %7s %7s\n' "$name" "$secs" "$rate" "-" "-" "-" "-"
    else
        read -r cer recall <<<"$scores"
        printf '%-40s %8.1f %10.1f %10.1f %8.0f%% %7s %7s\n' "$name" "$secs" "$rate" "$(calc "$size / 1e6")" \
            "$(calc "100 * $size / $input_bytes")" "$cer" "$recall"
    fi
done
# The PDFs are written on a thread of quire-cli's own: its CPU time beside the
# workers' says what they cost even on a machine busy with other work.
cpu() { grep -o 'CPU: workers [0-9.]* s, coordinator [0-9.]* s' "$1" | awk '{print $3, $6}'; }
read -r plain_workers plain_self <<<"$(cpu "$out/quire-plain.log")"
read -r pdf_workers pdf_self <<<"$(cpu "$out/quire-pdf.log")"
printf 'Writing the PDFs during the run: %.1f%% fewer pages/min (wall clock); %.2f CPU s, %.1f%% of the run'"'"'s CPU time.\n' \
    "$(calc "100 * ($pdf_secs - $plain_secs) / $pdf_secs")" "$(calc "$pdf_self - $plain_self")" \
    "$(calc "100 * ($pdf_self - $plain_self) / ($pdf_workers + $pdf_self)")"

# 3. Quire's PDFs checked against their inputs and the database.
printf '\n3. quire-pdf-check over the PDFs of "quire-cli run --output-pdf"\n'
"$checker" --db "$out/quire-pdf.sqlite" --pdf "$out/quire-pdf" || true
