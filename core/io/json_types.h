// The JSON document type of core/io and the one helper every reading stage uses to build errors.
#pragma once
#include <nlohmann/json.hpp>

#include <string>
#include <utility>

#include "error.h"

namespace parvis::io {

// ordered_json keeps the members in the order they were read or written: written files list
// fields in the order of the model (format marker first), and `parvis migrate` keeps the user's
// order. Objects are small (a few dozen members), so the linear lookup costs nothing.
using Json = nlohmann::ordered_json;

inline Error make_error(ErrorCode code, std::string detail, std::string pointer = {},
                        Args args = {}) {
    Error e;
    e.code = code;
    e.detail = std::move(detail);
    e.pointer = std::move(pointer);
    e.args = std::move(args);
    return e;
}

// The name nlohmann gives a value's type, as used in wrong_type's {expected}/{found} arguments
// (translated through the catalogue keys "error.json_type.<name>").
inline const char* json_type_name(const Json& j) {
    switch (j.type()) {
        case Json::value_t::null: return "null";
        case Json::value_t::object: return "object";
        case Json::value_t::array: return "array";
        case Json::value_t::string: return "string";
        case Json::value_t::boolean: return "boolean";
        case Json::value_t::number_integer:
        case Json::value_t::number_unsigned: return "integer";
        case Json::value_t::number_float: return "number";
        default: return "other";
    }
}

}  // namespace parvis::io
