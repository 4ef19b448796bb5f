// Every network Parvis knows, in the enum's order: the one list that menus, filters and the
// networks assistant walk. Adding a Network value means adding it here; the static_assert below
// fails until then.
#pragma once
#include <array>
#include <cstddef>

#include "model/workspace.h"

namespace parvis {

inline constexpr std::array<Network, 12> kAllNetworks = {
    Network::facebook, Network::instagram, Network::x,       Network::linkedin,  Network::mastodon,  Network::bluesky,
    Network::threads,  Network::youtube,   Network::tiktok,  Network::snapchat,  Network::pinterest, Network::whatsapp};

static_assert(kAllNetworks.size() == static_cast<std::size_t>(Network::whatsapp) + 1,
              "a Network value is missing from kAllNetworks (model/networks.h): add it there");
static_assert(
    [] {
        for (std::size_t i = 0; i < kAllNetworks.size(); ++i)
            if (static_cast<std::size_t>(kAllNetworks[i]) != i) return false;
        return true;
    }(),
    "kAllNetworks must list the networks in the enum's order (model/networks.h)");

}  // namespace parvis
