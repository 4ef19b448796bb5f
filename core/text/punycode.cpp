#include "text/punycode.h"

#include <cstdint>

namespace parvis::text {
namespace {

// RFC 3492 §5 parameters.
constexpr std::uint32_t kBase = 36, kTMin = 1, kTMax = 26, kSkew = 38, kDamp = 700, kInitialBias = 72,
                        kInitialN = 0x80;

char digit(std::uint32_t d) { return static_cast<char>(d < 26 ? 'a' + d : '0' + (d - 26)); }

std::uint32_t adapt(std::uint32_t delta, std::uint32_t points, bool first) {
    delta = first ? delta / kDamp : delta / 2;
    delta += delta / points;
    std::uint32_t k = 0;
    while (delta > ((kBase - kTMin) * kTMax) / 2) {
        delta /= kBase - kTMin;
        k += kBase;
    }
    return k + (kBase - kTMin + 1) * delta / (delta + kSkew);
}

}  // namespace

bool punycode_encode(std::u32string_view label, std::string& out) {
    out.clear();
    for (const char32_t c : label) {
        if (c < 0x80) out += static_cast<char>(c);
    }
    const std::uint32_t basic = static_cast<std::uint32_t>(out.size());
    std::uint32_t handled = basic;
    if (basic > 0) out += '-';
    std::uint32_t n = kInitialN, delta = 0, bias = kInitialBias;
    const std::uint32_t total = static_cast<std::uint32_t>(label.size());
    while (handled < total) {
        std::uint32_t m = UINT32_MAX;
        for (const char32_t c : label) {
            if (c >= n && c < m) m = c;
        }
        if ((m - n) > (UINT32_MAX - delta) / (handled + 1)) return false;
        delta += (m - n) * (handled + 1);
        n = m;
        for (const char32_t c : label) {
            if (c < n && ++delta == 0) return false;
            if (c != n) continue;
            std::uint32_t q = delta;
            for (std::uint32_t k = kBase;; k += kBase) {
                const std::uint32_t t = k <= bias ? kTMin : (k >= bias + kTMax ? kTMax : k - bias);
                if (q < t) break;
                out += digit(t + (q - t) % (kBase - t));
                q = (q - t) / (kBase - t);
            }
            out += digit(q);
            bias = adapt(delta, handled + 1, handled == basic);
            delta = 0;
            ++handled;
        }
        ++delta;
        ++n;
    }
    return true;
}

}  // namespace parvis::text
