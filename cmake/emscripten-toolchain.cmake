# Emscripten toolchain for the `wasm` preset. Finds Emscripten in, by order:
#   -DEMSCRIPTEN_ROOT=… , $EMSCRIPTEN_ROOT, $EMSDK/upstream/emscripten (an emsdk install),
#   /usr/share/emscripten (Debian's package).
# Debian's emcc needs Debian's node modules (acorn) when the `node` on PATH is another vendor's:
# every compile and link goes through `env NODE_PATH=/usr/share/nodejs` for that reason.
if(NOT EMSCRIPTEN_ROOT)
  if(DEFINED ENV{EMSCRIPTEN_ROOT})
    set(EMSCRIPTEN_ROOT "$ENV{EMSCRIPTEN_ROOT}")
  elseif(DEFINED ENV{EMSDK} AND EXISTS "$ENV{EMSDK}/upstream/emscripten")
    set(EMSCRIPTEN_ROOT "$ENV{EMSDK}/upstream/emscripten")
  else()
    set(EMSCRIPTEN_ROOT "/usr/share/emscripten")
  endif()
endif()
set(EMSCRIPTEN_ROOT "${EMSCRIPTEN_ROOT}" CACHE PATH "Emscripten folder (holds emcc)")
if(NOT EXISTS "${EMSCRIPTEN_ROOT}/cmake/Modules/Platform/Emscripten.cmake")
  message(FATAL_ERROR "Emscripten introuvable dans ${EMSCRIPTEN_ROOT} : lancez scripts/setup.sh "
                      "ou passez -DEMSCRIPTEN_ROOT=/chemin/vers/emscripten")
endif()
if(EXISTS /usr/share/nodejs/acorn)
  set(ENV{NODE_PATH} "/usr/share/nodejs")
  set(CMAKE_C_COMPILER_LAUNCHER "${CMAKE_COMMAND};-E;env;NODE_PATH=/usr/share/nodejs" CACHE STRING "")
  set(CMAKE_CXX_COMPILER_LAUNCHER "${CMAKE_COMMAND};-E;env;NODE_PATH=/usr/share/nodejs" CACHE STRING "")
  set(CMAKE_CXX_LINKER_LAUNCHER "${CMAKE_COMMAND};-E;env;NODE_PATH=/usr/share/nodejs" CACHE STRING "")
endif()
include("${EMSCRIPTEN_ROOT}/cmake/Modules/Platform/Emscripten.cmake")
