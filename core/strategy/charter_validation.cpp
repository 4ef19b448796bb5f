// Index
// [SECTION] Helpers
// [SECTION] Message types and circuits
// [SECTION] Tone and words
// [SECTION] Rhythm
// [SECTION] Business hours
// [SECTION] Moderation
#include "strategy/charter_validation.h"

#include <algorithm>
#include <cmath>
#include <set>

#include "format/format.h"
#include "io/enum_names.h"
#include "text/emoji.h"
#include "text/utf8.h"

namespace parvis::strategy {
namespace {

//-----------------------------------------------------------------------------
// [SECTION] Helpers
//-----------------------------------------------------------------------------

struct Checker {
    const Workspace& ws;
    Lang lang;
    std::vector<CharterIssue> issues;

    void add(const char* code, check::Severity severity, std::string pointer, const Args& args = {}) {
        issues.push_back({code, severity, std::move(pointer), tr(std::string("strategy.charter.") + code, lang, args)});
    }
    std::string role(Role r) const { return tr(std::string("strategy.role.") + std::string(io::enum_name(r)), lang); }
    std::string account(const std::string& id) const {
        for (const NetworkAccount& a : ws.accounts)
            if (a.id == id)
                return tr(std::string("network.") + std::string(io::enum_name(a.network)), lang) +
                       (a.handle.empty() ? "" : " (" + a.handle + ")");
        return id;
    }
};

std::string index_ptr(const char* base, std::size_t i) { return std::string(base) + "/" + std::to_string(i); }

bool has_emoji(const std::string& text) {
    std::u32string cps;
    for (std::size_t i = 0; i < text.size();) {
        const auto d = utf8::decode(text, i);
        cps += d.code_point;
        i += d.length;
    }
    for (std::size_t i = 0; i < cps.size(); ++i)
        if (text::emoji_sequence_length(cps, i) > 0) return true;
    return false;
}

std::string lower_ascii(std::string s) {
    for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return s;
}

//-----------------------------------------------------------------------------
// [SECTION] Message types and circuits
//-----------------------------------------------------------------------------

void check_message_types(Checker& c) {
    const Charter& ch = c.ws.charter;
    if (ch.message_types.empty()) {
        c.add("no_message_types", check::Severity::warning, "/charter/message_types");
        return;
    }
    double sum = 0;
    for (std::size_t i = 0; i < ch.message_types.size(); ++i) {
        const MessageType& t = ch.message_types[i];
        const std::string ptr = index_ptr("/charter/message_types", i);
        if (t.name.empty()) c.add("type_without_name", check::Severity::error, ptr + "/name");
        if (t.target_share < 0 || t.target_share > 1)
            c.add("share_out_of_range", check::Severity::error, ptr + "/target_share",
                  {{"type", t.name}, {"share", format_percent(t.target_share, 0, c.lang)}});
        sum += t.target_share;
        for (std::size_t k = 0; k < t.validation_circuit.size(); ++k) {
            const Role r = t.validation_circuit[k];
            const std::size_t holders = std::count_if(c.ws.people.begin(), c.ws.people.end(),
                                                      [&](const Person& p) { return p.role == r; });
            const std::size_t needed = std::count(t.validation_circuit.begin(), t.validation_circuit.end(), r);
            const std::string step = ptr + "/validation_circuit/" + std::to_string(k);
            if (holders == 0) {
                c.add("circuit_role_unfilled", check::Severity::error, step, {{"type", t.name}, {"role", c.role(r)}});
            } else if (holders < needed && std::find(t.validation_circuit.begin(), t.validation_circuit.end(), r) ==
                                               t.validation_circuit.begin() + static_cast<std::ptrdiff_t>(k)) {
                // Reported once, on the first step of that role: a person approves once per round.
                c.add("circuit_role_too_few", check::Severity::error, step,
                      {{"type", t.name}, {"role", c.role(r)}, {"needed", std::to_string(needed)}, {"held", std::to_string(holders)}});
            }
        }
    }
    // Shares are fractions; a rounding of the UI (three thirds) must not trip the check.
    // Above 100 % the mix is impossible (error); below, the rest is left free for what no plan
    // foresees (a hailstorm, a sports title…), which is a choice: a warning that says how much.
    const auto pct = [&](double x) { return format_number(x * 100, std::fabs(x * 100 - std::round(x * 100)) < 0.05 ? 0 : 1, c.lang); };
    if (sum > 1.005)
        c.add("shares_sum", check::Severity::error, "/charter/message_types", {{"sum", pct(sum)}});
    else if (sum < 0.995)
        c.add("shares_below", check::Severity::warning, "/charter/message_types", {{"sum", pct(sum)}, {"free", pct(1 - sum)}});
}

//-----------------------------------------------------------------------------
// [SECTION] Tone and words
//-----------------------------------------------------------------------------

void check_tone(Checker& c) {
    const Charter& ch = c.ws.charter;
    if (ch.emoji == EmojiPolicy::none && has_emoji(ch.signature))
        c.add("emoji_in_signature", check::Severity::error, "/charter/signature");
    if (ch.exclamation == ExclamationPolicy::avoid && ch.signature.find('!') != std::string::npos)
        c.add("exclamation_in_signature", check::Severity::error, "/charter/signature");
    if (ch.max_hashtags < 0) c.add("hashtags_negative", check::Severity::error, "/charter/max_hashtags");
    const bool instagram = std::any_of(c.ws.accounts.begin(), c.ws.accounts.end(),
                                       [](const NetworkAccount& a) { return a.network == Network::instagram; });
    if (instagram && ch.max_hashtags > 5)
        c.add("hashtags_above_instagram", check::Severity::warning, "/charter/max_hashtags",
              {{"max", std::to_string(ch.max_hashtags)}});
    // The point médian in a preferred wording while the charter refuses it.
    if (ch.inclusive != InclusiveWriting::median_point_allowed) {
        for (std::size_t i = 0; i < ch.preferred_words.size(); ++i)
            if (ch.preferred_words[i].replacement.find("\xC2\xB7") != std::string::npos)
                c.add("median_point_refused", check::Severity::error, index_ptr("/charter/preferred_words", i) + "/replacement",
                      {{"word", ch.preferred_words[i].replacement}});
    }
    auto check_words = [&](const std::vector<WordRule>& list, const char* base) {
        std::set<std::string> seen;
        for (std::size_t i = 0; i < list.size(); ++i) {
            const std::string ptr = index_ptr(base, i);
            if (list[i].word.empty()) {
                c.add("word_empty", check::Severity::error, ptr + "/word");
                continue;
            }
            if (!seen.insert(lower_ascii(list[i].word)).second)
                c.add("word_duplicate", check::Severity::warning, ptr + "/word", {{"word", list[i].word}});
            if (lower_ascii(list[i].word) == lower_ascii(list[i].replacement))
                c.add("word_replaced_by_itself", check::Severity::error, ptr + "/replacement", {{"word", list[i].word}});
        }
    };
    check_words(ch.forbidden_words, "/charter/forbidden_words");
    check_words(ch.preferred_words, "/charter/preferred_words");
    // A preferred wording that the charter also forbids.
    for (std::size_t i = 0; i < ch.preferred_words.size(); ++i) {
        const std::string rep = lower_ascii(ch.preferred_words[i].replacement);
        if (rep.empty()) continue;
        for (const WordRule& f : ch.forbidden_words)
            if (!f.word.empty() && lower_ascii(f.word) == rep)
                c.add("preferred_is_forbidden", check::Severity::error, index_ptr("/charter/preferred_words", i) + "/replacement",
                      {{"word", ch.preferred_words[i].replacement}});
    }
}

//-----------------------------------------------------------------------------
// [SECTION] Rhythm
//-----------------------------------------------------------------------------

void check_rhythm(Checker& c) {
    const Charter& ch = c.ws.charter;
    std::set<std::string> seen;
    for (std::size_t i = 0; i < ch.rhythm.size(); ++i) {
        const RhythmRule& r = ch.rhythm[i];
        const std::string ptr = index_ptr("/charter/rhythm", i);
        const Args who = {{"account", c.account(r.account_id)}};
        if (!seen.insert(r.account_id).second) c.add("rhythm_duplicate", check::Severity::error, ptr + "/account_id", who);
        if (r.min_per_week < 0 || r.max_per_week < 0 || r.max_per_day < 0) {
            c.add("rhythm_negative", check::Severity::error, ptr, who);
            continue;
        }
        if (r.max_per_week > 0 && r.min_per_week > r.max_per_week) {
            c.add("rhythm_min_above_max", check::Severity::error, ptr + "/min_per_week",
                  {{"account", c.account(r.account_id)}, {"min", std::to_string(r.min_per_week)}, {"max", std::to_string(r.max_per_week)}});
        }
        if (r.max_per_day > 0 && r.min_per_week > r.max_per_day * 7) {
            c.add("rhythm_min_above_daily", check::Severity::error, ptr + "/min_per_week",
                  {{"account", c.account(r.account_id)}, {"min", std::to_string(r.min_per_week)}, {"day", std::to_string(r.max_per_day)}});
        }
        if (r.max_per_day > 0 && r.max_per_week > 0 && r.max_per_day > r.max_per_week) {
            c.add("rhythm_day_above_week", check::Severity::warning, ptr + "/max_per_day",
                  {{"account", c.account(r.account_id)}, {"day", std::to_string(r.max_per_day)}, {"max", std::to_string(r.max_per_week)}});
        }
    }
}

//-----------------------------------------------------------------------------
// [SECTION] Business hours
//-----------------------------------------------------------------------------

void check_business_hours(Checker& c) {
    const BusinessHours& h = c.ws.charter.business_hours;
    const std::string base = "/charter/business_hours";
    if (h.weekdays.empty()) c.add("hours_no_weekday", check::Severity::error, base + "/weekdays");
    std::set<int> days;
    for (std::size_t i = 0; i < h.weekdays.size(); ++i) {
        if (h.weekdays[i] < 1 || h.weekdays[i] > 7)
            c.add("hours_bad_weekday", check::Severity::error, index_ptr("/charter/business_hours/weekdays", i),
                  {{"day", std::to_string(h.weekdays[i])}});
        else if (!days.insert(h.weekdays[i]).second)
            c.add("hours_duplicate_weekday", check::Severity::warning, index_ptr("/charter/business_hours/weekdays", i));
    }
    if (h.closes.minutes <= h.opens.minutes)
        c.add("hours_close_before_open", check::Severity::error, base + "/closes",
              {{"opens", format_time(h.opens)}, {"closes", format_time(h.closes)}});
    if (h.response_time_hours <= 0)
        c.add("response_time_not_positive", check::Severity::error, base + "/response_time_hours");
    else if (h.closes.minutes > h.opens.minutes && h.response_time_hours > 5 * 24)
        c.add("response_time_too_long", check::Severity::warning, base + "/response_time_hours",
              {{"hours", format_number(h.response_time_hours, 0, c.lang)}});
}

//-----------------------------------------------------------------------------
// [SECTION] Moderation
//-----------------------------------------------------------------------------

void check_moderation(Checker& c) {
    const ModerationCharter& m = c.ws.charter.moderation;
    std::set<ModerationCategory> seen;
    bool hate_reported = false, hate_present = false;
    for (std::size_t i = 0; i < m.rules.size(); ++i) {
        const ModerationRule& r = m.rules[i];
        const std::string ptr = index_ptr("/charter/moderation/rules", i);
        const Args cat = {{"category", tr(std::string("strategy.moderation.") + std::string(io::enum_name(r.category)), c.lang)}};
        if (!seen.insert(r.category).second) c.add("moderation_duplicate", check::Severity::error, ptr + "/category", cat);
        if (r.actions.empty()) c.add("moderation_no_action", check::Severity::error, ptr + "/actions", cat);
        const bool pharos = std::find(r.actions.begin(), r.actions.end(), ModerationAction::report_pharos) != r.actions.end();
        if (r.category == ModerationCategory::hate) {
            hate_present = true;
            hate_reported = pharos;
        }
        // PHAROS takes illegal content only: advertising or off-topic messages are not.
        if (pharos && (r.category == ModerationCategory::advertising || r.category == ModerationCategory::off_topic))
            c.add("pharos_not_illegal", check::Severity::error, ptr + "/actions", cat);
    }
    if (m.rules.empty()) c.add("moderation_empty", check::Severity::warning, "/charter/moderation/rules");
    else if (hate_present && !hate_reported) c.add("hate_without_pharos", check::Severity::warning, "/charter/moderation/rules");
    if (m.public_text.empty()) c.add("moderation_no_public_text", check::Severity::info, "/charter/moderation/public_text");
}

}  // namespace

std::vector<CharterIssue> validate_charter(const Workspace& ws, Lang lang) {
    Checker c{ws, lang, {}};
    check_message_types(c);
    check_tone(c);
    check_rhythm(c);
    check_business_hours(c);
    check_moderation(c);
    return c.issues;
}

bool charter_is_valid(const std::vector<CharterIssue>& issues) {
    return std::none_of(issues.begin(), issues.end(), [](const CharterIssue& i) { return i.severity == check::Severity::error; });
}

}  // namespace parvis::strategy
