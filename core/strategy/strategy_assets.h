// The data files of assets/strategy/ (networks criteria, charter templates, objectives), embedded
// at build time by cmake/embed_files.cmake; parsed once, on first use.
#pragma once
#include <string_view>

#include <nlohmann/json.hpp>

namespace parvis::strategy {

// The parsed file (e.g. "networks.json"); an empty object when absent or malformed (a unit test
// checks that every file parses, so this never happens in a release).
const nlohmann::json& strategy_asset(std::string_view file_name);

}  // namespace parvis::strategy
