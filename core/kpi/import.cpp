#include "kpi/import.h"

#include <map>

#include "io/workspace_json.h"
#include "kpi/import_csv.h"

namespace parvis::kpi {

const char* import_source_name(ImportSource s) {
    switch (s) {
        case ImportSource::meta: return "meta";
        case ImportSource::x: return "x";
        case ImportSource::linkedin: return "linkedin";
        case ImportSource::mastodon: return "mastodon";
    }
    return "meta";
}

std::optional<ImportSource> import_source_from_name(std::string_view name) {
    for (ImportSource s : {ImportSource::meta, ImportSource::x, ImportSource::linkedin, ImportSource::mastodon})
        if (name == import_source_name(s)) return s;
    return std::nullopt;
}

const std::vector<std::string>& import_field_ids() {
    using detail::Field;
    static const std::vector<std::string> ids = [] {
        std::vector<std::string> out;
        for (Field f : {Field::time, Field::id, Field::permalink, Field::text, Field::type, Field::impressions,
                        Field::reach, Field::reactions, Field::comments, Field::shares, Field::clicks, Field::saves,
                        Field::video_views, Field::ignored})
            out.emplace_back(detail::field_id(f));
        return out;
    }();
    return ids;
}

Result<ImportResult> import_export(const Workspace& ws, ImportSource source, std::string_view content,
                                   const ImportOptions& options) {
    Result<ImportResult> result = [&]() -> Result<ImportResult> {
        switch (source) {
            case ImportSource::meta: return detail::import_meta(ws, content, options);
            case ImportSource::x: return detail::import_x(ws, content, options);
            case ImportSource::linkedin: return detail::import_linkedin(ws, content, options);
            case ImportSource::mastodon: return detail::import_mastodon(ws, content, options);
        }
        return detail::import_error("import_format");
    }();
    if (!result) return result;
    // A JSON export has no columns: every mapping is reported as doing nothing.
    if (source == ImportSource::mastodon)
        for (const ColumnMapping& m : options.columns)
            result->report.unused_mappings.push_back(
                {m, detail::field_from_id(m.field) ? "mapping_no_column" : "mapping_unknown_field"});
    // The result must be a valid workspace; if not, nothing is kept (the caller still has `ws`).
    if (Error e = check_invariants(result->workspace)) return e;
    return result;
}

std::vector<LineChange> metrics_changes(const Workspace& before, const Workspace& after) {
    std::map<std::pair<std::string_view, std::string_view>, const PostMetrics*> old_lines;
    for (const PostMetrics& m : before.metrics.posts) old_lines[{m.post_id, m.account_id}] = &m;
    std::vector<LineChange> out;
    out.reserve(after.metrics.posts.size());
    for (const PostMetrics& line : after.metrics.posts) {
        const auto it = old_lines.find({line.post_id, line.account_id});
        if (it == old_lines.end()) {
            out.push_back(LineChange::added);
            continue;
        }
        PostMetrics old = *it->second;
        old.day = line.day;
        out.push_back(old == line ? LineChange::unchanged : LineChange::changed);
    }
    return out;
}

}  // namespace parvis::kpi
