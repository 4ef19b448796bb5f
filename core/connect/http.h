// The requests the connectors send and the responses they read, as plain data. core/connect builds
// every request (method, URL, headers, body) and reads every response, error bodies included; it
// does no I/O. The web app hands a request to the one generic HTTP bridge of wasm/platform (fetch
// with a timeout), the CLI prints it (`parvis publish --dry-run`), the tests compare it.
//
// Secrets (tokens, passwords, client secrets, PKCE verifiers) are marked where they are put in, so
// that anything printing a request (dry run, logs, error reports) masks them from one place.
#pragma once
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

namespace parvis::connect {

enum class BodyKind {
    none,
    json,       // application/json; `body` is the JSON text
    form,       // application/x-www-form-urlencoded; `body` is the encoded fields
    multipart,  // multipart/form-data with the boundary in the Content-Type header
    binary,     // raw bytes (an image for Bluesky's uploadBlob), Content-Type in the headers
};

struct Header {
    std::string name;
    std::string value;
    bool secret = false;  // masked whenever the request is printed
};

struct HttpRequest {
    std::string method = "GET";
    std::string url;
    std::vector<Header> headers;
    BodyKind body_kind = BodyKind::none;
    std::string body;
    // JSON or form fields that hold a secret (« password », « client_secret »…), masked in print.
    std::vector<std::string> secret_fields;
    // Multipart parts, kept for printing: the body holds their bytes.
    struct Part {
        std::string name, file_name, content_type;
        std::size_t size = 0;  // bytes of a file part; its value is not printed
        std::string value;     // a text part's value
    };
    std::vector<Part> parts;
    int timeout_ms = 30'000;
};

struct HttpResponse {
    int status = 0;  // 0: no answer (offline, DNS, CORS refused, aborted by the timeout)
    bool timed_out = false;
    std::vector<Header> headers;
    std::string body;
};

// Largest response body the connectors read (bytes). Above it, the response is an error, never
// parsed: a server cannot make the app hold more than this.
inline constexpr std::size_t kMaxResponseBytes = 4 * 1024 * 1024;
// Deepest JSON nesting read from a platform.
inline constexpr int kMaxResponseDepth = 64;

// The value of a header, names compared without case; empty when absent.
std::string_view header(const std::vector<Header>& headers, std::string_view name);

// RFC 3986 percent-encoding of everything but unreserved characters (A–Z a–z 0–9 - . _ ~).
std::string percent_encode(std::string_view text);

using Fields = std::vector<std::pair<std::string, std::string>>;

// « a=1&b=x%20y »: a query string or a form body.
std::string form_encode(const Fields& fields);
// A form body back into its fields, in order (form_encode's inverse).
Fields form_decode(std::string_view body);

// Helpers that set the body and its Content-Type together.
void set_json_body(HttpRequest& request, const nlohmann::ordered_json& body);
void set_form_body(HttpRequest& request, const Fields& fields);
void add_bearer(HttpRequest& request, std::string_view token);
void set_binary_body(HttpRequest& request, std::string_view bytes, std::string_view content_type);

// One multipart/form-data body; the boundary is fixed per request and checked not to occur in it.
struct MultipartFile {
    std::string field = "file";
    std::string file_name;
    std::string content_type;
    std::string_view bytes;
};
void set_multipart_body(HttpRequest& request, const MultipartFile& file, const Fields& text_fields);

// The request as the CLI's dry run prints it: {"method","url","headers","body"} with every secret
// replaced by « [masqué] » and the body as parsed JSON (a form as an object of its fields, a
// multipart body as its parts with their sizes).
nlohmann::ordered_json printable(const HttpRequest& request);

inline constexpr std::string_view kMasked = "[masqué]";

// A platform's JSON response, parsed within kMaxResponseBytes and kMaxResponseDepth; nullopt when
// the body is not JSON or breaks a bound.
std::optional<nlohmann::json> parse_json(std::string_view body);

// A 2xx response's body when it is a JSON object (what the APIs document); nullopt otherwise.
std::optional<nlohmann::json> ok_object(const HttpResponse& response);

}  // namespace parvis::connect
