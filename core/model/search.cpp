#include "model/search.h"

#include <algorithm>
#include <string>

#include "check/fold.h"

namespace parvis {
namespace {

// The needle is folded once per call, each text as it is looked at.
bool contains_folded_needle(std::string_view text, const std::string& folded_needle) {
    return check::fold(text).find(folded_needle) != std::string::npos;
}

}  // namespace

bool folded_contains(std::string_view text, std::string_view needle) {
    return needle.empty() || contains_folded_needle(text, check::fold(needle));
}

bool post_contains(const Post& post, std::string_view needle) {
    if (needle.empty()) return true;
    const std::string folded = check::fold(needle);
    if (contains_folded_needle(post.title, folded)) return true;
    return std::any_of(post.variants.begin(), post.variants.end(),
                       [&](const PostVariant& v) { return contains_folded_needle(v.text, folded); });
}

bool message_contains(const InboxMessage& message, std::string_view needle) {
    if (needle.empty()) return true;
    const std::string folded = check::fold(needle);
    return contains_folded_needle(message.text, folded) || contains_folded_needle(message.author, folded) ||
           std::any_of(message.tags.begin(), message.tags.end(),
                       [&](const std::string& t) { return contains_folded_needle(t, folded); });
}

}  // namespace parvis
