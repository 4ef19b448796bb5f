// The question asked when a wall-clock time is skipped by the change to summer time or happens
// twice at the change to winter time (core/calendar/time_zone.h): both instants are offered as
// local time with their UTC offset. Used by the calendar (a drop, a new post) and by Rédaction's
// « Programmer », so that the two ask the same question the same way.
#pragma once
#include <optional>

#include "app.h"
#include "calendar/calendar_layout.h"

namespace parvis::app::ui {

struct TimeChoice {
    bool open = false;               // the dialog is shown
    date::local_days day{};
    int minute = 0;
    LocalTimeResolution resolution;  // nonexistent or ambiguous
};

// Draws the dialog while `open` (popup `id`) for `minute` on `day`; returns the instant chosen,
// once, and closes. « Annuler » or Échap close it with nothing chosen.
std::optional<Instant> time_choice_dialog(App& app, const char* id, bool& open, date::local_days day, int minute,
                                          const LocalTimeResolution& resolution);
inline std::optional<Instant> time_choice_dialog(App& app, const char* id, TimeChoice& choice) {
    return time_choice_dialog(app, id, choice.open, choice.day, choice.minute, choice.resolution);
}

}  // namespace parvis::app::ui
