// Checks of the editorial charter: combinations that cannot work together, each reported with the
// JSON pointer of the offending value in the workspace file and a French sentence that says what
// to change. The file reader already refuses wrong types; this looks at meaning: shares of the mix
// that do not make 100 %, a rhythm whose minimum exceeds its maximum, an office that closes
// before it opens, a validation circuit through a role nobody holds, « no emoji » with an emoji in
// the signature…
#pragma once
#include <string>
#include <vector>

#include "check/finding.h"
#include "i18n/catalogue.h"
#include "model/workspace.h"

namespace parvis::strategy {

struct CharterIssue {
    std::string code;      // stable id: "shares_sum", "rhythm_min_above_max"…
    check::Severity severity = check::Severity::error;
    std::string pointer;   // "/charter/rhythm/2/min_per_week"
    std::string message;   // one sentence, in the language asked
    bool operator==(const CharterIssue&) const = default;
};

std::vector<CharterIssue> validate_charter(const Workspace& ws, Lang lang = Lang::fr);

// True when no issue is an error (warnings and remarks do not make a charter invalid).
bool charter_is_valid(const std::vector<CharterIssue>& issues);

}  // namespace parvis::strategy
