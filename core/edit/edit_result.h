// What an edit function of core/edit/ answers: a code the caller tests, and for a refused edit
// the reason as a core Error (the invariant it would break, with its JSON pointer), which the UI
// shows in the user's language with error_description().
#pragma once
#include "error.h"

namespace parvis::edit {

enum class Outcome {
    done,       // the workspace changed and the audit entry is written
    unchanged,  // the value was already so: nothing written, no undo step
    not_found,  // the post / person / election named does not exist (any more)
    refused,    // the change would break a rule: nothing changed, `error` says which
};

struct Result {
    Outcome outcome = Outcome::done;
    Error error;  // set when refused
    bool changed() const { return outcome == Outcome::done; }
};

inline Result unchanged() { return {Outcome::unchanged, {}}; }
inline Result not_found() { return {Outcome::not_found, {}}; }
inline Result refused(Error e) { return {Outcome::refused, std::move(e)}; }

}  // namespace parvis::edit
