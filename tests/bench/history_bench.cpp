// Benchmark of the undo history (core/history.h; not a test: it prints figures). For the demo
// workspace and for the demo grown to 50,000 posts with their metrics and 5,000 messages, the
// medians over several runs of:
//   - opening: the reference copy the history keeps of the current state;
//   - one step as the app makes it (edit(), the change, edited()) for three kinds of edit — a
//     post's title, a post added at the end, a post deleted in the middle — and the frame that
//     closes it (end_step, where the history records it since issue 16), in time and in the bytes
//     the history holds afterwards (heap growth, malloc's own count);
//   - undo and redo of that step;
//   - typing in one post's text box, an edit per keystroke and frames 0.1 s apart (one step):
//     the median and the slowest keystroke, against the frame budget of 50 ms, a frame where a
//     screen takes edit() without changing anything, and the frame that closes the step after
//     the pause.
// Times are wall-clock medians, with the thread's CPU time beside them: on a busy machine the
// first includes waiting for a core, the second does not.
//   ./build/native/tests/parvis_history_bench [runs]
#include <malloc.h>
#include <time.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "demo/demo_workspace.h"
#include "document.h"

using namespace parvis;

namespace {

using Clock = std::chrono::steady_clock;

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

double cpu_ms() {
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

// A wall-clock and CPU stopwatch.
struct Start {
    Clock::time_point wall = Clock::now();
    double cpu = cpu_ms();
};
struct Ms {
    double wall = 0, cpu = 0;
};
Ms ms_since(const Start& s) {
    return {std::chrono::duration<double, std::milli>(Clock::now() - s.wall).count(), cpu_ms() - s.cpu};
}
std::size_t heap() { return mallinfo2().uordblks; }

double median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}
// "12.30 ms (CPU 11.90)": the medians of both clocks.
std::string median(const std::vector<Ms>& v) {
    std::vector<double> wall, cpu;
    for (const Ms& m : v) {
        wall.push_back(m.wall);
        cpu.push_back(m.cpu);
    }
    char text[64];
    std::snprintf(text, sizeof text, "%.2f ms (CPU %.2f)", median(wall), median(cpu));
    return text;
}

struct StepFigures {
    std::vector<Ms> ms, close_ms, undo_ms, redo_ms;
    std::vector<double> mb;
};

// One run of one kind of step on a fresh document: the step, then its undo and redo.
void run_step(const Workspace& ws, const std::function<void(Workspace&)>& change, StepFigures& f) {
    auto doc = std::make_unique<Document>(ws);
    doc->tick(10);
    doc->tick(10);
    const std::size_t h0 = heap();
    Start t0;
    change(doc->edit());
    doc->edited();
    f.ms.push_back(ms_since(t0));
    t0 = Start();
    doc->end_step();
    f.close_ms.push_back(ms_since(t0));
    // What the history holds now (the workspace's own change is a few hundred bytes at most).
    f.mb.push_back((double(heap()) - double(h0)) / 1e6);
    t0 = Start();
    if (!doc->undo()) std::abort();
    f.undo_ms.push_back(ms_since(t0));
    t0 = Start();
    if (!doc->redo()) std::abort();
    f.redo_ms.push_back(ms_since(t0));
}

void measure(const char* name, const Workspace& ws, int runs) {
    const std::size_t heap0 = heap();
    Workspace* held = new Workspace(ws);
    const double copy_mb = double(heap() - heap0) / 1e6;
    delete held;

    std::vector<Ms> open_ms;
    for (int r = 0; r < runs; ++r) {
        const Start t0;
        Document doc(ws);
        open_ms.push_back(ms_since(t0));
    }
    std::vector<Ms> equal_ms;
    Workspace other = ws;
    for (int r = 0; r < runs; ++r) {
        const Start t0;
        if (!(other == ws)) std::abort();
        equal_ms.push_back(ms_since(t0));
    }
    std::printf("%s: %zu posts, %zu messages, %zu metrics; a whole copy holds %.1f MB\n", name, ws.posts.size(),
                ws.messages.size(), ws.metrics.posts.size(), copy_mb);
    std::printf("  open a document (a copy, and the history's reference since issue 16): %s; comparison of two equal "
                "copies %s\n",
                median(open_ms).c_str(), median(equal_ms).c_str());

    const std::size_t mid = ws.posts.size() / 2;
    struct Kind {
        const char* name;
        std::function<void(Workspace&)> change;
    };
    const std::vector<Kind> kinds = {
        {"edit a post's title", [&](Workspace& w) { w.posts[mid].title += " (modifié)"; }},
        {"add a post at the end", [&](Workspace& w) { w.posts.push_back(Post{.id = "bench-new", .title = "Nouveau"}); }},
        {"delete a post in the middle", [&](Workspace& w) { w.posts.erase(w.posts.begin() + std::ptrdiff_t(mid)); }},
    };
    for (const Kind& k : kinds) {
        StepFigures f;
        for (int r = 0; r < runs; ++r) run_step(ws, k.change, f);
        std::printf("  step \"%s\": %s, closing it %s, history grows %.3f MB; undo %s, redo %s\n", k.name,
                    median(f.ms).c_str(), median(f.close_ms).c_str(), median(f.mb), median(f.undo_ms).c_str(),
                    median(f.redo_ms).c_str());
    }

    // Typing: one edit per keystroke, a frame every 0.1 s; before each keystroke a frame where a
    // screen takes edit() without changing anything.
    std::vector<Ms> key_ms, idle_ms, close_ms;
    std::vector<double> key_max, held_mb;
    const int keys = 100;
    for (int r = 0; r < std::max(3, runs / 3); ++r) {
        auto doc = std::make_unique<Document>(ws);
        const std::size_t h0 = heap();
        double now = 100, slowest = 0;
        for (int k = 0; k < keys; ++k) {
            Start t0;
            doc->tick(now += 0.1);
            (void)doc->edit();
            idle_ms.push_back(ms_since(t0));
            t0 = Start();
            doc->tick(now += 0.1);
            Workspace& w = doc->edit();
            if (w.posts[mid].variants.empty()) w.posts[mid].variants.emplace_back();
            w.posts[mid].variants[0].text += char('a' + k % 26);
            doc->edited();
            const Ms t = ms_since(t0);
            key_ms.push_back(t);
            slowest = std::max(slowest, t.wall);
        }
        doc->tick(now += 1.5);  // the pause: a frame without an edit…
        const Start t0;
        doc->tick(now += 0.1);  // …and the next one closes the step
        close_ms.push_back(ms_since(t0));
        if (doc->history().undo_steps() != 1 || doc->history().step_open()) std::abort();
        key_max.push_back(slowest);
        held_mb.push_back((double(heap()) - double(h0)) / 1e6);
    }
    std::printf("  typing %d keys in one post (one step): a keystroke %s (median), the slowest %.2f ms "
                "(median over runs; frame budget 50 ms); a frame with edit() and no change %s; the frame that "
                "closes the step after the pause %s; history grows %.3f MB\n",
                keys, median(key_ms).c_str(), median(key_max), median(idle_ms).c_str(), median(close_ms).c_str(),
                median(held_mb));
}

}  // namespace

int main(int argc, char** argv) {
    const int runs = std::max(5, argc > 1 ? std::atoi(argv[1]) : 9);
    const Workspace demo = demo_workspace(date::year{2026} / 3 / 2);
    measure("demo", demo, runs);
    measure("50,000 posts", grown(demo, 50000, 5000), runs);
}
