// Helpers shared by the I/O test suites.
#pragma once
#include <fstream>
#include <iterator>
#include <regex>
#include <sstream>
#include <string>
#include <string_view>

#include "error.h"
#include "io/workspace_json.h"
#include "model/workspace.h"

namespace parvis::testing {

// An instant in UTC from a day and a time of day: utc(2027_y / March / 28, 1h + 30min).
inline Instant utc(Day day, std::chrono::seconds time) { return date::sys_days{day} + time; }

inline std::string load_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

inline std::string fixture(const std::string& relative) {
    return load_file(std::string(PARVIS_FIXTURES_DIR) + "/" + relative);
}

// The text from (line, column) on, columns counted in code points as the reader counts them:
// lets a test check that a reported position really is where the offending value starts.
inline std::string_view text_at(std::string_view text, int line, int column) {
    std::size_t i = 0;
    for (int l = 1; l < line && i < text.size(); ++i) {
        if (text[i] == '\n') ++l;
    }
    for (int c = 1; c < column && i < text.size();) {
        ++i;
        while (i < text.size() && (static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) ++i;
        ++c;
    }
    return text.substr(i);
}

// A "{name}" the formatting did not replace.
inline bool has_leftover_placeholder(const std::string& message) {
    static const std::regex placeholder(R"(\{[a-z_]+\})");
    return std::regex_search(message, placeholder);
}

}  // namespace parvis::testing
