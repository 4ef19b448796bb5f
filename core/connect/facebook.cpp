#include "connect/facebook.h"

#include "connect/json_fields.h"
#include "io/time_text.h"

namespace parvis::connect::facebook {

namespace {

std::string node(std::string_view id) { return std::string(kGraph) + "/" + percent_encode(id); }

std::string unix_seconds(Instant at) { return std::to_string(at.time_since_epoch().count()); }

std::int64_t summary_total(const nlohmann::json& j, const char* name) {
    const nlohmann::json* edge = field(j, name);
    const nlohmann::json* summary = edge ? field(*edge, "summary") : nullptr;
    return summary ? count_field(*summary, "total_count") : 0;
}

}  // namespace

bool schedulable(Instant at, Instant now) { return at - now >= kMinScheduleAhead && at - now <= kMaxScheduleAhead; }

HttpRequest feed_request(std::string_view token, const FeedOptions& o) {
    HttpRequest r;
    r.method = "POST";
    r.url = node(o.page_id) + "/feed";
    add_bearer(r, token);
    Fields fields{{"message", o.message}};
    if (!o.link.empty()) fields.push_back({"link", o.link});
    if (o.scheduled_at) {
        fields.push_back({"published", "false"});
        fields.push_back({"scheduled_publish_time", unix_seconds(*o.scheduled_at)});
    }
    set_form_body(r, fields);
    return r;
}

HttpRequest reschedule_request(std::string_view token, std::string_view post_id, Instant at) {
    HttpRequest r;
    r.method = "POST";
    r.url = node(post_id);
    add_bearer(r, token);
    set_form_body(r, {{"scheduled_publish_time", unix_seconds(at)}});
    return r;
}

HttpRequest delete_request(std::string_view token, std::string_view post_id) {
    HttpRequest r;
    r.method = "DELETE";
    r.url = node(post_id);
    add_bearer(r, token);
    return r;
}

std::optional<std::string> read_post_id(const HttpResponse& response) {
    const auto j = ok_object(response);
    if (!j) return std::nullopt;
    std::string id = text_field(*j, "id");
    if (id.empty()) return std::nullopt;
    return id;
}

std::string permalink(std::string_view post_id) { return "https://www.facebook.com/" + std::string(post_id); }

HttpRequest comments_request(std::string_view token, std::string_view post_id) {
    HttpRequest r;
    r.url = node(post_id) + "/comments?" + form_encode({{"fields", "id,message,from,created_time"}, {"limit", "100"}});
    add_bearer(r, token);
    return r;
}

std::optional<std::vector<Comment>> read_comments(const HttpResponse& response) {
    const auto j = ok_object(response);
    if (!j) return std::nullopt;
    const nlohmann::json* data = field(*j, "data");
    if (!data || !data->is_array()) return std::nullopt;
    std::vector<Comment> out;
    for (const nlohmann::json& c : *data) {
        if (out.size() >= kMaxComments) break;
        Comment m;
        m.id = text_field(c, "id");
        m.text = text_field(c, "message");
        if (const nlohmann::json* from = field(c, "from")) m.author = text_field(*from, "name");
        const auto at = platform_instant(text_field(c, "created_time"));
        if (m.id.empty() || !at) continue;
        m.at = *at;
        out.push_back(std::move(m));
    }
    return out;
}

HttpRequest counts_request(std::string_view token, std::string_view post_id) {
    HttpRequest r;
    r.url = node(post_id) + "?" +
            form_encode({{"fields", "reactions.summary(total_count).limit(0),comments.summary(total_count).limit(0),shares"}});
    add_bearer(r, token);
    return r;
}

std::optional<PostCounts> read_counts(const HttpResponse& response) {
    const auto j = ok_object(response);
    if (!j) return std::nullopt;
    PostCounts c;
    c.reactions = summary_total(*j, "reactions");
    c.comments = summary_total(*j, "comments");
    if (const nlohmann::json* shares = field(*j, "shares")) c.shares = count_field(*shares, "count");
    return c;
}

}  // namespace parvis::connect::facebook
