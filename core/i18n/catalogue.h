// The translation catalogue: every sentence a user reads, French first, English available.
// The data lives in assets/i18n/*.json and is embedded at build time, so the CLI and the
// web app need no file at run time. Keys are stable dotted names ("error.json_syntax").
#pragma once
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace parvis {

enum class Lang { fr, en };

Lang lang_from_code(std::string_view code);  // "fr" / "en"; anything else gives French
const char* lang_code(Lang lang);

using Args = std::vector<std::pair<std::string, std::string>>;

// The text of `key` in `lang`, with {name} placeholders replaced from `args`. A missing key gives
// the key itself, so a gap is visible in the interface instead of an empty label.
std::string tr(std::string_view key, Lang lang = Lang::fr, const Args& args = {});

// For the UI: a stable pointer to the catalogue text (no placeholders), valid for the program's
// life. ImGui labels need a C string every frame; this avoids building one each time.
const char* tr_c(std::string_view key, Lang lang);

// All keys, for the completeness test.
std::vector<std::string> catalogue_keys();
// True when the catalogue has a text for `key` in `lang`.
bool catalogue_has(std::string_view key, Lang lang);

}  // namespace parvis
