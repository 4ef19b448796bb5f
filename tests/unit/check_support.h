// Helpers of the tone-checker suites: findings of one rule, spans as the text they cover.
#pragma once
#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include <doctest/doctest.h>

#include "check/check.h"

namespace doctest {
template <>
struct StringMaker<std::vector<std::string>> {
    static String convert(const std::vector<std::string>& v) {
        std::string s = "{";
        for (const std::string& x : v) s += "«" + x + "» ";
        return (s + "}").c_str();
    }
};
}  // namespace doctest

namespace parvis::testing {

inline std::vector<check::Finding> of_rule(const check::CheckResult& r, std::string_view rule) {
    std::vector<check::Finding> out;
    for (const check::Finding& f : r.findings)
        if (f.rule == rule) out.push_back(f);
    return out;
}

// The text each finding of `rule` covers, in order.
inline std::vector<std::string> spans(std::string_view text, const check::CheckResult& r, std::string_view rule) {
    std::vector<std::string> out;
    for (const check::Finding& f : of_rule(r, rule)) out.emplace_back(text.substr(f.start, f.end - f.start));
    return out;
}

inline std::string dump(const check::CheckResult& r, std::string_view text) {
    std::string s;
    for (const check::Finding& f : r.findings) {
        s += f.rule + " [" + std::to_string(f.start) + "," + std::to_string(f.end) + ") «" +
             std::string(text.substr(f.start, f.end - f.start)) + "» " + f.message;
        if (!f.suggestions.empty()) s += " -> «" + f.suggestions[0] + "»";
        s += "\n";
    }
    return s;
}

}  // namespace parvis::testing
