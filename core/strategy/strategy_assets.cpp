#include "strategy/strategy_assets.h"

#include <map>
#include <string>
#include <utility>
#include <vector>

namespace parvis::detail {
const std::vector<std::pair<std::string_view, std::string_view>>& strategy_sources();
}

namespace parvis::strategy {

const nlohmann::json& strategy_asset(std::string_view file_name) {
    static const std::map<std::string, nlohmann::json, std::less<>> parsed = [] {
        std::map<std::string, nlohmann::json, std::less<>> out;
        for (const auto& [name, text] : detail::strategy_sources()) {
            nlohmann::json j = nlohmann::json::parse(text, nullptr, /*allow_exceptions=*/false);
            out[std::string(name)] = j.is_discarded() ? nlohmann::json::object() : std::move(j);
        }
        return out;
    }();
    static const nlohmann::json empty = nlohmann::json::object();
    const auto it = parsed.find(file_name);
    return it == parsed.end() ? empty : it->second;
}

}  // namespace parvis::strategy
