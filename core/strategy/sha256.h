// SHA-256 (FIPS 180-4), written here for the passphrase hash of core/strategy/passphrase.h: the
// core has no crypto library and needs only this one function.
#pragma once
#include <array>
#include <cstdint>
#include <string_view>

namespace parvis::strategy {

using Sha256Digest = std::array<std::uint8_t, 32>;

Sha256Digest sha256(std::string_view bytes);

}  // namespace parvis::strategy
