# `parvis inbox route` and `parvis inbox overdue` (core/cli/inbox_command.cpp) on the demo
# workspace of 29 November 2026. One ctest case cli.<case> per `if(CASE …)` block (tests/CMakeLists.txt
# reads them), run as
#   cmake -DPARVIS=... -DFIXTURES=... -DWORK=... -DCASE=NAME -P inbox_cli_test.cmake
# JSON outputs are read with string(JSON), never matched as text.
include("${CMAKE_CURRENT_LIST_DIR}/cli_helpers.cmake")

if(CASE STREQUAL "inbox.route")
  demo_workspace("${WORK}/demo.json")
  run("inbox route" 0 inbox route "${WORK}/demo.json")
  # The demo's six messages without a service, each with a proposal, reasons and alternatives.
  expect_json_length("inbox route" "${out}" "" 6)
  expect_no_json_item("only messages without a service" "${out}" "" message_id msg-01)
  expect_json_item(i "open data thanks" "${out}" "" message_id msg-16)
  expect_json("the council's deliberations" "${out}" "${i};service_id" "svc-direction-generale")
  expect_json_type("confidence is a number" "${out}" "${i};confidence" NUMBER)
  expect_json_match("confidence in 0..1" "${out}" "${i};confidence" "^0\\.[0-9]+$")
  expect_json_match("a French reason" "${out}" "${i};reasons;0" "mot-clé")
  expect_json_type("alternatives" "${out}" "${i};alternatives" ARRAY)
  expect_json_type("alternative's service" "${out}" "${i};alternatives;0;service_id" STRING)
  expect_json_item(j "park thanks" "${out}" "" message_id msg-10)
  expect_json("the park" "${out}" "${j};service_id" "svc-espaces-verts")

  # The user's synonyms: « données ouvertes » made a synonym of the communication's « site internet ».
  file(WRITE "${WORK}/synonyms.json" "{\"synonyms\": [[\"données ouvertes\", \"site internet\"]]}")
  run("inbox route --synonyms" 0 inbox route "${WORK}/demo.json" --synonyms "${WORK}/synonyms.json")
  expect_json_item(k "open data thanks" "${out}" "" message_id msg-16)
  json_value(best "${out}" "${k};service_id")
  json_index(alt "${out}" "${k};alternatives" service_id svc-communication)
  if(NOT best STREQUAL "svc-communication" AND alt LESS 0)
    fail("the user's synonym did not count: ${out}")
  endif()
  run("inbox route without --synonyms" 0 inbox route "${WORK}/demo.json")
  expect_json_item(k "open data thanks" "${out}" "" message_id msg-16)
  expect_no_json_item("no synonym, no communication" "${out}" "${k};alternatives" service_id svc-communication)

  # A synonyms file that is not one: refused in French, exit 1.
  file(WRITE "${WORK}/bad.json" "{\"mots\": 3}")
  run("bad synonyms" 1 inbox route "${WORK}/demo.json" --synonyms "${WORK}/bad.json")
  if(NOT err MATCHES "synonymes")
    fail("bad synonyms: ${err}")
  endif()
endif()

if(CASE STREQUAL "inbox.overdue")
  demo_workspace("${WORK}/demo.json")
  # Monday 30 November 2026, 13:00 in Paris: the weekend's messages were due at 12:30.
  run("inbox overdue" 0 inbox overdue "${WORK}/demo.json" --at 2026-11-30T12:00:00Z)
  expect_json_length("inbox overdue" "${out}" "" 5)
  expect_json("the oldest first" "${out}" "0;message_id" "msg-12")
  expect_json("its deadline" "${out}" "0;deadline" "2026-11-30T11:30:00Z")
  expect_json("received on Friday evening" "${out}" "0;received_at" "2026-11-27T17:20:00Z")
  expect_json_match("said in French" "${out}" "0;deadline_text" "^en retard depuis 12")
  expect_json("late by" "${out}" "0;late_hours" "0.5")
  expect_no_json_item("answered messages are never late" "${out}" "" message_id msg-01)
  expect_no_json_item("hidden messages are never late" "${out}" "" message_id msg-06)
  # Half an hour earlier, nothing is late yet.
  run("inbox overdue before the deadline" 0 inbox overdue "${WORK}/demo.json" --at 2026-11-30T11:00:00Z)
  expect_json_length("nothing late yet" "${out}" "" 0)
  run("inbox overdue in English" 0 inbox overdue "${WORK}/demo.json" --at 2026-11-30T12:00:00Z --lang en)
  expect_json_match("said in English" "${out}" "0;deadline_text" "^overdue since")
endif()

if(CASE STREQUAL "inbox.usage")
  demo_workspace("${WORK}/demo.json")
  run("unknown inbox command" 2 inbox sort "${WORK}/demo.json")
  run("no workspace" 2 inbox route)
  run("bad instant" 2 inbox overdue "${WORK}/demo.json" --at 2026-11-30)
  if(NOT err MATCHES "instant")
    fail("bad instant: ${err}")
  endif()
  run("--synonyms belongs to route" 2 inbox overdue "${WORK}/demo.json" --synonyms x.json)
  run("--at belongs to overdue" 2 inbox route "${WORK}/demo.json" --at 2026-11-30T12:00:00Z)
  run("missing workspace file" 3 inbox route "${WORK}/absent.json")
  run("help lists inbox" 0 --help)
  if(NOT out MATCHES "parvis inbox route" OR NOT out MATCHES "parvis inbox overdue")
    fail("help: ${out}")
  endif()
endif()
