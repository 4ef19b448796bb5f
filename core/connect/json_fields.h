// Reading fields of a platform's JSON response, defensively: a missing field or one of the wrong
// type reads as empty, never throws; counts are bounded to [0, kMaxCount = 2^53] (however the number is
// written) so sums cannot overflow.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "io/time_text.h"

namespace parvis::connect {


inline const nlohmann::json* field(const nlohmann::json& j, const char* name) {
    if (!j.is_object()) return nullptr;
    const auto it = j.find(name);
    return it == j.end() ? nullptr : &*it;
}

inline std::string text_field(const nlohmann::json& j, const char* name) {
    const nlohmann::json* f = field(j, name);
    if (f && f->is_string()) return f->get<std::string>();
    if (f && f->is_number_integer()) return std::to_string(f->get<std::int64_t>());  // Graph ids may be numbers
    return {};
}

inline std::int64_t count_field(const nlohmann::json& j, const char* name) {
    const nlohmann::json* f = field(j, name);
    if (!f) return 0;
    if (f->is_number_unsigned()) return f->get<std::uint64_t>() > static_cast<std::uint64_t>(kMaxCount) ? kMaxCount : static_cast<std::int64_t>(f->get<std::uint64_t>());
    if (f->is_number_integer()) {
        const std::int64_t v = f->get<std::int64_t>();
        return v < 0 ? 0 : (v > kMaxCount ? kMaxCount : v);
    }
    if (f->is_number_float()) {  // beyond 2^64 the parser gives a double
        const double v = f->get<double>();
        return !(v > 0) ? 0 : (v >= static_cast<double>(kMaxCount) ? kMaxCount : static_cast<std::int64_t>(v));
    }
    return 0;
}

// The platforms' instants: « 2026-12-04T18:30:00Z », with fractions (Mastodon, the AT Protocol:
// « .123456Z ») or a zero offset (Graph: « +0000 »). Fractions are dropped; another offset is
// refused rather than guessed.
inline std::optional<Instant> platform_instant(std::string_view text) {
    if (text.size() < 20 || text.size() > 40) return std::nullopt;
    std::string_view rest = text.substr(19);
    if (rest.front() == '.') {
        rest.remove_prefix(1);
        while (!rest.empty() && rest.front() >= '0' && rest.front() <= '9') rest.remove_prefix(1);
    }
    if (rest != "Z" && rest != "+00:00" && rest != "+0000") return std::nullopt;
    return io::parse_instant(std::string(text.substr(0, 19)) + "Z");
}

}  // namespace parvis::connect
