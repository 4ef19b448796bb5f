#include "connect/pkce.h"

#include "strategy/sha256.h"

namespace parvis::connect {

std::string base64url(std::string_view bytes) {
    static constexpr char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    std::string out;
    out.reserve((bytes.size() + 2) / 3 * 4);
    std::size_t i = 0;
    for (; i + 3 <= bytes.size(); i += 3) {
        const unsigned v = (static_cast<unsigned char>(bytes[i]) << 16) | (static_cast<unsigned char>(bytes[i + 1]) << 8) |
                           static_cast<unsigned char>(bytes[i + 2]);
        out += kAlphabet[(v >> 18) & 63];
        out += kAlphabet[(v >> 12) & 63];
        out += kAlphabet[(v >> 6) & 63];
        out += kAlphabet[v & 63];
    }
    const std::size_t rest = bytes.size() - i;
    if (rest > 0) {
        unsigned v = static_cast<unsigned char>(bytes[i]) << 16;
        if (rest == 2) v |= static_cast<unsigned char>(bytes[i + 1]) << 8;
        out += kAlphabet[(v >> 18) & 63];
        out += kAlphabet[(v >> 12) & 63];
        if (rest == 2) out += kAlphabet[(v >> 6) & 63];
    }
    return out;
}

std::string pkce_verifier(std::string_view random_bytes) {
    if (random_bytes.size() < 32) return {};
    std::string v = base64url(random_bytes);
    if (v.size() > 128) v.resize(128);
    return v;
}

std::string pkce_challenge(std::string_view verifier) {
    const strategy::Sha256Digest d = strategy::sha256(verifier);
    return base64url(std::string_view(reinterpret_cast<const char*>(d.data()), d.size()));
}

std::string oauth_state(std::string_view random_bytes) { return base64url(random_bytes); }

}  // namespace parvis::connect
