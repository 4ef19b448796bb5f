// The register rule (docs/checks.md « Charte éditoriale »): does the text say « tu » or « vous »?
// Three kinds of forms, from the lists we author in assets/lexicon/register.json:
//   - pronouns and possessives, anywhere (« ta famille », « vos enfants »);
//   - hyphenated forms with « -toi », « -tu », « -vous », anywhere (« Inscris-toi », « Peux-tu »,
//     « Inscrivez-vous »), except the nouns of not_register (« rendez-vous »);
//   - imperatives without a subject (« Viens avec ta famille ! », « N’hésite pas »), only at the
//     start of a clause, because « viens » or « prends » after « je » is no imperative and the
//     listed forms are chosen to have no common noun homograph at that place; never a local name
//     of the workspace (Viens is a commune of Vaucluse), never after an opening quote (a title).
// With a charter every form of the other register is flagged; without one, when the text uses
// both, the forms of the less frequent register are (ties: the « tu » forms, as a public
// institution says « vous » unless its charter says otherwise).
#include <algorithm>

#include "check/lexicon.h"
#include "check/rules.h"
#include "spell/spelling.h"
#include "text/utf8.h"

namespace parvis::check::detail {
namespace {

enum class Person { none, tu, vous };

struct Form {
    std::size_t start, end;
    bool tu;
};

bool listed(const std::vector<std::string>& sorted, const std::string& word) {
    return std::binary_search(sorted.begin(), sorted.end(), word);
}

// The parts of a folded word between its hyphens (« inscris-toi » → inscris, toi).
std::vector<std::string> hyphen_parts(const std::string& folded) {
    std::vector<std::string> parts;
    std::size_t from = 0;
    for (std::size_t at; (at = folded.find('-', from)) != std::string::npos; from = at + 1)
        parts.push_back(folded.substr(from, at - from));
    parts.push_back(folded.substr(from));
    return parts;
}

// « Va-t-il », « Est-ce », « Dit-on »: a question with its subject after the verb, no imperative.
bool is_inversion(const std::vector<std::string>& parts) {
    static const std::string subjects[] = {"je", "il", "elle", "on", "ils", "elles", "t", "ce", "nous"};
    for (std::size_t i = 1; i < parts.size(); ++i) {
        if (parts[i] == "nous") continue;  // « Rejoins-nous »: an object, not a subject
        if (std::find(std::begin(subjects), std::end(subjects), parts[i]) != std::end(subjects)) return true;
    }
    return false;
}

// A form that marks the register wherever it stands: a pronoun, a possessive, a hyphenated
// « -toi », « -tu », « -vous ».
Person anywhere(const RegisterWords& r, const std::string& w) {
    if (listed(r.not_register, w)) return Person::none;
    if (listed(r.pronouns_tu, w)) return Person::tu;
    if (listed(r.pronouns_vous, w)) return Person::vous;
    if (w.find('-') == std::string::npos) return Person::none;
    const std::vector<std::string> parts = hyphen_parts(w);
    for (std::size_t i = 1; i < parts.size(); ++i) {
        if (parts[i] == "toi" || parts[i] == "tu") return Person::tu;
        if (parts[i] == "vous") return Person::vous;
    }
    return Person::none;
}

// A listed imperative (the whole word or the verb before its hyphen: « Rejoins-nous »).
Person imperative(const RegisterWords& r, const std::string& w) {
    if (listed(r.not_register, w)) return Person::none;
    const std::vector<std::string> parts = hyphen_parts(w);
    if (is_inversion(parts)) return Person::none;
    if (listed(r.imperatives_tu, w) || listed(r.imperatives_tu, parts[0])) return Person::tu;
    if (listed(r.imperatives_vous, w) || listed(r.imperatives_vous, parts[0])) return Person::vous;
    return Person::none;
}

bool ends_with(const std::string& s, std::string_view suffix) {
    return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

// The verb of a negated imperative at the start of a clause: « N’hésite pas », « Ne le rate
// pas », « Ne jetez pas ». Returns the verb's token index and its person, or none. Any verb is
// recognised in this frame (the negation without a subject leaves only the imperative): « -ez »
// for vous, a final « e » or « s » for tu (not « -ons », the « nous » imperative).
std::pair<std::size_t, Person> negated_imperative(const Context& c, const RegisterWords& r, std::size_t ne) {
    const auto& toks = c.tokens.tokens;
    auto next_word = [&](std::size_t k) {
        for (++k; k < toks.size(); ++k) {
            if (toks[k].kind == TokenKind::space) continue;
            return toks[k].kind == TokenKind::word ? k : toks.size();
        }
        return toks.size();
    };
    static const std::string clitics[] = {"le", "la", "les", "l'", "lui", "leur", "y", "en", "me", "m'", "nous"};
    std::size_t verb = next_word(ne);
    for (int skipped = 0; verb < toks.size() && skipped < 2; ++skipped) {
        const std::string w = fold(c.token_text(toks[verb]));
        if (std::find(std::begin(clitics), std::end(clitics), w) == std::end(clitics)) break;
        verb = next_word(verb);
    }
    const std::size_t after = verb < toks.size() ? next_word(verb) : toks.size();
    if (after >= toks.size()) return {0, Person::none};
    static const std::string negations[] = {"pas", "plus", "jamais", "rien", "point", "guere"};
    const std::string n = fold(c.token_text(toks[after]));
    if (std::find(std::begin(negations), std::end(negations), n) == std::end(negations)) return {0, Person::none};
    const std::string w = fold(c.token_text(toks[verb]));
    if (anywhere(r, w) != Person::none || is_inversion(hyphen_parts(w))) return {0, Person::none};  // « Ne t’inquiète pas »: « t’ » counts
    if (const Person p = imperative(r, w); p != Person::none) return {verb, p};
    if (ends_with(w, "ez")) return {verb, Person::vous};
    if ((ends_with(w, "e") || ends_with(w, "s")) && !ends_with(w, "ons")) return {verb, Person::tu};
    return {0, Person::none};
}

bool is_lower_initial(const Context& c, const Token& t) {
    const char32_t cp = utf8::decode(c.text, t.start).code_point;
    return (cp >= 'a' && cp <= 'z') || (cp >= 0xDF && cp <= 0xFF && cp != 0xF7) || cp == 0x153;
}

// A name of the workspace's local dictionary (Viens is a commune of Vaucluse): never an imperative.
bool local_name(const Context& c, const Token& t) {
    return c.options.local_words && spell::is_local_word(c.token_text(t), *c.options.local_words);
}

// Every form of « tu » and « vous » in the text, in order.
std::vector<Form> register_forms(const Context& c) {
    const RegisterWords& r = lexicons().register_words;
    const auto& toks = c.tokens.tokens;
    std::vector<Form> forms;
    auto add = [&](const Token& t, Person p) { forms.push_back({t.start, t.end, p == Person::tu}); };
    for (const Sentence& s : c.tokens.sentences) {
        bool clause_start = true;     // the next word starts a clause
        bool sentence_start = true;   // … and the sentence
        bool quoted = false;          // an opening quote before it: a title or reported speech
        bool first_person = false;    // « je » earlier in the sentence: « je viens, prends… »
        std::size_t skip_until = 0;   // the verb of a negated imperative, already counted
        for (std::size_t k = s.first; k < s.last; ++k) {
            const Token& t = toks[k];
            if (t.kind == TokenKind::space || t.kind == TokenKind::emoji || t.kind == TokenKind::newline) continue;
            if (t.kind == TokenKind::punct) {
                const std::string_view p = c.token_text(t);
                if (p == "," || p == ";" || p == ":" || p == "(" || p == "\u2013" || p == "\u2014" || p == "-" ||
                    p == "\u2022") {
                    clause_start = true;
                    quoted = false;
                } else if (clause_start && (p == "\u00AB" || p == "\u201C" || p == "\"" || p == "\u2018" ||
                                            p == "\u2039" || p == "'")) {
                    quoted = true;
                }
                continue;
            }
            if (t.kind != TokenKind::word) {
                clause_start = sentence_start = quoted = false;
                continue;
            }
            const std::string w = fold(c.token_text(t));
            if (const Person p = anywhere(r, w); p != Person::none) {
                add(t, p);
            } else if (k >= skip_until && clause_start && !quoted && (sentence_start || (!first_person && is_lower_initial(c, t)))) {
                if (w == "ne" || w == "n'") {
                    if (const auto [verb, person] = negated_imperative(c, r, k); person != Person::none) {
                        add(toks[verb], person);
                        skip_until = verb + 1;
                    }
                } else if (const Person i = imperative(r, w); i != Person::none && !local_name(c, t)) {
                    add(t, i);
                }
            }
            if (w == "je" || w == "j'") first_person = true;
            clause_start = sentence_start = quoted = false;
        }
    }
    return forms;
}

}  // namespace

void check_register(const Context& c) {
    const std::vector<Form> forms = register_forms(c);
    const auto tu_count = std::count_if(forms.begin(), forms.end(), [](const Form& f) { return f.tu; });
    const auto vous_count = static_cast<long>(forms.size()) - tu_count;
    if (c.has_charter) {
        const bool want_tu = c.charter.register_ == Register::tu;
        for (const Form& f : forms) {
            if (f.tu == want_tu) continue;
            c.add("register_off_charter", "charte", Severity::warning, f.start, f.end,
                  want_tu ? "check.register_vous" : "check.register_tu",
                  {{"word", std::string(c.text.substr(f.start, f.end - f.start))}});
        }
        return;
    }
    if (tu_count == 0 || vous_count == 0) return;
    const bool minority_tu = tu_count <= vous_count;
    for (const Form& f : forms) {
        if (f.tu != minority_tu) continue;
        c.add("register_mixed", "charte", Severity::warning, f.start, f.end, "check.register_mixed",
              {{"word", std::string(c.text.substr(f.start, f.end - f.start))}});
    }
}

}  // namespace parvis::check::detail
