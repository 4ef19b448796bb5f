#include "spell/spelling.h"

#include <algorithm>
#include <unordered_set>

#include "spell/words.h"
#include "text/utf8.h"

namespace parvis::spell {

namespace {

// The local dictionary, folded once per check: whole entries, their words, their hyphen parts.
class LocalWords {
public:
    explicit LocalWords(const std::vector<std::string>& entries) {
        for (const std::string& entry : entries) {
            add(entry);
            for (const WordSpan& w : words_to_check_all(entry)) {
                add(std::string_view(entry).substr(w.start, w.end - w.start));
                for (const WordPart& part : split_word(entry, w))
                    add(std::string_view(entry).substr(part.span.start, part.span.end - part.span.start));
            }
        }
    }
    bool contains(std::string_view word) const { return !set_.empty() && set_.count(fold_case(word)) > 0; }

private:
    void add(std::string_view word) {
        if (!word.empty()) set_.insert(fold_case(word));
    }
    // Every run of letters, apostrophes and hyphens of an entry, even those the checker skips
    // (a local « SNCF » costs nothing).
    static std::vector<WordSpan> words_to_check_all(std::string_view entry) {
        std::vector<WordSpan> out;
        std::size_t start = 0;
        for (std::size_t i = 0; i <= entry.size();) {
            const bool end = i == entry.size();
            const utf8::Decoded d = end ? utf8::Decoded{' ', 1} : utf8::decode(entry, i);
            const char32_t c = d.code_point;
            const bool sep = c == ' ' || c == '\t' || c == 0xA0 || c == 0x202F || c == ',' || c == ';' ||
                             c == '(' || c == ')' || c == '.' || c == '\n';
            if (sep) {
                if (i > start) out.push_back({start, i});
                start = i + d.length;
            }
            i += d.length;
        }
        return out;
    }
    std::unordered_set<std::string> set_;
};

std::string_view slice(std::string_view text, WordSpan span) { return text.substr(span.start, span.end - span.start); }

bool uses_ascii_apostrophe(std::string_view word) { return word.find('\'') != std::string_view::npos; }

class Checker {
public:
    Checker(std::string_view text, const Dictionary& dictionary, const LocalWords& local, Lang lang,
            SpellingOptions options)
        : text_(text), dictionary_(dictionary), local_(local), lang_(lang), options_(options) {
        if (options_.max_suggestions == 0) options_.max_suggestions = 5;
        if (options_.max_computed_words == 0) options_.max_computed_words = 20;
    }

    bool accepted(WordSpan span) const {
        const std::string_view word = slice(text_, span);
        return local_.contains(word) || dictionary_.correct(lookup_form(word));
    }

    // A word, or what follows an elision: accepted whole, or narrowed to its wrong parts.
    void check(WordSpan span) {
        if (accepted(span)) return;
        const std::vector<WordPart> parts = split_word(text_, span);
        if (parts.size() == 1) return flag(span);
        // « l’écolle », « qu’ill », « jusqu’aujourd’hui »: the elided word is right, look at the rest.
        const bool elided = parts[1].joiner_before != '-' && parts[1].joiner_before != 0x2010 &&
                            parts[1].joiner_before != 0x2011 && is_elision(fold_case(slice(text_, parts[0].span)));
        if (elided) return check(WordSpan{parts[1].span.start, span.end});
        // Another apostrophe (« aujourd’hu », « prud’homme ») binds one word: flag it whole.
        for (std::size_t i = 1; i < parts.size(); ++i)
            if (parts[i].joiner_before != '-' && parts[i].joiner_before != 0x2010 && parts[i].joiner_before != 0x2011)
                return flag(span);
        // Hyphens (« peut-êtr », « Saint-Exemplle »): each wrong part on its own.
        // When every part is a word the dictionary knows, the compound is accepted.
        for (const WordPart& part : parts) {
            if (utf8::count_code_points(slice(text_, part.span)) < 2) continue;  // « va-t-il »
            if (!accepted(part.span)) flag(part.span);
        }
    }

    std::vector<check::Finding> findings;

private:
    void flag(WordSpan span) {
        const std::string_view word = slice(text_, span);
        check::Finding f;
        f.rule = "spelling";
        f.category = "orthographe";
        f.severity = check::Severity::warning;
        f.start = span.start;
        f.end = span.end;
        f.message = tr("spell.finding.unknown_word", lang_, {{"word", std::string(word)}});
        f.fix_is_safe = false;
        const std::string form = lookup_form(word);
        std::vector<std::string> suggestions;
        const bool known = dictionary_.cached_suggestions(form) != nullptr;
        if (options_.suggestions == Suggestions::compute && (known || computed_ < options_.max_computed_words)) {
            computed_ += known ? 0 : 1;
            suggestions = dictionary_.suggest(form, options_.max_suggestions);
        } else if (options_.suggestions != Suggestions::none) {
            if (const auto* cached = dictionary_.cached_suggestions(form)) {
                suggestions.assign(cached->begin(),
                                   cached->begin() + std::min(cached->size(), options_.max_suggestions));
            }
        }
        // Keep the writer's apostrophe: the dictionary's words use ’.
        if (uses_ascii_apostrophe(word)) {
            for (std::string& s : suggestions) {
                for (std::size_t at; (at = s.find("\xE2\x80\x99")) != std::string::npos;) s.replace(at, 3, "'");
            }
        }
        f.suggestions = std::move(suggestions);
        findings.push_back(std::move(f));
    }

    std::string_view text_;
    const Dictionary& dictionary_;
    const LocalWords& local_;
    Lang lang_;
    SpellingOptions options_;
    std::size_t computed_ = 0;  // words whose suggestions this check asked for
};

}  // namespace

bool is_local_word(std::string_view word, const std::vector<std::string>& local_words) {
    return LocalWords(local_words).contains(word);
}

std::vector<check::Finding> spelling_findings(std::string_view text, const Dictionary& dictionary,
                                              const std::vector<std::string>& local_words, Lang lang,
                                              SpellingOptions options) {
    const LocalWords local(local_words);
    Checker checker(text, dictionary, local, lang, options);
    for (const WordSpan& word : words_to_check(text)) checker.check(word);
    return std::move(checker.findings);
}

}  // namespace parvis::spell
