# Shared by the `parvis` command-line tests (cli_test.cmake, kpi_cli_test.cmake), run by ctest
# once per case as
#   cmake -DPARVIS=... -DFIXTURES=... -DWORK=... -DCASE=<case> -P <test>.cmake
# Each `if(CASE STREQUAL "<case>")` block of a script is one behaviour; tests/CMakeLists.txt reads
# those blocks and registers each as the ctest case cli.<case>, so that a failure names the
# behaviour. Here: a fresh work folder for the case, fail() that lets the case go on to report
# every failure, run(), and checks of JSON output that parse it (string(JSON)) and compare fields.

file(READ "${CMAKE_SCRIPT_MODE_FILE}" script_text)
string(FIND "${script_text}" "if(CASE STREQUAL \"${CASE}\")" case_found)
if(NOT CASE OR case_found EQUAL -1)
  message(FATAL_ERROR "No case « ${CASE} » in ${CMAKE_SCRIPT_MODE_FILE}: run one of its cases with -DCASE=<case>")
endif()
file(REMOVE_RECURSE "${WORK}")
file(MAKE_DIRECTORY "${WORK}")

function(fail message)
  message(SEND_ERROR "${message}")
endfunction()

# run(<name> <expected exit code> args...): sets rc/out/err in the caller.
macro(run name expected)
  execute_process(COMMAND "${PARVIS}" ${ARGN} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
  expect_exit("${name}" "${expected}")
endmacro()

# run_stdin(<name> <expected exit code> <standard input> args...): run() with a text on standard
# input (count, check).
macro(run_stdin name expected input)
  file(WRITE "${WORK}/stdin.txt" "${input}")
  execute_process(COMMAND "${PARVIS}" ${ARGN} INPUT_FILE "${WORK}/stdin.txt"
                  RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
  expect_exit("${name}" "${expected}")
endmacro()

macro(expect_exit name expected)
  if(NOT rc STREQUAL "${expected}")
    fail("${name}: exit code ${rc}, expected ${expected}\nstdout: ${out}\nstderr: ${err}")
  endif()
endmacro()

# demo_workspace(<file>): the demo workspace of 29 November 2026, the cases' usual input.
function(demo_workspace file)
  run("demo" 0 demo --today 2026-11-29)
  file(WRITE "${file}" "${out}")
endfunction()

#-----------------------------------------------------------------------------
# JSON output: parsed with string(JSON), which refuses what is not JSON (NaN, inf, a truncated
# text), so every check below also checks that the output is JSON.
# A <path> is a list of members and indices: "counts;posts", "findings;0;rule", "" for the top.
#-----------------------------------------------------------------------------

# json_value(<var> <json> <path>): the value as JSON spells it — true, false, null, a number, a
# string's text, the JSON text of an object or array — or "<absent: …>" when there is none.
function(json_value var json path)
  string(JSON type ERROR_VARIABLE error TYPE "${json}" ${path})
  if(error)
    set(value "<absent: ${error}>")
  elseif(type STREQUAL "NULL")
    set(value null)
  elseif(type STREQUAL "BOOLEAN")
    string(JSON value GET "${json}" ${path})
    if(value)
      set(value true)
    else()
      set(value false)
    endif()
  else()
    string(JSON value GET "${json}" ${path})
  endif()
  set(${var} "${value}" PARENT_SCOPE)
endfunction()

# expect_json(<name> <json> <path> <expected>): the value at <path> is <expected> (as json_value
# spells it).
function(expect_json name json path expected)
  json_value(value "${json}" "${path}")
  if(NOT value STREQUAL expected)
    fail("${name}: « ${path} » is « ${value} », expected « ${expected} »\n${json}")
  endif()
endfunction()

# expect_json_match(<name> <json> <path> <regex>): the value at <path> matches <regex>.
function(expect_json_match name json path regex)
  json_value(value "${json}" "${path}")
  if(NOT value MATCHES "${regex}")
    fail("${name}: « ${path} » is « ${value} », which does not match « ${regex} »\n${json}")
  endif()
endfunction()

# expect_json_type(<name> <json> <path> <type>): the value at <path> is a NUMBER, STRING, BOOLEAN,
# NULL, ARRAY or OBJECT.
function(expect_json_type name json path type)
  string(JSON actual ERROR_VARIABLE error TYPE "${json}" ${path})
  if(error)
    fail("${name}: « ${path} »: ${error}\n${json}")
  elseif(NOT actual STREQUAL type)
    fail("${name}: « ${path} » is of type ${actual}, expected ${type}\n${json}")
  endif()
endfunction()

# expect_json_length(<name> <json> <path> <length>): the array (or object) at <path> has <length>
# elements.
function(expect_json_length name json path length)
  string(JSON actual ERROR_VARIABLE error LENGTH "${json}" ${path})
  if(error)
    fail("${name}: « ${path} »: ${error}\n${json}")
  elseif(NOT actual EQUAL length)
    fail("${name}: « ${path} » has ${actual} elements, expected ${length}\n${json}")
  endif()
endfunction()

# json_index(<var> <json> <path> <member> <value> [<member> <value>]...): the index of the first
# element of the array at <path> whose members have these values (as json_value spells them),
# -1 when none has. The member "" is the element itself (an array of strings).
function(json_index var json path)
  set(${var} -1 PARENT_SCOPE)
  string(JSON count ERROR_VARIABLE error LENGTH "${json}" ${path})
  if(error OR count EQUAL 0)
    return()
  endif()
  math(EXPR last "${count} - 1")
  foreach(i RANGE ${last})
    set(pairs "${ARGN}")
    set(found TRUE)
    while(pairs)
      list(POP_FRONT pairs member expected)
      json_value(value "${json}" "${path};${i};${member}")
      if(NOT value STREQUAL expected)
        set(found FALSE)
        break()
      endif()
    endwhile()
    if(found)
      set(${var} ${i} PARENT_SCOPE)
      return()
    endif()
  endforeach()
endfunction()

# expect_json_item(<var> <name> <json> <path> <member> <value>...): json_index() that fails when
# no element matches; <var> gets the index, for further checks on that element.
function(expect_json_item var name json path)
  json_index(index "${json}" "${path}" "${ARGN}")
  if(index LESS 0)
    fail("${name}: no element of « ${path} » with ${ARGN}\n${json}")
  endif()
  set(${var} ${index} PARENT_SCOPE)
endfunction()

# expect_no_json_item(<name> <json> <path> <member> <value>...): no element matches.
function(expect_no_json_item name json path)
  json_index(index "${json}" "${path}" "${ARGN}")
  if(index GREATER_EQUAL 0)
    fail("${name}: element ${index} of « ${path} » has ${ARGN}, which none should have\n${json}")
  endif()
endfunction()
