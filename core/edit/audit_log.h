// The audit log's vocabulary and its one writer (issue 17). Every change a person makes is
// recorded by the edit functions of core/edit/ through `record`, with codes only:
//   - `action` is one of the AuditAction names below (« post.status »);
//   - `detail` is machine-readable: enum names (« draft>to_validate », « validator_dgs »), ISO
//     instants (« 2027-03-12T17:30:00Z »), field codes (« title », « text@acc-fb »), ids;
//   - `comment` is the person's own words (an approval's comment, a crisis' reason), kept as typed.
// Sentences are made only when the log is shown, in the reader's language (`describe`), so that
// a log written by a French user reads in English too and tools can filter it.
//
// Entries written before schema 3 may hold French sentences in `detail`: `describe` shows them
// as they are.
#pragma once
#include <array>
#include <chrono>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "i18n/catalogue.h"
#include "model/workspace.h"

namespace parvis::edit {

// Who makes a change, and when: every edit function takes one and writes it into the log.
struct Actor {
    std::string person_id;  // "" while nobody is chosen (a workspace without a team)
    Instant at{};
};

enum class AuditAction {
    post_create, post_edit, post_reschedule, post_recurrence, post_evergreen, post_status,
    post_approve, post_approvals_reset, post_hold, post_release, post_requeue,
    person_add, person_edit, person_role, person_remove, person_passphrase,
    profile_edit, objectives_edit, charter_edit, charter_template, strategy_edit,
    election_add, election_delete, crisis_enter, crisis_leave,
    local_word_add, local_word_remove, import_ics, import_planning, import_stats, metrics_manual,
    post_comment, message_moderate, edit_undo, edit_redo,
    account_add, account_edit, account_active, account_delete,
    service_add, service_edit, service_delete, import_services,
    campaign_add, campaign_edit, campaign_archive,
    post_publish, post_schedule_remote, post_reschedule_remote, post_cancel_remote,
    message_add, message_assign, message_status, message_route, message_forward, message_service_answer,
    message_reply, message_tags, message_priority, message_alert,
    reply_template_add, reply_template_edit, reply_template_delete,
    messages_receive, metrics_sync,
};

// The names stored in AuditEntry::action, in the enum's order.
inline constexpr std::array<std::string_view, 65> kAuditActionNames = {
    "post.create", "post.edit", "post.reschedule", "post.recurrence", "post.evergreen", "post.status",
    "post.approve", "post.approvals_reset", "post.hold", "post.release", "post.requeue",
    "person.add", "person.edit", "person.role", "person.remove", "person.passphrase",
    "profile.edit", "objectives.edit", "charter.edit", "charter.template", "strategy.edit",
    "election.add", "election.delete", "crisis.enter", "crisis.leave",
    "local_word.add", "local_word.remove", "posts.import_ics", "posts.import_csv", "metrics.import",
    "metrics.manual", "post.comment", "message.moderate", "edit.undo", "edit.redo",
    "account.add", "account.edit", "account.active", "account.delete",
    "service.add", "service.edit", "service.delete", "services.import_csv",
    "campaign.add", "campaign.edit", "campaign.archive",
    "post.publish", "post.schedule_remote", "post.reschedule_remote", "post.cancel_remote",
    "message.add", "message.assign", "message.status", "message.route", "message.forward", "message.service_answer",
    "message.reply", "message.tags", "message.priority", "message.alert",
    "reply_template.add", "reply_template.edit", "reply_template.delete",
    "messages.receive", "metrics.sync",
};
static_assert(kAuditActionNames.size() == static_cast<std::size_t>(AuditAction::metrics_sync) + 1,
              "every AuditAction needs its name in kAuditActionNames (same order)");

constexpr std::string_view action_name(AuditAction a) { return kAuditActionNames[static_cast<std::size_t>(a)]; }
std::optional<AuditAction> action_from_name(std::string_view name);

// The entry {actor.at, actor.person_id, action, target, detail, comment}; `record` appends it.
AuditEntry make_entry(const Actor& actor, AuditAction action, std::string_view target = {}, std::string detail = {},
                      std::string comment = {});
void record(Workspace& ws, const Actor& actor, AuditAction action, std::string_view target = {},
            std::string detail = {}, std::string comment = {});

// Typing in a text box is one change, not one per key: when the last entry is the same action on
// the same target and field by the same person, less than kTypingPause old, only its time moves.
inline constexpr auto kTypingPause = std::chrono::seconds{120};
void record_typing(Workspace& ws, const Actor& actor, AuditAction action, std::string_view target,
                   std::string_view field);

// Field codes: « text@ACCOUNT » for a variant's text, « alt@ACCOUNT#N » for an image's alt text.
std::string variant_field(std::string_view what, const PostVariant& variant);

// One line for the reader: « 12/03/2027 18:30 · Marie Dupont · Statut : brouillon → à valider
// (prêt) ». Names the person and the post when they still exist, dates in the collectivité's zone.
std::string describe(const AuditEntry& entry, const Workspace& ws, Lang lang = Lang::fr);

}  // namespace parvis::edit
