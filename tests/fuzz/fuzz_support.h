// What the libFuzzer harnesses share (README.md, « Fuzzing »): the bytes as a string_view, and a
// small workspace with one account per network for the readers that need one.
#pragma once
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "model/workspace.h"

namespace parvis::fuzz {

inline std::string_view bytes(const std::uint8_t* data, std::size_t size) {
    return {reinterpret_cast<const char*>(data), size};
}

inline const Workspace& small_workspace() {
    static const Workspace ws = [] {
        Workspace w;
        w.id = "w";
        w.profile.name = "Ville de Saint-Exemple";
        w.accounts = {NetworkAccount{.id = "a-fb", .network = Network::facebook},
                      NetworkAccount{.id = "a-ig", .network = Network::instagram},
                      NetworkAccount{.id = "a-x", .network = Network::x},
                      NetworkAccount{.id = "a-li", .network = Network::linkedin},
                      NetworkAccount{.id = "a-ma", .network = Network::mastodon}};
        return w;
    }();
    return ws;
}

}  // namespace parvis::fuzz
