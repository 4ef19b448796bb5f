// What a screen asks the controller to do, in the controller's words. Screens push intents on
// App::intents while they draw; the controller carries them out after the frame
// (app::carry_out_intents, called by main.cpp). So the screens never call the browser
// (wasm/platform/) themselves, and never reach into another screen's state: the calendar asks for
// a post to be opened, it does not set Rédaction's selection.
#pragma once
#include <cstddef>
#include <cstdint>
#include <string>
#include <variant>

namespace parvis::app {

// Open a post in Rédaction (the calendar's « Ouvrir dans Rédaction », a double click, a new post).
struct OpenPost {
    std::string post_id;
};

// Offer a file for download (a report, an export, a template to complete).
struct DownloadFile {
    std::string file_name;
    std::string mime;
    std::string content;
};

// Open the browser's file picker. The file comes back a frame or more later as a PickedFile with
// the same `purpose` (App::picked_files), read by the screen that asked.
struct ChooseFile {
    std::string purpose;     // who asked: "agenda", "school_calendar"… never "" (the backups' own)
    std::string accept;      // the picker's filter: ".ics,text/calendar"
    std::size_t max_bytes = 0;
};

// Paramètres › Comptes (settings_accounts.cpp): sign in to the account's platform, in this tab (the
// platform sends the user back here) or with a code to paste (out of band); the pasted code;
// « Déconnecter », once confirmed.
struct ConnectAccount {
    std::string account_id;
    bool out_of_band = false;
};
struct SubmitSignInCode {
    std::string account_id;
    std::string code;
};
struct DisconnectAccount {
    std::string account_id;
};
// A Bluesky account: its handle and an app password (never the account's own password), sent once
// to createSession and forgotten; only the session's tokens are kept, in the secrets database.
struct ConnectBluesky {
    std::string account_id;
    std::string identifier;
    std::string app_password;
};

// A Facebook Page: its access token pasted (Meta's tools, README « Connecter une page Facebook »),
// checked with the Graph API then kept in the secrets database only; the Page id may be empty.
struct ConnectFacebook {
    std::string account_id;
    std::string page_id;
    std::string token;
};

// Rédaction's publish panel (publish_panel.cpp): publish the post on one account now, or schedule
// it on the platform; send a waiting publish again at once.
struct PublishOnPlatform {
    std::string post_id;
    std::string account_id;
    bool schedule = false;
};
struct RetryPublish {
    std::string post_id;
    std::string account_id;
};
// Messages: « Relever maintenant » (mentions and counts of the connected accounts, connections.h),
// and « Répondre sur Mastodon », the reply sent on the account the message came from.
struct SyncAccounts {};
struct ReplyOnPlatform {
    std::string message_id;
    std::string text;
    bool direct = false;  // a private reply (Mastodon: visibility « direct »)
};

// Crisis mode's offer (calendar): cancel on the platforms the held posts still scheduled there.
struct CancelHeldOnPlatforms {};

// Messages' « Transmettre au service » (messages.cpp): a link the browser hands to another program,
// here the `mailto:` of the hand-off (core/inbox/handoff.h), which opens the user's mail program.
struct OpenLink {
    std::string url;
};

using Intent = std::variant<OpenPost, DownloadFile, ChooseFile, ConnectAccount, SubmitSignInCode, DisconnectAccount,
                            PublishOnPlatform, RetryPublish, SyncAccounts, ReplyOnPlatform, OpenLink, ConnectBluesky,
                            ConnectFacebook, CancelHeldOnPlatforms>;

// A file chosen in the picker for a ChooseFile, as the controller hands it to the screens.
struct PickedFile {
    std::string purpose;     // the ChooseFile's
    std::string name;        // the file's name, as the user knows it
    std::string bytes;       // its content, when it was read
    std::string refused;     // "" when read; else the browser's code: file_too_large | io_cannot_open
    std::int64_t size = 0;   // its size in bytes, for « too large »
};

}  // namespace parvis::app
