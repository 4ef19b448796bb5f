// The Mastodon archive's outbox.json (Préférences › Import et export › Demander une archive): an
// ActivityPub OrderedCollection of the account's activities. Each public "Create" of a "Note" is
// a publication; boosts ("Announce"), replies and direct messages are skipped with their reason.
// The archive holds counts only when the server put them in (likes / shares collections with
// totalItems); otherwise the figures stay missing, never 0. Mastodon gives no reach/impressions.
#include <nlohmann/json.hpp>

#include "kpi/import_csv.h"
#include "text/html.h"

namespace parvis::kpi::detail {
namespace {

using Json = nlohmann::json;

constexpr std::string_view kPublic = "https://www.w3.org/ns/activitystreams#Public";

bool addressed_to_public(const Json& activity, const Json& object) {
    for (const Json* holder : {&activity, &object}) {
        for (const char* key : {"to", "cc"}) {
            const auto it = holder->find(key);
            if (it == holder->end()) continue;
            if (it->is_string() && it->get_ref<const std::string&>() == kPublic) return true;
            if (it->is_array())
                for (const Json& v : *it)
                    if (v.is_string() && (v.get_ref<const std::string&>() == kPublic ||
                                          v.get_ref<const std::string&>().ends_with("/followers")))
                        return true;
            if (it->is_string() && it->get_ref<const std::string&>().ends_with("/followers")) return true;
        }
    }
    return false;
}

Count total_items(const Json& object, const char* key) {
    const auto it = object.find(key);
    if (it == object.end() || !it->is_object()) return std::nullopt;
    const auto n = it->find("totalItems");
    // Unsigned first: a count above 2^63 read as int64 would wrap. Above kMaxCount, damage: no figure.
    if (n == it->end() || !n->is_number_unsigned() || n->get<std::uint64_t>() > std::uint64_t(kMaxCount)) return std::nullopt;
    return static_cast<std::int64_t>(n->get<std::uint64_t>());
}

std::string string_at(const Json& j, const char* key) {
    const auto it = j.find(key);
    return it != j.end() && it->is_string() ? it->get<std::string>() : std::string();
}

}  // namespace

Result<ImportResult> import_mastodon(const Workspace& ws, std::string_view content, const ImportOptions& options) {
    ImportResult result;
    result.workspace = ws;
    ImportReport& report = result.report;
    report.source = ImportSource::mastodon;
    report.network = "mastodon";
    const Json doc = Json::parse(content.begin(), content.end(), nullptr, false);
    if (doc.is_discarded() || !doc.is_object()) return import_error("import_format", "outbox.json");
    const auto items = doc.find("orderedItems");
    if (string_at(doc, "type") != "OrderedCollection" || items == doc.end() || !items->is_array())
        return import_error("import_format", string_at(doc, "type"));
    report.account_id = pick_account(ws, options.account_id, {Network::mastodon});
    if (report.account_id.empty()) return import_error("import_no_account", report.network);

    std::vector<ImportedRow> rows;
    int index = 0;
    for (const Json& activity : *items) {
        const int at = index++;
        ++report.rows_read;
        if (!activity.is_object()) {
            report.skipped.push_back({0, at, "not_a_post", ""});
            continue;
        }
        const std::string type = string_at(activity, "type");
        if (type == "Announce") {
            report.skipped.push_back({0, at, "boost", string_at(activity, "object")});
            continue;
        }
        const auto object = activity.find("object");
        if (type != "Create" || object == activity.end() || !object->is_object() || string_at(*object, "type") != "Note") {
            report.skipped.push_back({0, at, "not_a_post", type});
            continue;
        }
        const auto reply = object->find("inReplyTo");
        if (reply != object->end() && !reply->is_null()) {
            report.skipped.push_back({0, at, "reply", string_at(*object, "url")});
            continue;
        }
        if (!addressed_to_public(activity, *object)) {
            report.skipped.push_back({0, at, "direct_message", string_at(*object, "url")});
            continue;
        }
        std::string published = string_at(*object, "published");
        if (published.empty()) published = string_at(activity, "published");
        const auto when = parse_export_time(published, false, "UTC");
        if (!when) {
            report.skipped.push_back({0, at, published.empty() ? "no_date" : "bad_date", published});
            continue;
        }
        ImportedRow row;
        row.index = at;
        row.external_id = string_at(*object, "id");
        row.permalink = string_at(*object, "url");
        row.text = html::text_of(string_at(*object, "content"));
        row.published_at = *when;
        row.reactions = total_items(*object, "likes");
        row.shares = total_items(*object, "shares");
        row.comments = total_items(*object, "replies");
        int images = 0;
        bool video = false;
        if (const auto media = object->find("attachment"); media != object->end() && media->is_array()) {
            for (const Json& m : *media) {
                const std::string kind = m.is_object() ? string_at(m, "mediaType") : "";
                if (kind.rfind("video/", 0) == 0) video = true;
                if (kind.rfind("image/", 0) == 0) ++images;
            }
        }
        if (video) row.format = PostFormat::video;
        else if (images > 1) row.format = PostFormat::carousel;
        else if (images == 1) row.format = PostFormat::photo;
        rows.push_back(std::move(row));
    }
    apply_rows(result.workspace, report.account_id, rows, options.today, report);
    return result;
}

}  // namespace parvis::kpi::detail
