#include "io/json_parse.h"

#include <string>

#include "io/text_position.h"

namespace parvis::io {
namespace {

// nlohmann's own DOM builder, with allow_exceptions off, that also keeps the byte offset and
// the words of the first error. sax_parse calls the handler's members by name (a template, not
// virtual calls), so hiding parse_error here is enough.
class LocatingDomParser : public nlohmann::detail::json_sax_dom_parser<Json> {
public:
    explicit LocatingDomParser(Json& root) : json_sax_dom_parser(root, false) {}

    template <class Exception>
    bool parse_error(std::size_t position, const std::string& last_token, const Exception& ex) {
        failed = true;
        this->position = position;
        this->last_token = last_token;
        message = ex.what();
        return false;
    }

    bool failed = false;
    std::size_t position = 0;
    std::string last_token;
    std::string message;
};

// "[json.exception.parse_error.101] parse error at line 1, column 3: syntax error while parsing
// value - invalid literal; last read: 'x'" → the part after the position, which we recompute.
std::string parser_words(const std::string& what) {
    const auto column = what.find("column ");
    const auto colon = what.find(": ", column == std::string::npos ? 0 : column);
    return colon == std::string::npos ? what : what.substr(colon + 2);
}

// The last token, short enough to quote in a message, cut on a code point boundary.
std::string short_token(const std::string& token) {
    constexpr std::size_t kMax = 24;
    if (token.size() <= kMax) return token;
    std::size_t cut = kMax;
    while (cut > 0 && (static_cast<unsigned char>(token[cut]) & 0xC0) == 0x80) --cut;
    return token.substr(0, cut) + "…";
}

}  // namespace

Error parse_json(std::string_view text, Json& out) {
    LocatingDomParser handler(out);
    const bool ok = Json::sax_parse(text.begin(), text.end(), &handler);
    if (ok && !handler.failed) return {};

    // nlohmann counts the characters read, the offending one included (and one more for the end
    // of input), so the error sits at position - 1.
    const std::size_t offset = handler.position > 0 ? handler.position - 1 : 0;
    Error e = make_error(ErrorCode::json_syntax, parser_words(handler.message));
    // Three situations a user fixes differently: nothing at all, a file cut short, a stray
    // character. The catalogue has a sentence for each ("error.json_syntax.<reason>").
    std::size_t significant = 0;
    while (significant < text.size() &&
           (text[significant] == ' ' || text[significant] == '\n' || text[significant] == '\r' ||
            text[significant] == '\t')) {
        ++significant;
    }
    const char* reason = significant == text.size() ? "empty"
                         : offset >= text.size()    ? "truncated"
                                                    : "unexpected";
    e.args = {{"reason", reason}, {"token", short_token(handler.last_token)}};
    const TextPosition at = position_at(text, offset);
    e.line = at.line;
    e.column = at.column;
    return e;
}

}  // namespace parvis::io
