// X counting against twitter-text's own conformance data (../shared/conformance/twitter-text/,
// read at test time, skipped with a message when absent): validate.json's three counter sections
// (every expected field), extract.json's URL sections and tlds.json.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include <fstream>
#include <string>
#include <vector>

#include "count/x_weighted_length.h"
#include "test_support.h"
#include "text/links.h"

using namespace parvis;
using nlohmann::json;

namespace {

const std::string kConformance = std::string(PARVIS_SHARED_DIR) + "/conformance/twitter-text/";

// The file parsed, or a discarded value when it is absent or unreadable.
json load(const std::string& name) {
    std::ifstream in(kConformance + name, std::ios::binary);
    if (!in) return json(json::value_t::discarded);
    return json::parse(in, nullptr, /*allow_exceptions=*/false);
}

count::XConfig config_from(const json& j) {
    count::XConfig c;
    c.max_weighted_length = j.at("maxWeightedTweetLength").get<int>();
    c.scale = j.at("scale").get<int>();
    c.default_weight = j.at("defaultWeight").get<int>();
    c.transformed_url_length = j.at("transformedURLLength").get<int>();
    c.emoji_parsing = j.value("emojiParsingEnabled", false);
    c.ranges.clear();
    for (const auto& r : j.at("ranges")) {
        c.ranges.push_back({r.at("start").get<char32_t>(), r.at("end").get<char32_t>(), r.at("weight").get<int>()});
    }
    return c;
}

std::vector<std::string> urls_of(const std::string& text) {
    std::vector<std::string> out;
    for (const auto& link : text::extract_links(text)) out.push_back(link.url);
    return out;
}

}  // namespace

TEST_CASE("twitter-text validate.json: weighted length, validity, permillage, ranges") {
    const json validate = load("validate.json"), v2 = load("config-v2.json"), v3 = load("config-v3.json");
    if (validate.is_discarded() || v2.is_discarded() || v3.is_discarded()) {
        MESSAGE("twitter-text conformance data absent (" << kConformance << "): skipped");
        return;
    }
    const struct {
        const char* section;
        count::XConfig config;
    } sections[] = {
        {"WeightedTweetsCounterTest", config_from(v2)},
        {"WeightedTweetsWithDiscountedEmojiCounterTest", config_from(v3)},
        {"UnicodeDirectionalMarkerCounterTest", config_from(v3)},
    };
    int total = 0;
    for (const auto& s : sections) {
        const json& cases = validate.at("tests").at(s.section);
        CHECK(cases.size() > 0);
        for (const auto& c : cases) {
            const std::string text = c.at("text").get<std::string>();
            const json& e = c.at("expected");
            const count::XParse x = count::parse_x(text, s.config);
            INFO(s.section << ": " << c.at("description").get<std::string>());
            CHECK(x.weighted_length == e.at("weightedLength").get<int>());
            CHECK(x.valid == e.at("valid").get<bool>());
            CHECK(x.permillage == e.at("permillage").get<int>());
            CHECK(x.display_range_start == e.at("displayRangeStart").get<int>());
            CHECK(x.display_range_end == e.at("displayRangeEnd").get<int>());
            CHECK(x.valid_range_start == e.at("validRangeStart").get<int>());
            CHECK(x.valid_range_end == e.at("validRangeEnd").get<int>());
            ++total;
        }
    }
    MESSAGE("validate.json counter cases checked: " << total);
}

TEST_CASE("twitter-text extract.json: URLs") {
    const json extract = load("extract.json");
    if (extract.is_discarded()) {
        MESSAGE("twitter-text conformance data absent: skipped");
        return;
    }
    const json& tests = extract.at("tests");
    int total = 0;
    for (const auto& c : tests.at("urls")) {
        INFO("urls: " << c.at("description").get<std::string>() << " | " << c.at("text").get<std::string>());
        CHECK(urls_of(c.at("text").get<std::string>()) == c.at("expected").get<std::vector<std::string>>());
        ++total;
    }
    for (const auto& c : tests.at("tco_urls_with_params")) {
        INFO("tco_urls_with_params: " << c.at("description").get<std::string>());
        CHECK(urls_of(c.at("text").get<std::string>()) == c.at("expected").get<std::vector<std::string>>());
        ++total;
    }
    for (const char* section : {"urls_with_indices", "urls_with_directional_markers"}) {
        for (const auto& c : tests.at(section)) {
            INFO(section << ": " << c.at("description").get<std::string>() << " | " << c.at("text").get<std::string>());
            const auto links = text::extract_links(c.at("text").get<std::string>());
            const json& expected = c.at("expected");
            REQUIRE(links.size() == expected.size());
            for (std::size_t k = 0; k < links.size(); ++k) {
                CHECK(links[k].url == expected[k].at("url").get<std::string>());
                CHECK(links[k].utf16_begin == expected[k].at("indices")[0].get<std::size_t>());
                CHECK(links[k].utf16_end == expected[k].at("indices")[1].get<std::size_t>());
            }
            ++total;
        }
    }
    MESSAGE("extract.json URL cases checked: " << total);
}

TEST_CASE("twitter-text tlds.json: every top-level domain of the Public Suffix List") {
    const json tlds = load("tlds.json");
    if (tlds.is_discarded()) {
        MESSAGE("twitter-text conformance data absent: skipped");
        return;
    }
    int checked = 0, skipped = 0;
    for (const char* section : {"country", "generic"}) {
        for (const auto& c : tlds.at("tests").at(section)) {
            const std::string text = c.at("text").get<std::string>();
            // twitter-text's list dates from 2021; Parvis takes the TLDs from the Public Suffix List
            // installed. A TLD delegated then and retired since (the list shrinks) is not a link.
            const std::string tld = text.substr(text.rfind('.') + 1);
            if (!text::is_top_level_domain(tld)) {
                ++skipped;
                continue;
            }
            INFO(section << ": " << text);
            CHECK(urls_of(text) == c.at("expected").get<std::vector<std::string>>());
            ++checked;
        }
    }
    MESSAGE("tlds.json: " << checked << " cases checked, " << skipped << " skipped (TLD not in the Public Suffix List)");
    CHECK(checked > 1400);
}
