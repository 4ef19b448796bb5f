// See calendar_data.h.
#include "calendar/calendar_data.h"

#include "io/json_depth.h"
#include "io/json_parse.h"
#include "io/time_text.h"
#include "text/utf8.h"

namespace parvis::calendar::data {
namespace {

Error wrong_type(const io::Json& value, const char* expected, const std::string& pointer) {
    return io::make_error(ErrorCode::wrong_type, pointer, pointer,
                          {{"expected_type", expected}, {"found_type", io::json_type_name(value)}});
}

std::string child(const std::string& pointer, const char* name) { return pointer + "/" + name; }

}  // namespace

Error parse_data_file(std::string_view text, std::string_view format, io::Json& out) {
    if (!utf8::is_valid(text)) return io::make_error(ErrorCode::invalid_utf8, "");
    if (io::find_too_deep(text, 16))
        return io::make_error(ErrorCode::json_too_deep, "", "", {{"max", "16"}});
    if (Error e = io::parse_json(text, out)) return e;
    if (!out.is_object()) return wrong_type(out, "object", "");
    const auto it = out.find("format");
    if (it == out.end() || !it->is_string() || it->get<std::string>() != format)
        return io::make_error(ErrorCode::invalid_value, std::string(format), "/format",
                              {{"reason", "calendar_format"}, {"accepted", "« " + std::string(format) + " »"}});
    return {};
}

Error get_array(const io::Json& object, const char* name, const std::string& pointer,
                const io::Json*& out) {
    const auto it = object.find(name);
    if (it == object.end()) return io::make_error(ErrorCode::missing_field, name, pointer);
    if (!it->is_array()) return wrong_type(*it, "array", child(pointer, name));
    out = &*it;
    return {};
}

Error get_string(const io::Json& object, const char* name, const std::string& pointer,
                 std::string& out, bool required) {
    const auto it = object.find(name);
    if (it == object.end() || it->is_null()) {
        if (required) return io::make_error(ErrorCode::missing_field, name, pointer);
        return {};
    }
    if (!it->is_string()) return wrong_type(*it, "string", child(pointer, name));
    out = it->get<std::string>();
    return {};
}

Error get_int(const io::Json& object, const char* name, const std::string& pointer, int& out,
              int min, int max, bool required) {
    const auto it = object.find(name);
    if (it == object.end() || it->is_null()) {
        if (required) return io::make_error(ErrorCode::missing_field, name, pointer);
        return {};
    }
    if (!it->is_number_integer()) return wrong_type(*it, "integer", child(pointer, name));
    const auto value = it->get<long long>();
    if (value < min || value > max)
        return io::make_error(ErrorCode::invalid_value, std::to_string(value), child(pointer, name),
                              {{"reason", "calendar_range"},
                               {"found", std::to_string(value)},
                               {"accepted", std::to_string(min) + " … " + std::to_string(max)}});
    out = static_cast<int>(value);
    return {};
}

Error get_day(const io::Json& object, const char* name, const std::string& pointer, Day& out) {
    std::string text;
    if (Error e = get_string(object, name, pointer, text)) return e;
    const std::optional<Day> day = io::parse_day(text);
    if (!day) {
        return io::make_error(ErrorCode::invalid_value, text, child(pointer, name),
                              {{"reason", "day_format"}, {"found", text}});
    }
    out = *day;
    return {};
}

Error get_strings(const io::Json& object, const char* name, const std::string& pointer,
                  std::vector<std::string>& out) {
    const auto it = object.find(name);
    if (it == object.end() || it->is_null()) return {};
    if (!it->is_array()) return wrong_type(*it, "array", child(pointer, name));
    for (std::size_t i = 0; i < it->size(); ++i) {
        const io::Json& item = (*it)[i];
        if (!item.is_string())
            return wrong_type(item, "string", child(pointer, name) + "/" + std::to_string(i));
        out.push_back(item.get<std::string>());
    }
    return {};
}

}  // namespace parvis::calendar::data
