#!/usr/bin/env bash
# Installs the Debian 12 packages Quire needs to build, test and run.
# Idempotent: asks apt only for what is missing. Run as root (or via sudo).
#   --bench  also what tests/bench/ocr-bench.sh compares against and reads:
#            OCRmyPDF, img2pdf (JPEGs into PDFs unchanged, with Python's PIL),
#            and a real software manual (libtasn1-doc) for the born-digital row.
set -euo pipefail

packages=(
    # build
    cmake g++ make pkg-config
    # engine and window
    qt6-base-dev qt6-charts-dev libqt6opengl6-dev qt6-image-formats-plugins libpoppler-qt6-dev libopencv-dev
    libtesseract-dev libleptonica-dev libsqlite3-dev
    # searchable PDFs (qpdf's library writes them, libtiff reads TIFF strips as stored);
    # the image codecs of scanned pages, decoded without rendering
    libqpdf-dev libjpeg-dev libtiff-dev libjbig2dec0-dev
    # the workers' memory allocator (tcmalloc: Tesseract uses about 4 % less CPU on it)
    libgoogle-perftools-dev
    # translations (lupdate, lrelease)
    qt6-tools-dev qt6-l10n-tools
    # OCR models, OpenCL on a machine without a GPU
    tesseract-ocr tesseract-ocr-eng tesseract-ocr-osd pocl-opencl-icd ocl-icd-opencl-dev
    # the interface's languages, as their readers see them: Spanish and Simplified
    # Chinese OCR data (the tests read a page of each), a font with Chinese glyphs
    # (without one every Chinese string is drawn as empty boxes), Qt's own
    # translations of its dialogs and buttons
    tesseract-ocr-spa tesseract-ocr-chi-sim fonts-wqy-microhei qt6-translations-l10n
    # the tests run quire-cli under es_ES.UTF-8 (a decimal comma), generated below
    locales
    # tests: fonts for generated documents, plain tesseract and poppler tools for comparisons
    fonts-dejavu-core poppler-utils
    # searchable PDF tests: qpdf --check; a Spanish and a Chinese page searched in their own words
    qpdf tesseract-ocr-chi-tra
    # tests: database checks by hand (sqlite3); the size limits of the code (tests/style/check-sizes.py)
    sqlite3 python3
    # micro-benchmarks (Google Benchmark); desktop file and AppStream validation;
    # manual pages rendered and checked (man, groff)
    libbenchmark-dev desktop-file-utils appstream man-db groff-base
    # quire-cli submit talks to Slurm; the tests start a one-node cluster on localhost
    munge slurmctld slurmd slurm-client
    # the example service unit of quire-cli watch is checked with systemd-analyze
    systemd
)
if [ "${1:-}" = "--bench" ]; then
    packages+=(ocrmypdf img2pdf python3-pil libtasn1-doc)
fi

missing=()
for package in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed'; then
        missing+=("$package")
    fi
done

if [ ${#missing[@]} -eq 0 ]; then
    echo "install-deps: all ${#packages[@]} packages are installed."
else
    if [ "$(id -u)" -ne 0 ]; then
        echo "install-deps: missing packages: ${missing[*]}" >&2
        echo "install-deps: run this script as root (or with sudo) to install them." >&2
        exit 1
    fi
    echo "install-deps: installing ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -q
    apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

# The interface's languages as locales (the tests run under es_ES.UTF-8).
wanted_locales=(es_ES.UTF-8 zh_CN.UTF-8)
absent=()
for name in "${wanted_locales[@]}"; do
    locale -a 2>/dev/null | grep -qix "${name/UTF-8/utf8}" || absent+=("$name")
done
if [ ${#absent[@]} -gt 0 ]; then
    if [ "$(id -u)" -ne 0 ]; then
        echo "install-deps: locales not generated: ${absent[*]} (run as root to generate them)" >&2
    else
        for name in "${absent[@]}"; do
            grep -qx "$name UTF-8" /etc/locale.gen 2>/dev/null || echo "$name UTF-8" >> /etc/locale.gen
        done
        locale-gen
    fi
fi
