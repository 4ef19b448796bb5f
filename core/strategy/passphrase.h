// The optional passphrase of a person, asked when the person is chosen at start.
//
// What it is for: on the one device a team shares, it keeps a contributor from approving as the
// DGS by mistake or out of convenience; approvals name who gave them. What it is NOT: a
// protection of the data. The workspace lives unencrypted in the browser of the device; whoever
// owns the device can read or change it, passphrase or not. The app says so plainly.
//
// Storage: only a salted, iterated hash (PersonPassphrase::hash), written as
//   "sha256i$ITERATIONS$SALT_HEX$HASH_HEX"
// where HASH = H^ITERATIONS(SALT || passphrase), H = SHA-256 (core/strategy/sha256.h): the first
// round hashes salt and passphrase, each next round hashes the previous digest and the
// passphrase again. A simple key-stretching function (in the spirit of PBKDF1), documented here so
// the format can be re-implemented; slows a brute-force of a stolen file, nothing more.
#pragma once
#include <string>
#include <string_view>

#include "model/workspace.h"

namespace parvis::strategy {

inline constexpr int kPassphraseIterations = 20000;

// `salt` should be 16 random bytes; empty: taken from std::random_device.
std::string hash_passphrase(std::string_view passphrase, std::string_view salt = {},
                            int iterations = kPassphraseIterations);

// True when `passphrase` matches `stored` (a hash made by hash_passphrase). A malformed stored
// value never matches.
bool verify_passphrase(std::string_view passphrase, std::string_view stored);

// The person's stored hash, or nullptr when the person has no passphrase.
const PersonPassphrase* passphrase_of(const Workspace& ws, std::string_view person_id);

// Sets (non-empty `passphrase`) or removes (empty) a person's passphrase. Records an audit entry
// « person.passphrase » (never the passphrase itself).
void set_passphrase(Workspace& ws, const std::string& person_id, std::string_view passphrase,
                    const std::string& by_person_id, Instant now, std::string_view salt = {});

// Whether the person may be chosen with this passphrase: true when they have none.
bool may_act_as(const Workspace& ws, std::string_view person_id, std::string_view passphrase);

}  // namespace parvis::strategy
