// Internal to core/check/: the rule families that check_text (check.cpp) runs in turn, each
// appending findings. One file per family: rules_readability.cpp, rules_lexicon.cpp (plain
// French, epicene wordings, tone signal), rules_register.cpp (tu or vous), rules_charter.cpp,
// rules_typography.cpp (typography, personal data, media).
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "check/check.h"
#include "check/fold.h"
#include "check/tokenize.h"
#include "i18n/catalogue.h"

namespace parvis::check::detail {

struct Context {
    std::string_view text;
    const Tokens& tokens;
    const FoldedText& folded;
    const CheckOptions& options;
    const Charter& charter;   // the workspace's, or the defaults when none is given
    bool has_charter = false;
    std::vector<Finding>& out;

    void add(const char* rule, const char* category, Severity severity, std::size_t start, std::size_t end,
             const char* message_key, const Args& args = {}, std::vector<std::string> suggestions = {},
             bool safe = false) const {
        const bool fix_is_safe = safe && !suggestions.empty();
        out.push_back(Finding{rule, category, severity, start, end, tr(message_key, options.lang, args),
                              std::move(suggestions), fix_is_safe});
    }
    std::string_view token_text(const Token& t) const { return text.substr(t.start, t.end - t.start); }
    // Original byte span of the folded range [begin, end).
    std::size_t origin(std::size_t folded_offset) const { return folded.origin[folded_offset]; }
};

void check_readability(const Context& c, const Readability& r);
void check_plain_french(const Context& c);
void check_epicene(const Context& c);
int check_tone(const Context& c);  // returns the 0–100 signal
void check_register(const Context& c);
void check_exclamation(const Context& c);
void check_capitals(const Context& c);
void check_emoji(const Context& c);
void check_hashtags(const Context& c);
void check_inclusive(const Context& c);
void check_word_rules(const Context& c);
void check_signature(const Context& c);
void check_links(const Context& c);
void check_media(const Context& c);
void check_typography(const Context& c);
void check_personal_data(const Context& c);

// Helpers shared by the families.
std::string with_case_of(std::string_view original, std::string replacement);  // first letter's case
std::string quote(std::string_view s);  // « s » with narrow no-break spaces

}  // namespace parvis::check::detail
