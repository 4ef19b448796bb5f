// Readability findings (docs/checks.md « Lisibilité »): long sentences, runs of them, commas,
// and the Kandel & Moles / LIX figures of the whole text, advisory on a short post.
#include <cmath>
#include <cstdio>

#include "check/rules.h"

namespace parvis::check::detail {
namespace {

std::string one_decimal(double v) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.0f", v);
    return buf;
}

}  // namespace

void check_readability(const Context& c, const Readability& r) {
    const int max_words = c.options.falc ? 15 : 20;
    const int max_commas = c.options.falc ? 2 : 3;
    const double min_kandel_moles = c.options.falc ? 60.0 : 50.0;
    const std::vector<Sentence>& sentences = c.tokens.sentences;
    std::size_t run_first = 0;
    int run = 0;
    auto close_run = [&](std::size_t last) {
        if (run >= 2) {
            c.add("sentences_long_run", "lisibilite", Severity::warning, sentences[run_first].start,
                  sentences[last].end, "check.sentences_long_run", {{"count", std::to_string(run)}});
        }
        run = 0;
    };
    for (std::size_t i = 0; i < sentences.size(); ++i) {
        const Sentence& s = sentences[i];
        if (s.words > max_words) {
            c.add("sentence_long", "lisibilite", Severity::warning, s.start, s.end, "check.sentence_long",
                  {{"words", std::to_string(s.words)}, {"max", std::to_string(max_words)}});
            if (run++ == 0) run_first = i;
        } else if (s.words > 0) {
            if (run > 0) close_run(i - 1);
        }
        if (s.commas > max_commas) {
            c.add("commas_many", "lisibilite", Severity::info, s.start, s.end, "check.commas_many",
                  {{"commas", std::to_string(s.commas)}, {"max", std::to_string(max_commas)}});
        }
    }
    if (run > 0) close_run(sentences.size() - 1);

    // The formula needs some text to mean anything: below 30 words it is only advice.
    if (r.words >= 8 && r.kandel_moles < min_kandel_moles) {
        c.add("readability_low", "lisibilite", r.words >= 30 ? Severity::warning : Severity::info, 0, 0,
              "check.readability_low",
              {{"kandel_moles", one_decimal(r.kandel_moles)}, {"lix", one_decimal(r.lix)},
               {"min", one_decimal(min_kandel_moles)}});
    }
}

}  // namespace parvis::check::detail
