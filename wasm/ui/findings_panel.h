// The tone checker in the composer: findings of a post's text gathered in one place, and the
// panel under each text box (counter of the network, overflowing part, summary score, the list of
// findings with a « Corriger » button for safe fixes).
#pragma once
#include <string>

#include "app.h"
#include "check/check.h"
#include "ui/text_underlines.h"

namespace parvis::app::ui {

// The instance's own character limit for a Mastodon account connected on this device (read from
// /api/v2/instance at sign-in), else 0: the counter's default, 500.
int mastodon_limit(const App& app, const NetworkAccount* account);
// Every finding on one variant's text: the tone checker of core/check/ for the account's
// network (with the instance's limit) and the workspace's charter. Other checkers (spelling) add
// theirs here, in this one function, so the panel shows them all the same way.
check::CheckResult collect_findings(const App& app, const PostVariant& variant, const NetworkAccount* account);

// Underlines the findings in the text area just drawn with `label` (same colours as the panel;
// spelling wavy), and tints the part beyond the network's limit; records them in `drawn`.
void underline_findings(DrawnUnderlines& drawn, const char* label, const std::string& text, const check::CheckResult& result);

// Draws the panel under the box holding `text` (a copy of a variant's text); returns true when a
// fix changed `text`, which the caller then hands to core/edit/ like typed text.
bool findings_panel(App& app, std::string& text, const check::CheckResult& result, std::size_t variant_index);

}  // namespace parvis::app::ui
