#include "calendar/calendar_assets.h"

#include <string_view>
#include <utility>
#include <vector>

namespace parvis::detail {
// Generated from assets/calendar/*.json by cmake/embed_files.cmake.
const std::vector<std::pair<std::string_view, std::string_view>>& calendar_sources();
}  // namespace parvis::detail

namespace parvis::calendar {

std::string_view calendar_asset(std::string_view name) {
    for (const auto& [file, content] : detail::calendar_sources())
        if (file == name) return content;
    return {};
}

}  // namespace parvis::calendar
