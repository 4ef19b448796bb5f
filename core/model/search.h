// Text search in the workspace, as the lists' filters use it. An empty needle matches all.
// Case and accents are ignored, with the tone checker's folding (core/check/fold.h): « mere »
// finds « mère », « ELODIE » finds « Élodie », « coeur » finds « cœur ».
#pragma once
#include <string_view>

#include "model/workspace.h"

namespace parvis {

bool post_contains(const Post& post, std::string_view needle);          // title or any variant's text
bool message_contains(const InboxMessage& message, std::string_view needle);  // text, author or a tag

// `needle` in `text`, both folded.
bool folded_contains(std::string_view text, std::string_view needle);

}  // namespace parvis
