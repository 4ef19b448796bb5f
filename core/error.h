// Typed errors of the core: every failure has a code (tests check codes, never message text),
// a position when it comes from a file, and a French message (English available) built from the
// translation catalogue in assets/i18n/.
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

#include "i18n/catalogue.h"

namespace parvis {

enum class ErrorCode {
    ok = 0,
    // Reading files
    io_cannot_open,      // the file cannot be opened or read
    file_too_large,      // above the size limit, refused before parsing
    invalid_utf8,        // bytes that are not UTF-8
    json_syntax,         // not JSON (truncated, stray character…)
    json_too_deep,       // nesting deeper than the limit
    wrong_type,          // a value of the wrong JSON type
    missing_field,       // a required field is absent
    invalid_value,       // right type, value out of range or unknown enum name
    not_a_workspace,     // valid JSON that is not a Parvis workspace
    schema_too_new,      // written by a newer Parvis: refused, the file is left intact
    schema_too_old,      // older than any version we can migrate from
    duplicate_id,        // two objects of one collection share an id
    dangling_reference,  // an id that points to nothing
    // Command line
    usage,
};

// A stable identifier of the code ("json_syntax"…), used in the CLI's JSON output and in the
// catalogue keys ("error.json_syntax").
const char* error_code_name(ErrorCode code);

struct Error {
    ErrorCode code = ErrorCode::ok;
    std::string detail;   // what exactly (a field name, a value, the parser's words), not translated
    std::string pointer;  // JSON pointer of the offending value ("/posts/3/status"), if known
    int line = 0;         // 1-based position in the text, 0 when unknown
    int column = 0;
    // Extra named values for the message ({found}, {max}…).
    std::vector<std::pair<std::string, std::string>> args;

    explicit operator bool() const { return code != ErrorCode::ok; }
};

// A value quoted in an error, cut at a character boundary and marked « … » beyond `max` bytes: a
// hostile file's 2.6 MB list of column names is not a message. error_description caps every value
// it is given; builders of long lists (column names, sheet names) cap them too.
constexpr std::size_t kMaxErrorValueBytes = 300;
std::string capped(std::string_view text, std::size_t max = kMaxErrorValueBytes);

// The full sentence for a user: what went wrong, where, in the requested language.
// « Ligne 12, colonne 5 (/posts/3/status) : … »
std::string error_message(const Error& error, Lang lang = Lang::fr);

// The same sentence without the position, for callers that show the position their own way
// (the CLI's « FILE:LINE:COLUMN: erreur : … »).
std::string error_description(const Error& error, Lang lang = Lang::fr);

// A value or an error, in the spirit of std::expected (not in C++20).
template <class T>
class Result {
public:
    Result(T value) : v_(std::move(value)) {}
    Result(Error error) : v_(std::move(error)) {}
    bool ok() const { return std::holds_alternative<T>(v_); }
    explicit operator bool() const { return ok(); }
    T& value() { return std::get<T>(v_); }
    const T& value() const { return std::get<T>(v_); }
    T& operator*() { return value(); }
    const T& operator*() const { return value(); }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }
    const Error& error() const { return std::get<Error>(v_); }

private:
    std::variant<T, Error> v_;
};

}  // namespace parvis
