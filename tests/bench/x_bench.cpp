// Native benchmark of the X weighted length (issue 6, item 9): counts a corpus of posts RUNS times
// and prints the median time of a pass, per pass and per text. The corpus is a JSON array of
// strings, the one tests/e2e/bench_x.mjs writes (its generated French posts), so the native, wasm
// and twitter-text figures are measured on the same texts:
//   parvis_x_bench CORPUS.json [--runs 7] [--repeat 10]
// Not a test: it prints figures (a checksum of the lengths keeps the work from being optimised out).
// Besides wall time it prints the process's CPU time per text: on a shared machine (CI, a build
// running alongside) the wall time counts the moments the bench waited for a core. A second line
// times a typical post (kTypicalPost: plain French, one bare link, one emoji), the case of every
// keystroke in the composer; the generated corpus is denser in links, emoji and rare characters.
#include <nlohmann/json.hpp>

#include <algorithm>
#include <chrono>
#include <ctime>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "count/x_weighted_length.h"

namespace {

// 249 UTF-16 units, as the corpus's average.
constexpr const char* kTypicalPost =
    "La médiathèque sera fermée samedi pour travaux. Les élèves de l’école sont invités à la réunion "
    "publique du conseil municipal, lundi à 18h30, salle des fêtes. Les informations sur "
    "mairie-saint-exemple.fr/agenda : horaires, accès et inscriptions ! 🎉";

struct Figures {
    double wall_us = 0, cpu_us = 0;  // per text, medians of the passes
    long long checksum = 0;
};

double median(std::vector<double>& v) {
    std::sort(v.begin(), v.end());
    const std::size_t n = v.size();
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

Figures measure(const std::vector<std::string>& texts, int runs, int repeat) {
    const auto cpu_ms = [] { return 1000.0 * static_cast<double>(std::clock()) / CLOCKS_PER_SEC; };
    std::vector<double> pass_ms, pass_cpu_ms;
    Figures f;
    for (int run = -1; run < runs; ++run) {  // run -1 warms up (tables built on first use, caches)
        const auto start = std::chrono::steady_clock::now();
        const double cpu_start = cpu_ms();
        for (int r = 0; r < repeat; ++r) {
            for (const std::string& text : texts) f.checksum += parvis::count::parse_x(text).weighted_length;
        }
        const std::chrono::duration<double, std::milli> elapsed = std::chrono::steady_clock::now() - start;
        if (run < 0) continue;
        pass_ms.push_back(elapsed.count());
        pass_cpu_ms.push_back(cpu_ms() - cpu_start);
    }
    const double texts_per_pass = static_cast<double>(texts.size()) * repeat;
    f.wall_us = median(pass_ms) * 1000.0 / texts_per_pass;
    f.cpu_us = median(pass_cpu_ms) * 1000.0 / texts_per_pass;
    return f;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 2) {
        std::fprintf(stderr, "Usage : parvis_x_bench CORPUS.json [--runs 7] [--repeat 10]\n"
                             "(le corpus est écrit par node tests/e2e/bench_x.mjs)\n");
        return 2;
    }
    int runs = 7, repeat = 10;
    for (int i = 2; i + 1 < argc; i += 2) {
        const std::string option = argv[i];
        if (option == "--runs") runs = std::max(1, std::atoi(argv[i + 1]));
        else if (option == "--repeat") repeat = std::max(1, std::atoi(argv[i + 1]));
    }
    std::ifstream in(argv[1], std::ios::binary);
    if (!in) {
        std::fprintf(stderr, "Corpus illisible : %s\n", argv[1]);
        return 3;
    }
    const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    const nlohmann::json corpus = nlohmann::json::parse(bytes, nullptr, false);
    if (!corpus.is_array()) {
        std::fprintf(stderr, "Corpus invalide (un tableau JSON de chaînes est attendu) : %s\n", argv[1]);
        return 1;
    }
    std::vector<std::string> texts;
    for (const auto& t : corpus) {
        if (t.is_string()) texts.push_back(t.get<std::string>());
    }

    const Figures generated = measure(texts, runs, repeat);
    std::printf("native C++   %6.2f µs/text, CPU time %.2f µs/text   (%zu texts × %d, median of %d passes, checksum %lld)\n",
                generated.wall_us, generated.cpu_us, texts.size(), repeat, runs, generated.checksum);
    const Figures typical = measure(std::vector<std::string>(texts.size(), kTypicalPost), runs, repeat);
    std::printf("native C++   %6.2f µs/text, CPU time %.2f µs/text   for a typical post (x_bench.cpp, kTypicalPost)\n",
                typical.wall_us, typical.cpu_us);
    return 0;
}
