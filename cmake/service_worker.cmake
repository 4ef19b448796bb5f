# Writes the service worker of the web app, sw.js, from shell/sw.js.in: its version is a hash of
# the files it precaches (and of the template), so that any change to the app, its data, its
# shell or its icons makes a new version, which browsers then install in the background.
# A script, run by the parvis_dist target (wasm/CMakeLists.txt) after every change to those files:
#   cmake -DDIST=build/wasm/dist -DTEMPLATE=shell/sw.js.in -DFILES=index.html,boot.js,... \
#         -DOUTPUT=build/wasm/dist/sw.js -P cmake/service_worker.cmake
# FILES are paths relative to DIST, comma-separated (a CMake list would be split by the command
# line). tests/e2e/offline.test.mjs runs it too, on a copy of the folder, to make a new version.
foreach(var DIST TEMPLATE FILES OUTPUT)
  if(NOT DEFINED ${var})
    message(FATAL_ERROR "service_worker.cmake : -D${var}=… manquant")
  endif()
endforeach()

string(REPLACE "," ";" files "${FILES}")
file(SHA256 "${TEMPLATE}" digests)
set(quoted "")
foreach(f IN LISTS files)
  if(NOT EXISTS "${DIST}/${f}")
    message(FATAL_ERROR "service_worker.cmake : ${DIST}/${f} absent (à mettre en cache pour le hors-ligne)")
  endif()
  file(SHA256 "${DIST}/${f}" h)
  string(APPEND digests "\n${f} ${h}")
  list(APPEND quoted "'${f}'")
endforeach()
string(SHA256 version "${digests}")
string(SUBSTRING "${version}" 0 16 PARVIS_SW_VERSION)
list(JOIN quoted ", " PARVIS_SW_FILES)
configure_file("${TEMPLATE}" "${OUTPUT}" @ONLY)
message(STATUS "Service worker ${OUTPUT} : version ${PARVIS_SW_VERSION}")
