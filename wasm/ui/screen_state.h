// What each screen remembers between frames: its selection, filters, forms being typed, open
// dialogs and caches. One struct per screen, held by App (App::screens) and passed to the screen
// that owns it: no screen keeps state of its own in a global. When another workspace opens (or
// an import replaces this one) the controller marks them outdated and the next frame starts
// every screen afresh, so nothing typed or selected in one workspace shows in another.
//
// The larger states live next to their screen's code: cal::State (calendar_view.h, with the
// calendar's dialogs), KpisState (kpis.h), ImportDialogState (import_dialog.h).
#pragma once
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "app.h"
#include "calendar/slot_suggestions.h"
#include "check/check.h"
#include "inbox/moderation.h"
#include "inbox/router.h"
#include "preview/preview.h"
#include "strategy/first_run.h"
#include "ui/calendar_view.h"
#include "ui/import_dialog.h"
#include "ui/kpis.h"
#include "ui/text_underlines.h"
#include "ui/time_choice.h"

namespace parvis::app::ui {

// Rédaction (composer.cpp).
struct ComposerState {
    std::string selected;  // id of the post being edited
    std::string filter;    // the list's search text

    // « Publier » for the networks published by hand (publish_panel.cpp): the permalink pasted
    // back per account, and why the last one was refused (a catalogue key), for `assisted_post`.
    std::string assisted_post;
    std::map<std::string, std::string> permalinks, permalink_errors;

    // The last check of each variant's text, redone when the text or the document changes (a
    // charter edit changes the findings too): checking is cheap, but not free enough for every
    // frame. Only the open post's variants are kept: opening another post drops them, so this
    // never grows with the posts visited.
    struct VariantCheck {
        std::string text;
        std::uint64_t revision = 0;
        bool done = false;
        bool spelled = false;  // checked with the dictionary (it loads a few frames after start)
        int limit = 0;         // the instance's character limit it was counted with (Mastodon)
        check::CheckResult result;
    };
    std::string checks_post;           // id of the post `checks` belong to
    std::vector<VariantCheck> checks;  // by variant index

    // Status and circuit (composer_workflow.cpp): the comment of « Valider » / « Refuser » and
    // why the last step was refused (the core's message).
    std::string comment;
    std::string workflow_error;
    // The history tab: the post's audit entries as sentences, rebuilt when the document, the
    // post or the language change.
    std::string history_post;
    std::uint64_t history_revision = ~std::uint64_t{0};
    int history_lang = -1;
    std::vector<std::string> history;

    // Date and settings (composer_schedule.cpp). The date field as typed, taken again from the
    // post when another post opens or its date changes elsewhere (the calendar, undo).
    std::string when_post;
    std::optional<Instant> when_source;  // the post's date the text was taken from
    std::string when_text;
    bool grid_open = false;              // the month grid of « Choisir le jour… »
    Day grid_month{};                    // its first day
    TimeChoice time_choice;              // summer/winter time question of « Programmer »
    // The calendar's findings for the typed moment, rebuilt when the text or the document change.
    std::string findings_key;
    std::vector<std::string> moment_findings;
    // Suggested moments (core/calendar/slot_suggestions.h), rebuilt when the document, the post
    // or the day change: they read the KPIs' heatmap, too costly for every frame.
    std::string slots_key;
    calendar::SlotSuggestions slots;
    std::string tags_post;               // the tags as typed, for this post
    std::string tags_text;
    std::string remove_account;          // a network whose text is awaiting « Retirer » confirmation

    // « Aperçu » (composer_preview.cpp): the variant shown, and its layout, redone only when the
    // text, the network or the font change (wrapping measures every word).
    std::size_t preview_variant = 0;
    std::string preview_key;
    std::string preview_post;   // the post and the text the layout belongs to (the test hook's view)
    std::string preview_text;
    preview::Preview preview;

    DrawnUnderlines underlines;  // the variants' findings as drawn (text_underlines.h)
};

// Messages (messages.cpp, messages_detail.cpp).
struct MessagesState {
    // The list's filters (core/inbox/inbox_list.h). State: 0 all, 1 « à traiter » (awaiting a
    // reply), 2 + a MessageStatus. Network: 0 all, 1 off the networks, 2 + a Network. Service and
    // assignee: "" all, inbox::kNone none, else an id.
    std::string search;
    int status_filter = 1;
    int network_filter = 0;
    std::string service_filter;
    std::string assignee_filter;
    bool overdue_only = false;
    std::vector<std::string> shown;   // the ids listed, in order (keyboard next / previous)
    std::string selected;             // the message in the detail pane
    std::vector<std::string> checked; // ticked in the list, for the bulk actions (X ticks the selected one)
    bool scroll_to_selected = false;  // the keyboard moved the selection
    // Drafts of the selected message, taken from it when another one is selected.
    std::string draft_for;
    std::string reply;
    std::string tags;
    // The router's proposal for the selected message (core/inbox/router.h), computed again when
    // the selection or the workspace changes (a router reads every service and past routing).
    std::string routed_for;
    std::uint64_t routed_revision = 0;
    inbox::Routing routing;
    // The tone checker on the selected message (its aggressiveness) and on the reply being typed
    // (reply mode: personal data, the charter's register), computed again when the text changes.
    std::string toned_for;
    int incoming_tone = 0;
    std::string checked_reply;
    bool reply_checked = false;
    check::CheckResult reply_check;
    DrawnUnderlines underlines;  // the reply's findings as drawn (text_underlines.h)
    bool focus_reply = false;         // the R key: the reply box takes the keyboard
    bool reply_private = false;       // « Répondre en privé »: sent as a direct message (set per message)
    std::vector<std::string> template_missing;  // variables a chosen reply template could not fill
    // « Modèles de réponse… »: the templates being edited (drafts, applied when a box is left) and
    // the one whose deletion awaits confirmation.
    bool templates_open = false;
    std::vector<ReplyTemplate> template_drafts;
    std::string template_deleting;
    std::string template_focus;       // a new one: scrolled to, its text box takes the keyboard
    // The moderation charter's findings on the selected message (core/inbox/moderation.h).
    std::string reviewed_for;
    std::uint64_t reviewed_revision = 0;
    std::vector<inbox::ModerationFinding> review;
    // « Nouveau message reçu » (phone, desk, e-mail).
    bool new_open = false;
    int new_channel = 0;              // 0 phone, 1 desk, 2 e-mail
    std::string new_author;
    std::string new_text;
};

// « Créer l'espace de ma collectivité » (first_run.cpp), opened from Paramètres.
struct FirstRunForm {
    bool open = false;
    int step = 0;                       // 0 collectivité, 1 réseaux, 2 charte, 3 équipe
    strategy::FirstRunAnswers answers;
    std::string population;             // as typed
    bool networks_proposed = false;     // the assistant's choice was ticked once
    std::string error;                  // why the answers were refused
};

// Paramètres (settings.cpp).
struct SettingsState {
    FirstRunForm first_run;
    std::string new_name;           // of a workspace to create
    // Names of the territory for the spelling checker.
    std::string new_local_word;
    std::string remove_local_word;  // awaiting confirmation
    std::string local_word_notice;
    // Comptes (settings_accounts.cpp): the account awaiting the « Déconnecter » confirmation, and
    // the out-of-band sign-in code being pasted (a one-time code, not a token).
    std::string disconnect_account_id;
    std::string sign_in_code;
    // Bluesky's sign-in, by account: the handle, and the app password being typed (handed to the
    // controller once, then cleared; the test hook sees it masked).
    std::map<std::string, std::string> bluesky_identifier, bluesky_password;
    // Facebook's, by account: the Page id, and the Page access token being pasted (handed to the
    // controller once, then cleared; the test hook sees it masked).
    std::map<std::string, std::string> facebook_page_id, facebook_token;
};

// Stratégie (strategy.cpp, strategy_people.cpp).
// The parts of the strategy as the tabs edit them: copies of the workspace's, taken again when the
// document changed (an edit, undo, an import, another workspace), never every frame. A tab
// changes the copy and names what changed with `changed(app, "register")` (an audit field code,
// assets/i18n/audit.json); at the end of the frame the screen hands the changed part to
// core/edit/ (replace_profile, replace_charter…), which keeps it only when the workspace stays
// readable, and writes the audit entry. The team (strategy_people.cpp) edits through
// core/edit/team_edits.h directly.
struct StrategyDrafts {
    Profile profile;
    std::vector<Objective> objectives;
    Charter charter;
    StrategySettings strategy;
    std::string field;                          // what the tabs changed this frame ("" : nothing)
    std::string guard_message;                  // why the last change was refused
    std::uint64_t revision = ~std::uint64_t{0}; // the document's revision the copies come from
    std::string doc_id;
};

struct StrategyState {
    StrategyDrafts drafts;
    std::string new_passphrase_for;  // person whose passphrase is being set
    std::string new_passphrase;
    std::string approve_comment;
    std::string circuit_error;
    // Profil et comptes (strategy_accounts.cpp): the account awaiting the delete confirmation,
    // and opening dates as typed (kept until they read as a day), by account id.
    std::string delete_account_id;
    std::vector<std::pair<std::string, std::string>> opened_on_typed;
    // Services (services.cpp): the service awaiting the delete confirmation, lists as typed
    // (« fuite, compteur ») by "SERVICE_ID#topics" / "#keywords".
    std::string delete_service_id;
    std::vector<std::pair<std::string, std::string>> words_typed;
    // Campagnes (campaigns.cpp): dates as typed, by campaign id and end ("id>starts").
    std::vector<std::pair<std::string, std::string>> campaign_dates_typed;
    bool show_archived = false;
};

// The current person's chooser in the status bar and the start prompt (strategy_people.cpp):
// the person picked and the passphrase typed, never stored.
struct PersonChooser {
    std::string person_id;
    std::string passphrase;
    std::string error;
    bool open_popup = false;
};

// The posts Bluesky could not get at their time (missed_posts.cpp): the banner's dialog, and
// « Plus tard », which hides the banner until another post is missed.
struct MissedPostsState {
    bool open = false;
    std::size_t dismissed = 0;  // how many were listed when « Plus tard » was chosen
};

struct ScreenStates {
    StrategyState strategy;
    cal::State calendar;
    ComposerState composer;
    MessagesState messages;
    KpisState kpis;
    SettingsState settings;
    PersonChooser person_chooser;
    ImportDialogState import_dialog;
    MissedPostsState missed_posts;
    bool keyboard_help = false;  // the « Aide clavier » overlay (F1) is shown
    // The last frame's save state, and a count of the times it settled (the live region says it).
    SaveState a11y_save_state = SaveState::saved;
    unsigned a11y_status_seq = 0;
};

// The screens' state for this frame: App's, made afresh first when the controller marked it
// outdated (or at the first frame). Called once per frame, before anything is drawn.
ScreenStates& frame_screen_states(App& app);

}  // namespace parvis::app::ui
