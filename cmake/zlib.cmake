# zlib (inflate) for reading .xlsx workbooks, which are ZIP archives of XML parts (core/io/zip_read).
# Native: Debian's zlib1g-dev. WebAssembly: Emscripten's -sUSE_ZLIB port downloads its sources from
# the internet at build time, which this project never relies on; zlib is built instead from
# Debian's source package, unpacked by scripts/setup.sh into .deps/zlib (git-ignored), as Hunspell
# is (cmake/hunspell.cmake). Elsewhere pass -DZLIB_SOURCE_DIR=/path/to/zlib-1.2.x.
# Included by the top-level CMakeLists.txt before parvis_core, which links parvis_zlib.
if(NOT EMSCRIPTEN)
  find_package(ZLIB REQUIRED)
  add_library(parvis_zlib INTERFACE)
  target_link_libraries(parvis_zlib INTERFACE ZLIB::ZLIB)
  return()
endif()

set(ZLIB_SOURCE_DIR "${CMAKE_SOURCE_DIR}/.deps/zlib" CACHE PATH "zlib sources (holds inflate.c)")
if(NOT EXISTS "${ZLIB_SOURCE_DIR}/inflate.c")
  message(FATAL_ERROR "Sources de zlib introuvables dans ${ZLIB_SOURCE_DIR} : lancez scripts/setup.sh "
                      "ou passez -DZLIB_SOURCE_DIR=/chemin/vers/zlib-1.2")
endif()
enable_language(C)
# Only what inflate and crc32 need: Parvis reads archives, it never writes them.
add_library(parvis_zlib STATIC
  ${ZLIB_SOURCE_DIR}/adler32.c ${ZLIB_SOURCE_DIR}/crc32.c ${ZLIB_SOURCE_DIR}/inffast.c
  ${ZLIB_SOURCE_DIR}/inflate.c ${ZLIB_SOURCE_DIR}/inftrees.c ${ZLIB_SOURCE_DIR}/zutil.c)
target_include_directories(parvis_zlib SYSTEM PUBLIC ${ZLIB_SOURCE_DIR})
# Third-party code: its warnings are not ours to fix and must never break the build. -Os as the
# rest of the app (the C flags do not inherit the preset's C++ ones).
target_compile_options(parvis_zlib PRIVATE -w -Os)
