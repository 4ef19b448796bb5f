// The data files of assets/calendar/*.json, embedded at build time by cmake/embed_files.cmake
// (the generated embedded_calendar.cpp), so that the CLI and the web app need no file at run
// time. A user-supplied file replaces the default through the read_* functions of each module.
#pragma once
#include <string_view>

namespace parvis::calendar {

// The text of assets/calendar/NAME (« school_holidays.json »); empty if there is no such file.
std::string_view calendar_asset(std::string_view name);

}  // namespace parvis::calendar
