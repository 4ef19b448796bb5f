// See parvis_assert.h.
#include "parvis_assert.h"

#include <cstdio>
#include <cstdlib>

namespace parvis {
namespace {

void print_and_abort(const char* condition, const char* message, const char* file, int line) {
    std::fprintf(stderr, "%s:%d: PARVIS_ASSERT(%s) failed: %s\n", file, line, condition, message);
    std::abort();
}

AssertHandler g_handler = print_and_abort;

}  // namespace

AssertHandler set_assert_handler(AssertHandler handler) {
    const AssertHandler previous = g_handler;
    g_handler = handler ? handler : print_and_abort;
    return previous;
}

void assert_failed(const char* condition, const char* message, const char* file, int line) {
    g_handler(condition, message, file, line);
}

bool core_asserts_enabled() { return PARVIS_ASSERTS != 0; }

}  // namespace parvis
