// See recurrence.h.
//
// Index
// [SECTION] Local time helpers
// [SECTION] Expansion
// [SECTION] Description
// [SECTION] Evergreen re-queue
#include "calendar/recurrence.h"

#include <algorithm>
#include <map>
#include <set>
#include <utility>

#include "calendar/holidays.h"
#include "calendar/post_status.h"
#include "calendar/time_zone.h"
#include "edit/audit_log.h"
#include "format/format.h"
#include "io/time_text.h"

namespace parvis::calendar {
namespace {

using date::days;
using date::sys_days;

//-----------------------------------------------------------------------------
// [SECTION] Local time helpers
//-----------------------------------------------------------------------------

// The zone to compute in: an unknown zone falls back to the default, Europe/Paris, so a post
// never vanishes from the calendar because of a bad profile (the invariants report the zone).
std::string_view usable_zone(std::string_view zone) {
    return is_known_time_zone(zone) ? zone : std::string_view{"Europe/Paris"};
}

LocalTime local_of(Instant at, std::string_view zone) {
    return to_local(at, usable_zone(zone)).value_or(LocalTime{at.time_since_epoch()});
}

// The instant of a wall-clock time: pushed forward in a spring-forward gap, the first of two in
// a fall-back overlap (see recurrence.h).
Instant instant_of(LocalTime local, std::string_view zone) {
    const LocalTimeResolution r = from_local(local, usable_zone(zone));
    switch (r.kind) {
        case LocalTimeKind::unique:
        case LocalTimeKind::ambiguous: return r.earlier;
        case LocalTimeKind::nonexistent: return r.later;
        case LocalTimeKind::unknown_zone: break;
    }
    return Instant{local.time_since_epoch()};
}

unsigned iso_weekday(sys_days day) { return date::weekday{day}.iso_encoding(); }

//-----------------------------------------------------------------------------
// [SECTION] Expansion
//-----------------------------------------------------------------------------

// The nth (1..4) or last (-1) `weekday` (ISO) of a month.
std::optional<sys_days> nth_weekday(date::year_month ym, int nth, int weekday) {
    const date::weekday wd{static_cast<unsigned>(weekday % 7)};  // ISO 7 (Sunday) is 0
    if (nth == -1) return sys_days{ym / wd[date::last]};
    const date::year_month_day day{ym / wd[static_cast<unsigned>(nth)]};
    if (!day.ok()) return std::nullopt;
    return sys_days{day};
}

sys_days clamped_day(date::year_month ym, int day_of_month) {
    const unsigned last = static_cast<unsigned>((ym / date::last).day());
    const unsigned d = std::min(static_cast<unsigned>(day_of_month), last);
    return sys_days{ym / date::day{d}};
}

// Calls `emit(day)` for each day of the rule from `start` in order, until `emit` returns false
// or a safety bound is reached.
template <class Emit>
void for_each_rule_day(const Recurrence& rule, sys_days start, Emit emit) {
    constexpr int kMaxPeriods = 20000;  // about 380 years of weeks: far beyond any range asked
    const int interval = std::max(1, rule.interval);
    if (rule.frequency == RecurrenceFrequency::weekly) {
        std::vector<unsigned> weekdays;
        for (int w : rule.weekdays)
            if (w >= 1 && w <= 7) weekdays.push_back(static_cast<unsigned>(w));
        if (weekdays.empty()) weekdays.push_back(iso_weekday(start));
        std::sort(weekdays.begin(), weekdays.end());
        weekdays.erase(std::unique(weekdays.begin(), weekdays.end()), weekdays.end());
        const sys_days monday = start - days{iso_weekday(start) - 1};
        for (int k = 0; k < kMaxPeriods; ++k) {
            const sys_days week = monday + days{7 * interval * k};
            for (unsigned w : weekdays) {
                const sys_days day = week + days{w - 1};
                if (day < start) continue;
                if (!emit(day)) return;
            }
        }
        return;
    }
    const date::year_month_day first{start};
    const date::year_month first_month{first.year(), first.month()};
    for (int k = 0; k < kMaxPeriods; ++k) {
        const date::year_month ym = first_month + date::months{interval * k};
        std::optional<sys_days> day;
        if (rule.month_day > 0) {
            day = clamped_day(ym, rule.month_day);
        } else if (rule.month_week != 0 && rule.month_weekday >= 1 && rule.month_weekday <= 7) {
            day = nth_weekday(ym, rule.month_week, rule.month_weekday);
        } else {
            day = clamped_day(ym, static_cast<int>(static_cast<unsigned>(first.day())));
        }
        if (!day || *day < start) continue;
        if (!emit(*day)) return;
    }
}

constexpr int kMaxInterval = 520;  // ten years of weeks

}  // namespace

bool recurrence_is_valid(const Recurrence& rule) {
    // The bound on the interval keeps the date arithmetic far from overflow on hostile files.
    if (rule.interval < 1 || rule.interval > kMaxInterval || rule.count < 0) return false;
    for (int w : rule.weekdays)
        if (w < 1 || w > 7) return false;
    if (rule.month_day < 0 || rule.month_day > 31) return false;
    if (rule.month_week < -1 || rule.month_week > 4) return false;
    if (rule.month_week != 0 && (rule.month_weekday < 1 || rule.month_weekday > 7)) return false;
    return true;
}

std::vector<Instant> occurrences_in(const Post& post, DayRange range, std::string_view time_zone,
                                    std::size_t max_occurrences) {
    std::vector<Instant> out;
    if (!post.scheduled_at || !range.first.ok() || !range.last.ok() || range.last < range.first)
        return out;
    if (max_occurrences == 0) max_occurrences = 10000;
    const LocalTime anchor = local_of(*post.scheduled_at, time_zone);
    const auto anchor_day = date::floor<days>(anchor);
    const auto time_of_day = anchor - anchor_day;
    const sys_days start{anchor_day.time_since_epoch()};
    const sys_days first{range.first}, last{range.last};

    if (!post.recurrence) {
        if (start >= first && start <= last) out.push_back(*post.scheduled_at);
        return out;
    }
    const Recurrence& rule = *post.recurrence;
    if (!recurrence_is_valid(rule)) {
        if (start >= first && start <= last) out.push_back(*post.scheduled_at);
        return out;
    }
    std::set<sys_days> exceptions;
    for (const Day& d : rule.exceptions)
        if (d.ok()) exceptions.insert(sys_days{d});
    const std::optional<sys_days> until =
        rule.until && rule.until->ok() ? std::optional<sys_days>{sys_days{*rule.until}} : std::nullopt;
    int generated = 0;
    for_each_rule_day(rule, start, [&](sys_days day) {
        if (day > last || (until && day > *until)) return false;
        if (rule.count > 0 && generated >= rule.count) return false;
        ++generated;  // exceptions still count towards `count`, as EXDATE does in RFC 5545
        if (day < first || exceptions.count(day)) return true;
        const LocalTime local{day.time_since_epoch() + time_of_day};
        out.push_back(instant_of(local, time_zone));
        return out.size() < max_occurrences;
    });
    return out;
}

//-----------------------------------------------------------------------------
// [SECTION] Description
//-----------------------------------------------------------------------------

namespace {

const char* weekday_name(int iso, Lang lang) {
    static const char* fr[] = {"lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"};
    static const char* en[] = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
    if (iso < 1 || iso > 7) return "";
    return lang == Lang::en ? en[iso - 1] : fr[iso - 1];
}

// « 1er », « 2e », « dernier »; "1st", "2nd", "last".
std::string rank_name(int nth, Lang lang) {
    if (nth == -1) return lang == Lang::en ? "last" : "dernier";
    if (lang == Lang::fr) return nth == 1 ? "1er" : std::to_string(nth) + "e";
    static const char* suffix[] = {"th", "st", "nd", "rd"};
    return std::to_string(nth) + (nth >= 1 && nth <= 3 ? suffix[nth] : suffix[0]);
}

// "1st", "12th", "22nd", "31st".
std::string english_day_of_month(int d) {
    const int tens = d % 100;
    if (tens >= 11 && tens <= 13) return std::to_string(d) + "th";
    return std::to_string(d) + (d % 10 == 1 ? "st" : d % 10 == 2 ? "nd" : d % 10 == 3 ? "rd" : "th");
}

std::string describe_french(const Recurrence& rule) {
    std::string out;
    const int n = std::max(1, rule.interval);
    if (rule.frequency == RecurrenceFrequency::weekly) {
        out = n == 1 ? "Toutes les semaines" : "Toutes les " + std::to_string(n) + " semaines";
        if (!rule.weekdays.empty()) {
            out += rule.weekdays.size() == 1 ? " le " : " les ";
            for (std::size_t i = 0; i < rule.weekdays.size(); ++i) {
                if (i > 0) out += i + 1 == rule.weekdays.size() ? " et " : ", ";
                out += weekday_name(rule.weekdays[i], Lang::fr);
            }
        }
    } else if (rule.month_day <= 0 && rule.month_week != 0) {
        // « Le 2e mardi de chaque mois », « Le dernier vendredi, tous les 2 mois ».
        out = "Le " + rank_name(rule.month_week, Lang::fr) + " " + weekday_name(rule.month_weekday, Lang::fr);
        out += n == 1 ? " de chaque mois" : ", tous les " + std::to_string(n) + " mois";
    } else {
        out = n == 1 ? "Tous les mois" : "Tous les " + std::to_string(n) + " mois";
        if (rule.month_day > 0)
            out += rule.month_day == 1 ? " le 1er" : " le " + std::to_string(rule.month_day);
    }
    if (rule.until && rule.until->ok()) out += ", jusqu'au " + format_day_long(*rule.until);
    if (rule.count > 0) out += ", " + std::to_string(rule.count) + " fois";
    if (!rule.exceptions.empty())
        out += " (" + std::to_string(rule.exceptions.size()) +
               (rule.exceptions.size() == 1 ? " exception)" : " exceptions)");
    return out;
}

std::string describe_english(const Recurrence& rule) {
    std::string out;
    const int n = std::max(1, rule.interval);
    if (rule.frequency == RecurrenceFrequency::weekly) {
        out = n == 1 ? "Every week" : "Every " + std::to_string(n) + " weeks";
        if (!rule.weekdays.empty()) {
            out += " on ";
            for (std::size_t i = 0; i < rule.weekdays.size(); ++i) {
                if (i > 0) out += i + 1 == rule.weekdays.size() ? " and " : ", ";
                out += weekday_name(rule.weekdays[i], Lang::en);
            }
        }
    } else if (rule.month_day <= 0 && rule.month_week != 0) {
        out = "The " + rank_name(rule.month_week, Lang::en) + " " + weekday_name(rule.month_weekday, Lang::en);
        out += n == 1 ? " of every month" : ", every " + std::to_string(n) + " months";
    } else {
        out = n == 1 ? "Every month" : "Every " + std::to_string(n) + " months";
        if (rule.month_day > 0) out += " on the " + english_day_of_month(rule.month_day);
    }
    if (rule.until && rule.until->ok()) out += ", until " + format_day_long(*rule.until, Lang::en);
    if (rule.count > 0) out += ", " + std::to_string(rule.count) + (rule.count == 1 ? " time" : " times");
    if (!rule.exceptions.empty())
        out += " (" + std::to_string(rule.exceptions.size()) +
               (rule.exceptions.size() == 1 ? " exception)" : " exceptions)");
    return out;
}

}  // namespace

std::string describe_recurrence(const Recurrence& rule, Lang lang) {
    return lang == Lang::en ? describe_english(rule) : describe_french(rule);
}

MonthWeekdayOf month_weekday_of(Day day) {
    if (!day.ok()) return {};
    const unsigned d = static_cast<unsigned>(day.day());
    const unsigned last = static_cast<unsigned>((day.year() / day.month() / date::last).day());
    return {static_cast<int>((d - 1) / 7 + 1), static_cast<int>(iso_weekday(sys_days{day})), d + 7 > last};
}

//-----------------------------------------------------------------------------
// [SECTION] Evergreen re-queue
//-----------------------------------------------------------------------------

namespace {

bool counts_in_planning(PostStatus status) {
    return status == PostStatus::draft || status == PostStatus::to_validate ||
           status == PostStatus::validated || status == PostStatus::scheduled ||
           status == PostStatus::published;
}

}  // namespace

std::optional<Instant> next_free_slot(const Workspace& workspace, const Post& post, Instant after,
                                      RequeueOptions options) {
    const int min_days = options.min_days_after > 0 ? options.min_days_after : 7;
    const int search_days = options.search_days > 0 ? options.search_days : 90;
    const std::string& zone = workspace.profile.time_zone;
    const BusinessHours& hours = workspace.charter.business_hours;
    const Territory territory = territory_of(workspace.profile);

    const LocalTime after_local = local_of(after, zone);
    const sys_days from{date::floor<days>(after_local).time_since_epoch() + days{min_days}};
    const sys_days to = from + days{search_days};

    // Posts per (account, local day) in the window, each occurrence counted.
    std::map<std::pair<std::string, sys_days>, int> load;
    for (const Post& other : workspace.posts) {
        if (other.id == post.id || !counts_in_planning(other.status) || other.held) continue;
        for (Instant at : occurrences_in(other, {Day{from}, Day{to}}, zone)) {
            const sys_days day{date::floor<days>(local_of(at, zone)).time_since_epoch()};
            for (const PostVariant& v : other.variants) ++load[{v.account_id, day}];
        }
    }
    auto max_per_day = [&](const std::string& account) {
        for (const RhythmRule& r : workspace.charter.rhythm)
            if (r.account_id == account && r.max_per_day > 0) return r.max_per_day;
        return 1;  // no maximum: "free" means no other post that day
    };

    // The time of day: the post's own if within business hours, else one hour after opening.
    std::chrono::minutes time_of_day{hours.opens.minutes + 60};
    if (post.scheduled_at) {
        const LocalTime local = local_of(*post.scheduled_at, zone);
        const auto minutes = date::floor<std::chrono::minutes>(local - date::floor<days>(local));
        if (minutes.count() >= hours.opens.minutes && minutes.count() < hours.closes.minutes)
            time_of_day = minutes;
    }
    if (time_of_day.count() >= 24 * 60) time_of_day = std::chrono::minutes{10 * 60};

    for (sys_days day = from; day <= to; day += days{1}) {
        const int wd = static_cast<int>(iso_weekday(day));
        if (!hours.weekdays.empty() &&
            std::find(hours.weekdays.begin(), hours.weekdays.end(), wd) == hours.weekdays.end())
            continue;
        if (is_holiday(Day{day}, territory)) continue;
        bool free = true;
        for (const PostVariant& v : post.variants) {
            auto it = load.find({v.account_id, day});
            if (it != load.end() && it->second >= max_per_day(v.account_id)) free = false;
        }
        if (!free) continue;
        return instant_of(LocalTime{day.time_since_epoch() + time_of_day}, zone);
    }
    return std::nullopt;
}

RequeueResult requeue_evergreen_explained(Workspace& workspace, std::string_view post_id,
                                          std::string_view person_id, Instant now, RequeueOptions options) {
    auto it = std::find_if(workspace.posts.begin(), workspace.posts.end(),
                           [&](const Post& p) { return p.id == post_id; });
    if (it == workspace.posts.end()) return {RequeueOutcome::unknown_post, std::nullopt};
    if (!it->evergreen) return {RequeueOutcome::not_evergreen, std::nullopt};
    if (it->status != PostStatus::published) return {RequeueOutcome::not_published, std::nullopt};
    const Instant after = it->published_at.value_or(now);
    const std::optional<Instant> slot = next_free_slot(workspace, *it, std::max(after, now), options);
    if (!slot) return {RequeueOutcome::no_free_slot, std::nullopt};
    it->status = PostStatus::scheduled;
    it->scheduled_at = *slot;
    edit::record(workspace, {std::string(person_id), now}, edit::AuditAction::post_requeue, post_id, io::format_instant(*slot));
    return {RequeueOutcome::requeued, slot};
}

bool requeue_evergreen(Workspace& workspace, std::string_view post_id, std::string_view person_id,
                       Instant now, RequeueOptions options) {
    return requeue_evergreen_explained(workspace, post_id, person_id, now, options).outcome ==
           RequeueOutcome::requeued;
}

}  // namespace parvis::calendar
