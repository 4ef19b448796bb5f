#include "spell/dictionary.h"

#include <atomic>
#include <chrono>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <string>
#include <unordered_map>

#include <hunspell.hxx>

#include "text/trim.h"

namespace parvis::spell {

namespace {

constexpr std::size_t kMaxWordBytes = 200;     // longer is no word; Hunspell refuses above 400
constexpr std::size_t kMaxCachedWords = 50000; // a day of typing; the cache restarts beyond

Error cannot_open(const std::string& path, const std::string& detail) {
    Error e;
    e.code = ErrorCode::io_cannot_open;
    e.detail = detail;
    e.args = {{"path", path}};
    return e;
}

Error invalid(const std::string& path, const char* reason) {
    Error e;
    e.code = ErrorCode::invalid_value;
    e.detail = path;
    e.args = {{"path", path}, {"reason", reason}};
    return e;
}

// The whole file, or an error naming it.
Result<std::string> read_file(const std::string& path) {
    std::error_code ec;
    if (!std::filesystem::is_regular_file(path, ec)) {
        return cannot_open(path, ec ? ec.message() : std::string("fichier absent"));
    }
    std::ifstream in(path, std::ios::binary);
    if (!in) return cannot_open(path, std::strerror(errno));
    std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    if (in.bad()) return cannot_open(path, std::strerror(errno));
    return bytes;
}

// What Hunspell cannot tell us: it prints to stderr and goes on with an empty dictionary.
Error check_contents(std::string_view aff, std::string_view dic, const std::string& aff_name,
                     const std::string& dic_name) {
    if (aff.empty()) return invalid(aff_name, "spell_dictionary_empty");
    if (dic.empty()) return invalid(dic_name, "spell_dictionary_empty");
    // « SET UTF-8 » on a line of its own: the text we check is UTF-8 and is passed as it is.
    bool utf8 = false;
    for (std::size_t line = 0; line < aff.size();) {
        std::size_t next = aff.find('\n', line);
        if (next == std::string_view::npos) next = aff.size();
        std::string_view l = aff.substr(line, next - line);
        if (l.substr(0, 3) == "\xEF\xBB\xBF") l.remove_prefix(3);
        if (l.substr(0, 4) == "SET ") {
            const std::string_view enc = text::trim(l.substr(4));
            utf8 = enc == "UTF-8" || enc == "utf-8";
            break;
        }
        line = next + 1;
    }
    if (!utf8) return invalid(aff_name, "spell_dictionary_encoding");
    // A word list starts with its approximate number of words.
    std::string_view first = dic.substr(0, dic.find('\n'));
    if (first.substr(0, 3) == "\xEF\xBB\xBF") first.remove_prefix(3);
    while (!first.empty() && (first.back() == '\r' || first.back() == ' ')) first.remove_suffix(1);
    bool count = !first.empty() && first.size() < 10;
    for (char c : first) count = count && c >= '0' && c <= '9';
    if (!count) return invalid(dic_name, "spell_dictionary_count");
    return Error{};
}

}  // namespace

struct Dictionary::Impl {
    std::unique_ptr<Hunspell> hunspell;
    std::unordered_map<std::string, bool> checked;
    std::unordered_map<std::string, std::vector<std::string>> suggested;
};

Dictionary::Dictionary(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Dictionary::Dictionary(Dictionary&&) noexcept = default;
Dictionary& Dictionary::operator=(Dictionary&&) noexcept = default;
Dictionary::~Dictionary() = default;

Result<Dictionary> Dictionary::load(const std::string& aff_path, const std::string& dic_path) {
    Result<std::string> aff = read_file(aff_path);
    if (!aff) return aff.error();
    // Only the count line of the word list is checked here: Hunspell reads the rest itself.
    std::ifstream dic_in(dic_path, std::ios::binary);
    std::error_code ec;
    if (!std::filesystem::is_regular_file(dic_path, ec) || !dic_in) {
        return cannot_open(dic_path, ec ? ec.message() : std::string("fichier absent"));
    }
    std::string dic_head(64, '\0');
    dic_in.read(dic_head.data(), static_cast<std::streamsize>(dic_head.size()));
    dic_head.resize(static_cast<std::size_t>(dic_in.gcount()));
    if (Error e = check_contents(*aff, dic_head, aff_path, dic_path)) return e;
    auto impl = std::make_unique<Impl>();
    impl->hunspell = std::make_unique<Hunspell>(aff_path.c_str(), dic_path.c_str());
    return Dictionary(std::move(impl));
}

Result<Dictionary> Dictionary::from_memory(std::string_view aff, std::string_view dic) {
    if (Error e = check_contents(aff, dic, "fr.aff", "fr.dic")) return e;
    static std::atomic<unsigned> serial{0};
    std::error_code ec;
    std::filesystem::path dir = std::filesystem::temp_directory_path(ec);
    if (ec) dir = ".";
    const auto now = std::chrono::steady_clock::now().time_since_epoch().count();
    const std::string stem = "parvis-spell-" + std::to_string(now) + "-" + std::to_string(serial++);
    const std::string aff_path = (dir / (stem + ".aff")).string();
    const std::string dic_path = (dir / (stem + ".dic")).string();
    for (const auto& [path, bytes] : {std::pair{aff_path, aff}, std::pair{dic_path, dic}}) {
        std::ofstream out(path, std::ios::binary | std::ios::trunc);
        out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
        if (!out) {
            std::filesystem::remove(aff_path, ec);
            Error e = cannot_open(path, std::strerror(errno));
            e.args.emplace_back("reason", "write");
            return e;
        }
    }
    auto impl = std::make_unique<Impl>();
    impl->hunspell = std::make_unique<Hunspell>(aff_path.c_str(), dic_path.c_str());
    std::filesystem::remove(aff_path, ec);
    std::filesystem::remove(dic_path, ec);
    return Dictionary(std::move(impl));
}

bool Dictionary::correct(std::string_view word) const {
    if (word.empty() || word.size() > kMaxWordBytes) return word.empty();
    std::string key(word);
    if (auto it = impl_->checked.find(key); it != impl_->checked.end()) return it->second;
    const bool ok = impl_->hunspell->spell(key);
    if (impl_->checked.size() >= kMaxCachedWords) impl_->checked.clear();
    impl_->checked.emplace(std::move(key), ok);
    return ok;
}

std::vector<std::string> Dictionary::suggest(std::string_view word, std::size_t max_count) const {
    if (word.empty() || word.size() > kMaxWordBytes) return {};
    std::string key(word);
    auto it = impl_->suggested.find(key);
    if (it == impl_->suggested.end()) {
        if (impl_->suggested.size() >= kMaxCachedWords) impl_->suggested.clear();
        it = impl_->suggested.emplace(key, impl_->hunspell->suggest(key)).first;
    }
    std::vector<std::string> out = it->second;
    if (out.size() > max_count) out.resize(max_count);
    return out;
}

const std::vector<std::string>* Dictionary::cached_suggestions(std::string_view word) const {
    auto it = impl_->suggested.find(std::string(word));
    return it == impl_->suggested.end() ? nullptr : &it->second;
}

}  // namespace parvis::spell
