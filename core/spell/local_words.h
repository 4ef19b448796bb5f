// The workspace's local names (Workspace::local_words): streets, places and people the spelling
// checker must accept. One entry may hold several words (« rue des Glycines »); entries are kept
// trimmed, unique without case and sorted as a reader expects, so the list in the settings stays
// tidy whatever is typed.
#pragma once
#include <string>
#include <string_view>

#include "model/workspace.h"

namespace parvis::spell {

enum class AddLocalWord { added, empty, duplicate, too_long };

inline constexpr std::size_t kMaxLocalWordBytes = 200;

// Adds `entry` (trimmed) to the workspace's local words unless it is empty, too long, or already
// there without regard to case.
AddLocalWord add_local_word(Workspace& workspace, std::string_view entry);

// Removes the entry equal to `entry` (without regard to case); false when there is none.
bool remove_local_word(Workspace& workspace, std::string_view entry);

}  // namespace parvis::spell
