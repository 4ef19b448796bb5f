// Text search in the workspace, as the lists' filters use it. An empty needle matches all.
// Matching is exact (case and accents count) until the text foundations of the tone checker
// bring folding; then this one place changes.
#pragma once
#include <string_view>

#include "model/workspace.h"

namespace parvis {

bool post_contains(const Post& post, std::string_view needle);          // title or any variant's text
bool message_contains(const InboxMessage& message, std::string_view needle);  // text or author

}  // namespace parvis
