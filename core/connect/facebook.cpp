#include "connect/facebook.h"

#include "connect/json_fields.h"
#include "io/time_text.h"

namespace parvis::connect::facebook {

namespace {

std::string node(std::string_view base, std::string_view id) {
    return graph_base(base) + "/" + percent_encode(id);
}

std::string unix_seconds(Instant at) { return std::to_string(at.time_since_epoch().count()); }

// A feed post's i-th photo: attached_media[i]={"media_fbid":"ID"}.
std::string attached(std::size_t i) { return "attached_media[" + std::to_string(i) + "]"; }
std::string media_fbid(const std::string& id) { return nlohmann::json{{"media_fbid", id}}.dump(); }

std::int64_t summary_total(const nlohmann::json& j, const char* name) {
    const nlohmann::json* edge = field(j, name);
    const nlohmann::json* summary = edge ? field(*edge, "summary") : nullptr;
    return summary ? count_field(*summary, "total_count") : 0;
}

HttpRequest get(std::string_view url, std::string_view token) {
    HttpRequest r;
    r.url = std::string(url);
    add_bearer(r, token);
    return r;
}

int int_field(const nlohmann::json& j, const char* name) {
    const nlohmann::json* f = field(j, name);
    if (!f || !f->is_number_integer()) return 0;
    const std::int64_t v = f->get<std::int64_t>();
    return v < 0 || v > 1'000'000'000 ? 0 : static_cast<int>(v);
}

// scheduled_publish_time: Unix seconds, as a number (Graph) or a string of digits.
std::optional<Instant> unix_field(const nlohmann::json& j, const char* name) {
    const nlohmann::json* f = field(j, name);
    if (!f) return std::nullopt;
    std::int64_t v = -1;
    if (f->is_number_integer()) v = f->get<std::int64_t>();
    else if (f->is_string() && !f->get<std::string>().empty() && f->get<std::string>().size() < 12 &&
             f->get<std::string>().find_first_not_of("0123456789") == std::string::npos)
        v = std::stoll(f->get<std::string>());
    if (v < 0 || v > 32'503'680'000) return std::nullopt;  // before 1970 or after 3000: damage
    return Instant(std::chrono::seconds(v));
}

}  // namespace

std::string graph_base(std::string_view setting) {
    while (!setting.empty() && (setting.back() == '/' || setting.back() == ' ')) setting.remove_suffix(1);
    while (!setting.empty() && setting.front() == ' ') setting.remove_prefix(1);
    return setting.empty() ? std::string(kGraph) : std::string(setting);
}

bool schedulable(Instant at, Instant now) { return at - now >= kMinScheduleAhead && at - now <= kMaxScheduleAhead; }

std::optional<GraphError> read_error(const HttpResponse& response) {
    const auto j = parse_json(response.body);
    if (!j || !j->is_object()) return std::nullopt;
    const nlohmann::json* e = field(*j, "error");
    if (!e || !e->is_object()) return std::nullopt;
    GraphError out;
    out.message = text_field(*e, "message");
    out.type = text_field(*e, "type");
    out.fbtrace_id = text_field(*e, "fbtrace_id");
    out.code = int_field(*e, "code");
    out.subcode = int_field(*e, "error_subcode");
    return out;
}

HttpRequest page_request(std::string_view base, std::string_view token, std::string_view page_id) {
    return get(node(base, page_id.empty() ? "me" : page_id) + "?" + form_encode({{"fields", "id,name"}}), token);
}

std::optional<Page> read_page(const HttpResponse& response) {
    const auto j = ok_object(response);
    if (!j) return std::nullopt;
    Page p{text_field(*j, "id"), text_field(*j, "name")};
    if (p.id.empty() || p.id.size() > 64) return std::nullopt;
    return p;
}

HttpRequest feed_request(std::string_view token, const FeedOptions& o) {
    HttpRequest r;
    r.method = "POST";
    r.url = node(o.base, o.page_id) + "/feed";
    add_bearer(r, token);
    Fields fields{{"message", o.message}};
    if (!o.link.empty()) fields.push_back({"link", o.link});
    if (o.scheduled_at) {
        fields.push_back({"published", "false"});
        fields.push_back({"scheduled_publish_time", unix_seconds(*o.scheduled_at)});
    }
    for (std::size_t i = 0; i < o.photo_ids.size(); ++i) fields.push_back({attached(i), media_fbid(o.photo_ids[i])});
    set_form_body(r, fields);
    return r;
}

HttpRequest with_photos(HttpRequest feed, const std::vector<std::string>& photo_ids) {
    Fields fields;
    for (auto& f : form_decode(feed.body))
        if (f.first.rfind("attached_media[", 0) != 0) fields.push_back(std::move(f));
    for (std::size_t i = 0; i < photo_ids.size(); ++i) fields.push_back({attached(i), media_fbid(photo_ids[i])});
    feed.body = form_encode(fields);
    return feed;
}

HttpRequest photo_request(std::string_view base, std::string_view token, std::string_view page_id, const MultipartFile& file,
                          std::string_view alt_text, bool scheduled) {
    HttpRequest r;
    r.method = "POST";
    r.url = node(base, page_id) + "/photos";
    r.timeout_ms = 120'000;  // an upload takes longer than a post
    add_bearer(r, token);
    Fields fields{{"published", "false"}};
    if (scheduled) fields.push_back({"temporary", "true"});
    if (!alt_text.empty()) fields.push_back({"alt_text_custom", std::string(alt_text)});
    set_multipart_body(r, {"source", file.file_name, file.content_type, file.bytes}, fields);
    return r;
}

HttpRequest reschedule_request(std::string_view base, std::string_view token, std::string_view post_id, Instant at) {
    HttpRequest r;
    r.method = "POST";
    r.url = node(base, post_id);
    add_bearer(r, token);
    set_form_body(r, {{"scheduled_publish_time", unix_seconds(at)}});
    return r;
}

HttpRequest delete_request(std::string_view base, std::string_view token, std::string_view post_id) {
    HttpRequest r;
    r.method = "DELETE";
    r.url = node(base, post_id);
    add_bearer(r, token);
    return r;
}

bool read_success(const HttpResponse& response) {
    const auto j = ok_object(response);
    const nlohmann::json* s = j ? field(*j, "success") : nullptr;
    return s && s->is_boolean() && s->get<bool>();
}

std::optional<std::string> read_post_id(const HttpResponse& response) {
    const auto j = ok_object(response);
    if (!j) return std::nullopt;
    std::string id = text_field(*j, "id");
    if (id.empty() || id.size() > 128) return std::nullopt;
    return id;
}

std::string permalink(std::string_view post_id) { return "https://www.facebook.com/" + std::string(post_id); }

HttpRequest recent_posts_request(std::string_view base, std::string_view token, std::string_view page_id, bool scheduled) {
    const std::string fields = scheduled ? "id,message,scheduled_publish_time" : "id,message,created_time";
    return get(node(base, page_id) + (scheduled ? "/scheduled_posts?" : "/feed?") +
                   form_encode({{"fields", fields}, {"limit", std::to_string(kMaxRecentPosts)}}),
               token);
}

std::optional<std::vector<HeldPost>> read_posts(const HttpResponse& response) {
    const auto j = ok_object(response);
    if (!j) return std::nullopt;
    const nlohmann::json* data = field(*j, "data");
    if (!data || !data->is_array()) return std::nullopt;
    std::vector<HeldPost> out;
    for (const nlohmann::json& p : *data) {
        if (out.size() >= kMaxRecentPosts) break;
        HeldPost h;
        h.id = text_field(p, "id");
        if (h.id.empty()) continue;
        h.message = text_field(p, "message");
        h.created_at = platform_instant(text_field(p, "created_time"));
        h.scheduled_at = unix_field(p, "scheduled_publish_time");
        out.push_back(std::move(h));
    }
    return out;
}

std::optional<std::string> find_sent(const std::vector<HeldPost>& posts, std::string_view message, Instant sent_at,
                                     std::optional<Instant> scheduled_at) {
    for (const HeldPost& p : posts) {
        if (p.message != message) continue;
        if (scheduled_at) {
            if (p.scheduled_at == scheduled_at) return p.id;
        } else if (p.created_at && *p.created_at >= sent_at - std::chrono::minutes(1)) {
            return p.id;
        }
    }
    return std::nullopt;
}

HttpRequest comments_request(std::string_view base, std::string_view token, std::string_view post_id) {
    return get(node(base, post_id) + "/comments?" +
                   form_encode({{"fields", "id,message,from,created_time"}, {"limit", std::to_string(kMaxComments)}}),
               token);
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

HttpRequest counts_request(std::string_view base, std::string_view token, std::string_view post_id) {
    return get(node(base, post_id) + "?" +
                   form_encode({{"fields", "reactions.summary(total_count).limit(0),comments.summary(total_count).limit(0),shares"}}),
               token);
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

HttpRequest insights_request(std::string_view base, std::string_view token, std::string_view post_id, bool reach_only) {
    return get(node(base, post_id) + "/insights?" +
                   form_encode({{"metric", reach_only ? "post_total_media_view_unique" : "post_media_view,post_total_media_view_unique"},
                                {"period", "lifetime"}}),
               token);
}

// {"data":[{"name":"post_media_view","period":"lifetime","values":[{"value":340}]}, …]}: the
// last value of each metric named; others (a metric Parvis did not ask for) are ignored.
std::optional<PostInsights> read_insights(const HttpResponse& response) {
    const auto j = ok_object(response);
    if (!j) return std::nullopt;
    const nlohmann::json* data = field(*j, "data");
    if (!data || !data->is_array()) return std::nullopt;
    PostInsights out;
    for (const nlohmann::json& metric : *data) {
        const std::string name = text_field(metric, "name");
        Count* target = name == "post_media_view" ? &out.views : name == "post_total_media_view_unique" ? &out.reach : nullptr;
        const nlohmann::json* values = field(metric, "values");
        if (!target || !values || !values->is_array() || values->empty()) continue;
        const nlohmann::json* value = field(values->back(), "value");
        if (value && value->is_number()) *target = count_field(values->back(), "value");
    }
    return out;
}

bool unknown_metric(const HttpResponse& response) {
    const auto e = read_error(response);
    return response.status == 400 && e && e->code == 100;
}

HttpRequest reply_request(std::string_view base, std::string_view token, std::string_view comment_id, std::string_view message) {
    HttpRequest r;
    r.method = "POST";
    r.url = node(base, comment_id) + "/comments";
    add_bearer(r, token);
    set_form_body(r, {{"message", std::string(message)}});
    return r;
}

}  // namespace parvis::connect::facebook
