# `parvis media check` (core/cli/media_command.cpp): a post's images against its networks' media
# rules, as Rédaction shows them. One ctest case per `if(CASE …)` block (tests/CMakeLists.txt).
include("${CMAKE_CURRENT_LIST_DIR}/cli_helpers.cmake")

if(CASE STREQUAL "media.check")
  # A PNG without alt text on Instagram (JPEG only) and X (fine but for the alt text).
  file(WRITE "${WORK}/ws.json" [=[{"format": "parvis-workspace", "schema_version": 3, "id": "w",
  "profile": {"name": "Ville"},
  "accounts": [{"id": "ig", "network": "instagram"}, {"id": "x", "network": "x"}],
  "posts": [{"id": "p1", "title": "Marché", "status": "draft", "variants": [
    {"account_id": "ig", "media": [{"kind": "image", "name": "m.png", "sha256": "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "mime": "image/png", "bytes": 1000, "width": 600, "height": 400}]},
    {"account_id": "x", "media": [{"kind": "image", "name": "m.png", "sha256": "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "mime": "image/png", "bytes": 1000, "width": 600, "height": 400, "alt_text": "Le marché"}]}]}]}]=])
  run("media check" 1 media check "${WORK}/ws.json")
  string(JSON n LENGTH "${out}" findings)
  string(JSON code0 GET "${out}" findings 0 code)
  string(JSON net0 GET "${out}" findings 0 network)
  string(JSON code1 GET "${out}" findings 1 code)
  string(JSON message1 GET "${out}" findings 1 message)
  if(NOT n EQUAL 2 OR NOT code0 STREQUAL "alt_text_missing" OR NOT net0 STREQUAL "instagram"
     OR NOT code1 STREQUAL "format_refused" OR NOT message1 MATCHES "formats acceptés.*JPEG")
    fail("media check: ${out}")
  endif()
  run("media check without the workspace" 2 media check)
endif()
