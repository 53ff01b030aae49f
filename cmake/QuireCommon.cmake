# One interface target carries the flags every Quire target is built with.
set(CMAKE_CXX_STANDARD 20)
set(CMAKE_CXX_STANDARD_REQUIRED ON)
set(CMAKE_CXX_EXTENSIONS OFF)
set(CMAKE_AUTOMOC ON)
if(NOT CMAKE_BUILD_TYPE AND NOT CMAKE_CONFIGURATION_TYPES)
    set(CMAKE_BUILD_TYPE RelWithDebInfo CACHE STRING "Build type" FORCE)
endif()

add_library(quire_common INTERFACE)
target_compile_features(quire_common INTERFACE cxx_std_20)
target_compile_options(quire_common INTERFACE -Wall -Wextra -pedantic -Wnon-virtual-dtor -Woverloaded-virtual)
if(QUIRE_WERROR)
    target_compile_options(quire_common INTERFACE -Werror)
endif()
target_compile_definitions(quire_common INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CONTEXTLESS_CONNECT
    QT_NO_KEYWORDS
    QUIRE_VERSION="${PROJECT_VERSION}")

# AddressSanitizer + UndefinedBehaviorSanitizer for every Quire target (the
# workers too, built from the same tree). Undefined behaviour aborts instead
# of printing and going on, so a test that meets it fails. packaging/test.sh
# builds a second tree with this on and runs the unit and integration tests
# in it; CTest sets ASAN_OPTIONS and UBSAN_OPTIONS (tests/CMakeLists.txt).
option(QUIRE_SANITIZE "Build with AddressSanitizer and UndefinedBehaviorSanitizer" OFF)
if(QUIRE_SANITIZE)
    # GCC leaves float-cast-overflow out of "undefined": a page size or box
    # from a hostile file converted to an integer is just that case.
    set(_quire_sanitizers -fsanitize=address,undefined,float-cast-overflow -fno-sanitize-recover=all)
    target_compile_options(quire_common INTERFACE ${_quire_sanitizers} -fno-omit-frame-pointer)
    target_link_options(quire_common INTERFACE ${_quire_sanitizers})
    target_compile_definitions(quire_common INTERFACE QUIRE_SANITIZE=1)
endif()
