// The summer/winter time question. See time_choice.h.
#include "ui/time_choice.h"

#include <imgui.h>

#include <cstdio>
#include <cstdlib>

#include "format/format.h"
#include "ui/widgets.h"

namespace parvis::app::ui {
namespace {

std::string offset_text(Instant at, const std::string& zone) {
    const auto off = utc_offset(zone, at);
    if (!off) return "UTC";
    const auto minutes = std::chrono::duration_cast<std::chrono::minutes>(*off).count();
    char buf[24];
    const long long h = std::llabs(minutes) / 60, m = std::llabs(minutes) % 60;
    if (m) std::snprintf(buf, sizeof buf, "UTC%c%lld:%02lld", minutes < 0 ? '-' : '+', h, m);
    else std::snprintf(buf, sizeof buf, "UTC%c%lld", minutes < 0 ? '-' : '+', h);
    return buf;
}

}  // namespace

std::optional<Instant> time_choice_dialog(App& app, const char* id, bool& open, date::local_days day, int minute,
                                          const LocalTimeResolution& resolution) {
    if (!begin_dialog(id, open, 560.0f * app.settings.zoom)) return std::nullopt;
    const Lang lang = app.settings.lang;
    const std::string& zone = app.doc.workspace().profile.time_zone;
    const std::string time = format_time(TimeOfDay{minute});
    const std::string day_text = format_day_long(Day{date::sys_days{day.time_since_epoch()}}, lang);
    const bool gap = resolution.kind == LocalTimeKind::nonexistent;
    ImGui::TextUnformatted(tr(app, "calview.time_choice_title"));
    ImGui::Separator();
    ImGui::PushTextWrapPos(ImGui::GetContentRegionAvail().x);
    ImGui::TextUnformatted(parvis::tr(gap ? "calview.time_gap" : "calview.time_twice", lang, {{"time", time}, {"day", day_text}}).c_str());
    ImGui::PopTextWrapPos();
    ImGui::Spacing();
    auto choice_label = [&](Instant at, const char* key) {
        const LocalSlot slot = local_slot(at, zone);
        return parvis::tr(key, lang, {{"time", format_time(TimeOfDay{slot.minute})}, {"offset", offset_text(at, zone)}});
    };
    // In a gap, "later" is the usual reading (02:30 → 03:30), offered first.
    const Instant first_at = gap ? resolution.later : resolution.earlier;
    const Instant second_at = gap ? resolution.earlier : resolution.later;
    const std::string first = choice_label(first_at, gap ? "calview.time_after_gap" : "calview.time_first");
    const std::string second = choice_label(second_at, gap ? "calview.time_before_gap" : "calview.time_second");
    std::optional<Instant> chosen;
    if (ImGui::Button(first.c_str())) chosen = first_at;
    if (ImGui::Button(second.c_str())) chosen = second_at;
    ImGui::Spacing();
    if (chosen || cancel_button(tr(app, "calview.cancel"))) {
        open = false;
        ImGui::CloseCurrentPopup();
    }
    ImGui::EndPopup();
    return chosen;
}

}  // namespace parvis::app::ui
