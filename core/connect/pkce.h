// OAuth 2 PKCE (RFC 7636) with S256, as Mastodon ≥ 4.3 checks it: the verifier is 43 to 128
// characters of [A-Za-z0-9-._~]; the challenge is BASE64URL(SHA-256(verifier)) without padding.
// The random bytes come from the caller (the browser's crypto.getRandomValues), so this stays pure.
#pragma once
#include <string>
#include <string_view>

namespace parvis::connect {

// RFC 4648 §5, without « = » padding.
std::string base64url(std::string_view bytes);

// A verifier from at least 32 random bytes (43 characters for 32 bytes); empty when fewer.
std::string pkce_verifier(std::string_view random_bytes);

std::string pkce_challenge(std::string_view verifier);

// An opaque `state` for the authorization redirect, from random bytes.
std::string oauth_state(std::string_view random_bytes);

}  // namespace parvis::connect
