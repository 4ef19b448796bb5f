// Reply templates filled. See reply_template.h.
#include "inbox/reply_template.h"

#include <algorithm>
#include <array>

#include "check/fold.h"
#include "model/find.h"

namespace parvis::inbox {
namespace {

enum class Variable { first_name, service, procedure, hours, contact, unknown };

Variable variable_of(std::string_view name) {
    const std::string folded = check::fold(name);
    if (folded == "prenom") return Variable::first_name;
    if (folded == "service") return Variable::service;
    if (folded == "lien_demarche") return Variable::procedure;
    if (folded == "horaires") return Variable::hours;
    if (folded == "contact") return Variable::contact;
    return Variable::unknown;
}

const char* canonical_name(Variable v) {
    switch (v) {
        case Variable::first_name: return "prénom";
        case Variable::service: return "service";
        case Variable::procedure: return "lien_démarche";
        case Variable::hours: return "horaires";
        case Variable::contact: return "contact";
        case Variable::unknown: break;
    }
    return "";
}

// Drops a space, a no-break space (U+00A0) or a narrow one (U+202F) at the end of `out`.
void drop_trailing_space(std::string& out) {
    if (!out.empty() && out.back() == ' ') {
        out.pop_back();
    } else if (out.size() >= 2 && out.compare(out.size() - 2, 2, "\xC2\xA0") == 0) {
        out.resize(out.size() - 2);
    } else if (out.size() >= 3 && out.compare(out.size() - 3, 3, "\xE2\x80\xAF") == 0) {
        out.resize(out.size() - 3);
    }
}

bool is_upper_initial(std::string_view word) {
    const auto c = static_cast<unsigned char>(word[0]);
    if (c < 0x80) return c >= 'A' && c <= 'Z';
    // Latin-1 capitals À–Þ (U+00C0–U+00DE, × U+00D7 excepted), as UTF-8 C3 80–C3 9E.
    if (word.size() < 2 || c != 0xC3) return false;
    const auto d = static_cast<unsigned char>(word[1]);
    return d >= 0x80 && d <= 0x9E && d != 0x97;
}

}  // namespace

const std::vector<std::string>& template_variables() {
    static const std::vector<std::string> names = {"prénom", "service", "lien_démarche", "horaires", "contact"};
    return names;
}

std::string first_name_of(std::string_view author) {
    const std::size_t space = author.find_first_of(" \t");
    const std::string_view word = author.substr(0, space);
    if (word.size() < 2 || !is_upper_initial(word)) return {};
    for (const char ch : word) {
        const auto c = static_cast<unsigned char>(ch);
        const bool letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80 || c == '-' || c == '\'';
        if (!letter) return {};  // digits, @, dots: a handle or an address, not a name
    }
    static const std::array<std::string_view, 12> not_names = {"anonyme", "anonymous", "inconnu", "inconnue", "utilisateur",
                                                               "user", "mme", "mlle", "monsieur", "madame", "mr", "dr"};
    const std::string folded = check::fold(word);
    if (std::find(not_names.begin(), not_names.end(), folded) != not_names.end()) return {};
    return std::string(word);
}

FilledReply fill(std::string_view text, const InboxMessage& message, const Workspace& ws, const FillOptions& options) {
    const Service* service = find_service(ws, options.service_id.empty() ? message.service_id : options.service_id);
    const std::string first_name = first_name_of(message.author);
    FilledReply out;
    auto missing = [&](Variable v) {
        const std::string name = canonical_name(v);
        if (std::find(out.missing.begin(), out.missing.end(), name) == out.missing.end()) out.missing.push_back(name);
    };
    constexpr std::size_t kMaxVariableBytes = 40;
    std::size_t i = 0;
    while (i < text.size()) {
        const std::size_t open = text.find('{', i);
        if (open == std::string_view::npos) {
            out.text.append(text.substr(i));
            break;
        }
        out.text.append(text.substr(i, open - i));
        const std::size_t close = text.find('}', open + 1);
        if (close == std::string_view::npos || close - open - 1 > kMaxVariableBytes) {
            out.text.push_back('{');
            i = open + 1;
            continue;
        }
        const std::string_view written = text.substr(open, close - open + 1);
        const Variable v = variable_of(text.substr(open + 1, close - open - 1));
        i = close + 1;
        std::string value;
        switch (v) {
            case Variable::first_name: value = first_name; break;
            case Variable::service: value = service ? service->name : ""; break;
            case Variable::procedure: value = service ? service->url : ""; break;
            case Variable::hours: value = service ? service->hours : ""; break;
            case Variable::contact:
                if (service) value = !service->contact.empty() ? service->contact : !service->phone.empty() ? service->phone : service->email;
                break;
            case Variable::unknown: out.text.append(written); continue;
        }
        if (!value.empty()) {
            out.text += value;
        } else if (v == Variable::first_name) {
            // The greeting without the name: « Bonjour {prénom}, » → « Bonjour, ». At the start
            // of the text or of a line, the comma and spaces after it go too.
            missing(v);
            drop_trailing_space(out.text);
            if (out.text.empty() || out.text.back() == '\n') {
                while (i < text.size() && (text[i] == ',' || text[i] == ' ')) ++i;
            }
        } else {
            missing(v);
            out.text.append(written);
        }
    }
    return out;
}

FilledReply fill(const ReplyTemplate& reply_template, const InboxMessage& message, const Workspace& ws,
                 const FillOptions& options) {
    return fill(reply_template.text, message, ws, options);
}

}  // namespace parvis::inbox
