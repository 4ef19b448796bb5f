# `parvis check` with a French dictionary (core/cli/check_command.cpp): spelling with Hunspell as in
# the web app, CamelCase suggestions for hashtags, tu and vous mixed. One ctest case cli.<case>
# per `if(CASE …)` block (tests/CMakeLists.txt reads them), run as
#   cmake -DPARVIS=... -DFIXTURES=... -DWORK=... -DSPELL_AFF=... -DCASE=NAME -P check_cli_test.cmake
# The cases that need Debian's hunspell-fr (SPELL_AFF, cmake/hunspell.cmake) print
# « PARVIS_TEST_SKIPPED » without it, which ctest reports as skipped (SKIP_REGULAR_EXPRESSION).
cmake_minimum_required(VERSION 3.21)
include("${CMAKE_CURRENT_LIST_DIR}/cli_helpers.cmake")

# The dictionary's base (PATH of PATH.aff and PATH.dic), or a skip of the case when it is absent.
macro(require_dictionary)
  string(REGEX REPLACE "\\.aff$" "" dictionary "${SPELL_AFF}")
  if(NOT EXISTS "${dictionary}.aff" OR NOT EXISTS "${dictionary}.dic")
    message("PARVIS_TEST_SKIPPED: dictionnaire français absent (${SPELL_AFF}) : installez hunspell-fr ; test sauté")
    return()
  endif()
endmacro()

# « travaus » is a spelling finding with « travaux » among its suggestions, with --dictionary and
# with the dictionary found by default (the build's, the same file here); the verdict names it.
if(CASE STREQUAL "check.spelling")
  require_dictionary()
  set(text "Les travaus de la rue des Lilas commencent lundi.")
  foreach(how given found)
    if(how STREQUAL "given")
      run_stdin("check spelling (${how})" 0 "${text}" check --dictionary "${dictionary}")
    else()
      run_stdin("check spelling (${how})" 0 "${text}" check)
    endif()
    expect_json_item(i "check spelling (${how}): no spelling finding" "${out}" findings
      rule spelling category orthographe severity avertissement start 4 end 11)
    expect_json_match("check spelling (${how})" "${out}" "findings;${i};message" "travaus")
    expect_json_item(s "check spelling (${how}): « travaux » not suggested" "${out}" "findings;${i};suggestions" "" travaux)
    expect_json("check spelling (${how})" "${out}" "findings;${i};fix_is_safe" false)
    expect_json("check spelling (${how})" "${out}" dictionary "${dictionary}.aff")
    expect_json("check spelling (${how})" "${out}" score 95)
    if(NOT err STREQUAL "")
      fail("check spelling (${how}): unexpected standard error: ${err}")
    endif()
  endforeach()
  # The .aff file's name is accepted for the base, and a correct text has no spelling finding.
  run_stdin("check spelling, correct text" 0 "Les travaux de la rue commencent lundi." check --dictionary "${dictionary}.aff")
  expect_no_json_item("check spelling, correct text" "${out}" findings rule spelling)
endif()

# The workspace's local names are never flagged.
if(CASE STREQUAL "check.spelling_local_words")
  require_dictionary()
  demo_workspace("${WORK}/demo.json")
  file(READ "${WORK}/demo.json" demo)
  string(JSON demo SET "${demo}" local_words "[\"Travaus\"]")
  file(WRITE "${WORK}/local.json" "${demo}")
  run_stdin("check local words" 0 "Les travaus commencent lundi." check --workspace "${WORK}/local.json" --dictionary "${dictionary}")
  expect_no_json_item("check local words" "${out}" findings rule spelling)
endif()

# A dictionary that cannot be read: said in French on standard error, the other checks still run
# and print their findings, exit code 3.
if(CASE STREQUAL "check.no_dictionary")
  run_stdin("check without dictionary" 3 "Afin de vous accueillir, la mairie ouvre samedi. #conseilmunicipal"
    check --dictionary "${WORK}/absent/fr")
  if(NOT err MATCHES "absent/fr\\.aff: erreur : Impossible de lire" OR NOT err MATCHES "l’orthographe n’est pas vérifiée")
    fail("check without dictionary: standard error is not the French diagnostic: ${err}")
  endif()
  expect_json_item(i "check without dictionary: the other checks did not run" "${out}" findings rule plain_french)
  expect_json_item(h "check without dictionary: no CamelCase finding" "${out}" findings rule hashtag_camel_case)
  expect_json_length("check without dictionary: a CamelCase suggestion needs the dictionary" "${out}" "findings;${h};suggestions" 0)
  expect_no_json_item("check without dictionary" "${out}" findings rule spelling)
  expect_json("check without dictionary" "${out}" dictionary null)
  run_stdin("check without dictionary, English" 3 "La mairie ouvre samedi." check --dictionary "${WORK}/absent/fr.dic" --lang en)
  if(NOT err MATCHES "spelling is not checked")
    fail("check without dictionary, English: ${err}")
  endif()
  # --dictionary belongs to check only, and needs a value.
  run("count --dictionary" 2 count --network x --dictionary "${WORK}/absent/fr")
  run("check --dictionary without a value" 2 check --dictionary)
endif()

# A lower-case hashtag: the split as a safe one-click fix.
if(CASE STREQUAL "check.hashtag_split")
  require_dictionary()
  run_stdin("check hashtag split" 0 "Séance publique ce soir. #conseilmunicipal" check --dictionary "${dictionary}")
  expect_json_item(i "check hashtag split: no CamelCase finding" "${out}" findings rule hashtag_camel_case)
  expect_json("check hashtag split" "${out}" "findings;${i};suggestions;0" "#ConseilMunicipal")
  expect_json("check hashtag split" "${out}" "findings;${i};fix_is_safe" true)
  expect_json_match("check hashtag split" "${out}" "findings;${i};message" "#ConseilMunicipal")
endif()

# tu and vous mixed without a charter, the imperative « Viens » included (no dictionary needed:
# the spelling checker, when there is one, finds nothing to say here).
if(CASE STREQUAL "check.register_mixed")
  # « Viens » and « ta » against « Vous »: the less frequent register, « Vous », is flagged.
  run_stdin("check register" 0 "Vous êtes invités… Viens avec ta famille !" check)
  expect_json_item(i "check register: « Vous » not flagged" "${out}" findings rule register_mixed start 0 end 4)
  expect_json_match("check register" "${out}" "findings;${i};message" "mélange tutoiement et vouvoiement")
  expect_no_json_item("check register" "${out}" findings rule spelling)
  # Against a « vous » charter (the demo's), « Viens » and « ta » are.
  demo_workspace("${WORK}/demo.json")
  run_stdin("check register, charter" 0 "Vous êtes invités… Viens avec ta famille !" check --workspace "${WORK}/demo.json")
  expect_json_item(i "check register: « Viens » not flagged" "${out}" findings rule register_off_charter start 23 end 28)
  expect_json_item(i "check register: « ta » not flagged" "${out}" findings rule register_off_charter start 34 end 36)
endif()
