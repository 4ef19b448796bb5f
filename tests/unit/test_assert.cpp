// PARVIS_ASSERT (core/parvis_assert.h): a false condition calls the failure handler with the
// condition and the message that says what to fix; a true one costs nothing more. Tested through
// a recording handler, without a death test: the default handler aborts.
//
// This file turns the macro on whatever the build type (the native preset defines NDEBUG), so
// that the macro itself is always tested; core's own asserts follow core's build type.
#define PARVIS_ASSERTS 1
#include "parvis_assert.h"

#include <doctest/doctest.h>

#include <string>

#include "calendar/territory.h"

using namespace parvis;

namespace {

struct Failure {
    int count = 0;
    std::string condition, message, file;
};
Failure g_failure;

void record(const char* condition, const char* message, const char* file, int) {
    ++g_failure.count;
    g_failure.condition = condition;
    g_failure.message = message;
    g_failure.file = file;
}

// Installs the recording handler for one test case, and puts the previous one back.
struct RecordingHandler {
    AssertHandler previous;
    RecordingHandler() : previous(set_assert_handler(record)) { g_failure = {}; }
    ~RecordingHandler() { set_assert_handler(previous); }
};

}  // namespace

TEST_CASE("PARVIS_ASSERT calls the handler with the condition and the message, only when false") {
    RecordingHandler handler;
    int evaluated = 0;
    PARVIS_ASSERT(++evaluated == 1, "never shown");
    CHECK(evaluated == 1);
    CHECK(g_failure.count == 0);

    const std::size_t size = 3, index = 5;
    PARVIS_ASSERT(index < size, "index past the end: fix the caller");
    CHECK(g_failure.count == 1);
    CHECK(g_failure.condition == "index < size");
    CHECK(g_failure.message == "index past the end: fix the caller");
    CHECK(g_failure.file.find("test_assert.cpp") != std::string::npos);
}

TEST_CASE("set_assert_handler returns the handler it replaces; nullptr puts the default back") {
    // Parenthesised: doctest cannot print a function pointer, so it compares as a bool.
    const AssertHandler original = set_assert_handler(record);
    CHECK((original != nullptr));
    CHECK((original != record));
    CHECK((set_assert_handler(nullptr) == record));
    CHECK((set_assert_handler(original) == original));  // the default was back in place
}

TEST_CASE("core's own asserts fire in the builds that keep them (native-asan)") {
    if (!core_asserts_enabled()) return;  // compiled out with NDEBUG, as in the native preset
    RecordingHandler handler;
    // A Territory without its row: the assert names what to add; the lookup still answers.
    CHECK(std::string(calendar::territory_id(static_cast<calendar::Territory>(99))) == "metropole");
    CHECK(g_failure.count == 1);
    CHECK(g_failure.message.find("table()") != std::string::npos);
}
