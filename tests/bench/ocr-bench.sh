#!/usr/bin/env bash
# Times and scores Quire against plain Tesseract and OCRmyPDF on the same
# pages, in one run. Each engine runs RUNS times (default 2) and keeps its
# best time; every row is printed beside its ceiling.
#
#   tests/bench/ocr-bench.sh [-b BUILD_DIR] [-c CORPUS_DIR] [-o OUT_DIR] [-r RUNS]
#                            [-s SECTIONS] [-w "1 2"] [-n BLANK_PAGES] [-m MANUAL_COPIES] [-g PAGES]
#
# SECTIONS (comma-separated, default all): scans,digital,blank,groundtruth,generated
#   scans        Two scanned PDFs made of one JPEG per page, built from corpus
#                pages with img2pdf (which embeds the JPEGs unchanged): 10 pages
#                at 300 DPI and 6 at 200 DPI, ground truth known. Ceiling: the
#                tesseract command on the PDFs' own page images (pdfimages -all,
#                extracted beforehand, at their own resolution), two processes,
#                OMP_THREAD_LIMIT=1, timed the same way as Quire. Also OCRmyPDF
#                (-j cores) at its defaults and with --optimize 0 --output-type pdf.
#   digital      MANUAL_COPIES distinct copies (default 20) of a real 36-page
#                software manual (libtasn1, with a table of contents and two
#                index pages), and a generated 400-page text PDF; ceiling:
#                pdftotext on the same files, cores processes. Counts the pages
#                sent to OCR (should be none).
#   blank        A PDF of BLANK_PAGES (default 2000) pages with no content, and
#                BLANK_PAGES/20 scanned blank sheets (noisy 200-DPI JPEGs).
#   groundtruth  The ground-truth page images of the corpus: quire-cli with
#                each worker count of -w, the tesseract command, OCRmyPDF.
#   generated    Generated 300-DPI scans (PAGES/10 pages, default PAGES 400)
#                at 300 DPI, 150 DPI and adaptive (150, then 300 where unsure).
# Scores are `quire-cli eval` for every engine: character error rate and
# bag-of-words recall. Missing comparison tools are installed through
# packaging/install-deps.sh --bench (as root), so no row is ever left empty.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root="$here/../.."
build="$root/build"
corpus="$root/../shared/corpus"
workers=""
out=""
runs=2
sections="scans,digital,blank,groundtruth,generated"
blank_pages=2000
manual_copies=20
bench_pages=400
cores=$(getconf _NPROCESSORS_ONLN)
while getopts "b:c:o:r:s:w:n:m:g:" opt; do
    case $opt in
        b) build=$OPTARG ;;
        c) corpus=$OPTARG ;;
        o) out=$OPTARG ;;
        r) runs=$OPTARG ;;
        s) sections=$OPTARG ;;
        w) workers=$OPTARG ;;
        n) blank_pages=$OPTARG ;;
        m) manual_copies=$OPTARG ;;
        g) bench_pages=$OPTARG ;;
        *) sed -n '2,30p' "$0"; exit 1 ;;
    esac
done
[ -n "$workers" ] || workers="1 $cores"
cli="$build/bin/quire-cli"
[ -x "$cli" ] || { echo "ocr-bench: no quire-cli in $build/bin; build first (cmake --build build)" >&2; exit 1; }
gt="$corpus/groundtruth"
[ -d "$gt" ] || { echo "ocr-bench: no corpus at $corpus (give -c DIR)" >&2; exit 1; }
[ -n "$out" ] || out=$(mktemp -d)
mkdir -p "$out"
want() { [[ ",$sections," == *",$1,"* ]]; }

# The comparison tools. install-deps.sh --bench installs what is missing (as
# root) or names it and fails: a benchmark with an empty row is no benchmark.
manual=/usr/share/doc/libtasn1-doc/libtasn1.pdf
py=/usr/bin/python3
missing=""
for tool in tesseract pdfimages pdftotext ocrmypdf img2pdf; do
    command -v "$tool" >/dev/null 2>&1 || missing+=" $tool"
done
[ -f "$manual" ] || missing+=" libtasn1-doc"
[ -x "$py" ] && "$py" -c 'import PIL' 2>/dev/null || missing+=" python3-pil"
if [ -n "$missing" ]; then
    echo "ocr-bench: missing:$missing; installing the bench packages (packaging/install-deps.sh --bench)" >&2
    bash "$root/packaging/install-deps.sh" --bench || {
        echo "ocr-bench: could not install them; run 'sudo bash packaging/install-deps.sh --bench' first" >&2
        exit 1
    }
fi

cpu=$(awk -F': ' '/model name/ {print $2; exit}' /proc/cpuinfo)
mem=$(awk '/MemTotal/ {printf "%.0f GiB", $2 / 1048576}' /proc/meminfo)
echo "ocr-bench: $cores cores ($cpu), $mem, $(uname -n), load $(cut -d' ' -f1-3 /proc/loadavg); results in $out" >&2

now() { date +%s.%N; }
calc() { awk "BEGIN { print $1 }"; }
best() { # fastest of its arguments
    printf '%s\n' "$@" | sort -g | head -n 1
}
score() { # text folder or database, ground truth → "cer recall"
    local line
    if [ -d "$1" ]; then line=$("$cli" eval --text-dir "$1" --ground-truth "$2" 2>/dev/null | tail -n 1)
    else line=$("$cli" eval --db "$1" --ground-truth "$2" 2>/dev/null | tail -n 1); fi
    awk '{print $(NF-3), $(NF-2)}' <<<"$line"
}
kinds() { # database → "text N, ocr N, blank N, failed N" (pages by kind, from the CSV export)
    "$cli" export --db "$1" --csv "$1.csv" >/dev/null 2>&1
    "$py" - "$1.csv" <<'EOF'
import csv, sys, collections
n = collections.Counter()
for row in csv.DictReader(open(sys.argv[1], newline='', encoding='utf-8')):
    if row["page"] != "0":
        n["failed" if row["status"] == "failed" else row["kind"]] += 1
print(", ".join(f"{k} {n[k]}" for k in ("text", "ocr", "blank", "failed")), end="")
EOF
}
quire_runs() { # db, log, pages..., → best seconds (the database of the last run stays)
    local db=$1 log=$2; shift 2
    local times=()
    for ((r = 0; r < runs; r++)); do
        rm -f -- "$db" "$db-wal" "$db-shm"
        local start end
        start=$(now)
        "$cli" run --db "$db" "$@" 2>"$log" || true
        end=$(now)
        times+=("$(calc "$end - $start")")
    done
    best "${times[@]}"
}
tesseract_runs() { # image list file, output folder[, library to preload] → best seconds; names out/NAME.txt from NAME.EXT
    local list=$1 dir=$2 preload=${3:-} times=()
    for ((r = 0; r < runs; r++)); do
        rm -rf "$dir"; mkdir -p "$dir"
        local start end
        start=$(now)
        LD_PRELOAD=$preload OMP_THREAD_LIMIT=1 xargs -P "$cores" -I{} sh -c \
            'f="$1"; b=$(basename "$f"); tesseract "$f" "$2/${b%.*}" >/dev/null 2>&1' _ {} "$dir" <"$list"
        end=$(now)
        times+=("$(calc "$end - $start")")
    done
    best "${times[@]}"
}
split_sidecar() { # sidecar text (pages split by form feeds), folder, name → folder/NAME.pNN.txt
    "$py" - "$@" <<'EOF'
import sys, pathlib
text, folder, name = sys.argv[1:]
pages = pathlib.Path(text).read_text(errors='replace').split('\f')
for i, page in enumerate(pages, 1):
    if page.strip() or i < len(pages):
        pathlib.Path(folder, f"{name}.p{i:02d}.txt").write_text(page)
EOF
}
row_header() { # title
    printf '\n%s\n%-52s %8s %9s %7s %7s %9s\n' "$1" "engine" "seconds" "pages/min" "CER" "recall" "vs ceil."
}
row() { # name, pages, seconds, "cer recall", ceiling pages/min
    local rate cer recall
    rate=$(calc "$2 * 60 / $3")
    read -r cer recall <<<"${4:-- -}"
    printf '%-52s %8.1f %9.1f %7s %7s %8.2fx\n' "$1" "$3" "$rate" "${cer:--}" "${recall:--}" "$(calc "$rate / $5")"
}

# --- 1. Scanned PDFs, one JPEG per page ----------------------------------
if want scans; then
    dir="$out/scans"
    rm -rf "$dir"; mkdir -p "$dir/truth" "$dir/images"
    sob="$gt/scribeocr-benchmark"
    "$py" - "$dir" "$sob" <<'EOF'
import sys, pathlib, shutil, subprocess
from PIL import Image
out, sob = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
sets = {
    # A scan at 300 DPI: the corpus page as it is, as a JPEG.
    "scan300": (300, 1.0, ["singlecol_01", "multicol_01", "multicol_02", "multicol_04", "multicol_06",
                           "multicol_07", "filing_01", "filing_03", "table_08", "table_12"]),
    # A scan at 200 DPI: the page scaled to two thirds, as a 200-DPI scanner would see it.
    "scan200": (200, 2 / 3, ["multicol_03", "multicol_11", "deposition_02", "table_01", "table_09", "slide_01"]),
}
for name, (dpi, scale, pages) in sets.items():
    jpegs = []
    for n, page in enumerate(pages, 1):
        source = next(sob.glob(page + ".*[gG]"))
        image = Image.open(source)
        image = image.convert("L" if image.mode in ("L", "LA", "1", "I;16") else "RGB")
        if scale != 1.0:
            image = image.resize((round(image.width * scale), round(image.height * scale)), Image.LANCZOS)
        jpeg = out / f"{name}-{n:02d}.jpg"
        image.save(jpeg, "JPEG", quality=90, dpi=(dpi, dpi))
        jpegs.append(str(jpeg))
        shutil.copy(sob / f"{page}.gt.txt", out / "truth" / f"{name}.p{n:02d}.gt.txt")
    subprocess.run(["img2pdf", *jpegs, "-o", str(out / f"{name}.pdf")], check=True)
EOF
    pdfs=("$dir/scan300.pdf" "$dir/scan200.pdf")
    pages=0
    for pdf in "${pdfs[@]}"; do
        name=$(basename "$pdf" .pdf)
        # The PDF's own page images, as they are stored (JPEG stays JPEG), outside the timing.
        pdfimages -all "$pdf" "$dir/images/$name"
        n=0
        for f in "$dir/images/$name"-*; do
            n=$((n + 1))
            mv "$f" "$dir/images/$name.p$(printf %02d "$n").${f##*.}"
        done
        pages=$((pages + n))
    done
    ls "$dir"/images/* >"$dir/images.list"
    echo "ocr-bench: scans: $pages pages; their images: $(cd "$dir/images" && file -b -- * | cut -d, -f1 | sort | uniq -c | tr -s ' ' | paste -sd';')" >&2

    t_tess=$(tesseract_runs "$dir/images.list" "$dir/tesseract")
    s_tess=$(score "$dir/tesseract" "$dir/truth")
    # Quire hands out the last pages of a run largest first (by page area), so
    # that no worker ends alone on a big page. The ceiling in that order too,
    # to show what of the difference is that order and what is the rest.
    "$py" - "$dir/images.list" >"$dir/images-largest-first.list" <<'EOF'
import sys
from PIL import Image
def area(path):
    with Image.open(path) as image:
        dpi = image.info.get("dpi", (300, 300))
        return -(image.width / (dpi[0] or 300)) * (image.height / (dpi[1] or 300))
print("\n".join(sorted(open(sys.argv[1]).read().split(), key=area)))
EOF
    t_tess_lpt=$(tesseract_runs "$dir/images-largest-first.list" "$dir/tesseract-largest-first")
    # Quire's workers allocate through tcmalloc; the same for tesseract leaves
    # what Quire's lead owes to neither (one model load a worker, no files).
    tcmalloc=$(ldconfig -p | awk '/libtcmalloc_minimal\.so\.4 / {found = $NF} END {print found}')
    t_tess_tc=""
    [ -n "$tcmalloc" ] && t_tess_tc=$(tesseract_runs "$dir/images-largest-first.list" "$dir/tesseract-tcmalloc" "$tcmalloc")
    ceiling=$(calc "$pages * 60 / $t_tess")
    t_quire=$(quire_runs "$dir/quire.sqlite" "$dir/quire.log" "${pdfs[@]}")
    s_quire=$(score "$dir/quire.sqlite" "$dir/truth")
    ocrmypdf_rows=()
    for mode in "defaults|" "--optimize 0 --output-type pdf|--optimize 0 --output-type pdf"; do
        label=${mode%%|*}; opts=${mode#*|}
        odir="$dir/ocrmypdf-${label%% *}"
        times=()
        for ((r = 0; r < runs; r++)); do
            rm -rf "$odir"; mkdir -p "$odir"
            start=$(now)
            for pdf in "${pdfs[@]}"; do
                name=$(basename "$pdf" .pdf)
                # shellcheck disable=SC2086
                ocrmypdf -q -j "$cores" $opts --sidecar "$odir/$name.sidecar" "$pdf" "$odir/$name.pdf" 2>>"$odir.log" || true
            done
            end=$(now)
            times+=("$(calc "$end - $start")")
        done
        for pdf in "${pdfs[@]}"; do
            name=$(basename "$pdf" .pdf)
            [ -f "$odir/$name.sidecar" ] && split_sidecar "$odir/$name.sidecar" "$odir" "$name"
        done
        t=$(best "${times[@]}")
        ocrmypdf_rows+=("OCRmyPDF -j $cores, $label|$t|$(score "$odir" "$dir/truth")")
        [ "$label" = "defaults" ] && t_ocrmypdf=$t
    done

    row_header "1. Scanned PDFs, one JPEG per page ($pages pages: 10 at 300 DPI, 6 at 200 DPI; $cores cores; best of $runs)"
    row "quire-cli run (workers: $cores)" "$pages" "$t_quire" "$s_quire" "$ceiling"
    row "ceiling: tesseract on the PDFs' own images (xargs -P $cores)" "$pages" "$t_tess" "$s_tess" "$ceiling"
    row "tesseract as the ceiling, the images largest first" "$pages" "$t_tess_lpt" \
        "$(score "$dir/tesseract-largest-first" "$dir/truth")" "$ceiling"
    [ -n "$t_tess_tc" ] && row "the same with tcmalloc preloaded, as Quire's workers" "$pages" "$t_tess_tc" \
        "$(score "$dir/tesseract-tcmalloc" "$dir/truth")" "$ceiling"
    for r in "${ocrmypdf_rows[@]}"; do
        IFS='|' read -r name t s <<<"$r"
        row "$name" "$pages" "$t" "$s" "$ceiling"
    done
    read -r qc _ <<<"$s_quire"; read -r tc _ <<<"$s_tess"
    printf 'targets: Quire %.2fx the ceiling (>= 1.2), %.1fx OCRmyPDF defaults (>= 4), CER %+.2f points vs the ceiling (<= +0.2)\n' \
        "$(calc "$t_tess / $t_quire")" "$(calc "$t_ocrmypdf / $t_quire")" "$(calc "($qc - $tc) * 100")"
    printf '         (%.2fx the ceiling given its images largest first' "$(calc "$t_tess_lpt / $t_quire")"
    [ -n "$t_tess_tc" ] && printf ', %.2fx given also tcmalloc' "$(calc "$t_tess_tc / $t_quire")"
    printf ')\n'
    grep -E "^ +[0-9]+ +[0-9]+ " "$dir/quire.log" | sed 's/^/   quire worker: /' || true
fi

# --- 2. Born-digital pages ------------------------------------------------
if want digital; then
    dir="$out/digital"
    rm -rf "$dir"; mkdir -p "$dir/manuals"
    # Distinct copies (Quire would recognize the same file twice as one): a comment after %%EOF.
    for ((i = 1; i <= manual_copies; i++)); do
        { cat "$manual"; printf '%% copy %d\n' "$i"; } >"$dir/manuals/libtasn1-$i.pdf"
    done
    manual_pages=$(( $(pdfinfo "$manual" | awk '/^Pages:/ {print $2}') * manual_copies ))
    maker="$build/bin/quire-make-samples"
    text_pdf=""
    if [ -x "$maker" ]; then
        QT_QPA_PLATFORM=offscreen "$maker" --bench 400 "$dir" 2>/dev/null && text_pdf="$dir/bench-text.pdf"
    fi
    pdftotext_runs() { # files... → best seconds
        local times=()
        for ((r = 0; r < runs; r++)); do
            local start end
            start=$(now)
            printf '%s\n' "$@" | xargs -P "$cores" -I{} pdftotext {} /dev/null
            end=$(now)
            times+=("$(calc "$end - $start")")
        done
        best "${times[@]}"
    }
    t_ceiling=$(pdftotext_runs "$dir"/manuals/*.pdf)
    ceiling=$(calc "$manual_pages * 60 / $t_ceiling")
    t_quire=$(quire_runs "$dir/manuals.sqlite" "$dir/manuals.log" "$dir/manuals")
    row_header "2. Born-digital pages ($cores cores; best of $runs)"
    row "quire-cli run: $manual_copies copies of the libtasn1 manual" "$manual_pages" "$t_quire" "" "$ceiling"
    row "ceiling: pdftotext on the same files (xargs -P $cores)" "$manual_pages" "$t_ceiling" "" "$ceiling"
    echo "   manual pages: $(kinds "$dir/manuals.sqlite") (target: no OCR, >= 5000 pages/min)"
    if [ -n "$text_pdf" ]; then
        t_ceiling=$(pdftotext_runs "$text_pdf")
        ceiling=$(calc "400 * 60 / $t_ceiling")
        t_quire=$(quire_runs "$dir/text.sqlite" "$dir/text.log" "$text_pdf")
        row "quire-cli run: a generated 400-page text PDF" 400 "$t_quire" "" "$ceiling"
        row "ceiling: pdftotext on it" 400 "$t_ceiling" "" "$ceiling"
        echo "   generated pages: $(kinds "$dir/text.sqlite")"
    fi
fi

# --- 3. Blank pages -----------------------------------------------------
if want blank; then
    dir="$out/blank"
    rm -rf "$dir"; mkdir -p "$dir/images"
    scans=$((blank_pages / 20))
    [ "$scans" -ge 2 ] || scans=2
    "$py" - "$dir" "$blank_pages" "$scans" <<'EOF'
import sys, pathlib, random, subprocess
from PIL import Image, ImageFilter
out, pages, scans = pathlib.Path(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
# Pages with no content at all, as some converters and scanners' "skip" pages leave them.
objects = ["<< /Type /Catalog /Pages 2 0 R >>",
           "<< /Type /Pages /Kids [%s] /Count %d >>" % (" ".join(f"{i + 3} 0 R" for i in range(pages)), pages)]
objects += ["<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << >> >>"] * pages
pdf, offsets = bytearray(b"%PDF-1.4\n"), []
for i, body in enumerate(objects, 1):
    offsets.append(len(pdf))
    pdf += f"{i} 0 obj\n{body}\nendobj\n".encode()
xref = len(pdf)
pdf += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
pdf += b"".join(f"{o:010d} 00000 n \n".encode() for o in offsets)
pdf += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
(out / "empty.pdf").write_bytes(pdf)
# Scanned blank sheets: paper tone, sensor noise, dust, a dark scanner edge, JPEG.
random.seed(7)
jpegs = []
for n in range(scans):
    sheet = Image.effect_noise((1700, 2200), 10).point(lambda v: min(255, 180 + v // 3))
    for _ in range(40):
        x, y = random.randrange(1700), random.randrange(2200)
        sheet.putpixel((x, y), 60)
    sheet.paste(40, (0, 0, 30, 2200))
    path = out / "images" / f"blank-{n:03d}.jpg"
    sheet.filter(ImageFilter.SMOOTH).save(path, "JPEG", quality=75, dpi=(200, 200))
    jpegs.append(str(path))
subprocess.run(["img2pdf", *jpegs, "-o", str(out / "scans.pdf")], check=True)
EOF
    ls "$dir"/images/*.jpg >"$dir/images.list"
    t_tess=$(tesseract_runs "$dir/images.list" "$dir/tesseract")
    ceiling=$(calc "$scans * 60 / $t_tess")
    t_empty=$(quire_runs "$dir/empty.sqlite" "$dir/empty.log" "$dir/empty.pdf")
    t_scans=$(quire_runs "$dir/scans.sqlite" "$dir/scans.log" "$dir/scans.pdf")
    row_header "3. Blank pages ($cores cores; best of $runs)"
    row "quire-cli run: $blank_pages pages with no content" "$blank_pages" "$t_empty" "" "$ceiling"
    echo "   $(kinds "$dir/empty.sqlite") (target: >= 3000 pages/min)"
    row "quire-cli run: $scans scanned blank sheets (200 DPI JPEG)" "$scans" "$t_scans" "" "$ceiling"
    echo "   $(kinds "$dir/scans.sqlite")"
    row "ceiling: tesseract on the scanned sheets (xargs -P $cores)" "$scans" "$t_tess" "" "$ceiling"
fi

# --- 4. The corpus's ground-truth page images ----------------------------
if want groundtruth; then
    dir="$out/groundtruth"
    rm -rf "$dir"; mkdir -p "$dir"
    mapfile -t pages < <(ls "$gt"/scribeocr-benchmark/*.png "$gt"/scribeocr-benchmark/*.jpg \
        "$gt"/tesseract-test/{phototest.tif,eurotext.tif,8071_093.3B.tif,8087_054.3B.tif})
    count=${#pages[@]}
    printf '%s\n' "${pages[@]}" >"$dir/images.list"
    t_tess=$(tesseract_runs "$dir/images.list" "$dir/tesseract")
    ceiling=$(calc "$count * 60 / $t_tess")
    row_header "4. Ground-truth page images ($count pages, $cores cores; best of $runs)"
    for n in $workers; do
        t=$(quire_runs "$dir/quire-w$n.sqlite" "$dir/quire-w$n.log" --workers "$n" "${pages[@]}")
        row "quire-cli run --workers $n" "$count" "$t" "$(score "$dir/quire-w$n.sqlite" "$gt")" "$ceiling"
    done
    row "ceiling: tesseract (xargs -P $cores)" "$count" "$t_tess" "$(score "$dir/tesseract" "$gt")" "$ceiling"
    odir="$dir/ocrmypdf"; mkdir -p "$odir"
    for p in "${pages[@]}"; do b=$(basename "$p"); img2pdf "$p" -o "$odir/${b%.*}.in.pdf" 2>/dev/null || true; done
    start=$(now)
    for f in "$odir"/*.in.pdf; do
        ocrmypdf -q -j "$cores" --output-type pdf --sidecar "${f%.in.pdf}.txt" "$f" "${f%.in.pdf}.out.pdf" 2>/dev/null || true
    done
    end=$(now)
    row "OCRmyPDF -j $cores --output-type pdf (one run)" "$count" "$(calc "$end - $start")" "$(score "$odir" "$gt")" "$ceiling"
fi

# --- 5. Generated scans, resolution modes ---------------------------------
if want generated; then
    dir="$out/generated"
    rm -rf "$dir"; mkdir -p "$dir/images"
    maker="$build/bin/quire-make-samples"
    if [ -x "$maker" ]; then
        QT_QPA_PLATFORM=offscreen "$maker" --bench "$bench_pages" "$dir" 2>/dev/null
        scans=$(pdfinfo "$dir/bench-scan.pdf" | awk '/^Pages:/ {print $2}')
        pdfimages -all "$dir/bench-scan.pdf" "$dir/images/page"
        n=0
        for f in "$dir"/images/page-*; do
            n=$((n + 1)); mv "$f" "$dir/images/bench-scan.p$(printf %02d "$n").${f##*.}"
        done
        ls "$dir"/images/* >"$dir/images.list"
        t_tess=$(tesseract_runs "$dir/images.list" "$dir/tesseract")
        ceiling=$(calc "$scans * 60 / $t_tess")
        row_header "5. Generated 300-DPI scans ($scans pages), resolution modes ($cores cores; best of $runs)"
        for mode in "300|--dpi 300" "150|--dpi 150" "adaptive 150/300|--dpi 300 --adaptive-dpi 150"; do
            label=${mode%%|*}; opts=${mode#*|}
            name=${label// /_}; name=${name//\//-}
            db="$dir/quire-$name.sqlite"
            # shellcheck disable=SC2086
            t=$(quire_runs "$db" "$dir/quire.log" $opts "$dir/bench-scan.pdf")
            row "quire-cli run, DPI $label" "$scans" "$t" "$(score "$db" "$dir")" "$ceiling"
        done
        row "ceiling: tesseract on the PDF's own images (xargs -P $cores)" "$scans" "$t_tess" "$(score "$dir/tesseract" "$dir")" "$ceiling"
    else
        echo "ocr-bench: no quire-make-samples in $build/bin (configure with tests on); skipping section 5" >&2
    fi
fi
