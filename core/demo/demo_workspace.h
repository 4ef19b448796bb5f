// The demo workspace: a fictional commune, « Ville de Saint-Exemple » (31 420 inhabitants,
// Ille-et-Vilaine), with three months of posts around `today`, its charter, its people, its
// inbox and its figures. The web app opens it on first run and `parvis demo` prints it.
//
// Deterministic: the same `today` always gives the same workspace (no clock, no random device),
// so the CLI output and the tests are reproducible. "Now" in the demo is noon, Paris time, on
// `today`: posts before that are published, posts after it are still to come.
#pragma once
#include "model/workspace.h"

namespace parvis {

Workspace demo_workspace(Day today);

}  // namespace parvis
