// See electoral.h.
//
// Index
// [SECTION] Periods
// [SECTION] Wording
// [SECTION] One post
// [SECTION] Rhythm and formats
#include "calendar/electoral.h"

#include <algorithm>
#include <map>
#include <optional>
#include <set>

#include "calendar/calendar_assets.h"
#include "calendar/calendar_data.h"
#include "calendar/fold_text.h"
#include "calendar/recurrence.h"
#include "calendar/time_zone.h"
#include "format/format.h"
#include "io/enum_names.h"

namespace parvis::calendar {
namespace {

using date::days;
using date::sys_days;

sys_days local_day(Instant at, std::string_view zone) {
    const auto local = to_local(at, zone).value_or(
        to_local(at, "Europe/Paris").value_or(LocalTime{at.time_since_epoch()}));
    return sys_days{date::floor<days>(local).time_since_epoch()};
}

// Statuses that will (or did) reach the public: the guard ignores ideas, cancelled and failed.
bool goes_public(PostStatus status) {
    return status == PostStatus::draft || status == PostStatus::to_validate ||
           status == PostStatus::validated || status == PostStatus::scheduled ||
           status == PostStatus::published;
}

check::Finding make_finding(const char* rule, check::Severity severity, std::string message,
                            std::size_t start = 0, std::size_t end = 0) {
    check::Finding f;
    f.rule = rule;
    f.category = "electoral";
    f.severity = severity;
    f.start = start;
    f.end = end;
    f.message = std::move(message);
    return f;
}

}  // namespace

//-----------------------------------------------------------------------------
// [SECTION] Periods
//-----------------------------------------------------------------------------

std::string election_kind_label(ElectionKind kind, Lang lang) {
    return tr("calendar.election." + std::string(io::enum_name(kind)), lang);
}

std::string election_problem(const Election& election, Day today, Lang lang) {
    if (!election.first_round.ok()) return tr("calendar.election_problem.first_round_missing", lang);
    if (election.first_round < today)
        return tr("calendar.election_problem.first_round_past", lang, {{"date", format_day_long(election.first_round, lang)}});
    if (election.second_round) {
        if (!election.second_round->ok() || *election.second_round <= election.first_round)
            return tr("calendar.election_problem.second_round_order", lang);
        if (sys_days{*election.second_round} - sys_days{election.first_round} > days{28})
            return tr("calendar.election_problem.second_round_far", lang);
    }
    return {};
}

DayRange electoral_period(const Election& election) {
    const date::year_month vote{election.first_round.year(), election.first_round.month()};
    const date::year_month start = vote - date::months{6};
    Day last = election.first_round;
    if (election.second_round && election.second_round->ok() && *election.second_round > last)
        last = *election.second_round;
    return {start / 1, last};
}

std::vector<Day> electoral_silence_days(const Election& election) {
    std::vector<Day> out;
    auto add_round = [&](Day day) {
        out.push_back(Day{sys_days{day} - days{1}});
        out.push_back(day);
    };
    add_round(election.first_round);
    if (election.second_round && election.second_round->ok()) add_round(*election.second_round);
    return out;
}

std::vector<ElectoralPeriodMark> electoral_periods_in(const Workspace& workspace, DayRange range) {
    std::vector<ElectoralPeriodMark> out;
    for (const Election& e : workspace.elections) {
        if (!e.first_round.ok()) continue;
        const DayRange period = electoral_period(e);
        if (period.last < range.first || period.first > range.last) continue;
        out.push_back({&e, period});
    }
    return out;
}

//-----------------------------------------------------------------------------
// [SECTION] Wording
//-----------------------------------------------------------------------------

Result<ElectoralWording> read_electoral_wording(std::string_view json_text) {
    io::Json doc;
    if (Error e = data::parse_data_file(json_text, "parvis-vocabulaire-electoral", doc)) return e;
    ElectoralWording w;
    if (Error e = data::get_strings(doc, "promotion", "", w.promotion)) return e;
    if (Error e = data::get_strings(doc, "election", "", w.election)) return e;
    if (Error e = data::get_strings(doc, "management", "", w.management)) return e;
    return w;
}

const ElectoralWording& default_electoral_wording() {
    static const ElectoralWording wording = [] {
        Result<ElectoralWording> r = read_electoral_wording(calendar_asset("electoral_wording.json"));
        return r ? std::move(r.value()) : ElectoralWording{};  // the unit tests read it strictly
    }();
    return wording;
}

namespace {

struct Match {
    std::size_t start;  // byte offsets in the original text
    std::size_t end;
};

// Whole-word occurrences of the folded phrase in the folded text.
std::vector<Match> find_phrase(const FoldedText& text, const std::string& phrase) {
    std::vector<Match> out;
    if (phrase.empty()) return out;
    std::size_t from = 0;
    while (true) {
        const std::size_t at = text.text.find(phrase, from);
        if (at == std::string::npos) break;
        const std::size_t end = at + phrase.size();
        const bool starts_word = at == 0 || text.text[at - 1] == ' ';
        const bool ends_word = end == text.text.size() || text.text[end] == ' ';
        if (starts_word && ends_word) out.push_back({text.origin[at], text.origin_end[end - 1]});
        from = at + 1;
    }
    return out;
}

}  // namespace

bool contains_phrase(std::string_view text, std::string_view phrase) {
    return !find_phrase(fold_text(text), fold(phrase)).empty();
}

//-----------------------------------------------------------------------------
// [SECTION] One post
//-----------------------------------------------------------------------------

namespace {

// The local days of `post` inside `period` (its occurrences, or its publication day).
std::vector<sys_days> post_days_in(const Post& post, DayRange period, std::string_view zone) {
    std::vector<sys_days> out;
    for (Instant at : occurrences_in(post, period, zone)) out.push_back(local_day(at, zone));
    if (out.empty() && post.published_at) {
        const sys_days d = local_day(*post.published_at, zone);
        if (period.contains(Day{d})) out.push_back(d);
    }
    return out;
}

// « des élections municipales du dimanche 15 mars 2026 », « de l’élection présidentielle du … ».
std::string period_text(const Election& e, Lang lang) {
    return tr("calendar.electoral.period", lang,
              {{"of", tr("calendar.election_of." + std::string(io::enum_name(e.kind)), lang)},
               {"date", format_day_long(e.first_round, lang)}});
}

// The wording list folded once (accents, case, apostrophes), promotion phrases longest first: a
// whole-calendar check runs over thousands of posts, and folding each phrase for each post was
// most of its time.
struct FoldedWording {
    std::vector<std::string> promotion, election, management;
    explicit FoldedWording(const ElectoralWording& w) {
        for (const std::string& p : w.promotion) promotion.push_back(fold(p));
        for (const std::string& p : w.election) election.push_back(fold(p));
        for (const std::string& p : w.management) management.push_back(fold(p));
        std::stable_sort(promotion.begin(), promotion.end(),
                         [](const std::string& a, const std::string& b) { return a.size() > b.size(); });
    }
};

std::vector<CalendarFinding> check_one_post(const Workspace& workspace, const Post& post, Lang lang,
                                            const FoldedWording& wording) {
    std::vector<CalendarFinding> out;
    if (!goes_public(post.status)) return out;
    const std::string& zone = workspace.profile.time_zone;

    // CGCT L2121-27-1: all year round, for communes of 1,000 inhabitants or more.
    const bool opposition_rule = workspace.profile.kind == CollectivityKind::commune &&
                                 workspace.profile.population >= 1000;

    std::set<std::string> reminded;  // one opposition reminder per post
    std::vector<std::optional<FoldedText>> folded_texts(post.variants.size());  // folded when needed
    auto folded_variant = [&](std::size_t i) -> const FoldedText& {
        if (!folded_texts[i]) folded_texts[i] = fold_text(post.variants[i].text);
        return *folded_texts[i];
    };
    for (const Election& election : workspace.elections) {
        if (!election.first_round.ok()) continue;
        const DayRange period = electoral_period(election);
        const std::vector<sys_days> days_in = post_days_in(post, period, zone);
        if (days_in.empty()) continue;
        const Day first_day{days_in.front()};
        const std::string what = period_text(election, lang);
        auto add = [&](check::Finding f, const std::string& account, std::optional<PostStatus> proposal = {}) {
            out.push_back({std::move(f), post.id, account, first_day, proposal});
        };

        for (std::size_t vi = 0; vi < post.variants.size(); ++vi) {
            const PostVariant& v = post.variants[vi];
            const FoldedText& folded = folded_variant(vi);
            std::set<std::size_t> seen;  // one finding per position, the longest phrase first
            for (const std::string& phrase : wording.promotion) {
                for (const Match& m : find_phrase(folded, phrase)) {
                    if (!seen.insert(m.start).second) continue;
                    add(make_finding("electoral_promotion", check::Severity::warning,
                                     tr("calendar.electoral.promotion", lang,
                                        {{"text", v.text.substr(m.start, m.end - m.start)}, {"period", what}}),
                                     m.start, m.end),
                        v.account_id);
                }
            }
            for (const std::string& phrase : wording.election) {
                const std::vector<Match> matches = find_phrase(folded, phrase);
                if (matches.empty()) continue;
                const Match& m = matches.front();
                add(make_finding("electoral_mention", check::Severity::warning,
                                 tr("calendar.electoral.mention", lang, {{"text", v.text.substr(m.start, m.end - m.start)}}),
                                 m.start, m.end),
                    v.account_id);
                break;  // one mention finding per variant is enough
            }
        }
        if (post.sponsored) {
            add(make_finding("electoral_sponsored", check::Severity::error,
                             tr("calendar.electoral.sponsored", lang, {{"period", what}})),
                "");
        }
        const std::vector<Day> silence = electoral_silence_days(election);
        for (sys_days d : days_in) {
            if (std::find(silence.begin(), silence.end(), Day{d}) == silence.end()) continue;
            std::optional<PostStatus> proposal;
            if (post.status == PostStatus::scheduled) proposal = PostStatus::validated;
            CalendarFinding f{make_finding("electoral_silence", check::Severity::error,
                                           tr("calendar.electoral.silence", lang, {{"date", format_day_long(Day{d}, lang)}})),
                              post.id, "", Day{d}, proposal};
            out.push_back(std::move(f));
            break;
        }
    }

    if (opposition_rule) {
        for (std::size_t vi = 0; vi < post.variants.size(); ++vi) {
            const FoldedText& folded = folded_variant(vi);
            for (const std::string& phrase : wording.management) {
                const std::vector<Match> matches = find_phrase(folded, phrase);
                if (matches.empty() || !reminded.insert(post.id).second) continue;
                check::Finding f = make_finding("opposition_space", check::Severity::info,
                                                tr("calendar.electoral.opposition", lang),
                                                matches.front().start, matches.front().end);
                std::optional<Day> day;
                if (post.scheduled_at) day = Day{local_day(*post.scheduled_at, zone)};
                out.push_back({std::move(f), post.id, "", day, std::nullopt});
                break;
            }
        }
    }
    return out;
}

}  // namespace

std::vector<CalendarFinding> check_post_electoral(const Workspace& workspace, const Post& post,
                                                  Lang lang, const ElectoralWording& wording) {
    return check_one_post(workspace, post, lang, FoldedWording(wording));
}

//-----------------------------------------------------------------------------
// [SECTION] Rhythm and formats
//-----------------------------------------------------------------------------

std::vector<CalendarFinding> check_electoral(const Workspace& workspace, DayRange range, Lang lang,
                                             const ElectoralWording& wording) {
    std::vector<CalendarFinding> out;
    const std::string& zone = workspace.profile.time_zone;
    std::set<std::string> checked;
    std::optional<FoldedWording> folded_wording;  // only when a period overlaps the range

    for (const ElectoralPeriodMark& mark : electoral_periods_in(workspace, range)) {
        const Election& election = *mark.election;
        const DayRange period = mark.period;
        const DayRange window{std::max(period.first, range.first), std::min(period.last, range.last)};
        const sys_days before_start = sys_days{period.first} - days{26 * 7};
        const DayRange before{Day{before_start}, Day{sys_days{period.first} - days{1}}};
        const std::string what = period_text(election, lang);

        // Each post once, whatever the number of elections.
        for (const Post& post : workspace.posts) {
            if (checked.count(post.id) || post_days_in(post, window, zone).empty()) continue;
            checked.insert(post.id);
            if (!folded_wording) folded_wording.emplace(wording);
            for (CalendarFinding& f : check_one_post(workspace, post, lang, *folded_wording))
                out.push_back(std::move(f));
        }

        // Posts per account per ISO week, before and during the period; formats used before.
        std::map<std::string, int> before_count;
        std::map<std::pair<std::string, sys_days>, int> week_count;
        std::map<std::string, std::set<MediaKind>> before_media;
        std::map<std::pair<std::string, MediaKind>, std::pair<std::string, sys_days>> new_media;
        std::map<std::string, std::pair<std::string, sys_days>> first_in_period;
        for (const Post& post : workspace.posts) {
            if (!goes_public(post.status)) continue;
            for ([[maybe_unused]] sys_days d : post_days_in(post, before, zone)) {  // once per day it goes out
                for (const PostVariant& v : post.variants) {
                    ++before_count[v.account_id];
                    for (const Media& m : v.media) before_media[v.account_id].insert(m.kind);
                }
            }
            for (sys_days d : post_days_in(post, window, zone)) {
                const sys_days monday = d - days{date::weekday{d}.iso_encoding() - 1};
                for (const PostVariant& v : post.variants) {
                    ++week_count[{v.account_id, monday}];
                    first_in_period.try_emplace(v.account_id, post.id, d);
                    for (const Media& m : v.media) new_media.try_emplace({v.account_id, m.kind}, post.id, d);
                }
            }
        }
        // Comparing needs history: with less than four weeks of posts before the period (a new
        // workspace, or the demo), rhythm and formats are not judged.
        std::optional<sys_days> earliest;
        for (const Post& post : workspace.posts) {
            if (!goes_public(post.status)) continue;
            const std::optional<Instant> at = post.published_at ? post.published_at : post.scheduled_at;
            if (at && (!earliest || local_day(*at, zone) < *earliest)) earliest = local_day(*at, zone);
        }
        if (!earliest || sys_days{period.first} - *earliest < days{28}) continue;
        const double history_weeks =
            std::min(26.0, (sys_days{period.first} - std::max(*earliest, before_start)).count() / 7.0);
        auto account_name = [&](const std::string& id) {
            for (const NetworkAccount& a : workspace.accounts)
                if (a.id == id) return (a.handle.empty() ? a.id : a.handle);
            return id;
        };
        for (const auto& [key, count] : week_count) {
            const auto& [account, monday] = key;
            const double average = before_count[account] / history_weeks;
            if (before_count[account] == 0) continue;  // reported as a new format below
            const int limit = std::max(static_cast<int>(average * 1.25 + 0.999), static_cast<int>(average) + 1);
            if (count <= limit) continue;
            out.push_back({make_finding("electoral_rhythm", check::Severity::warning,
                                        tr("calendar.electoral.rhythm", lang,
                                           {{"account", account_name(account)},
                                            {"count", std::to_string(count)},
                                            {"week", format_day_long(Day{monday}, lang)},
                                            {"average", format_number(average, 1, lang)},
                                            {"period", what}})),
                           "", account, Day{monday}, std::nullopt});
        }
        for (const auto& [account, where] : first_in_period) {
            if (before_count[account] > 0) continue;
            out.push_back({make_finding("electoral_new_format", check::Severity::warning,
                                        tr("calendar.electoral.new_account", lang,
                                           {{"account", account_name(account)}, {"period", what}})),
                           where.first, account, Day{where.second}, std::nullopt});
        }
        for (const auto& [key, where] : new_media) {
            const auto& [account, kind] = key;
            if (before_count[account] == 0 || before_media[account].count(kind)) continue;
            out.push_back({make_finding("electoral_new_format", check::Severity::warning,
                                        tr("calendar.electoral.new_media", lang,
                                           {{"account", account_name(account)},
                                            {"kind", tr("calendar.electoral.media." + std::string(io::enum_name(kind)), lang)},
                                            {"period", what}})),
                           where.first, account, Day{where.second}, std::nullopt});
        }
    }
    return out;
}

}  // namespace parvis::calendar
