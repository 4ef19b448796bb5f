# Hunspell 1.7 (the spelling engine of LibreOffice, Firefox and Chromium) built from Debian's
# source package, for the native build and for WebAssembly alike: Debian's libhunspell-dev is a
# native binary, useless to Emscripten. scripts/setup.sh unpacks `apt-get source hunspell` into
# .deps/hunspell (git-ignored); elsewhere pass -DHUNSPELL_DIR=/path/to/hunspell-1.7.x.
# Included by the top-level CMakeLists.txt before parvis_core, which links it (core/spell/).
set(HUNSPELL_DIR "${CMAKE_SOURCE_DIR}/.deps/hunspell" CACHE PATH "Hunspell sources (holds src/hunspell/hunspell.cxx)")
set(HUNSPELL_SRC "${HUNSPELL_DIR}/src/hunspell")
if(NOT EXISTS "${HUNSPELL_SRC}/hunspell.cxx")
  message(FATAL_ERROR "Sources de Hunspell introuvables dans ${HUNSPELL_DIR} : lancez scripts/setup.sh "
                      "ou passez -DHUNSPELL_DIR=/chemin/vers/hunspell-1.7")
endif()

# The library's own source list (src/hunspell/Makefile.am); the command-line tools and parsers of
# src/tools and src/parsers are not needed.
add_library(parvis_hunspell STATIC
  ${HUNSPELL_SRC}/affentry.cxx ${HUNSPELL_SRC}/affixmgr.cxx ${HUNSPELL_SRC}/csutil.cxx
  ${HUNSPELL_SRC}/filemgr.cxx ${HUNSPELL_SRC}/hashmgr.cxx ${HUNSPELL_SRC}/hunspell.cxx
  ${HUNSPELL_SRC}/hunzip.cxx ${HUNSPELL_SRC}/phonet.cxx ${HUNSPELL_SRC}/replist.cxx
  ${HUNSPELL_SRC}/suggestmgr.cxx)
# The library needs no config.h: its only generated header is hunvisapi.h (symbol visibility),
# which a release tarball ships. When it is missing (a git checkout), make it from the template
# with visibility off: HUNSPELL_STATIC below makes the export macro empty anyway.
set(HUNSPELL_GENERATED "${CMAKE_BINARY_DIR}/generated/hunspell")
if(NOT EXISTS "${HUNSPELL_SRC}/hunvisapi.h")
  set(HAVE_VISIBILITY 0)
  configure_file("${HUNSPELL_SRC}/hunvisapi.h.in" "${HUNSPELL_GENERATED}/hunvisapi.h" @ONLY)
endif()
target_include_directories(parvis_hunspell SYSTEM PUBLIC ${HUNSPELL_SRC} ${HUNSPELL_GENERATED})
target_compile_definitions(parvis_hunspell PUBLIC HUNSPELL_STATIC PRIVATE BUILDING_LIBHUNSPELL)
# Third-party code: its warnings are not ours to fix and must never break the build.
target_compile_options(parvis_hunspell PRIVATE -w)
set_target_properties(parvis_hunspell PROPERTIES CXX_STANDARD 11 CXX_EXTENSIONS OFF)

# The French dictionary (Debian: hunspell-fr, whose default variant is hunspell-fr-classical;
# fr_FR.aff/.dic link to fr.aff/.dic). Used by the unit tests and the bench (which skip without
# it) and copied next to the web app as dict/fr.aff and dict/fr.dic (fetched after the first frame).
set(PARVIS_SPELL_AFF "/usr/share/hunspell/fr_FR.aff" CACHE FILEPATH "French Hunspell affix file (Debian: hunspell-fr)")
set(PARVIS_SPELL_DIC "/usr/share/hunspell/fr_FR.dic" CACHE FILEPATH "French Hunspell word list (Debian: hunspell-fr)")
