// A Hunspell dictionary (Debian's hunspell-fr: fr_FR.aff + fr_FR.dic), behind a small interface
// so that no Hunspell header leaks into the rest of the core. Checks are remembered per word:
// a post is re-checked on every keystroke and almost all its words were seen a keystroke ago.
// Suggestions are slow (a few hundred milliseconds a word, more in the browser): ask for them on
// demand; `cached_suggestions` answers from memory only.
// Not thread-safe (Hunspell itself is not): one Dictionary per thread.
#pragma once
#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "error.h"

namespace parvis::spell {

class Dictionary {
public:
    // Loads a UTF-8 dictionary. Errors: io_cannot_open (a file is missing or unreadable, args
    // "path" and "detail"), invalid_value with reason "spell_dictionary_*" (empty file, an affix
    // file that is not UTF-8, a word list without its count line).
    static Result<Dictionary> load(const std::string& aff_path, const std::string& dic_path);
    // The same from the files' contents (Hunspell reads files only: they are written to the
    // temporary folder for the time of the load, then removed).
    static Result<Dictionary> from_memory(std::string_view aff, std::string_view dic);

    Dictionary(Dictionary&&) noexcept;
    Dictionary& operator=(Dictionary&&) noexcept;
    ~Dictionary();

    // True when the word (one word, UTF-8 NFC, as spell::lookup_form gives) is spelt correctly.
    bool correct(std::string_view word) const;
    // Up to `max_count` replacements, best first. Slow: see above. Remembered per word.
    std::vector<std::string> suggest(std::string_view word, std::size_t max_count = 5) const;
    // The suggestions already computed for `word`, or nullptr.
    const std::vector<std::string>* cached_suggestions(std::string_view word) const;

private:
    struct Impl;
    explicit Dictionary(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> impl_;
};

}  // namespace parvis::spell
