// Punycode (RFC 3492), for one thing: twitter-text refuses a link whose host has a label longer
// than 63 characters once encoded (« xn--… »), so the X counter must know the encoded length.
#pragma once
#include <cstddef>
#include <string>
#include <string_view>

namespace parvis::text {

// The Punycode form of one label without the « xn-- » prefix (« bcher-kva » for « bücher »).
// False when the label cannot be encoded (an overflow, with absurdly long labels only).
bool punycode_encode(std::u32string_view label, std::string& out);

}  // namespace parvis::text
