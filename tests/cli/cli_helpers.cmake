# Shared by the `parvis` command-line tests (cli_test.cmake, kpi_cli_test.cmake), run by ctest as
#   cmake -DPARVIS=... -DFIXTURES=... -DWORK=... -P <test>.cmake
# A fresh work folder, fail() that lets the test go on to report every failure, and run().

file(REMOVE_RECURSE "${WORK}")
file(MAKE_DIRECTORY "${WORK}")

function(fail message)
  message(SEND_ERROR "${message}")
endfunction()

# run(<name> <expected exit code> args...): sets out/err in the caller.
macro(run name expected)
  execute_process(COMMAND "${PARVIS}" ${ARGN} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
  if(NOT rc STREQUAL "${expected}")
    fail("${name}: exit code ${rc}, expected ${expected}\nstdout: ${out}\nstderr: ${err}")
  endif()
endmacro()
