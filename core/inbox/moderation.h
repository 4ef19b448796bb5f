// Moderation by the charter (issue 12): what the workspace's moderation charter
// (Charter::moderation) says about an inbox message — a list of findings, each with the category,
// the charter's rule that covers it, a short reason in the reader's language and the actions the
// rule suggests. A person decides; edit::moderate (core/edit/moderation_edits.h) records the
// decision in the moderation log.
//
// What is detected, from the lexicons of assets/inbox/moderation.json (folded text: accents,
// case and apostrophes ignored; whole words and phrases):
//   - insult: insults and coarse words (« grossièretés »);
//   - hate: slurs, calls to hatred or violence, and threats (« je vais te tuer »);
//   - defamation: a precise accusation (« est un escroc », « se sert dans la caisse ») in a
//     message that names the mayor, the town hall, an élu or an agent;
//   - personal data: core/check/personal_data (phone, e-mail, NIR, IBAN, plate, birth date; not
//     a postal address, which in a message says where a problem is) in a public message (a comment, mention or review; never in a private message,
//     which is where the desk asks citizens to send them), the collectivité's own contacts
//     excepted;
//   - advertising: a strong marker (« code promo », « livraison offerte », « gagnez de
//     l'argent »), or a weak one (« promo », « achetez », « crypto ») with a link or a second
//     weak one, or a link to a shop (« …shop… », « amazon », a link shortener) with a weak one;
//   - electoral propaganda: calls to vote (« votez pour », « élisez ») at any time; during the
//     pre-electoral period of one of the workspace's elections (calendar::electoral_period, Code
//     électoral L52-1) campaign wording too (« notre liste », « maire sortant », « votez »).
//     Ordinary questions about voting (« bureau de vote », « listes électorales »,
//     « procuration ») are never propaganda;
//   - off topic: the same text posted kRepeatCount times or more by the same author (the
//     charter's « publiés de façon répétée »).
// A category the charter has no rule for gives no finding, except hate: manifestly illegal
// content is reported whatever the charter says. « Signaler sur PHAROS » is suggested for hate
// only (loi du 29 juillet 1881 art. 24, threats: code pénal 222-17), even when a rule of the
// charter lists it for another category; and always for hate, even when its rule does not.
//
// Bounded on hostile input, like the router: only the first kMaxModeratedBytes of a message are
// read, and repetitions are looked for in at most kMaxComparedMessages messages, comparing at most
// kMaxComparedBytes of other messages' text (those of the same author only). A review costs about
// what folding 1 MB of text costs: call it when a message is shown or changes, not every frame.
#pragma once
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "i18n/catalogue.h"
#include "model/workspace.h"

namespace parvis::inbox {

constexpr std::size_t kMaxModeratedBytes = 16 * 1024;
constexpr std::size_t kMaxComparedMessages = 5000;
constexpr std::size_t kMaxComparedBytes = 1024 * 1024;
constexpr int kRepeatCount = 3;

struct ModerationFinding {
    ModerationCategory category = ModerationCategory::insult;
    int rule_index = -1;             // in charter.moderation.rules; -1: the charter has none (hate)
    std::string article;             // « Règle 1 : Injure » (the catalogue, in the reader's language)
    std::string reason;              // « injure : « connard » »
    std::vector<ModerationAction> actions;  // suggested, in the rule's order
    std::size_t start = 0, end = 0;  // UTF-8 byte span of the first evidence in the text (0, 0: none)
};

struct ModerationOptions {
    Lang lang = Lang::fr;
    // The local day the message counts for (pre-electoral period); none: its received_at in the
    // collectivité's time zone.
    std::optional<Day> day;
};

// The findings of `message` under the workspace's charter, one per category at most, in the
// order of ModerationCategory. An ordinary message gives none.
std::vector<ModerationFinding> review_message(const InboxMessage& message, const Workspace& ws,
                                              const ModerationOptions& options = {});

// The same for a text alone (no author, so no repetition; public, so personal data counts) on
// `day`.
std::vector<ModerationFinding> review_text(std::string_view text, const Workspace& ws, Day day,
                                           const ModerationOptions& options = {});

// The first rule of the charter for `category`, -1 when it has none.
int charter_rule_index(const ModerationCharter& charter, ModerationCategory category);

// The rule as cited in the log and the exports: « Charte de modération, règle 2 : Diffamation
// (Masquer, Supprimer) »; « Hors charte : Haine » when rule_index is -1 or out of the charter.
std::string charter_article(const ModerationCharter& charter, int rule_index, ModerationCategory category,
                            Lang lang = Lang::fr);

// « Injure », « Masquer »… (catalogue strategy.moderation.* and strategy.action.*).
std::string category_label(ModerationCategory category, Lang lang = Lang::fr);
std::string action_label(ModerationAction action, Lang lang = Lang::fr);

}  // namespace parvis::inbox
