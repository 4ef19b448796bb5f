// What the import readers share: one publication's figures read from an export (ImportedRow),
// the merge into the workspace (matching, idempotence), and the parsing of the exports' numbers,
// dates and headers. Internal to core/kpi/import_*.cpp.
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "kpi/import.h"

namespace parvis::kpi::detail {

struct ImportedRow {
    int line = 0;
    int index = -1;
    std::string external_id;  // the platform's id of the post
    std::string permalink;
    std::string text;
    Instant published_at{};
    std::optional<PostFormat> format;
    Count impressions, reach, reactions, comments, shares, clicks, saves, video_views;
};

// The merge: each row matched to a publication of `account_id` (platform id, then permalink,
// then local day + text), its figures written on the (post, account) metrics line. Counts in
// `report`.
void apply_rows(Workspace& ws, const std::string& account_id, const std::vector<ImportedRow>& rows, Day today,
                ImportReport& report);

// The account the figures go to: `wanted` if given (it must exist and be of one of `networks`),
// else the first active account of the first network of `networks`. "" when there is none.
std::string pick_account(const Workspace& ws, const std::string& wanted, std::initializer_list<Network> networks);

// A count as the exports write it: "1 234", "1 234", "1,234" (English), "12,0" (French
// decimal comma, rounded), "" / "-" / "--" / "n/a" → missing. `decimal_comma`: French export.
// Sets `bad` when the text is not a number at all, and also `too_large` (when given) when it is
// a number above kMaxCount (INT64_MIN came out of 2^63 before).
Count parse_count(std::string_view text, bool decimal_comma, bool& bad, bool* too_large = nullptr);

// An instant as the exports write it, in the collectivité's zone when no offset is given:
// 2026-03-12T10:00:00+0100, 2026-03-12T09:00:00Z, 2026-03-12 10:00[:00] [+0000],
// 12/03/2026 10:00 (day first, French) or 03/12/2026 10:00 (month first, English), with an
// optional AM/PM; a date alone is read as noon.
std::optional<Instant> parse_export_time(std::string_view text, bool day_first, std::string_view zone);

// A header name folded for matching: lower case ASCII, accents of French letters removed, curly
// apostrophes straightened, spaces trimmed.
std::string fold_header(std::string_view header);

// Post type words of the exports (« Photos », "IG carousel", « Vidéos »…) to a format.
std::optional<PostFormat> format_from_type(std::string_view type);

Error import_error(const char* reason, std::string found = {});

}  // namespace parvis::kpi::detail
