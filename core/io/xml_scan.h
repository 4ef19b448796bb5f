// A minimal pull reader for machine-written XML (the parts of an .xlsx workbook): start tags with
// their attributes, end tags, text. No DTD, no external entity, no namespace resolution: names
// are given without their prefix (`x:row` → `row`). It never recurses, so nesting depth cannot
// exhaust the stack, and it stops at the first malformed tag (Token::error).
//
// Text and attribute values come decoded: the five predefined entities and character references
// (&#233; &#xE9;); an unknown entity is kept as written; a reference to a code point that is not
// a character, and any byte that is not well-formed UTF-8, become U+FFFD.
#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace parvis::xml {

enum class Token { start, end, text, done, error };

class Scanner {
public:
    explicit Scanner(std::string_view xml) : xml_(xml) {}

    // The next token. A self-closing tag gives `start` then `end`. Text is given only when it
    // is not empty (whitespace between tags included: the caller decides what it means).
    Token next();

    std::string_view name() const { return name_; }             // of the current tag, without prefix
    const std::string* attribute(std::string_view local_name) const;  // nullptr when absent
    const std::string& text() const { return text_; }

private:
    struct Attribute {
        std::string_view name;
        std::string value;
    };
    bool read_tag();

    std::string_view xml_;
    std::size_t at_ = 0;
    bool pending_end_ = false;
    std::string_view name_;
    std::vector<Attribute> attributes_;
    std::string text_;
};

// Decoding as described above, for a raw run of text or attribute value.
std::string decode(std::string_view raw);

}  // namespace parvis::xml
