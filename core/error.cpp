#include "error.h"

namespace parvis {

const char* error_code_name(ErrorCode code) {
    switch (code) {
        case ErrorCode::ok: return "ok";
        case ErrorCode::io_cannot_open: return "io_cannot_open";
        case ErrorCode::file_too_large: return "file_too_large";
        case ErrorCode::invalid_utf8: return "invalid_utf8";
        case ErrorCode::json_syntax: return "json_syntax";
        case ErrorCode::json_too_deep: return "json_too_deep";
        case ErrorCode::wrong_type: return "wrong_type";
        case ErrorCode::missing_field: return "missing_field";
        case ErrorCode::invalid_value: return "invalid_value";
        case ErrorCode::not_a_workspace: return "not_a_workspace";
        case ErrorCode::schema_too_new: return "schema_too_new";
        case ErrorCode::schema_too_old: return "schema_too_old";
        case ErrorCode::duplicate_id: return "duplicate_id";
        case ErrorCode::dangling_reference: return "dangling_reference";
        case ErrorCode::usage: return "usage";
    }
    return "unknown";
}

std::string capped(std::string_view text, std::size_t max) {
    if (text.size() <= max) return std::string(text);
    std::size_t cut = max;
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;  // not inside a character
    return std::string(text.substr(0, cut)) + "…";
}

std::string error_description(const Error& error, Lang lang) {
    std::string key = std::string("error.") + error_code_name(error.code);
    Args args = {{"detail", capped(error.detail)},
                 {"pointer", error.pointer},
                 {"line", std::to_string(error.line)},
                 {"column", std::to_string(error.column)}};
    for (const auto& [name, value] : error.args) {
        // A code can have one sentence per situation ("error.invalid_value.insee"); the general
        // sentence stays as the fallback.
        if (name == "reason" && catalogue_has(key + "." + value, lang)) {
            key += "." + value;
        } else if (name == "expected_type" || name == "found_type") {
            args.emplace_back(name, tr("error.json_type." + value, lang));
        } else if (name == "collection") {
            args.emplace_back(name, tr("error.collection." + value, lang));
        } else {
            args.emplace_back(name, capped(value));
        }
    }
    return tr(key, lang, args);
}

std::string error_message(const Error& error, Lang lang) {
    const std::string description = error_description(error, lang);
    const Args args = {{"line", std::to_string(error.line)},
                       {"column", std::to_string(error.column)},
                       {"pointer", error.pointer},
                       {"message", description}};
    if (error.line > 0) {
        return tr(error.pointer.empty() ? "error.at.line" : "error.at.line_pointer", lang, args);
    }
    if (!error.pointer.empty()) return tr("error.at.pointer", lang, args);
    return description;
}

}  // namespace parvis
