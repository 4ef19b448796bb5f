# `parvis services import` (core/cli/services_command.cpp): a services directory from a French
# Excel CSV (';', Windows-1252), previewed, written with -o, idempotent. One ctest case
# cli.<case> per `if(CASE …)` block (tests/CMakeLists.txt reads them), run as
#   cmake -DPARVIS=... -DFIXTURES=... -DWORK=... -DCASE=NAME -P services_cli_test.cmake
# JSON outputs are read with string(JSON), never matched as text.
include("${CMAKE_CURRENT_LIST_DIR}/cli_helpers.cmake")
set(WS "${FIXTURES}/valid/workspace.json")
set(CSV "${FIXTURES}/interop/services_directory.csv")

if(CASE STREQUAL "services.import")
  # Without -o: a preview, nothing written.
  run("services import preview" 0 services import "${WS}" "${CSV}")
  string(JSON encoding GET "${out}" encoding)
  string(JSON added GET "${out}" added)
  string(JSON skipped GET "${out}" skipped_count)
  string(JSON line GET "${out}" skipped 0 line)
  string(JSON written GET "${out}" written)
  if(NOT encoding STREQUAL "windows-1252" OR NOT added EQUAL 2 OR NOT skipped EQUAL 1 OR NOT line EQUAL 4
     OR NOT written STREQUAL "")
    fail("services import preview: ${out}")
  endif()
  if(EXISTS "${WORK}/out.json")
    fail("a preview wrote a file")
  endif()

  run("services import -o" 0 services import "${WS}" "${CSV}" --as cm -o "${WORK}/out.json")
  file(READ "${WORK}/out.json" text)
  string(JSON n LENGTH "${text}" services)
  math(EXPR last "${n} - 1")
  string(JSON name GET "${text}" services ${last} name)
  string(JSON keyword GET "${text}" services ${last} keywords 2)
  string(JSON audit_n LENGTH "${text}" audit)
  math(EXPR audit_last "${audit_n} - 1")
  string(JSON action GET "${text}" audit ${audit_last} action)
  string(JSON person GET "${text}" audit ${audit_last} person_id)
  if(NOT name STREQUAL "État civil" OR NOT keyword STREQUAL "décès" OR NOT action STREQUAL "services.import_csv"
     OR NOT person STREQUAL "cm")
    fail("services import -o: ${name} ${keyword} ${action} ${person}")
  endif()
  run("the result validates" 0 validate "${WORK}/out.json")

  # The same file again: nothing added, nothing logged.
  run("services import again" 0 services import "${WORK}/out.json" "${CSV}" -o "${WORK}/again.json")
  string(JSON added GET "${out}" added)
  string(JSON present GET "${out}" already_present)
  file(READ "${WORK}/again.json" again)
  string(JSON audit_again LENGTH "${again}" audit)
  if(NOT added EQUAL 0 OR NOT present EQUAL 2 OR NOT audit_again EQUAL audit_n)
    fail("services import again: ${out} (audit ${audit_again} vs ${audit_n})")
  endif()
endif()

if(CASE STREQUAL "services.import_errors")
  file(WRITE "${WORK}/no_name.csv" "Courriel;Téléphone\na@b.fr;01\n")
  run("no name column" 1 services import "${WS}" "${WORK}/no_name.csv")
  if(NOT err MATCHES "nom du service")
    fail("no name column: ${err}")
  endif()
  run("missing file" 2 services import "${WS}")
  run("unknown sub-command" 2 services export "${WS}")
  run("--map is not a services option" 2 services import "${WS}" "${CSV}" --map a=b)
endif()
