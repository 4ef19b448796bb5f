// The page address a platform sends the user back to after signing in (OAuth 2 authorization
// code, RFC 6749 §4.1.2): « ?code=…&state=… », or « ?error=access_denied&state=… ». Read here so
// that the web app's start (and a test) reads it by one rule.
#pragma once
#include <optional>
#include <string>
#include <string_view>

namespace parvis::connect {

// RFC 3986 percent-decoding; « + » reads as a space (application/x-www-form-urlencoded). Invalid
// escapes are kept as they are.
std::string percent_decode(std::string_view text);

struct OAuthReturn {
    std::string code;
    std::string state;
    std::string error;              // « access_denied »…
    std::string error_description;  // the platform's words
};

// nullopt when the query is not an OAuth return (no code and no error, or no state); a leading
// « ? » is allowed. Bounded: a query longer than 8 KiB is not read.
std::optional<OAuthReturn> read_oauth_return(std::string_view query);

}  // namespace parvis::connect
