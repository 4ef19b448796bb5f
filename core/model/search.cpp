#include "model/search.h"

#include <algorithm>

namespace parvis {

bool post_contains(const Post& post, std::string_view needle) {
    if (needle.empty() || post.title.find(needle) != std::string::npos) return true;
    return std::any_of(post.variants.begin(), post.variants.end(),
                       [&](const PostVariant& v) { return v.text.find(needle) != std::string::npos; });
}

bool message_contains(const InboxMessage& message, std::string_view needle) {
    return needle.empty() || message.text.find(needle) != std::string::npos ||
           message.author.find(needle) != std::string::npos;
}

}  // namespace parvis
