// A finding of the tone checker (issue 6): one remark on a span of a post or a reply. Every
// checker in core/ (counting, charter rules, plain French, readability, spelling, tone signal,
// the pre-electoral guard of the calendar) reports in this one shape, so the composer shows them
// all the same way: an underline on [start, end), a line in the list, and a one-click fix when
// `fix_is_safe`.
#pragma once
#include <cstddef>
#include <string>
#include <vector>

namespace parvis::check {

enum class Severity { info, warning, error };  // « info », « avertissement », « erreur »

struct Finding {
    std::string rule;          // stable id: "plain_french", "register_mixed", "spelling"…
    std::string category;      // "longueur", "charte", "langage_clair", "lisibilite",
                               // "accessibilite", "typographie", "orthographe", "ton",
                               // "donnees_personnelles", "electoral"
    Severity severity = Severity::info;
    std::size_t start = 0;     // UTF-8 byte offsets in the checked text; start == end for a
    std::size_t end = 0;       // remark on the whole text
    std::string message;       // French (or the requested language), one sentence
    std::vector<std::string> suggestions;  // replacements of [start, end), best first
    bool fix_is_safe = false;  // the first suggestion can be applied with one click
    bool operator==(const Finding&) const = default;
};

// JSON names: "info", "avertissement", "erreur".
inline const char* severity_name(Severity severity) {
    switch (severity) {
        case Severity::info: return "info";
        case Severity::warning: return "avertissement";
        case Severity::error: return "erreur";
    }
    return "info";
}

}  // namespace parvis::check
