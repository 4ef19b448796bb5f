#include "io/migrations.h"

#include <string>

#include "io/workspace_json.h"

namespace parvis::io {
namespace {

Error wrong_type_at(const Json& value, const char* expected, std::string pointer) {
    return make_error(ErrorCode::wrong_type,
                      std::string("expected ") + expected + ", found " + json_type_name(value),
                      std::move(pointer),
                      {{"expected_type", expected}, {"found_type", json_type_name(value)}});
}

// Schema 1, the pre-release draft: a post had one "text" and a list "networks" of account ids,
// every account publishing the same text; the profile said "timezone"; there was no audit log.
Error migrate_1_to_2(Json& doc) {
    if (auto profile = doc.find("profile"); profile != doc.end() && profile->is_object()) {
        if (auto old = profile->find("timezone"); old != profile->end()) {
            // A file that somehow has both keeps the new one: it was written later.
            if (!profile->contains("time_zone")) (*profile)["time_zone"] = *old;
            profile->erase("timezone");
        }
    }

    if (auto posts = doc.find("posts"); posts != doc.end() && posts->is_array()) {
        for (std::size_t i = 0; i < posts->size(); ++i) {
            Json& post = (*posts)[i];
            if (!post.is_object()) continue;  // the field reader reports it with its pointer
            const std::string at = "/posts/" + std::to_string(i);

            Json text = "";
            if (auto t = post.find("text"); t != post.end() && !t->is_null()) {
                if (!t->is_string()) return wrong_type_at(*t, "string", at + "/text");
                text = *t;
            }
            Json variants = Json::array();
            if (auto networks = post.find("networks"); networks != post.end() && !networks->is_null()) {
                if (!networks->is_array()) return wrong_type_at(*networks, "array", at + "/networks");
                for (std::size_t k = 0; k < networks->size(); ++k) {
                    const Json& account = (*networks)[k];
                    if (!account.is_string()) {
                        return wrong_type_at(account, "string", at + "/networks/" + std::to_string(k));
                    }
                    variants.push_back(Json{{"account_id", account}, {"text", text}});
                }
            }
            // A draft text not yet meant for any network is kept on a variant bound to no account
            // ("" means none), so that the migration never loses what the user wrote.
            if (variants.empty() && !text.get_ref<const Json::string_t&>().empty()) {
                variants.push_back(Json{{"account_id", ""}, {"text", text}});
            }
            post.erase("text");
            post.erase("networks");
            if (!post.contains("variants")) post["variants"] = std::move(variants);
        }
    }

    if (!doc.contains("audit")) doc["audit"] = Json::array();
    return {};
}

// Schema 2 → 3: the audit log speaks in codes (core/edit/audit_log.h) and keeps the person's own
// words apart, in "comment". An approval kept its comment in "detail": move it. Other entries of
// schema 2 keep their French "detail" as written (history is not rewritten; it is shown as is).
Error migrate_2_to_3(Json& doc) {
    auto audit = doc.find("audit");
    if (audit == doc.end() || !audit->is_array()) return {};  // the field reader reports a bad type
    for (Json& entry : *audit) {
        if (!entry.is_object()) continue;
        const auto action = entry.find("action");
        const auto detail = entry.find("detail");
        if (action == entry.end() || *action != "post.approve" || detail == entry.end() || entry.contains("comment")) continue;
        entry["comment"] = std::move(*detail);
        entry.erase("detail");
    }
    return {};
}

constexpr MigrationStep kSteps[] = {
    {1, migrate_1_to_2, "post text + networks → variants; profile.timezone → time_zone; audit"},
    {2, migrate_2_to_3, "audit: an approval's comment moves from detail to comment"},
};

static_assert(sizeof(kSteps) / sizeof(kSteps[0]) == kSchemaVersion - kOldestSchemaVersion,
              "every version step needs its migration");

}  // namespace

std::span<const MigrationStep> migration_steps() { return kSteps; }

Error migrate_document(Json& doc, int from) {
    for (const MigrationStep& step : kSteps) {
        if (step.from < from) continue;
        if (Error e = step.apply(doc)) return e;
        doc["schema_version"] = step.from + 1;
    }
    return {};
}

}  // namespace parvis::io
