// Figures typed by hand, for the small accounts that have no export to import (issue 7): one
// account snapshot (followers of a day, optionally impressions and reach) or the figures of one
// published post. The « Saisie manuelle » form of the Indicateurs screen only calls these: the
// text of each field is checked here, then the checked line is merged into the workspace.
//
// Rules:
// - An empty field is a missing figure, never 0 (core/kpi/kpi.h leaves missing figures out).
// - A figure is a whole number ≥ 0, with spaces as thousands separators allowed (« 1 234 », also
//   the no-break and narrow no-break spaces French formatting uses).
// - A date is written jj/mm/aaaa (jj/mm/aa and aaaa-mm-jj are read too) and is not after today.
// - A second snapshot for the same account and day, or second figures of the same post entered
//   the same day, is a duplicate: nothing changes unless the caller asks to replace.
// Errors are codes (tests check codes); the UI shows « kpis.manual.error.<code> ».
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "model/workspace.h"

namespace parvis::kpi {

enum class ManualError {
    none,
    unknown_account,    // the account is not one of the workspace's
    bad_date,           // not a calendar date
    future_date,        // after today
    bad_number,         // not a whole number (letters, decimals, too large)
    negative,           // below zero
    missing_followers,  // a snapshot needs its followers
    unknown_post,       // not a published post of that account
    no_figure,          // post figures with every field empty
    duplicate,          // the line exists: ask before replacing
};

// The catalogue key suffix of an error: "bad_date" → « kpis.manual.error.bad_date ».
const char* manual_error_name(ManualError error);

// One typed figure: `value` is empty for an empty field.
struct ParsedCount {
    ManualError error = ManualError::none;  // none, bad_number or negative
    Count value;
};
ParsedCount parse_count(std::string_view text);

// The form's fields as typed.
struct SnapshotEntry {
    std::string account_id;
    std::string date;
    std::string followers;
    std::string impressions;
    std::string reach;
};

struct PostFiguresEntry {
    std::string account_id;
    std::string post_id;
    std::string impressions, reach, reactions, comments, shares, saves, clicks, video_views;
};

// What the check found. `field` names the field at fault ("account", "date", "followers",
// "post", "reach"…; "" for the whole entry). A duplicate still carries the checked line and the
// position of the line it would replace.
struct SnapshotCheck {
    ManualError error = ManualError::none;
    std::string field;
    AccountSnapshot snapshot;
    int existing = -1;  // index in ws.metrics.snapshots of the same account and day
};

struct PostFiguresCheck {
    ManualError error = ManualError::none;
    std::string field;
    PostMetrics metrics;  // day: `today`, the day the figures were read
    int existing = -1;    // index in ws.metrics.posts of the same post, account and day
};

SnapshotCheck check_snapshot(const Workspace& ws, const SnapshotEntry& entry, Day today);
PostFiguresCheck check_post_figures(const Workspace& ws, const PostFiguresEntry& entry, Day today);

// Merge a checked line: appended when new; a duplicate replaces the existing line only with
// `replace` (any further line of the same key is removed, so the new figures are the only ones).
// Returns false, leaving the workspace unchanged, for an entry with an error other than
// `duplicate`, or a duplicate without `replace`.
bool apply_snapshot(Workspace& ws, const SnapshotCheck& check, bool replace);
bool apply_post_figures(Workspace& ws, const PostFiguresCheck& check, bool replace);

// The posts an account's figures can be entered for: published on that account, newest first.
std::vector<const Post*> published_posts_of(const Workspace& ws, std::string_view account_id);

}  // namespace parvis::kpi
