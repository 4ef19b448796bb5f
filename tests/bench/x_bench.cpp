// Native benchmark of the X weighted length (issue 6, item 9): counts a corpus of posts RUNS times
// and prints the median time of a pass, per pass and per text. The corpus is a JSON array of
// strings, the one tests/e2e/bench_x.mjs writes (its generated French posts), so the native, wasm
// and twitter-text figures are measured on the same texts:
//   parvis_x_bench CORPUS.json [--runs 7] [--repeat 10]
// Not a test: it prints figures (a checksum of the lengths keeps the work from being optimised out).
#include <nlohmann/json.hpp>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "count/x_weighted_length.h"

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

    std::vector<double> pass_ms;
    long long checksum = 0;
    for (int run = 0; run < runs; ++run) {
        const auto start = std::chrono::steady_clock::now();
        for (int r = 0; r < repeat; ++r) {
            for (const std::string& text : texts) checksum += parvis::count::parse_x(text).weighted_length;
        }
        const std::chrono::duration<double, std::milli> elapsed = std::chrono::steady_clock::now() - start;
        pass_ms.push_back(elapsed.count());
    }
    std::sort(pass_ms.begin(), pass_ms.end());
    const double median = runs % 2 ? pass_ms[runs / 2] : (pass_ms[runs / 2 - 1] + pass_ms[runs / 2]) / 2;
    const double texts_per_pass = static_cast<double>(texts.size()) * repeat;
    std::printf("native C++   %8.2f ms per pass of %.0f texts   %6.2f µs/text   (median of %d, checksum %lld)\n",
                median, texts_per_pass, median * 1000.0 / texts_per_pass, runs, checksum);
    return 0;
}
