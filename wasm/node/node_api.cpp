// The core as a Node-loadable WebAssembly module (build/wasm/node/parvis_core.mjs + .wasm), for
// the differential test against npm's twitter-text and the benchmark (issue 6, item 9):
//
//   import createParvisCore from '…/build/wasm/node/parvis_core.mjs';
//   const core = await createParvisCore();
//   core.countX('Bonjour !')          // → {weightedLength, valid, permillage, …} as parseTweet
//                                     //   (its own entry point, see the last section)
//   core.count('mastodon', text)      // → {network, length, limit, valid, problem, …}
//   core.count('mastodon', text, 1000) // with an instance's own limit
//   core.check(text, 'x,facebook')     // → {findings, score, rules} of the tone checker
//   core.connectRequest('mastodon', 'status', argsJson)  // a connector's request, for the contract
//   core.connectRead('mastodon', 'published', status, headersJson, body, nowIso)  // tests (node_connect.h)
//
// ADDING AN EXPORT IS ONE LINE in kExports below: {"jsName", function}. The function takes the
// call's arguments as UTF-8 strings (ArgList) and returns JSON text; the JS side (api.js) lists
// kExports when the module starts and defines core.jsName(...args), which passes every argument as
// a string (numbers via String()) and returns the parsed JSON. A result {"error": "…"} becomes a
// thrown Error with that (French) message.
//
// Why plain exports and not embind: embind allocates and frees a copy of every string argument per
// call and builds result objects property by property through JS calls, which would dominate a
// counter that takes a few microseconds. Here the arguments go, with TextEncoder.encodeInto, into
// one input buffer that is kept between calls (grown when a longer text comes), the result comes
// back as one JSON string read straight from the heap, and the module needs no embind runtime.
//
// Index
// [SECTION] Arguments and results
// [SECTION] The functions
// [SECTION] The export table (one line per export)
// [SECTION] The C entry points used by api.js
// [SECTION] countX, without JSON
#include <emscripten/emscripten.h>

#include <charconv>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "check/check.h"
#include "count/count.h"
#include "count/x_weighted_length.h"
#include "io/enum_names.h"
#include "node_connect.h"

namespace {

//-----------------------------------------------------------------------------
// [SECTION] Arguments and results
//-----------------------------------------------------------------------------

constexpr int kMaxArgs = 8;

struct ArgList {
    std::string_view values[kMaxArgs];
    int size = 0;
    // The argument `i`, or "" when the caller passed fewer.
    std::string_view operator[](int i) const { return i < size ? values[i] : std::string_view{}; }
};

// A few lines of JSON writing, enough for flat results of numbers, booleans and plain names (the
// counters answer on every keystroke: no DOM, no allocation per field).
class JsonObject {
public:
    JsonObject& number(std::string_view key, long long value) {
        char digits[24];
        const auto r = std::to_chars(digits, digits + sizeof digits, value);
        return raw(key, std::string_view(digits, static_cast<std::size_t>(r.ptr - digits)));
    }
    JsonObject& boolean(std::string_view key, bool value) { return raw(key, value ? "true" : "false"); }
    JsonObject& string(std::string_view key, std::string_view value) {
        key_(key);
        out_ += '"';
        for (const char c : value) {
            const auto u = static_cast<unsigned char>(c);
            if (c == '"' || c == '\\') {
                out_ += '\\';
                out_ += c;
            } else if (u < 0x20) {
                static constexpr char kHex[] = "0123456789abcdef";
                out_ += "\\u00";
                out_ += kHex[u >> 4];
                out_ += kHex[u & 15];
            } else {
                out_ += c;
            }
        }
        out_ += '"';
        return *this;
    }
    std::string finish() { return out_ + '}'; }

private:
    JsonObject& raw(std::string_view key, std::string_view value) {
        key_(key);
        out_ += value;
        return *this;
    }
    void key_(std::string_view key) {
        out_ += out_.size() == 1 ? "\"" : ",\"";
        out_ += key;
        out_ += "\":";
    }
    std::string out_ = "{";
};

std::string error_json(std::string_view message) { return JsonObject().string("error", message).finish(); }

//-----------------------------------------------------------------------------
// [SECTION] The functions
//-----------------------------------------------------------------------------

// count(network, text[, limit]): the composer's counter of any network (core/count/count.h).
std::string count_network(const ArgList& args) {
    parvis::Network network{};
    if (!parvis::io::enum_from_name(args[0], network)) {
        return error_json("Réseau inconnu : « " + std::string(args[0]) + " » (attendu : " +
                          parvis::io::enum_accepted_names<parvis::Network>() + ")");
    }
    parvis::count::CountOptions options;
    if (const std::string_view limit = args[2]; !limit.empty()) {
        const auto r = std::from_chars(limit.data(), limit.data() + limit.size(), options.limit);
        if (r.ec != std::errc{} || r.ptr != limit.data() + limit.size() || options.limit < 0) {
            return error_json("Limite invalide : « " + std::string(limit) + " » (un entier positif est attendu)");
        }
    }
    const parvis::count::CountResult r = parvis::count::count_text(args[1], network, options);
    JsonObject json;
    json.string("network", parvis::io::enum_name(network))
        .number("length", r.length)
        .number("limit", r.limit)
        .boolean("valid", r.valid)
        .string("problem", parvis::count::count_problem_name(r.problem))
        .number("graphemes", r.graphemes)
        .number("bytes", r.bytes)
        .number("links", r.links)
        .number("hashtags", r.hashtags);
    if (r.max_bytes > 0) json.number("maxBytes", r.max_bytes);
    if (r.max_links > 0) json.number("maxLinks", r.max_links);
    if (r.max_hashtags > 0) json.number("maxHashtags", r.max_hashtags);
    return json.number("validBytesEnd", static_cast<long long>(r.valid_bytes_end)).finish();
}

// check(text[, networks]): the tone checker with the default charter, networks given as a
// comma-separated list of names (« x,facebook »). For the benchmark of the check in a browser's
// WebAssembly engine (tests/e2e/bench_check.mjs): the number of findings, the summary score and
// the rules found, comma-separated in the order of the findings.
std::string check(const ArgList& args) {
    parvis::check::CheckOptions options;
    std::string_view list = args[1];
    while (!list.empty()) {
        const std::size_t comma = list.find(',');
        const std::string_view name = list.substr(0, comma);
        parvis::Network network{};
        if (!parvis::io::enum_from_name(name, network)) {
            return error_json("Réseau inconnu : « " + std::string(name) + " » (attendu : " +
                              parvis::io::enum_accepted_names<parvis::Network>() + ")");
        }
        options.networks.push_back(network);
        list = comma == std::string_view::npos ? std::string_view{} : list.substr(comma + 1);
    }
    const parvis::check::CheckResult r = parvis::check::check_text(args[0], options);
    std::string rules;
    for (const parvis::check::Finding& f : r.findings) {
        if (!rules.empty()) rules += ',';
        rules += f.rule;
    }
    return JsonObject().number("findings", static_cast<long long>(r.findings.size())).number("score", r.score).string("rules", rules).finish();
}

//-----------------------------------------------------------------------------
// [SECTION] The export table (one line per export)
//-----------------------------------------------------------------------------

struct Export {
    const char* name;  // the method's name on the JS module object
    std::string (*function)(const ArgList& args);
};

constexpr Export kExports[] = {
    {"count", count_network},
    {"check", check},
    {"connectRequest", [](const ArgList& a) { return parvis::node::connect_request(a[0], a[1], a[2]); }},
    {"connectRead", [](const ArgList& a) { return parvis::node::connect_read(a[0], a[1], a[2], a[3], a[4], a[5]); }},
};
constexpr int kExportCount = static_cast<int>(sizeof(kExports) / sizeof(kExports[0]));

//-----------------------------------------------------------------------------
// [SECTION] The C entry points used by api.js
//-----------------------------------------------------------------------------

// The arguments of a call: api.js writes them one after another into the input buffer and their
// byte lengths into g_arg_lengths. The buffer is malloc'ed by api.js and kept between calls.
std::uint32_t g_arg_lengths[kMaxArgs];
std::string g_result;

}  // namespace

extern "C" {

EMSCRIPTEN_KEEPALIVE int parvis_export_count() { return kExportCount; }

EMSCRIPTEN_KEEPALIVE const char* parvis_export_name(int index) {
    return index >= 0 && index < kExportCount ? kExports[index].name : "";
}

EMSCRIPTEN_KEEPALIVE std::uint32_t* parvis_arg_lengths() { return g_arg_lengths; }

EMSCRIPTEN_KEEPALIVE int parvis_max_args() { return kMaxArgs; }

// Calls export `index` with `argc` arguments read from `input`; returns the JSON text's address,
// its byte length being given by parvis_result_length(). Valid until the next call.
EMSCRIPTEN_KEEPALIVE const char* parvis_call(int index, const char* input, int argc) {
    if (index < 0 || index >= kExportCount) {
        g_result = error_json("Fonction inconnue du module");
    } else if (argc < 0 || argc > kMaxArgs) {
        g_result = error_json("Trop d’arguments");
    } else {
        ArgList args;
        args.size = argc;
        std::size_t offset = 0;
        for (int i = 0; i < argc; ++i) {
            args.values[i] = std::string_view(input + offset, g_arg_lengths[i]);
            offset += g_arg_lengths[i];
        }
        g_result = kExports[index].function(args);
    }
    return g_result.c_str();
}

EMSCRIPTEN_KEEPALIVE int parvis_result_length() { return static_cast<int>(g_result.size()); }

}  // extern "C"

//-----------------------------------------------------------------------------
// [SECTION] countX, without JSON
// countX(text): twitter-text's parseTweet fields, plus the links found and the byte offset where
// the part that fits ends. It has its own entry point rather than a line in kExports: it runs on
// every keystroke and the benchmark compares it with twitter-text, and writing then parsing a JSON
// text cost about as much as the count. The fields go into an array of integers that api.js reads
// from the heap, in the order of count_x_field.
//-----------------------------------------------------------------------------

namespace count_x_field {
enum : int { weighted_length, valid, permillage, valid_range_start, valid_range_end, display_range_start,
             display_range_end, links, valid_bytes_end, size };
}  // namespace count_x_field

namespace {
std::int32_t g_count_x[count_x_field::size];
}  // namespace

extern "C" EMSCRIPTEN_KEEPALIVE const std::int32_t* parvis_count_x(const char* text, int length) {
    const parvis::count::XParse r = parvis::count::parse_x(std::string_view(text, static_cast<std::size_t>(length)));
    namespace f = count_x_field;
    g_count_x[f::weighted_length] = r.weighted_length;
    g_count_x[f::valid] = r.valid ? 1 : 0;
    g_count_x[f::permillage] = r.permillage;
    g_count_x[f::valid_range_start] = r.valid_range_start;
    g_count_x[f::valid_range_end] = r.valid_range_end;
    g_count_x[f::display_range_start] = r.display_range_start;
    g_count_x[f::display_range_end] = r.display_range_end;
    g_count_x[f::links] = r.links;
    g_count_x[f::valid_bytes_end] = static_cast<std::int32_t>(r.valid_bytes_end);
    return g_count_x;
}
