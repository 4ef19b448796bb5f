// PARVIS_ASSERT(condition, "what to fix"): a programmer's precondition, with a message that tells
// the reader what to fix (Dear ImGui's IM_ASSERT style). For mistakes in the code, never for bad
// input: a file, a typed text or a browser event that is wrong gets an error value (error.h).
//
// Active in debug builds (no NDEBUG: the native-asan preset), compiled out in release (native
// RelWithDebInfo, the web app): the condition is then not evaluated, so it must have no effect.
// Code after an assert still copes with the case it guards (a clamp, an early return): a
// release build keeps working, and a test's handler may return.
//
// A failure calls the handler: by default it prints the condition, the message and the place to
// stderr and aborts. Tests install their own (set_assert_handler) to check that an assert fires.
//
// Named parvis_assert.h, not assert.h: core/ is an include directory, and the standard library's
// own <assert.h> would find this file instead.
#pragma once

#ifndef PARVIS_ASSERTS
#ifdef NDEBUG
#define PARVIS_ASSERTS 0
#else
#define PARVIS_ASSERTS 1
#endif
#endif

namespace parvis {

using AssertHandler = void (*)(const char* condition, const char* message, const char* file, int line);

// Replaces the failure handler (nullptr: the default, print and abort); returns the previous one.
AssertHandler set_assert_handler(AssertHandler handler);
// Called by PARVIS_ASSERT when its condition is false.
void assert_failed(const char* condition, const char* message, const char* file, int line);
// Whether core itself was built with its asserts (tests of a core function's assert skip otherwise).
bool core_asserts_enabled();

}  // namespace parvis

#if PARVIS_ASSERTS
#define PARVIS_ASSERT(condition, message) \
    ((condition) ? static_cast<void>(0) : ::parvis::assert_failed(#condition, message, __FILE__, __LINE__))
#else
// Not evaluated, but still compiled: a renamed variable cannot break only the debug build.
#define PARVIS_ASSERT(condition, message) static_cast<void>(sizeof(!(condition)))
#endif
