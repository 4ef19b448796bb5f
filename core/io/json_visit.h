// The JSON field list of every model type, written once and used by both directions: the reader
// (json_read.cpp) and the writer (json_write.cpp) are visitors with two members,
//   v.required("name", value)  the field must be present (missing_field otherwise)
//   v.optional("name", value)  absent or null keeps the model's default
// Each visit_fields accepts the struct const or not, so the writer needs no const_cast.
// Field names are snake_case English and part of the file format: renaming one needs a migration.
//
// Index
// [SECTION] Profile and accounts
// [SECTION] Strategy
// [SECTION] Calendar
// [SECTION] Metrics, inbox, services, audit
// [SECTION] Workspace
#pragma once
#include <concepts>
#include <type_traits>

#include "model/workspace.h"

namespace parvis::io {

template <class T, class Model>
concept Is = std::same_as<std::remove_const_t<T>, Model>;

//-----------------------------------------------------------------------------
// [SECTION] Profile and accounts
//-----------------------------------------------------------------------------

template <class V, Is<Profile> T>
void visit_fields(V& v, T& x) {
    v.required("name", x.name);
    v.optional("kind", x.kind);
    v.optional("population", x.population);
    v.optional("insee_code", x.insee_code);
    v.optional("time_zone", x.time_zone);
    v.optional("territory", x.territory);
}

template <class V, Is<NetworkAccount> T>
void visit_fields(V& v, T& x) {
    v.required("id", x.id);
    v.required("network", x.network);
    v.optional("handle", x.handle);
    v.optional("url", x.url);
    v.optional("instance", x.instance);
    v.optional("active", x.active);
    v.optional("opened_on", x.opened_on);
    v.optional("messages_cursor", x.messages_cursor);
}

//-----------------------------------------------------------------------------
// [SECTION] Strategy
//-----------------------------------------------------------------------------

template <class V, Is<Target> T>
void visit_fields(V& v, T& x) {
    v.required("kpi", x.kpi);
    v.optional("comparison", x.comparison);
    v.optional("value", x.value);
    v.optional("unit", x.unit);
    v.optional("network_id", x.network_id);
}

template <class V, Is<Objective> T>
void visit_fields(V& v, T& x) {
    v.required("id", x.id);
    v.required("title", x.title);
    v.optional("description", x.description);
    v.optional("targets", x.targets);
    v.optional("horizon", x.horizon);
    v.optional("kind", x.kind);
}

template <class V, Is<MessageType> T>
void visit_fields(V& v, T& x) {
    v.required("id", x.id);
    v.required("name", x.name);
    v.optional("target_share", x.target_share);
    v.optional("validation_circuit", x.validation_circuit);
}

template <class V, Is<WordRule> T>
void visit_fields(V& v, T& x) {
    v.required("word", x.word);
    v.optional("replacement", x.replacement);
    v.optional("reason", x.reason);
}

template <class V, Is<RhythmRule> T>
void visit_fields(V& v, T& x) {
    v.required("account_id", x.account_id);
    v.optional("min_per_week", x.min_per_week);
    v.optional("max_per_week", x.max_per_week);
    v.optional("max_per_day", x.max_per_day);
}

template <class V, Is<BusinessHours> T>
void visit_fields(V& v, T& x) {
    v.optional("weekdays", x.weekdays);
    v.optional("opens", x.opens);
    v.optional("closes", x.closes);
    v.optional("response_time_hours", x.response_time_hours);
}

template <class V, Is<ModerationRule> T>
void visit_fields(V& v, T& x) {
    v.required("category", x.category);
    v.optional("actions", x.actions);
}

template <class V, Is<ModerationCharter> T>
void visit_fields(V& v, T& x) {
    v.optional("rules", x.rules);
    v.optional("moderation_after_publication", x.moderation_after_publication);
    v.optional("public_text", x.public_text);
    v.optional("alert_person_id", x.alert_person_id);
}

template <class V, Is<Charter> T>
void visit_fields(V& v, T& x) {
    v.optional("message_types", x.message_types);
    v.optional("audiences", x.audiences);
    v.optional("register", x.register_);
    v.optional("humour", x.humour);
    v.optional("emoji", x.emoji);
    v.optional("exclamation", x.exclamation);
    v.optional("inclusive_writing", x.inclusive);
    v.optional("forbidden_words", x.forbidden_words);
    v.optional("preferred_words", x.preferred_words);
    v.optional("signature", x.signature);
    v.optional("max_hashtags", x.max_hashtags);
    v.optional("camel_case_hashtags", x.camel_case_hashtags);
    v.optional("rhythm", x.rhythm);
    v.optional("business_hours", x.business_hours);
    v.optional("moderation", x.moderation);
}

template <class V, Is<Person> T>
void visit_fields(V& v, T& x) {
    v.required("id", x.id);
    v.required("name", x.name);
    v.optional("role", x.role);
    v.optional("email", x.email);
    v.optional("service_id", x.service_id);
}

template <class V, Is<PersonPassphrase> T>
void visit_fields(V& v, T& x) {
    v.required("person_id", x.person_id);
    v.required("hash", x.hash);
}

template <class V, Is<CriterionWeight> T>
void visit_fields(V& v, T& x) {
    v.required("criterion", x.criterion);
    v.optional("weight", x.weight);
}

template <class V, Is<NetworkChoice> T>
void visit_fields(V& v, T& x) {
    v.required("network", x.network);
    v.optional("selected", x.selected);
    v.optional("reason", x.reason);
}

template <class V, Is<StrategySettings> T>
void visit_fields(V& v, T& x) {
    v.optional("weights", x.weights);
    v.optional("hours_per_week", x.hours_per_week);
    v.optional("choices", x.choices);
}

//-----------------------------------------------------------------------------
// [SECTION] Calendar
//-----------------------------------------------------------------------------

template <class V, Is<Campaign> T>
void visit_fields(V& v, T& x) {
    v.required("id", x.id);
    v.required("name", x.name);
    v.optional("color", x.color);
    v.optional("starts", x.starts);
    v.optional("ends", x.ends);
    v.optional("description", x.description);
    v.optional("objective_id", x.objective_id);
    v.optional("message_type_ids", x.message_type_ids);
    v.optional("archived", x.archived);
}

template <class V, Is<Media> T>
void visit_fields(V& v, T& x) {
    v.required("kind", x.kind);
    v.optional("name", x.name);
    v.optional("alt_text", x.alt_text);
    v.optional("subtitles", x.subtitles);
    v.optional("sha256", x.sha256);
    v.optional("mime", x.mime);
    v.optional("bytes", x.bytes);
    v.optional("width", x.width);
    v.optional("height", x.height);
}

template <class V, Is<PostVariant> T>
void visit_fields(V& v, T& x) {
    v.required("account_id", x.account_id);
    v.optional("text", x.text);
    v.optional("media", x.media);
    v.optional("link", x.link);
    v.optional("first_comment", x.first_comment);
    v.optional("external_id", x.external_id);
    v.optional("permalink", x.permalink);
    v.optional("remote_at", x.remote_at);
}

template <class V, Is<Recurrence> T>
void visit_fields(V& v, T& x) {
    v.required("frequency", x.frequency);
    v.optional("interval", x.interval);
    v.optional("weekdays", x.weekdays);
    v.optional("month_day", x.month_day);
    v.optional("month_week", x.month_week);
    v.optional("month_weekday", x.month_weekday);
    v.optional("until", x.until);
    v.optional("count", x.count);
    v.optional("exceptions", x.exceptions);
}

template <class V, Is<Post> T>
void visit_fields(V& v, T& x) {
    v.required("id", x.id);
    v.optional("title", x.title);
    v.optional("message_type_id", x.message_type_id);
    v.optional("campaign_id", x.campaign_id);
    v.optional("tags", x.tags);
    v.optional("owner_id", x.owner_id);
    v.required("status", x.status);  // a post without a status cannot be placed in the workflow
    v.optional("scheduled_at", x.scheduled_at);
    v.optional("published_at", x.published_at);
    v.optional("sponsored", x.sponsored);
    v.optional("variants", x.variants);
    v.optional("external_uid", x.external_uid);
    v.optional("recurrence", x.recurrence);
    v.optional("evergreen", x.evergreen);
    v.optional("held", x.held);
    v.optional("format", x.format);
}

//-----------------------------------------------------------------------------
// [SECTION] Metrics, inbox, services, audit
//-----------------------------------------------------------------------------

template <class V, Is<AccountSnapshot> T>
void visit_fields(V& v, T& x) {
    v.required("account_id", x.account_id);
    v.required("day", x.day);
    v.optional("followers", x.followers);
    v.optional("reach", x.reach);
    v.optional("impressions", x.impressions);
}

template <class V, Is<PostMetrics> T>
void visit_fields(V& v, T& x) {
    v.required("post_id", x.post_id);
    v.required("account_id", x.account_id);
    v.required("day", x.day);
    v.optional("impressions", x.impressions);
    v.optional("reach", x.reach);
    v.optional("reactions", x.reactions);
    v.optional("comments", x.comments);
    v.optional("shares", x.shares);
    v.optional("clicks", x.clicks);
    v.optional("saves", x.saves);
    v.optional("video_views", x.video_views);
}

template <class V, Is<Metrics> T>
void visit_fields(V& v, T& x) {
    v.optional("snapshots", x.snapshots);
    v.optional("posts", x.posts);
}

template <class V, Is<InboxMessage> T>
void visit_fields(V& v, T& x) {
    v.required("id", x.id);
    v.required("account_id", x.account_id);
    v.optional("channel", x.channel);
    v.optional("author", x.author);
    v.required("received_at", x.received_at);
    v.optional("text", x.text);
    v.optional("post_id", x.post_id);
    v.optional("status", x.status);
    v.optional("service_id", x.service_id);
    v.optional("reply", x.reply);
    v.optional("replied_at", x.replied_at);
    v.optional("assignee_id", x.assignee_id);
    v.optional("tags", x.tags);
    v.optional("priority", x.priority);
    v.optional("forwarded_at", x.forwarded_at);
    v.optional("service_answered_at", x.service_answered_at);
    v.optional("external_id", x.external_id);
}

template <class V, Is<Service> T>
void visit_fields(V& v, T& x) {
    v.required("id", x.id);
    v.required("name", x.name);
    v.optional("email", x.email);
    v.optional("phone", x.phone);
    v.optional("url", x.url);
    v.optional("keywords", x.keywords);
    v.optional("topics", x.topics);
    v.optional("contact", x.contact);
    v.optional("hours", x.hours);
}

template <class V, Is<AuditEntry> T>
void visit_fields(V& v, T& x) {
    v.required("at", x.at);
    v.optional("person_id", x.person_id);
    v.required("action", x.action);
    v.optional("target_id", x.target_id);
    v.optional("detail", x.detail);
    v.optional("comment", x.comment);
}

template <class V, Is<ModerationEvidence> T>
void visit_fields(V& v, T& x) {
    v.optional("text", x.text);
    v.optional("author", x.author);
    v.optional("channel", x.channel);
    v.optional("network", x.network);
    v.optional("account_id", x.account_id);
    v.optional("account_handle", x.account_handle);
    v.optional("post_id", x.post_id);
    v.optional("link", x.link);
    v.required("received_at", x.received_at);
}

template <class V, Is<ModerationEntry> T>
void visit_fields(V& v, T& x) {
    v.required("id", x.id);
    v.required("at", x.at);
    v.optional("person_id", x.person_id);
    v.required("message_id", x.message_id);
    v.required("category", x.category);
    v.optional("rule_index", x.rule_index);
    v.optional("article", x.article);
    v.required("action", x.action);
    v.required("evidence", x.evidence);
    v.optional("comment", x.comment);
}

template <class V, Is<ReplyTemplate> T>
void visit_fields(V& v, T& x) {
    v.required("id", x.id);
    v.optional("title", x.title);
    v.optional("text", x.text);
}

template <class V, Is<Election> T>
void visit_fields(V& v, T& x) {
    v.required("id", x.id);
    v.required("kind", x.kind);
    v.required("first_round", x.first_round);
    v.optional("second_round", x.second_round);
    v.optional("territory", x.territory);
}

template <class V, Is<CrisisMode> T>
void visit_fields(V& v, T& x) {
    v.optional("active", x.active);
    v.optional("since", x.since);
    v.optional("reason", x.reason);
}

//-----------------------------------------------------------------------------
// [SECTION] Workspace
// "format" and "schema_version" are handled by workspace_json.cpp, before any field is read.
//-----------------------------------------------------------------------------

template <class V, Is<Workspace> T>
void visit_fields(V& v, T& x) {
    v.required("id", x.id);
    v.required("profile", x.profile);
    v.optional("accounts", x.accounts);
    v.optional("objectives", x.objectives);
    v.optional("charter", x.charter);
    v.optional("people", x.people);
    v.optional("campaigns", x.campaigns);
    v.optional("posts", x.posts);
    v.optional("metrics", x.metrics);
    v.optional("messages", x.messages);
    v.optional("services", x.services);
    v.optional("audit", x.audit);
    v.optional("local_words", x.local_words);
    v.optional("elections", x.elections);
    v.optional("crisis", x.crisis);
    v.optional("strategy", x.strategy);
    v.optional("passphrases", x.passphrases);
    v.optional("moderation_log", x.moderation_log);
    v.optional("reply_templates", x.reply_templates);
}

}  // namespace parvis::io
