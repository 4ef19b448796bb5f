// Benchmark of the undo history (core/history.h; not a test: it prints figures). One undo step
// costs one copy of the whole workspace (and, when the step starts, one comparison): this
// measures both, and the memory a copy holds, for the demo workspace and for the demo grown to
// 50,000 posts with their metrics and 5,000 messages.
//   ./build/native/tests/parvis_history_bench [runs]
#include <malloc.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "demo/demo_workspace.h"
#include "document.h"

using namespace parvis;

namespace {

// The demo's posts, metrics and messages repeated under new ids up to the given counts.
Workspace grown(const Workspace& demo, std::size_t posts, std::size_t messages) {
    Workspace ws = demo;
    for (std::size_t i = 0; ws.posts.size() < posts; ++i) {
        Post p = demo.posts[i % demo.posts.size()];
        p.id += "-" + std::to_string(i);
        ws.posts.push_back(std::move(p));
        if (!demo.metrics.posts.empty()) {
            PostMetrics m = demo.metrics.posts[i % demo.metrics.posts.size()];
            m.post_id = ws.posts.back().id;
            ws.metrics.posts.push_back(std::move(m));
        }
    }
    for (std::size_t i = 0; !demo.messages.empty() && ws.messages.size() < messages; ++i) {
        InboxMessage m = demo.messages[i % demo.messages.size()];
        m.id += "-" + std::to_string(i);
        ws.messages.push_back(std::move(m));
    }
    return ws;
}

template <class F>
double median_ms(int runs, F&& f) {
    std::vector<double> times;
    for (int r = 0; r < runs; ++r) {
        const auto t0 = std::chrono::steady_clock::now();
        f();
        times.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count());
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

void measure(const char* name, const Workspace& ws, int runs) {
    const std::size_t heap0 = mallinfo2().uordblks;
    Workspace* held = new Workspace(ws);
    const std::size_t bytes = mallinfo2().uordblks - heap0;
    delete held;
    const double copy = median_ms(runs, [&] { Workspace c = ws; if (c.posts.size() == 1234567) std::abort(); });
    Workspace other = ws;
    const double equal = median_ms(runs, [&] { if (!(other == ws)) std::abort(); });
    // One step as the app takes it: edit() copies, the change, edited() compares and records.
    Document doc(ws);
    double t = 0;
    const double step = median_ms(runs, [&] {
        doc.tick(t += 2.0);
        doc.edit().profile.name += "x";
        doc.edited();
    });
    std::printf("%s: %zu posts, %zu messages, %zu history items, a copy holds %.1f MB; copy median %.2f ms, "
                "comparison of equal copies %.2f ms, one undo step %.2f ms; steps kept %zu\n",
                name, ws.posts.size(), ws.messages.size(), History::items(ws), double(bytes) / 1e6, copy, equal, step,
                doc.history().undo_steps());
}

}  // namespace

int main(int argc, char** argv) {
    const int runs = std::max(5, argc > 1 ? std::atoi(argv[1]) : 9);
    const Workspace demo = demo_workspace(date::year{2026} / 3 / 2);
    measure("demo", demo, runs);
    measure("50,000 posts", grown(demo, 50000, 5000), runs);
}
