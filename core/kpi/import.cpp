#include "kpi/import.h"

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
    // The result must be a valid workspace; if not, nothing is kept (the caller still has `ws`).
    if (Error e = check_invariants(result->workspace)) return e;
    return result;
}

}  // namespace parvis::kpi
