// The moderation log as it leaves Parvis (issue 12), for a legal request (a citizen's, the
// prefecture's, a court's) or an archive:
//   - CSV: French Excel's (core/interop/csv.h: ';', UTF-8 with a byte-order mark, CRLF,
//     RFC 4180 quoting, formula cells neutralised), one row per entry, oldest first;
//   - HTML: one standalone page (no script, no outside file) with the title, the collectivité's
//     name, the date of the export and the table, every value escaped (core/text/html.h).
// Each row gives the decision (date, person, category, the charter's rule as cited then, action,
// comment) and the evidence (the message's text, author, network, account, channel, link,
// reception date) as it was when decided: the log keeps it even after the message is deleted.
// Dates are shown in the collectivité's time zone, with the UTC instant (ISO 8601) beside them.
#pragma once
#include <string>
#include <vector>

#include "i18n/catalogue.h"
#include "model/workspace.h"

namespace parvis::inbox {

// The header row, then one row per entry.
std::vector<std::vector<std::string>> moderation_log_rows(const Workspace& ws, Lang lang = Lang::fr);

std::string moderation_log_csv(const Workspace& ws, Lang lang = Lang::fr);

// `exported_at`: the date written on the page (now, for the app and the CLI).
std::string moderation_log_html(const Workspace& ws, Instant exported_at, Lang lang = Lang::fr);

}  // namespace parvis::inbox
