# End-to-end test of `parvis kpi` and `parvis import`, one case (behaviour) per run
# (cli_helpers.cmake):
#   cmake -DPARVIS=... -DFIXTURES=... -DWORK=... -DCASE=<case> -P kpi_cli_test.cmake
cmake_minimum_required(VERSION 3.21)

include("${CMAKE_CURRENT_LIST_DIR}/cli_helpers.cmake")
set(IMPORTS "${FIXTURES}/imports")
demo_workspace("${WORK}/demo.json")

#-----------------------------------------------------------------------------
# kpi: the period asked, every figure, null for « no value ».
#-----------------------------------------------------------------------------
if(CASE STREQUAL "kpi.figures")
  run("kpi november" 0 kpi "${WORK}/demo.json" --from 2026-11-01 --to 2026-11-29)
  expect_json("kpi" "${out}" "period;from" 2026-11-01)
  expect_json("kpi" "${out}" "period;to" 2026-11-29)
  expect_json("kpi" "${out}" "period;days" 29)
  expect_json("kpi" "${out}" "previous_period;from" 2026-10-03)
  expect_json("kpi" "${out}" "previous_period;to" 2026-10-31)
  expect_json("kpi" "${out}" "previous_period;days" 29)
  expect_json("kpi" "${out}" base reach)
  expect_json("kpi" "${out}" aggregate mean)
  foreach(key followers community_growth_rate engagement_rate conversation_rate virality click_through_rate
          posting_frequency response_rate median_response_business_hours)
    expect_json_type("kpi: a number for ${key} in all" "${out}" "all;${key}" NUMBER)
    expect_json_match("kpi: a number for ${key} in all" "${out}" "all;${key}" "^[0-9]")
  endforeach()
  foreach(key by_format by_message_type by_campaign best_time community targets definitions)
    json_value(value "${out}" "${key}")
    if(value MATCHES "^<absent")
      fail("kpi: no ${key}")
    endif()
  endforeach()
endif()

# The base changes the engagement rate; the aggregation too.
if(CASE STREQUAL "kpi.base")
  run("kpi november" 0 kpi "${WORK}/demo.json" --from 2026-11-01 --to 2026-11-29)
  json_value(rate_reach "${out}" "all;engagement_rate")
  run("kpi followers" 0 kpi "${WORK}/demo.json" --from 2026-11-01 --to 2026-11-29 --base followers)
  expect_json("kpi --base followers" "${out}" base followers)
  expect_json_type("kpi --base followers" "${out}" "all;engagement_rate" NUMBER)
  json_value(rate_followers "${out}" "all;engagement_rate")
  if(rate_followers STREQUAL rate_reach)
    fail("kpi --base followers: the engagement rate did not change (${rate_reach}): ${out}")
  endif()
endif()

if(CASE STREQUAL "kpi.aggregate")
  run("kpi ratio" 0 kpi "${WORK}/demo.json" --from=2026-11-01 --to=2026-11-29 --aggregate=ratio)
  expect_json("kpi --aggregate ratio" "${out}" aggregate ratio)
endif()

# A period with no post: the rates are null, never NaN (which string(JSON) would refuse).
if(CASE STREQUAL "kpi.empty_period")
  run("kpi empty" 0 kpi "${WORK}/demo.json" --from 2010-01-01 --to 2010-01-31)
  expect_json("kpi empty period" "${out}" "all;publications" 0)
  expect_json("kpi empty period" "${out}" "all;engagement_rate" null)
endif()

# The HTML report.
if(CASE STREQUAL "kpi.report_html")
  run("kpi report" 0 kpi "${WORK}/demo.json" --from 2026-11-01 --to 2026-11-29 --report html)
  if(NOT out MATCHES "^<!DOCTYPE html>" OR NOT out MATCHES "id=\"community\"" OR NOT out MATCHES "<svg")
    fail("kpi --report html: unexpected output")
  endif()
endif()

if(CASE STREQUAL "kpi.bad_input")
  run("kpi bad base" 2 kpi "${WORK}/demo.json" --base likes)
  if(NOT err MATCHES "followers, reach ou impressions")
    fail("kpi bad base: ${err}")
  endif()
  run("kpi bad aggregate" 2 kpi "${WORK}/demo.json" --aggregate median)
  run("kpi bad date" 2 kpi "${WORK}/demo.json" --from 2026-13-01)
  run("kpi reversed" 2 kpi "${WORK}/demo.json" --from 2026-10-31 --to 2026-10-01)
  run("--base without kpi" 2 validate "${WORK}/demo.json" --base reach)
  run("kpi missing file" 3 kpi "${WORK}/nope.json")
  run("kpi bad file" 1 kpi "${FIXTURES}/bad/truncated.json")
endif()

#-----------------------------------------------------------------------------
# import: a preview writes nothing; -o writes; the same file twice adds nothing; a broken file
# writes nothing.
#-----------------------------------------------------------------------------
if(CASE STREQUAL "import.meta_preview")
  run("import preview" 0 import meta "${WORK}/demo.json" "${IMPORTS}/meta-facebook-fr.csv")
  expect_json("import preview" "${out}" source meta)
  expect_json("import preview" "${out}" network facebook)
  expect_json("import preview" "${out}" language fr)
  expect_json("import preview" "${out}" account acc-facebook)
  expect_json("import preview" "${out}" rows_read 6)
  expect_json("import preview" "${out}" imported 3)
  expect_json("import preview" "${out}" posts_added 3)
  # Skipped rows and unknown columns.
  expect_json_item(i "import preview" "${out}" skipped reason description_row)
  expect_json_item(i "import preview" "${out}" skipped reason bad_number message "un chiffre n’est pas un nombre")
  expect_json_item(i "import preview" "${out}" unknown_columns "" "Autres clics")
  expect_json("import preview" "${out}" written false)
endif()

if(CASE STREQUAL "import.meta_twice")
  run("import -o" 0 import meta "${WORK}/demo.json" "${IMPORTS}/meta-facebook-fr.csv" -o "${WORK}/imported.json")
  run("validate imported" 0 validate "${WORK}/imported.json")
  run("import twice" 0 import meta "${WORK}/imported.json" "${IMPORTS}/meta-facebook-en.csv" -o "${WORK}/imported2.json")
  foreach(key imported posts_added metrics_added metrics_updated)
    expect_json("import twice: something was added" "${out}" ${key} 0)
  endforeach()
  expect_json("import twice" "${out}" unchanged 3)
  file(READ "${WORK}/imported.json" once)
  file(READ "${WORK}/imported2.json" twice)
  if(NOT once STREQUAL twice)
    fail("import twice: the workspace changed")
  endif()
endif()

if(CASE STREQUAL "import.mastodon")
  run("import mastodon" 0 import mastodon "${WORK}/demo.json" "${IMPORTS}/mastodon-outbox.json")
  expect_json("import mastodon" "${out}" posts_added 2)
  expect_json_item(i "import mastodon" "${out}" skipped reason boost)
endif()

if(CASE STREQUAL "import.x")
  run("import x" 0 import x "${WORK}/demo.json" "${IMPORTS}/x-content-en.csv")
endif()

if(CASE STREQUAL "import.linkedin")
  run("import linkedin" 0 import linkedin "${WORK}/demo.json" "${IMPORTS}/linkedin-fr.csv" --account acc-linkedin)
endif()

# LinkedIn as an .xlsx workbook: the posts sheet found, the same figures as the CSV twin, nothing
# added the second time; a damaged workbook writes nothing and says why in French.
if(CASE STREQUAL "import.linkedin_xlsx")
  run("import linkedin csv -o" 0 import linkedin "${WORK}/demo.json" "${IMPORTS}/linkedin-fr.csv" --account acc-linkedin
      -o "${WORK}/li-csv.json")
  set(li_csv "${out}")
  run("import linkedin xlsx" 0 import linkedin "${WORK}/demo.json" "${IMPORTS}/linkedin-fr.xlsx" --account acc-linkedin
      -o "${WORK}/li-xlsx.json")
  expect_json("import linkedin xlsx" "${out}" language fr)
  expect_json("import linkedin xlsx" "${out}" account acc-linkedin)
  expect_json("import linkedin xlsx" "${out}" sheet "Tous les posts")
  expect_json("import linkedin xlsx" "${out}" rows_read 2)
  expect_json("import linkedin xlsx" "${out}" imported 2)
  # The CSV's report, but for the sheet.
  string(JSON li_xlsx ERROR_VARIABLE error REMOVE "${out}" sheet)
  string(JSON same ERROR_VARIABLE error2 EQUAL "${li_xlsx}" "${li_csv}")
  if(error OR error2 OR NOT same)
    fail("import linkedin xlsx: not the CSV's report:\n${out}\n${li_csv}")
  endif()
  file(READ "${WORK}/li-csv.json" li_csv_ws)
  file(READ "${WORK}/li-xlsx.json" li_xlsx_ws)
  if(NOT li_csv_ws STREQUAL li_xlsx_ws)
    fail("import linkedin xlsx: the workspace differs from the CSV import's")
  endif()
  run("import linkedin xlsx twice" 0 import linkedin "${WORK}/li-xlsx.json" "${IMPORTS}/linkedin-en.xlsx" --account acc-linkedin)
  expect_json("import linkedin xlsx twice" "${out}" sheet "All posts")
  foreach(key imported posts_added metrics_added metrics_updated)
    expect_json("import linkedin xlsx twice: something was added" "${out}" ${key} 0)
  endforeach()
  expect_json("import linkedin xlsx twice" "${out}" unchanged 2)
endif()

if(CASE STREQUAL "import.linkedin_bad_crc")
  run("import linkedin bad crc" 1 import linkedin "${WORK}/demo.json" "${IMPORTS}/broken/linkedin-bad-crc.xlsx"
      -o "${WORK}/li-not-written.json")
  if(EXISTS "${WORK}/li-not-written.json" OR NOT err MATCHES "endommagé")
    fail("import linkedin bad crc: an output was written or the message is wrong: ${err}")
  endif()
endif()

# import --column: a renamed header is unknown without a mapping; mapped, its figures come in,
# and the same file with the same mapping twice adds nothing; a bad mapping is reported in French.
if(CASE STREQUAL "import.renamed_column")
  run("import renamed" 0 import meta "${WORK}/demo.json" "${IMPORTS}/meta-facebook-fr-renamed.csv")
  expect_json_length("import renamed" "${out}" unknown_columns 1)
  expect_json("import renamed: the renamed column is reported unknown" "${out}" "unknown_columns;0" "Couverture des publications")
  expect_json_item(i "import renamed" "${out}" columns header "Couverture des publications" field "" mapped false)
endif()

if(CASE STREQUAL "import.column_mapping")
  run("import --column" 0 import meta "${WORK}/demo.json" "${IMPORTS}/meta-facebook-fr-renamed.csv"
      --column "Couverture des publications=reach" -o "${WORK}/mapped.json")
  expect_json_length("import --column" "${out}" unknown_columns 0)
  expect_json_item(i "import --column: the mapping was not applied" "${out}" columns
    header "Couverture des publications" field reach mapped true)
  expect_json("import --column" "${out}" posts_added 3)
  expect_json_length("import --column" "${out}" unused_mappings 0)
  file(READ "${WORK}/mapped.json" mapped)
  expect_json_item(i "import --column: the mapped reach 1234 is in the workspace" "${mapped}" "metrics;posts" reach 1234)
  run("import --column twice" 0 import meta "${WORK}/mapped.json" "${IMPORTS}/meta-facebook-fr-renamed.csv"
      "--column=Couverture des publications=reach" -o "${WORK}/mapped2.json")
  foreach(key imported posts_added metrics_added metrics_updated)
    expect_json("import --column twice: something was added" "${out}" ${key} 0)
  endforeach()
  expect_json("import --column twice" "${out}" unchanged 3)
  file(READ "${WORK}/mapped2.json" mapped2)
  if(NOT mapped STREQUAL mapped2)
    fail("import --column twice: the workspace changed")
  endif()
endif()

if(CASE STREQUAL "import.column_bad_field")
  run("import --column bad field" 0 import meta "${WORK}/demo.json" "${IMPORTS}/meta-facebook-fr-renamed.csv"
      --column "Couverture des publications=portee")
  expect_json_item(i "import --column bad field: no French report" "${out}" unused_mappings reason mapping_unknown_field)
  expect_json_match("import --column bad field" "${out}" "unused_mappings;${i};message" "^Correspondance .*champ inconnu")
endif()

if(CASE STREQUAL "import.bad_input")
  run("import --column no equals" 2 import meta "${WORK}/demo.json" "${IMPORTS}/meta-facebook-fr-renamed.csv" --column reach)
  run("--column elsewhere" 2 validate "${WORK}/demo.json" --column "A=reach")
  run("import truncated" 1 import meta "${WORK}/demo.json" "${IMPORTS}/meta-truncated.csv" -o "${WORK}/not-written.json")
  if(EXISTS "${WORK}/not-written.json" OR NOT err MATCHES "tronqué")
    fail("import truncated: an output was written or the message is wrong: ${err}")
  endif()
  run("import wrong file" 1 import meta "${WORK}/demo.json" "${IMPORTS}/not-an-export.csv")
  run("import bad source" 2 import tiktok "${WORK}/demo.json" "${IMPORTS}/x-content-en.csv")
  run("import missing file" 2 import meta "${WORK}/demo.json")
  run("import unreadable export" 3 import meta "${WORK}/demo.json" "${WORK}/nope.csv")
endif()

#-----------------------------------------------------------------------------
# kpi responses: the Messages desk's response times and backlog (core/kpi/response_times.h).
# The demo of 29 November 2026: Karim Haddad's message (Wednesday 18 November, 20:12 in Paris)
# went to the waste service 25 min later and came back at 6:12 the next morning: 575 min.
#-----------------------------------------------------------------------------
if(CASE STREQUAL "kpi.responses")
  run("kpi responses" 0 kpi responses "${WORK}/demo.json" --from 2026-11-17 --to 2026-11-29)
  expect_json("kpi responses" "${out}" "period;days" 13)
  expect_json("kpi responses" "${out}" business_hours false)
  expect_json("kpi responses" "${out}" target_hours 4)
  expect_json_item(i "the waste service" "${out}" by_service key svc-dechets)
  expect_json("hand-off → answer" "${out}" "by_service;${i};answered" 1)
  expect_json("hand-off → answer" "${out}" "by_service;${i};median_seconds" 34500)
  # 575 / 60 = 9.58 h → 9.6 (string(JSON) reads the double back as 9.5999…)
  expect_json_match("in hours, to 0.1" "${out}" "by_service;${i};median_hours" "^9\\.(6|59999)")
  expect_json("answered before the deadline" "${out}" "by_service;${i};within_target_percent" 100)
  expect_json_item(i "the police, still waiting" "${out}" by_service key svc-police)
  expect_json("the police, still waiting" "${out}" "by_service;${i};waiting" 1)
  expect_json("the police, still waiting" "${out}" "by_service;${i};median_seconds" null)
  expect_json_item(i "a person" "${out}" by_assignee key p-camille)
  expect_json_item(i "a channel" "${out}" by_channel key comment)
  expect_json_length("one backlog point per day" "${out}" backlog 13)
  expect_json("the first day" "${out}" "backlog;0;day" 2026-11-17)
  # Open on Sunday evening: Nina (service answered, reply to write), Marie (at the police), and
  # the three unread ones.
  expect_json("open on the last day" "${out}" "backlog;12;open" 5)
  expect_json("kpi responses" "${out}" backlog_undated 0)

  # In working time the service answered before Thursday's opening: 0 s.
  run("kpi responses --business-hours" 0 kpi responses "${WORK}/demo.json" --from 2026-11-17 --to 2026-11-29 --business-hours)
  expect_json("kpi responses --business-hours" "${out}" business_hours true)
  expect_json_item(i "the waste service" "${out}" by_service key svc-dechets)
  expect_json("working time only" "${out}" "by_service;${i};median_seconds" 0)

  # Without dates: from the first to the last message received.
  run("kpi responses, whole inbox" 0 kpi responses "${WORK}/demo.json")
  expect_json("kpi responses, whole inbox" "${out}" "period;from" 2026-11-17)
  expect_json("kpi responses, whole inbox" "${out}" "period;to" 2026-11-29)
endif()

if(CASE STREQUAL "kpi.responses_usage")
  run("--business-hours belongs to kpi responses" 2 kpi "${WORK}/demo.json" --business-hours)
  run("--base belongs to kpi" 2 kpi responses "${WORK}/demo.json" --base reach)
  run("--report belongs to kpi" 2 kpi responses "${WORK}/demo.json" --report html)
  run("kpi responses reversed" 2 kpi responses "${WORK}/demo.json" --from 2026-10-31 --to 2026-10-01)
  run("kpi responses without a workspace" 2 kpi responses)
  run("kpi responses missing file" 3 kpi responses "${WORK}/nope.json")
  # A charter that works no hour cannot count working time: said at its place in the file.
  file(READ "${WORK}/demo.json" demo)
  string(JSON demo SET "${demo}" charter business_hours weekdays "[]")
  file(WRITE "${WORK}/closed.json" "${demo}")
  run("kpi responses, no working time" 1 kpi responses "${WORK}/closed.json" --business-hours)
  if(NOT err MATCHES "closed\\.json: .*aucune heure ouvrée.*/charter/business_hours")
    fail("kpi responses, no working time: ${err}")
  endif()
  run("kpi responses, no working time, wall clock" 0 kpi responses "${WORK}/closed.json")
  expect_json("no target without working time" "${out}" "all_replies;within_target_percent" null)
  run("help lists kpi responses" 0 --help)
  if(NOT out MATCHES "parvis kpi responses")
    fail("help: no kpi responses")
  endif()
endif()
