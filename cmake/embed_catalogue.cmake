# Writes OUT, a C++ file holding each catalogue file of FILES as a raw string literal.
# Run at build time (cmake -P) so that editing a catalogue file rebuilds only this one source.
# FUNCTION names the generated accessor (default catalogue_sources; the lexicons of the tone
# checker use lexicon_sources with the files of assets/lexicon/).
if(NOT FUNCTION)
  set(FUNCTION catalogue_sources)
endif()
set(body "// Generated from assets/*/*.json by cmake/embed_catalogue.cmake. Do not edit.\n")
string(APPEND body "#include <string_view>\n#include <utility>\n#include <vector>\nnamespace parvis::detail {\n")
string(APPEND body "const std::vector<std::pair<std::string_view, std::string_view>>& ${FUNCTION}() {\n")
string(APPEND body "  static const std::vector<std::pair<std::string_view, std::string_view>> sources = {\n")
foreach(f IN LISTS FILES)
  file(READ "${f}" content)
  get_filename_component(name "${f}" NAME)
  string(FIND "${content}" ")PARVIS_I18N\"" clash)
  if(NOT clash EQUAL -1)
    message(FATAL_ERROR "${f} contains the raw-string delimiter")
  endif()
  string(APPEND body "    {\"${name}\", R\"PARVIS_I18N(${content})PARVIS_I18N\"},\n")
endforeach()
string(APPEND body "  };\n  return sources;\n}\n}  // namespace parvis::detail\n")
file(WRITE "${OUT}.tmp" "${body}")
file(COPY_FILE "${OUT}.tmp" "${OUT}" ONLY_IF_DIFFERENT)
file(REMOVE "${OUT}.tmp")
