// Assisted publishing (issue 11, item 5): the networks whose APIs a web page cannot call — X,
// LinkedIn, Instagram and Threads answer without CORS headers, Instagram also needs the image on
// a public server — are published by hand, with Parvis's help: « Copier et ouvrir » copies the
// checked text and opens the network's own composer, then the person pastes back the address of
// the published post, which marks the variant published. Facebook goes this way too until its
// Graph API connection works in the web app.
#pragma once
#include <string>
#include <string_view>

#include "model/workspace.h"

namespace parvis::connect {

// True for the networks published this way.
bool assisted_network(Network network);

// The network's composer: X and Threads take the text in their intent URL, LinkedIn's share page
// takes it too; Instagram and Facebook have no web composer taking text: the account's page (or
// the network's home) opens, and the text is on the clipboard.
std::string composer_url(Network network, std::string_view text, std::string_view account_url = {});

// What a pasted permalink says: the platform's id of the post (X's status number, LinkedIn's
// activity, Instagram's or Threads's short code, Facebook's post or story id), or why it is not a
// post of that network. Codes: "empty", "not_https", "other_site" (not the network's domain),
// "not_a_post" (the network's address, but no post in it: a profile, the home page).
struct PermalinkCheck {
    std::string error;        // "" when read
    std::string url;          // trimmed, without its query and fragment
    std::string external_id;  // the post's id on the platform
};
PermalinkCheck read_permalink(Network network, std::string_view pasted);

}  // namespace parvis::connect
