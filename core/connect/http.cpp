// Index
// [SECTION] Headers and encodings
// [SECTION] Bodies
// [SECTION] Printing with secrets masked
// [SECTION] Reading responses
#include "connect/http.h"

#include <algorithm>

#include "io/json_depth.h"

namespace parvis::connect {

using Json = nlohmann::ordered_json;

//-----------------------------------------------------------------------------
// [SECTION] Headers and encodings
//-----------------------------------------------------------------------------

namespace {

char lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c; }

bool same_name(std::string_view a, std::string_view b) {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (lower(a[i]) != lower(b[i])) return false;
    return true;
}

int hex_value(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    return -1;
}

std::string percent_decode(std::string_view text) {
    std::string out;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '+') {
            out += ' ';
        } else if (text[i] == '%' && i + 2 < text.size() && hex_value(text[i + 1]) >= 0 && hex_value(text[i + 2]) >= 0) {
            out += static_cast<char>(hex_value(text[i + 1]) * 16 + hex_value(text[i + 2]));
            i += 2;
        } else {
            out += text[i];
        }
    }
    return out;
}

}  // namespace

std::string_view header(const std::vector<Header>& headers, std::string_view name) {
    for (const Header& h : headers)
        if (same_name(h.name, name)) return h.value;
    return {};
}

std::string percent_encode(std::string_view text) {
    static constexpr char kHex[] = "0123456789ABCDEF";
    std::string out;
    out.reserve(text.size());
    for (const char ch : text) {
        const auto c = static_cast<unsigned char>(ch);
        const bool unreserved = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
                                c == '.' || c == '_' || c == '~';
        if (unreserved) {
            out += ch;
        } else {
            out += '%';
            out += kHex[c >> 4];
            out += kHex[c & 15];
        }
    }
    return out;
}

std::string form_encode(const Fields& fields) {
    std::string out;
    for (const auto& [name, value] : fields) {
        if (!out.empty()) out += '&';
        out += percent_encode(name);
        out += '=';
        out += percent_encode(value);
    }
    return out;
}

//-----------------------------------------------------------------------------
// [SECTION] Bodies
//-----------------------------------------------------------------------------

void set_json_body(HttpRequest& request, const nlohmann::ordered_json& body) {
    request.body_kind = BodyKind::json;
    request.body = body.dump();
    request.headers.push_back({"Content-Type", "application/json"});
}

Fields form_decode(std::string_view body) {
    Fields fields;
    while (!body.empty()) {
        const std::size_t amp = body.find('&');
        const std::string_view pair = body.substr(0, amp);
        const std::size_t eq = pair.find('=');
        fields.push_back({percent_decode(pair.substr(0, eq)), eq == std::string_view::npos ? "" : percent_decode(pair.substr(eq + 1))});
        body = amp == std::string_view::npos ? std::string_view() : body.substr(amp + 1);
    }
    return fields;
}

void set_form_body(HttpRequest& request, const Fields& fields) {
    request.body_kind = BodyKind::form;
    request.body = form_encode(fields);
    request.headers.push_back({"Content-Type", "application/x-www-form-urlencoded"});
}

void add_bearer(HttpRequest& request, std::string_view token) {
    request.headers.push_back({"Authorization", "Bearer " + std::string(token), true});
}

void set_binary_body(HttpRequest& request, std::string_view bytes, std::string_view content_type) {
    request.body_kind = BodyKind::binary;
    request.body.assign(bytes.data(), bytes.size());
    request.headers.push_back({"Content-Type", std::string(content_type)});
}

void set_multipart_body(HttpRequest& request, const MultipartFile& file, const Fields& text_fields) {
    // A boundary that occurs nowhere in the parts: the fixed stem, lengthened until it is absent.
    std::string boundary = "----ParvisFormBoundary7MA4YWxkTrZu0gW";
    const auto occurs = [&](const std::string& b) {
        if (file.bytes.find(b) != std::string_view::npos) return true;
        return std::any_of(text_fields.begin(), text_fields.end(),
                           [&](const auto& f) { return f.second.find(b) != std::string::npos; });
    };
    while (occurs(boundary)) boundary += 'x';

    std::string body;
    for (const auto& [name, value] : text_fields) {
        body += "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n";
        request.parts.push_back({name, "", "", 0, value});
    }
    body += "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + file.field + "\"; filename=\"" + file.file_name +
            "\"\r\nContent-Type: " + file.content_type + "\r\n\r\n";
    body.append(file.bytes.data(), file.bytes.size());
    body += "\r\n--" + boundary + "--\r\n";
    request.parts.push_back({file.field, file.file_name, file.content_type, file.bytes.size(), ""});
    request.body_kind = BodyKind::multipart;
    request.body = std::move(body);
    request.headers.push_back({"Content-Type", "multipart/form-data; boundary=" + boundary});
}

//-----------------------------------------------------------------------------
// [SECTION] Printing with secrets masked
//-----------------------------------------------------------------------------

namespace {

bool is_secret_field(const HttpRequest& r, std::string_view name) {
    return std::find(r.secret_fields.begin(), r.secret_fields.end(), name) != r.secret_fields.end();
}

void mask_fields(Json& j, const HttpRequest& r) {
    if (!j.is_object()) return;
    for (auto it = j.begin(); it != j.end(); ++it) {
        if (is_secret_field(r, it.key())) it.value() = std::string(kMasked);
        else if (it.value().is_object()) mask_fields(it.value(), r);
    }
}

}  // namespace

Json printable(const HttpRequest& r) {
    Json out = Json::object();
    out["method"] = r.method;
    out["url"] = r.url;
    Json headers = Json::object();
    for (const Header& h : r.headers) headers[h.name] = h.secret ? std::string(kMasked) : h.value;
    out["headers"] = std::move(headers);
    switch (r.body_kind) {
        case BodyKind::none: out["body"] = nullptr; break;
        case BodyKind::json: {
            Json body = Json::parse(r.body, nullptr, false);
            mask_fields(body, r);
            out["body"] = std::move(body);
            break;
        }
        case BodyKind::form: {
            Json body = Json::object();
            for (const auto& [name, value] : form_decode(r.body)) body[name] = is_secret_field(r, name) ? std::string(kMasked) : value;
            out["body"] = std::move(body);
            break;
        }
        case BodyKind::binary:
            out["body"] = Json{{"content_type", std::string(header(r.headers, "Content-Type"))}, {"bytes", r.body.size()}};
            break;
        case BodyKind::multipart: {
            Json body = Json::object();
            for (const HttpRequest::Part& p : r.parts) {
                if (p.file_name.empty()) body[p.name] = is_secret_field(r, p.name) ? std::string(kMasked) : p.value;
                else body[p.name] = Json{{"file_name", p.file_name}, {"content_type", p.content_type}, {"bytes", p.size}};
            }
            out["body"] = std::move(body);
            break;
        }
    }
    return out;
}

//-----------------------------------------------------------------------------
// [SECTION] Reading responses
//-----------------------------------------------------------------------------

std::optional<nlohmann::json> parse_json(std::string_view body) {
    if (body.size() > kMaxResponseBytes) return std::nullopt;
    if (io::find_too_deep(body, kMaxResponseDepth)) return std::nullopt;
    nlohmann::json j = nlohmann::json::parse(body, nullptr, false);
    if (j.is_discarded()) return std::nullopt;
    return j;
}

std::optional<nlohmann::json> ok_object(const HttpResponse& response) {
    if (response.status < 200 || response.status >= 300) return std::nullopt;
    auto j = parse_json(response.body);
    if (!j || !j->is_object()) return std::nullopt;
    return j;
}

}  // namespace parvis::connect
