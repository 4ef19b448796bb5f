// parvis_check_bench: the full tone check of a 3,000-character French post (every rule, counts
// for the seven networks, a charter, a reply), median of N runs, in microseconds. The target of
// issue 6 is under 1 ms natively. Usage: parvis_check_bench [RUNS]
#include <algorithm>
#include <chrono>
#include <ctime>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "check/check.h"

int main(int argc, char** argv) {
    using namespace parvis;
    const int runs = argc > 1 ? std::max(1, std::atoi(argv[1])) : 1000;
    const std::string paragraph =
        "Afin de préparer la fête du quartier des Tilleuls, la mairie procédera à la fermeture de la rue "
        "Jean-Jaurès samedi 14\u202Fjuin de 8\u202Fh à 18h30. Les habitant·e·s pourront stationner au parking "
        "de la gare ; l’accès reste gratuit. Infos : mairie-exemple.fr/fete ou au 01 23 45 67 89 !! 🎉 "
        "Dans le cadre de cette journée, N’HÉSITEZ PAS à venir avec vos enfants… #FêteDesTilleuls\n";
    std::string text;
    while (text.size() + paragraph.size() <= 3000) text += paragraph;
    while (text.size() < 3000) text += ' ';
    Charter charter;
    charter.forbidden_words = {{.word = "vidéoprotection", .replacement = "", .reason = ""}};
    charter.preferred_words = {{.word = "mail", .replacement = "courriel", .reason = ""}};
    charter.signature = "— L’équipe de la mairie";
    const std::vector<Media> media = {{.kind = MediaKind::image, .name = "a.jpg", .alt_text = ""}};
    const check::CheckOptions options{
        .networks = {Network::x, Network::mastodon, Network::bluesky, Network::threads, Network::instagram,
                     Network::linkedin, Network::facebook},
        .charter = &charter, .is_reply = true, .media = &media};

    // The same check without the counters: what the rules themselves cost.
    check::CheckOptions rules_only = options;
    rules_only.networks.clear();

    std::size_t findings = check::check_text(text, options).findings.size();  // warm-up: lexicons parsed
    auto median = [&](const check::CheckOptions& o, const char* what) {
        std::vector<double> micros, cpu;
        micros.reserve(runs);
        cpu.reserve(runs);
        // CPU time of this thread as well: on a shared machine the wall clock counts the time
        // other processes ran.
        auto thread_micros = [] {
            timespec ts{};
            clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
            return ts.tv_sec * 1e6 + ts.tv_nsec / 1e3;
        };
        for (int i = 0; i < runs; ++i) {
            const double c0 = thread_micros();
            const auto t0 = std::chrono::steady_clock::now();
            const check::CheckResult r = check::check_text(text, o);
            const auto t1 = std::chrono::steady_clock::now();
            cpu.push_back(thread_micros() - c0);
            findings = r.findings.size();
            micros.push_back(std::chrono::duration<double, std::micro>(t1 - t0).count());
        }
        std::sort(micros.begin(), micros.end());
        std::sort(cpu.begin(), cpu.end());
        std::printf("check_text %s: %zu bytes, %zu findings, %d runs: median %.1f us wall (min %.1f), "
                    "median %.1f us thread CPU\n",
                    what, text.size(), findings, runs, micros[micros.size() / 2], micros.front(), cpu[cpu.size() / 2]);
    };
    median(options, "(7 networks counted)");
    check::CheckOptions one_network = options;  // what the composer runs for one variant
    one_network.networks = {Network::x};
    median(one_network, "(X counted)");
    median(rules_only, "(rules only)");
    return 0;
}
