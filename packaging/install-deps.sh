#!/usr/bin/env bash
# Installs the Debian 12 packages Quire needs to build, test and run.
# Idempotent: asks apt only for what is missing. Run as root (or via sudo).
set -euo pipefail

packages=(
    # build
    cmake g++ make pkg-config
    # engine and window
    qt6-base-dev qt6-charts-dev libqt6opengl6-dev qt6-image-formats-plugins libpoppler-qt6-dev libopencv-dev
    libtesseract-dev libleptonica-dev libsqlite3-dev
    # translations (lupdate, lrelease)
    qt6-tools-dev qt6-l10n-tools
    # OCR models, OpenCL on a machine without a GPU
    tesseract-ocr tesseract-ocr-eng tesseract-ocr-osd pocl-opencl-icd ocl-icd-opencl-dev
    # tests: fonts for generated documents, plain tesseract and poppler tools for comparisons
    fonts-dejavu-core poppler-utils
    # tests: encrypted PDFs (qpdf), database checks by hand (sqlite3)
    qpdf sqlite3
    # micro-benchmarks (Google Benchmark); desktop file and AppStream validation
    libbenchmark-dev desktop-file-utils appstream
)

missing=()
for package in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed'; then
        missing+=("$package")
    fi
done

if [ ${#missing[@]} -eq 0 ]; then
    echo "install-deps: all ${#packages[@]} packages are installed."
    exit 0
fi

if [ "$(id -u)" -ne 0 ]; then
    echo "install-deps: missing packages: ${missing[*]}" >&2
    echo "install-deps: run this script as root (or with sudo) to install them." >&2
    exit 1
fi

echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update -q
apt-get install -y -q --no-install-recommends "${missing[@]}"
