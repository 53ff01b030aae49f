# Debian 12 packages: qt6-base-dev, libpoppler-qt6-dev, libopencv-dev,
# libtesseract-dev, libsqlite3-dev, qt6-charts-dev, libqpdf-dev, libjpeg-dev, libtiff-dev,
# libjbig2dec0-dev, libgoogle-perftools-dev (packaging/install-deps.sh installs them).
find_package(Qt6 6.4 REQUIRED COMPONENTS Core Gui Concurrent Widgets Charts LinguistTools)
if(QUIRE_BUILD_TESTS)
    find_package(Qt6 6.4 REQUIRED COMPONENTS Test)
endif()
find_package(PkgConfig REQUIRED)
pkg_check_modules(PopplerQt6 REQUIRED IMPORTED_TARGET poppler-qt6)
pkg_check_modules(Tesseract REQUIRED IMPORTED_TARGET tesseract lept)
pkg_check_modules(SQLite3 REQUIRED IMPORTED_TARGET sqlite3)
# Searchable PDFs: qpdf adds the text layer to existing pages; libtiff reads
# TIFF strips as stored, so CCITT and JPEG data are embedded without decoding.
# Scanned PDF pages: qpdf reads their image, decoded without rendering
# (core/pdf/PdfImageDecoder.cpp) with libjpeg, libtiff (CCITT) and jbig2dec.
pkg_check_modules(Qpdf REQUIRED IMPORTED_TARGET libqpdf>=11)
pkg_check_modules(LibTiff REQUIRED IMPORTED_TARGET libtiff-4)
pkg_check_modules(Jpeg REQUIRED IMPORTED_TARGET libjpeg)
pkg_check_modules(Jbig2dec REQUIRED IMPORTED_TARGET jbig2dec)
find_package(OpenCV 4 REQUIRED COMPONENTS core imgproc imgcodecs)
# quire-worker allocates through tcmalloc: Tesseract allocates and frees
# many small blocks a line, and glibc's malloc cost the workers about 4 %
# more CPU on the bench's scanned pages (27.7-28.4 s against 26.6-27.3 s,
# four runs each, for the same 16 pages and the same text). Not under the
# sanitizers, which bring their own allocator.
option(QUIRE_TCMALLOC "Link quire-worker with tcmalloc (libgoogle-perftools-dev)" ON)
if(QUIRE_TCMALLOC AND NOT QUIRE_SANITIZE)
    pkg_check_modules(TcMalloc REQUIRED IMPORTED_TARGET libtcmalloc_minimal)
endif()
