#include "io/xml_scan.h"

#include "text/utf8.h"

namespace parvis::xml {
namespace {

// The longest entity looked for after '&', ';' included: &#x0010FFFF; is 12.
constexpr std::size_t kMaxEntity = 12;

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

std::string_view local(std::string_view qualified) {
    const std::size_t colon = qualified.rfind(':');
    return colon == std::string_view::npos ? qualified : qualified.substr(colon + 1);
}

// Appends `raw` with every ill-formed UTF-8 byte replaced by U+FFFD.
void append_valid(std::string& out, std::string_view raw) {
    if (utf8::is_valid(raw)) {
        out += raw;
        return;
    }
    for (std::size_t i = 0; i < raw.size();) {
        const utf8::Decoded d = utf8::decode(raw, i);
        if (d.code_point == utf8::kReplacementCharacter && d.length == 1) utf8::append(out, d.code_point);
        else out += raw.substr(i, d.length);
        i += d.length;
    }
}

// A character reference's code point, or U+FFFD for one XML does not allow.
char32_t reference(std::string_view digits, bool hex) {
    if (digits.empty() || digits.size() > 8) return utf8::kReplacementCharacter;
    char32_t v = 0;
    for (char c : digits) {
        int d;
        if (c >= '0' && c <= '9') d = c - '0';
        else if (hex && c >= 'a' && c <= 'f') d = c - 'a' + 10;
        else if (hex && c >= 'A' && c <= 'F') d = c - 'A' + 10;
        else return utf8::kReplacementCharacter;
        v = v * (hex ? 16 : 10) + static_cast<char32_t>(d);
    }
    const bool allowed = v == 0x9 || v == 0xA || v == 0xD || (v >= 0x20 && v <= 0xD7FF) ||
                         (v >= 0xE000 && v <= 0xFFFD) || (v >= 0x10000 && v <= 0x10FFFF);
    return allowed ? v : utf8::kReplacementCharacter;
}

}  // namespace

std::string decode(std::string_view raw) {
    std::string out;
    out.reserve(raw.size());
    std::size_t start = 0;
    for (std::size_t i = raw.find('&'); i != std::string_view::npos; i = raw.find('&', start)) {
        append_valid(out, raw.substr(start, i - start));
        // The ';' is looked for only as far as the longest reference can reach (&#x10FFFF; and
        // its padding): an unbounded find made a run of '&' quadratic (21 KB took 90 s).
        const std::size_t semi = raw.substr(0, i + kMaxEntity + 1).find(';', i);
        const std::string_view entity = semi == std::string_view::npos ? std::string_view{} : raw.substr(i + 1, semi - i - 1);
        start = semi == std::string_view::npos ? i + 1 : semi + 1;
        if (entity == "amp") out += '&';
        else if (entity == "lt") out += '<';
        else if (entity == "gt") out += '>';
        else if (entity == "quot") out += '"';
        else if (entity == "apos") out += '\'';
        else if (entity.size() > 1 && entity[0] == '#' && (entity[1] == 'x' || entity[1] == 'X'))
            utf8::append(out, reference(entity.substr(2), true));
        else if (!entity.empty() && entity[0] == '#')
            utf8::append(out, reference(entity.substr(1), false));
        else {
            out += '&';  // unknown or unterminated: kept as written
            start = i + 1;
        }
    }
    append_valid(out, raw.substr(start));
    return out;
}

const std::string* Scanner::attribute(std::string_view local_name) const {
    for (const Attribute& a : attributes_)
        if (a.name == local_name) return &a.value;
    return nullptr;
}

Token Scanner::next() {
    if (pending_end_) {
        pending_end_ = false;
        attributes_.clear();
        return Token::end;
    }
    while (at_ < xml_.size()) {
        if (xml_[at_] != '<') {
            const std::size_t lt = xml_.find('<', at_);
            const std::string_view raw = xml_.substr(at_, lt == std::string_view::npos ? std::string_view::npos : lt - at_);
            at_ = lt == std::string_view::npos ? xml_.size() : lt;
            text_ = decode(raw);
            return Token::text;
        }
        const std::string_view rest = xml_.substr(at_);
        auto skip_past = [&](std::string_view close) {
            const std::size_t e = xml_.find(close, at_);
            if (e == std::string_view::npos) return false;
            at_ = e + close.size();
            return true;
        };
        if (rest.substr(0, 4) == "<!--") {
            if (!skip_past("-->")) return Token::error;
        } else if (rest.substr(0, 9) == "<![CDATA[") {
            const std::size_t e = xml_.find("]]>", at_ + 9);
            if (e == std::string_view::npos) return Token::error;
            text_.clear();
            append_valid(text_, xml_.substr(at_ + 9, e - at_ - 9));
            at_ = e + 3;
            return Token::text;
        } else if (rest.substr(0, 2) == "<?") {
            if (!skip_past("?>")) return Token::error;
        } else if (rest.substr(0, 2) == "<!") {
            // A DOCTYPE: skipped whole, its internal subset included; its entities are never
            // defined, so nothing can expand (no "billion laughs").
            // The '[' is looked for before the '>' only: an unbounded find made a run of
            // « <!x> » quadratic.
            const std::size_t close = xml_.find('>', at_);
            if (close == std::string_view::npos) return Token::error;
            const std::size_t bracket = xml_.substr(0, close).find('[', at_);
            if (bracket != std::string_view::npos) {
                const std::size_t e = xml_.find("]>", bracket);
                if (e == std::string_view::npos) return Token::error;
                at_ = e + 2;
            } else {
                at_ = close + 1;
            }
        } else {
            if (!read_tag()) return Token::error;
            return rest[1] == '/' ? Token::end : Token::start;
        }
    }
    return Token::done;
}

// Reads the tag at `at_` (which is '<'): its name and attributes; false when malformed.
bool Scanner::read_tag() {
    attributes_.clear();
    std::size_t i = at_ + 1;
    const bool closing = i < xml_.size() && xml_[i] == '/';
    if (closing) ++i;
    const std::size_t name_start = i;
    while (i < xml_.size() && !is_space(xml_[i]) && xml_[i] != '>' && xml_[i] != '/') ++i;
    if (i == name_start || i >= xml_.size()) return false;
    name_ = local(xml_.substr(name_start, i - name_start));
    for (;;) {
        while (i < xml_.size() && is_space(xml_[i])) ++i;
        if (i >= xml_.size()) return false;
        if (xml_[i] == '>') {
            at_ = i + 1;
            return true;
        }
        if (xml_[i] == '/' && !closing) {
            if (i + 1 >= xml_.size() || xml_[i + 1] != '>') return false;
            at_ = i + 2;
            pending_end_ = true;
            return true;
        }
        if (closing) return false;
        const std::size_t attr_start = i;
        while (i < xml_.size() && !is_space(xml_[i]) && xml_[i] != '=' && xml_[i] != '>' && xml_[i] != '/') ++i;
        const std::string_view attr_name = xml_.substr(attr_start, i - attr_start);
        while (i < xml_.size() && is_space(xml_[i])) ++i;
        if (attr_name.empty() || i >= xml_.size() || xml_[i] != '=') return false;
        ++i;
        while (i < xml_.size() && is_space(xml_[i])) ++i;
        if (i >= xml_.size() || (xml_[i] != '"' && xml_[i] != '\'')) return false;
        const char quote = xml_[i++];
        const std::size_t end = xml_.find(quote, i);
        if (end == std::string_view::npos) return false;
        attributes_.push_back({local(attr_name), decode(xml_.substr(i, end - i))});
        i = end + 1;
    }
}

}  // namespace parvis::xml
