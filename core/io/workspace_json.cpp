// read_workspace, write_workspace, migrate_workspace_text: the reading pipeline of
// workspace_json.h, each stage refusing what the next one could not handle safely.
//
// Index
// [SECTION] Positions for errors
// [SECTION] Loading stages: size, UTF-8, depth, syntax, marker, version, migration
// [SECTION] Public API
#include "io/workspace_json.h"

#include <cstdio>

#include "io/json_depth.h"
#include "io/json_locate.h"
#include "io/json_parse.h"
#include "io/json_read.h"
#include "io/json_write.h"
#include "io/migrations.h"
#include "io/text_position.h"
#include "text/utf8.h"

namespace parvis {
namespace {

using io::Json;
using io::make_error;

//-----------------------------------------------------------------------------
// [SECTION] Positions for errors
//-----------------------------------------------------------------------------

Error at_offset(Error e, std::string_view text, std::size_t offset) {
    const io::TextPosition p = io::position_at(text, offset);
    e.line = p.line;
    e.column = p.column;
    return e;
}

// Errors found on the parsed document know their JSON pointer only: find it in the text. After
// a migration the pointer may name a value the old text does not have; the nearest ancestor
// that it has is then the best place to show.
Error located(Error e, std::string_view text) {
    if (e.line > 0) return e;
    const std::size_t offset = io::locate_nearest(text, e.pointer);
    return at_offset(std::move(e), text, offset);
}

std::string mebibytes(std::uintmax_t bytes) {
    constexpr std::uintmax_t kMiB = 1024 * 1024;
    return std::to_string((bytes + kMiB - 1) / kMiB);
}

//-----------------------------------------------------------------------------
// [SECTION] Loading stages: size, UTF-8, depth, syntax, marker, version, migration
//-----------------------------------------------------------------------------

// Every stage up to and including migration: on success `doc` is a current-schema document
// whose fields have not been checked yet.
Error load_document(std::string_view text, const ReadOptions& options, Json& doc) {
    const std::size_t max_bytes = options.max_bytes ? options.max_bytes : kDefaultMaxWorkspaceBytes;
    const int max_depth = options.max_depth > 0 ? options.max_depth : kDefaultMaxJsonDepth;

    if (text.size() > max_bytes) return file_too_large_error(text.size(), max_bytes);

    if (const std::size_t bad = utf8::find_invalid(text); bad != utf8::kAllValid) {
        char byte[8];
        std::snprintf(byte, sizeof byte, "0x%02X", static_cast<unsigned char>(text[bad]));
        return at_offset(make_error(ErrorCode::invalid_utf8, std::string("byte ") + byte, "",
                                    {{"byte", byte}}),
                         text, bad);
    }

    if (const auto deep = io::find_too_deep(text, max_depth)) {
        return at_offset(make_error(ErrorCode::json_too_deep,
                                    "more than " + std::to_string(max_depth) + " levels", "",
                                    {{"max", std::to_string(max_depth)}}),
                         text, *deep);
    }

    if (Error e = io::parse_json(text, doc)) return e;

    const auto marker = doc.is_object() ? doc.find("format") : doc.end();
    if (!doc.is_object() || marker == doc.end() || !marker->is_string() ||
        marker->get_ref<const Json::string_t&>() != kFormatMarker) {
        const bool has_marker = doc.is_object() && marker != doc.end();
        return located(make_error(ErrorCode::not_a_workspace,
                                  doc.is_object() ? "no \"format\": \"parvis-workspace\""
                                                  : std::string("the top level is ") + io::json_type_name(doc),
                                  has_marker ? "/format" : ""),
                       text);
    }

    const auto version = doc.find("schema_version");
    if (version == doc.end()) {
        return located(make_error(ErrorCode::missing_field, "schema_version", "/schema_version"), text);
    }
    std::int64_t from = 0;
    // Unsigned first: nlohmann's get_ptr<number_integer_t*> also answers for unsigned values.
    if (version->is_number_unsigned()) {
        const auto u = *version->get_ptr<const Json::number_unsigned_t*>();
        from = u > 1000000 ? 1000000 : static_cast<std::int64_t>(u);
    } else if (version->is_number_integer()) {
        from = *version->get_ptr<const Json::number_integer_t*>();
    } else {
        return located(make_error(ErrorCode::wrong_type,
                                  std::string("expected integer, found ") + io::json_type_name(*version),
                                  "/schema_version",
                                  {{"expected_type", "integer"}, {"found_type", io::json_type_name(*version)}}),
                       text);
    }
    if (from > kSchemaVersion) {
        return located(make_error(ErrorCode::schema_too_new,
                                  "schema " + std::to_string(from) + " > " + std::to_string(kSchemaVersion),
                                  "/schema_version",
                                  {{"found", std::to_string(from)}, {"supported", std::to_string(kSchemaVersion)}}),
                       text);
    }
    if (from < io::kOldestSchemaVersion) {
        return located(make_error(ErrorCode::schema_too_old,
                                  "schema " + std::to_string(from) + " < " +
                                      std::to_string(io::kOldestSchemaVersion),
                                  "/schema_version",
                                  {{"found", std::to_string(from)},
                                   {"oldest", std::to_string(io::kOldestSchemaVersion)}}),
                       text);
    }
    if (Error e = io::migrate_document(doc, static_cast<int>(from))) return located(std::move(e), text);
    return {};
}

std::string dump(const Json& doc, int indent) {
    // replace: a string of the model holding broken UTF-8 (from a paste, an import) is written
    // with U+FFFD instead of making nlohmann throw, which the web build cannot catch.
    std::string text = doc.dump(indent, ' ', false, Json::error_handler_t::replace);
    if (indent >= 0) text += '\n';
    return text;
}

}  // namespace

//-----------------------------------------------------------------------------
// [SECTION] Public API
//-----------------------------------------------------------------------------

Error file_too_large_error(std::uintmax_t size_bytes, std::size_t max_bytes) {
    return make_error(ErrorCode::file_too_large,
                      std::to_string(size_bytes) + " bytes > " + std::to_string(max_bytes), "",
                      {{"size_mib", mebibytes(size_bytes)}, {"max_mib", mebibytes(max_bytes)}});
}

Result<Workspace> read_workspace(std::string_view text, const ReadOptions& options) {
    Json doc;
    if (Error e = load_document(text, options, doc)) return e;
    Workspace workspace;
    if (Error e = io::read_workspace_fields(doc, workspace)) return located(std::move(e), text);
    if (Error e = check_invariants(workspace)) return located(std::move(e), text);
    return workspace;
}

std::string write_workspace(const Workspace& workspace, int indent) {
    return dump(io::workspace_to_json(workspace), indent);
}

Result<std::string> migrate_workspace_text(std::string_view text, const ReadOptions& options) {
    Json doc;
    if (Error e = load_document(text, options, doc)) return e;
    return dump(doc, 2);
}

}  // namespace parvis
