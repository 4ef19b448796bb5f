// The calendar screen's shared state, between its files: calendar.cpp (toolbar, filters, legend,
// keyboard, side panel, dialogs), calendar_month.cpp, calendar_week.cpp, calendar_list.cpp,
// calendar_layers.cpp (holidays, school holidays, journées, electoral period in the background),
// calendar_planning.cpp, calendar_recurrence.cpp, and the dialogs of elections.cpp and
// school_calendar.cpp. The state is App's (ui/screen_state.h), passed to every function here.
//
// Speed: the views never walk the workspace per frame. `ensure_layout` rebuilds the cached
// layout (core/calendar/calendar_layout.h) and the chips' texts only when the document revision,
// the range, the filter or the colouring change; frames only place and draw the cached chips.
#pragma once
#include <array>
#include <cstdint>
#include <string>
#include <vector>

#include <imgui.h>
#include <imgui_internal.h>  // ImRect

#include "calendar/calendar_finding.h"
#include "calendar/calendar_layout.h"
#include "calendar/finding_groups.h"
#include "ui/screens.h"

namespace parvis::app::ui::cal {

enum class View { month, week, list };

// A background mark of one day (holiday, school holiday, journée, electoral period).
struct DayMarks {
    bool holiday = false;
    bool school = false;
    bool electoral = false;
    bool silence = false;            // eve or day of a vote (L49)
    std::string names;               // « Noël · Vacances de Noël (zone B) », for the tooltip
    std::vector<std::string> journees;  // suggestions
};

struct Drag {
    bool active = false;             // the mouse moved beyond the threshold with a chip held
    std::uint32_t post = 0;          // index in Workspace::posts
    ImVec2 grab{};                   // mouse offset inside the chip when the drag started
    std::string title;
};

// The list view's rows (calendar_list.cpp), rebuilt only when the document or the filter changes.
struct ListCache {
    std::uint64_t revision = ~std::uint64_t(0);
    CalendarFilter filter;
    std::vector<std::uint32_t> rows;  // indices in Workspace::posts
    std::vector<std::string> when;    // local date and time, or « — »
    std::vector<std::string> networks;
    std::vector<std::string> campaign;
    std::size_t dated = 0;
};

// What a frame needs to draw the planning checks' list (calendar_planning.cpp), built once per
// rebuild of the findings (and again when the panel's width or the font changes): the groups,
// each row's text without its source, the source line and the wrapped height. With thousands of
// posts the list can hold thousands of findings: rows outside the visible part are skipped with
// their cached height.
struct FindingRow {
    std::string text;
    std::string source_line;
    float text_height = 0;
    float height = 0;
};
struct FindingRows {
    int build = -1;
    float width = 0;
    float font_size = 0;
    std::vector<calendar::FindingGroup> groups;
    std::vector<std::string> group_labels;
    std::vector<FindingRow> rows;
};

// The outcome of « Remettre en file » on an evergreen post (calendar_planning.cpp).
struct RequeueNotice {
    std::string post_id;
    std::string text;
    bool error = false;
};

// The recurrence editor's « jusqu'au » field as typed (calendar_recurrence.cpp).
struct RecurrenceEdit {
    std::string post_id;
    std::string until_text;
    std::string until_error;
};

// Leaving crisis mode: which held posts to release (calendar_recurrence.cpp).
struct CrisisRelease {
    bool open = false;
    std::vector<std::string> ids;
    std::vector<char> keep;  // 1: release
};

// The form of a new election (elections.cpp); texts as typed, read when « Ajouter » is pressed.
struct ElectionsForm {
    ElectionKind kind = ElectionKind::municipales;
    std::string first_round, second_round, territory;
    std::string error;
    std::string confirm_delete;  // id of the election awaiting confirmation
    bool open = false;           // the dialog is shown
};

// The school calendar's dialog (school_calendar.cpp).
struct SchoolCalendarDialog {
    bool open = false;
    bool confirm_reset = false;
    std::string error;  // why the last file was refused, in the current language
};

// A drop or a creation waiting for the user to choose between two instants (gap or overlap).
struct PendingTime {
    bool open = false;
    bool create = false;             // else: move `post`
    std::uint32_t post = 0;
    std::string post_id;
    date::local_days day{};
    int minute = 0;
    LocalTimeResolution resolution;
};

struct State {
    View view = View::month;
    date::local_days selected{};     // the selected day (keyboard, clicks)
    bool selected_set = false;
    int selected_minute = 10 * 60;   // week view: the selected slot
    std::string selected_post;       // id, "" for none
    int snap_minutes = 15;           // week view drop and creation steps: 15 or 30
    CalendarColouring colouring = CalendarColouring::campaign;
    CalendarFilter filter;
    bool scroll_week_to_morning = true;

    // Cache, rebuilt by ensure_layout.
    CalendarLayoutOptions options;
    std::uint64_t revision = ~std::uint64_t(0);
    CalendarLayout layout;
    std::vector<std::string> chip_text;   // "10:00 Titre"
    std::vector<std::string> chip_label;  // "Titre##chip-post-3": the test hook's label
    std::vector<std::string> chip_a11y;   // "Titre, mardi 8 décembre 2026 10:00, Validé": what a screen reader says
    std::vector<std::string> day_label;   // « lundi 30 novembre 2026 » per day of the range
    std::vector<DayMarks> marks;          // per day of the range
    struct Ghost { std::int32_t day; std::int32_t minute; std::uint32_t post; };
    std::vector<Ghost> occurrences;       // later occurrences of recurring posts, drawn dimmed
    int layout_builds = 0;

    // This frame's geometry, for drops: one rectangle per day (month cell or week column).
    std::vector<ImRect> day_rects;
    float week_hour_height = 0;
    Drag drag;
    PendingTime pending;
    int drawn_chips = 0;
    std::int64_t last_click_key = -1;
    double last_click_time = 0;
    int last_click_frame = 0;
    std::array<float, 240> screen_ms{};  // CPU time of calendar_screen, last frames (benchmark)
    std::size_t screen_ms_next = 0;

    // Planning checks of the range (calendar_planning.cpp), rebuilt by ensure_findings only when
    // the document revision, the range, the zone or the language change: never per frame.
    std::vector<calendar::CalendarFinding> findings;
    std::vector<char> overloaded;         // per day of the range: an overloaded day (mark)
    std::uint64_t findings_revision = ~std::uint64_t(0);
    date::local_days findings_first{};
    int findings_days = 0;
    std::string findings_zone;
    int findings_lang = -1;
    int findings_builds = 0;

    ListCache list;
    FindingRows finding_rows;
    RequeueNotice requeue;
    RecurrenceEdit recurrence;
    CrisisRelease crisis_release;
    ElectionsForm elections;
    SchoolCalendarDialog school_calendar;
};

float screen_ms_median(const State& s);  // of the last 240 frames

// A day of the views (local) as the model's Day.
inline Day to_day(date::local_days d) { return Day{date::sys_days{d.time_since_epoch()}}; }

// Today in the collectivité's zone, as the views count days (now_instant() is app.h's).
date::local_days local_today(const App& app);

// The visible range for the current view: 42 days from the Monday before the 1st (month),
// 7 days from Monday (week).
CalendarLayoutOptions range_options(const App& app, const State& s);
void ensure_layout(App& app, State& s);

// Colours.
ImU32 rgb(std::uint32_t colour, float alpha = 1.0f);
ImU32 text_on(std::uint32_t colour);

// Edits: resolve the local time, ask when it is ambiguous or skipped, then apply.
void request_move(App& app, State& s, std::uint32_t post, date::local_days day, int minute, bool keep_time);
void request_create(App& app, State& s, date::local_days day, int minute);
void open_in_composer(App& app, const std::string& post_id);  // an OpenPost intent

// An invisible button the test hook reports with its label (ImGui 1.86's InvisibleButton gives
// the hook no label): chips, day cells and week columns are found by tests like any widget.
bool hit_area(const char* label, const ImVec2& size);

// Call when an item was clicked: true when it is the second click on the same `key` within
// 0.5 s, or within 3 frames (a machine drawing 3 frames a second must not lose double clicks;
// ImGui's own detection needs both presses within 0.3 s).
bool second_click(State& s, std::int64_t key);

// Chip interaction shared by the month and week views: draws the chip at `r` and handles click
// (select), double-click (open) and the start of a drag.
void chip(App& app, State& s, std::size_t chip_index, const ImRect& r);
// The day (index in the range) and, in the week view, the minute under `mouse`; false outside.
// `top` is where the dragged chip's top edge is (the week view drops at the chip's top).
bool drop_target(const State& s, const ImVec2& mouse, float top, int& day, int& minute);

void month_view(App& app, State& s, const Fonts& fonts);
void week_view(App& app, State& s, const Fonts& fonts);
void list_view(App& app, State& s, const Fonts& fonts);

// calendar_layers.cpp: fills State::marks and State::occurrences for the range.
void build_layers(App& app, State& s);
// The recurrence editor of the side panel (calendar_recurrence.cpp).
void recurrence_editor(App& app, State& s, const Fonts& fonts, const std::string& post_id);
// The crisis-mode switch and its release dialog (calendar_recurrence.cpp).
void crisis_controls(App& app, CrisisRelease& release);
// Warnings of the electoral guard on one post (translated sentences), for the side panel.
std::vector<std::string> post_warnings(const App& app, const Post& post);

// calendar_planning.cpp: the planning checks of the visible range (cached), their panel in the
// side panel (« Vérifications du planning (N) », grouped by kind; a click selects the day or the
// post), the evergreen switch and « Remettre en file » of a post, and their part of the summary.
void ensure_findings(App& app, State& s);
void planning_panel(App& app, State& s, const Fonts& fonts);
void evergreen_controls(App& app, RequeueNotice& notice, const std::string& post_id);
bool day_overloaded(const State& s, int day_index);
void add_planning_summary(const App& app, const State& s, nlohmann::json& summary);

}  // namespace parvis::app::ui::cal
