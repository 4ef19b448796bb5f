// The screens' state: made for the frame, and reported to the test hook. See screen_state.h.
#include "ui/screen_state.h"

#include <memory>

#include <nlohmann/json.hpp>

#include "ui/screens.h"
#include "ui/text_underlines.h"

namespace parvis::app::ui {

ScreenStates& frame_screen_states(App& app) {
    if (!app.screens || app.screens_outdated) {
        app.screens = std::make_shared<ScreenStates>();
        app.screens_outdated = false;
    }
    return *app.screens;
}

// Between a workspace's opening and the next frame, the screens are as that frame will start
// them: fresh.
void add_screen_summaries(const App& app, nlohmann::json& summary) {
    static const ScreenStates fresh;
    const ScreenStates& s = app.screens && !app.screens_outdated ? *app.screens : fresh;
    summary["person_choice"] = s.person_chooser.person_id;
    summary["composer"] = composer_summary(app, s.composer);
    summary["calendar"] = calendar_summary(app, s.calendar);
    summary["inbox"] = messages_summary(app, s.messages);
    summary["elections"] = elections_summary(app, s.calendar.elections);
    summary["school_calendar"] = school_calendar_summary(app, s.calendar);
    summary["kpis"] = kpis_summary(app, s.kpis);
    summary["import_dialog"] = import_dialog_summary(app, s.import_dialog);
    // One screen draws text areas at a time: the other's list is from an older frame, so empty.
    nlohmann::json underlines = underlines_summary(s.composer.underlines);
    for (nlohmann::json& mark : underlines_summary(s.messages.underlines)) underlines.push_back(std::move(mark));
    summary["underlines"] = std::move(underlines);
    summary["first_run"] = first_run_summary(app, s.settings.first_run);
}

}  // namespace parvis::app::ui
