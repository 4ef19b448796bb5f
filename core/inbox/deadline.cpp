#include "inbox/deadline.h"

#include <algorithm>
#include <cmath>

#include "calendar/time_zone.h"
#include "format/format.h"
#include "inbox/working_time.h"

namespace parvis::inbox {
namespace {

using std::chrono::seconds;

std::string weekday_name(date::local_days day, Lang lang) {
    return tr("format.weekday." + std::to_string(date::weekday{day}.iso_encoding()), lang);
}

}  // namespace

Deadline reply_deadline(Instant received, const BusinessHours& hours, std::string_view zone,
                        calendar::Territory territory) {
    Deadline out;
    const std::optional<LocalTime> local = to_local(received, zone);
    if (!local) {
        out.status = DeadlineStatus::unknown_zone;
        return out;
    }
    double target = hours.response_time_hours;
    if (!(target > 0)) target = 0;  // negative or NaN: the first working instant
    const bool capped = target > kMaxResponseHours;
    if (capped) target = kMaxResponseHours;
    out.counted_hours = target;

    const WorkingWeek week = working_week(hours);
    if (!week.usable()) {
        out.status = DeadlineStatus::no_working_time;
        return out;
    }

    std::int64_t remaining = std::llround(target * 3600);
    const date::local_days first = date::floor<date::days>(*local);
    for (int d = 0; d < kMaxDaysWalked; ++d) {
        const std::optional<WorkingWindow> window = working_window(first + date::days{d}, week, zone, territory);
        if (!window) continue;
        const Instant start = std::max(window->start, received);
        if (start >= window->end) continue;
        const std::int64_t available = (window->end - start).count();
        if (remaining <= available) {
            out.status = capped ? DeadlineStatus::capped : DeadlineStatus::ok;
            out.due = start + seconds{remaining};
            return out;
        }
        remaining -= available;
    }
    out.status = DeadlineStatus::no_working_time;
    return out;
}

Deadline reply_deadline(const InboxMessage& message, const Workspace& workspace) {
    return reply_deadline(message.received_at, workspace.charter.business_hours, workspace.profile.time_zone,
                          calendar::territory_of(workspace.profile));
}

bool awaits_reply(const InboxMessage& message) {
    return message.status != MessageStatus::answered && message.status != MessageStatus::closed &&
           message.status != MessageStatus::hidden;
}

bool is_overdue(const InboxMessage& message, const Deadline& deadline, Instant now) {
    return awaits_reply(message) && deadline.has_due() && now > deadline.due;
}

std::string french_clock(int hour, int minute, Lang lang) {
    if (lang == Lang::en) {
        char buf[8];
        std::snprintf(buf, sizeof buf, "%02d:%02d", hour, minute);
        return buf;
    }
    // « 10 h 30 », « 9 h »: no-break spaces, so that the time never breaks across lines.
    std::string out = std::to_string(hour) + "\u00A0h";
    if (minute != 0) out += "\u00A0" + std::string(minute < 10 ? "0" : "") + std::to_string(minute);
    return out;
}

std::string deadline_text(const Deadline& deadline, Instant now, std::string_view zone, Lang lang) {
    if (deadline.status == DeadlineStatus::unknown_zone) return tr("inbox.deadline.unknown_zone", lang);
    if (!deadline.has_due()) return tr("inbox.deadline.no_working_time", lang);
    const std::optional<LocalTime> due = to_local(deadline.due, zone);
    const std::optional<LocalTime> today = to_local(now, zone);
    if (!due || !today) return tr("inbox.deadline.unknown_zone", lang);

    const date::local_days due_day = date::floor<date::days>(*due);
    const date::local_days now_day = date::floor<date::days>(*today);
    const auto minutes = date::floor<std::chrono::minutes>(*due - due_day).count();
    const std::string clock = french_clock(int(minutes / 60), int(minutes % 60), lang);
    const int days_apart = int(std::abs((due_day - now_day).count()));

    std::string when;
    if (days_apart == 0) {
        when = tr("inbox.deadline.when_today", lang, {{"time", clock}});
    } else if (days_apart <= 6) {
        when = tr("inbox.deadline.when_week", lang, {{"weekday", weekday_name(due_day, lang)}, {"time", clock}});
    } else {
        const Day ymd{due_day};
        const unsigned day_number = unsigned(ymd.day());
        const std::string day_text = day_number == 1 && lang == Lang::fr ? "1er" : std::to_string(day_number);
        when = tr("inbox.deadline.when_far", lang,
                  {{"weekday", weekday_name(due_day, lang)}, {"day", day_text},
                   {"month", tr("format.month_long." + std::to_string(unsigned(ymd.month())), lang)},
                   {"time", clock}});
    }
    std::string out = tr(deadline.due < now ? "inbox.deadline.overdue" : "inbox.deadline.before", lang, {{"when", when}});
    if (deadline.status == DeadlineStatus::capped)
        out += tr("inbox.deadline.capped", lang, {{"hours", format_integer(std::int64_t(kMaxResponseHours), lang)}});
    return out;
}

}  // namespace parvis::inbox
