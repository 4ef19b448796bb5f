// The audit log's writer and reader. See audit_log.h.
#include "edit/audit_log.h"

#include <algorithm>

#include "format/format.h"
#include "io/enum_names.h"
#include "io/time_text.h"
#include "model/find.h"

namespace parvis::edit {

std::optional<AuditAction> action_from_name(std::string_view name) {
    for (std::size_t i = 0; i < kAuditActionNames.size(); ++i)
        if (kAuditActionNames[i] == name) return static_cast<AuditAction>(i);
    return std::nullopt;
}

AuditEntry make_entry(const Actor& actor, AuditAction action, std::string_view target, std::string detail, std::string comment) {
    return AuditEntry{.at = actor.at, .person_id = actor.person_id, .action = std::string(action_name(action)),
                      .target_id = std::string(target), .detail = std::move(detail), .comment = std::move(comment)};
}

void record(Workspace& ws, const Actor& actor, AuditAction action, std::string_view target, std::string detail,
            std::string comment) {
    ws.audit.push_back(make_entry(actor, action, target, std::move(detail), std::move(comment)));
}

void record_typing(Workspace& ws, const Actor& actor, AuditAction action, std::string_view target, std::string_view field) {
    if (!ws.audit.empty()) {
        AuditEntry& last = ws.audit.back();
        if (last.action == action_name(action) && last.target_id == target && last.detail == field &&
            last.person_id == actor.person_id && actor.at >= last.at && actor.at - last.at < kTypingPause) {
            last.at = actor.at;
            return;
        }
    }
    record(ws, actor, action, target, std::string(field));
}

std::string variant_field(std::string_view what, const PostVariant& variant) {
    return std::string(what) + "@" + variant.account_id;
}

//-----------------------------------------------------------------------------
// Reading: codes back into the reader's words.
//-----------------------------------------------------------------------------
namespace {

template <class E>
bool is_enum_name(std::string_view name) {
    E value{};
    return io::enum_from_name(name, value);
}

std::string status_text(std::string_view name, Lang lang) {
    if (is_enum_name<PostStatus>(name)) return tr("strategy.status." + std::string(name), lang);
    return std::string(name);
}

std::string instant_text(std::string_view iso, const Workspace& ws, Lang lang) {
    if (auto at = io::parse_instant(iso)) return format_instant_local(*at, ws.profile.time_zone, lang);
    return std::string(iso);
}

// « a>b » with each side rendered by `side`.
template <class Side>
std::string arrow(std::string_view detail, Side side) {
    const auto gt = detail.find('>');
    if (gt == std::string_view::npos) return side(detail);
    return side(detail.substr(0, gt)) + " \xE2\x86\x92 " + side(detail.substr(gt + 1));
}

std::string detail_text(const AuditEntry& e, std::optional<AuditAction> action, const Workspace& ws, Lang lang) {
    const std::string_view d = e.detail;
    if (!action || d.empty()) return std::string(d);
    switch (*action) {
    case AuditAction::post_status:
        return arrow(d, [&](std::string_view s) { return status_text(s, lang); });
    case AuditAction::post_create:
        if (d.substr(0, 5) == "copy:") {  // post_setup_edits.h duplicate_post
            const Post* source = find_post(ws, d.substr(5));
            return tr("audit.copy_of", lang, {{"text", source ? source->title : std::string(d.substr(5))}});
        }
        [[fallthrough]];
    case AuditAction::post_reschedule:
    case AuditAction::post_requeue:
        return arrow(d, [&](std::string_view s) { return s.empty() ? std::string("—") : instant_text(s, ws, lang); });
    case AuditAction::message_status:
        return arrow(d, [&](std::string_view s) {
            return is_enum_name<MessageStatus>(s) ? tr("messages.status." + std::string(s), lang) : std::string(s);
        });
    case AuditAction::message_priority:
        return arrow(d, [&](std::string_view s) {
            return is_enum_name<MessagePriority>(s) ? tr("messages.priority." + std::string(s), lang) : std::string(s);
        });
    case AuditAction::message_add:
        if (is_enum_name<MessageChannel>(d)) return tr("messages.channel." + std::string(d), lang);
        return std::string(d);
    case AuditAction::message_alert: {
        const Person* p = find_person(ws, d);
        return p ? p->name : std::string(d);
    }
    case AuditAction::message_assign:
        return arrow(d, [&](std::string_view s) {
            const Person* p = find_person(ws, s);
            return p ? p->name : s.empty() ? std::string("—") : std::string(s);
        });
    case AuditAction::message_route:
        return arrow(d, [&](std::string_view s) {
            const Service* svc = find_service(ws, s);
            return svc ? svc->name : s.empty() ? std::string("—") : std::string(s);
        });
    case AuditAction::message_forward:
    case AuditAction::message_service_answer:
    case AuditAction::message_reply:
        return instant_text(d, ws, lang);
    case AuditAction::message_moderate: {
        // « hide » (hide_message) or « hide:insult » (moderate): the action, then the category.
        const auto colon = d.find(':');
        const std::string_view action_code = d.substr(0, colon);
        std::string out = is_enum_name<ModerationAction>(action_code)
                              ? tr("strategy.action." + std::string(action_code), lang) : std::string(action_code);
        if (colon != std::string_view::npos) {
            const std::string_view category = d.substr(colon + 1);
            out += " (" + (is_enum_name<ModerationCategory>(category) ? tr("strategy.moderation." + std::string(category), lang)
                                                                     : std::string(category)) + ")";
        }
        return out;
    }
    case AuditAction::person_role:
        if (is_enum_name<Role>(d)) return tr("strategy.role." + std::string(d), lang);
        return std::string(d);
    case AuditAction::post_edit:
    case AuditAction::person_edit:
    case AuditAction::profile_edit:
    case AuditAction::charter_edit:
    case AuditAction::strategy_edit:
    case AuditAction::post_evergreen:
    case AuditAction::post_recurrence:
    case AuditAction::post_hold:
    case AuditAction::post_release:
    case AuditAction::post_approvals_reset:
    case AuditAction::account_edit:
    case AuditAction::account_active:
    case AuditAction::service_edit:
    case AuditAction::campaign_edit:
    case AuditAction::campaign_archive:
    case AuditAction::reply_template_edit: {
        // A field code, possibly « field@account »: the field's words, the account's network.
        const auto at = d.find('@');
        const std::string field(d.substr(0, at));
        const std::string key = "audit.field." + field;
        std::string out = catalogue_has(key, lang) ? tr(key, lang) : field;
        if (at != std::string_view::npos) {
            if (const NetworkAccount* a = find_account(ws, d.substr(at + 1, d.find('#', at) - at - 1)))
                out += " (" + tr("network." + std::string(io::enum_name(a->network)), lang) + ")";
        }
        return out;
    }
    default: return std::string(d);
    }
}

}  // namespace

std::string describe(const AuditEntry& e, const Workspace& ws, Lang lang) {
    const std::optional<AuditAction> action = action_from_name(e.action);
    std::string out = format_instant_local(e.at, ws.profile.time_zone, lang);
    const Person* person = find_person(ws, e.person_id);
    out += " \xC2\xB7 " + (person ? person->name : e.person_id.empty() ? tr("audit.nobody", lang) : e.person_id);
    out += " \xC2\xB7 " + (action ? tr("audit.action." + e.action, lang) : e.action);
    if (!e.target_id.empty()) {
        const Post* post = find_post(ws, e.target_id);
        out += " " + tr("audit.quoted", lang, {{"text", post ? post->title : e.target_id}});
    }
    const std::string detail = detail_text(e, action, ws, lang);
    if (!detail.empty()) out += tr("audit.detail_separator", lang) + detail;
    if (!e.comment.empty()) out += " (" + e.comment + ")";
    return out;
}

}  // namespace parvis::edit
