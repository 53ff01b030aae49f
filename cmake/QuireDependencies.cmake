# Debian 12 packages: qt6-base-dev, libpoppler-qt6-dev, libopencv-dev,
# libtesseract-dev, libsqlite3-dev, qt6-charts-dev, libqpdf-dev, libtiff-dev (packaging/install-deps.sh installs them).
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
pkg_check_modules(Qpdf REQUIRED IMPORTED_TARGET libqpdf>=11)
pkg_check_modules(LibTiff REQUIRED IMPORTED_TARGET libtiff-4)
find_package(OpenCV 4 REQUIRED COMPONENTS core imgproc imgcodecs)
