#include "strategy/passphrase.h"

#include <charconv>
#include <random>

#include "edit/audit_log.h"
#include "strategy/sha256.h"

namespace parvis::strategy {
namespace {

std::string to_hex(std::string_view bytes) {
    static const char* digits = "0123456789abcdef";
    std::string out;
    for (unsigned char c : bytes) {
        out += digits[c >> 4];
        out += digits[c & 15];
    }
    return out;
}

bool from_hex(std::string_view hex, std::string& out) {
    if (hex.size() % 2 != 0) return false;
    out.clear();
    auto value = [](char c) -> int {
        if (c >= '0' && c <= '9') return c - '0';
        if (c >= 'a' && c <= 'f') return c - 'a' + 10;
        return -1;
    };
    for (std::size_t i = 0; i < hex.size(); i += 2) {
        const int hi = value(hex[i]), lo = value(hex[i + 1]);
        if (hi < 0 || lo < 0) return false;
        out += static_cast<char>(hi * 16 + lo);
    }
    return true;
}

std::string stretch(std::string_view passphrase, std::string_view salt, int iterations) {
    Sha256Digest d = sha256(std::string(salt) + std::string(passphrase));
    std::string buffer;
    for (int i = 1; i < iterations; ++i) {
        buffer.assign(reinterpret_cast<const char*>(d.data()), d.size());
        buffer.append(passphrase);
        d = sha256(buffer);
    }
    return std::string(reinterpret_cast<const char*>(d.data()), d.size());
}

}  // namespace

std::string hash_passphrase(std::string_view passphrase, std::string_view salt, int iterations) {
    std::string s(salt);
    if (s.empty()) {
        std::random_device random;
        for (int i = 0; i < 16; ++i) s += static_cast<char>(random() & 0xff);
    }
    if (iterations < 1) iterations = 1;
    return "sha256i$" + std::to_string(iterations) + "$" + to_hex(s) + "$" + to_hex(stretch(passphrase, s, iterations));
}

bool verify_passphrase(std::string_view passphrase, std::string_view stored) {
    constexpr std::string_view prefix = "sha256i$";
    if (stored.substr(0, prefix.size()) != prefix) return false;
    stored.remove_prefix(prefix.size());
    const auto d1 = stored.find('$');
    if (d1 == std::string_view::npos) return false;
    const auto d2 = stored.find('$', d1 + 1);
    if (d2 == std::string_view::npos) return false;
    int iterations = 0;
    const std::string_view it_text = stored.substr(0, d1);
    const auto [end, ec] = std::from_chars(it_text.data(), it_text.data() + it_text.size(), iterations);
    // Bounded so a crafted file cannot freeze the app.
    if (ec != std::errc() || end != it_text.data() + it_text.size() || iterations < 1 || iterations > 1000000) return false;
    std::string salt, expected;
    if (!from_hex(stored.substr(d1 + 1, d2 - d1 - 1), salt) || !from_hex(stored.substr(d2 + 1), expected)) return false;
    if (expected.size() != 32) return false;
    const std::string actual = stretch(passphrase, salt, iterations);
    unsigned diff = 0;  // constant-time comparison, out of habit
    for (std::size_t i = 0; i < 32; ++i) diff |= static_cast<unsigned char>(actual[i] ^ expected[i]);
    return diff == 0;
}

const PersonPassphrase* passphrase_of(const Workspace& ws, std::string_view person_id) {
    for (const PersonPassphrase& p : ws.passphrases)
        if (p.person_id == person_id && !p.hash.empty()) return &p;
    return nullptr;
}

void set_passphrase(Workspace& ws, const std::string& person_id, std::string_view passphrase,
                    const std::string& by_person_id, Instant now, std::string_view salt) {
    std::erase_if(ws.passphrases, [&](const PersonPassphrase& p) { return p.person_id == person_id; });
    if (!passphrase.empty()) ws.passphrases.push_back({person_id, hash_passphrase(passphrase, salt)});
    edit::record(ws, {by_person_id, now}, edit::AuditAction::person_passphrase, person_id, passphrase.empty() ? "removed" : "set");
}

bool may_act_as(const Workspace& ws, std::string_view person_id, std::string_view passphrase) {
    const PersonPassphrase* p = passphrase_of(ws, person_id);
    return !p || verify_passphrase(passphrase, p->hash);
}

}  // namespace parvis::strategy
