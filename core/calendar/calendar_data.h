// Reading the calendar's user-updatable data files (assets/calendar/*.json): parse without
// exceptions, then typed access with errors as values that carry the JSON pointer of the faulty
// entry, so the user reads « /periodes/3/reprise : « 2026-02-30 » n'est pas une date valide ».
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "error.h"
#include "io/json_types.h"
#include "model/workspace.h"

namespace parvis::calendar::data {

// Checks UTF-8 and depth, parses, and requires an object whose "format" is `format`.
Error parse_data_file(std::string_view text, std::string_view format, io::Json& out);

// Each getter fills `out` or returns the error; `pointer` is the object's own JSON pointer.
Error get_array(const io::Json& object, const char* name, const std::string& pointer,
                const io::Json*& out);
Error get_string(const io::Json& object, const char* name, const std::string& pointer,
                 std::string& out, bool required = true);
Error get_int(const io::Json& object, const char* name, const std::string& pointer, int& out,
              int min, int max, bool required = true);
Error get_day(const io::Json& object, const char* name, const std::string& pointer, Day& out);
// A list of strings (absent: empty).
Error get_strings(const io::Json& object, const char* name, const std::string& pointer,
                  std::vector<std::string>& out);

}  // namespace parvis::calendar::data
