// The JSON names of every enum of the model: snake_case identifiers, stable across versions (a
// renamed value needs a migration). Each table lists the names in the enum's declaration order,
// since the enums are contiguous from 0; adding a value to an enum means adding its name here.
#pragma once
#include <array>
#include <cstddef>
#include <string>
#include <string_view>

#include "model/workspace.h"
#include "parvis_assert.h"

namespace parvis::io {

template <class E>
struct EnumNames;  // no default: using an enum without names fails to compile

#define PARVIS_ENUM_NAMES(Type, ...)                                          \
    template <>                                                               \
    struct EnumNames<Type> {                                                  \
        static constexpr std::string_view names[] = {__VA_ARGS__};            \
        static constexpr std::size_t count = sizeof(names) / sizeof(names[0]); \
    }

PARVIS_ENUM_NAMES(CollectivityKind, "commune", "epci", "departement", "region");
PARVIS_ENUM_NAMES(Network, "facebook", "instagram", "x", "linkedin", "mastodon", "bluesky",
                  "threads", "youtube", "tiktok", "snapchat", "pinterest", "whatsapp");
PARVIS_ENUM_NAMES(PostStatus, "idea", "draft", "to_validate", "validated", "scheduled",
                  "published", "failed", "cancelled");
PARVIS_ENUM_NAMES(MediaKind, "image", "video", "document", "link_preview");
PARVIS_ENUM_NAMES(PostFormat, "photo", "video", "reel", "carousel", "text", "link", "story", "live");
PARVIS_ENUM_NAMES(Register, "vous", "tu");
PARVIS_ENUM_NAMES(EmojiPolicy, "none", "sparing", "free");
PARVIS_ENUM_NAMES(ExclamationPolicy, "avoid", "sparing", "free");
PARVIS_ENUM_NAMES(InclusiveWriting, "none", "doublets_and_epicene", "median_point_allowed");
PARVIS_ENUM_NAMES(ModerationCategory, "insult", "defamation", "hate", "personal_data",
                  "advertising", "electoral_propaganda", "off_topic");
PARVIS_ENUM_NAMES(ModerationAction, "hide", "remove", "ban", "report_pharos");
PARVIS_ENUM_NAMES(Role, "community_manager", "social_media_manager", "validator_dgs",
                  "validator_elected", "communication_director", "contributor");
PARVIS_ENUM_NAMES(MessageChannel, "comment", "private_message", "mention", "review", "phone", "desk",
                  "email");
PARVIS_ENUM_NAMES(MessageStatus, "unread", "assigned", "forwarded", "waiting_service", "answered",
                  "closed", "hidden");
PARVIS_ENUM_NAMES(MessagePriority, "normal", "high", "urgent");
PARVIS_ENUM_NAMES(RecurrenceFrequency, "weekly", "monthly");
PARVIS_ENUM_NAMES(ElectionKind, "municipales", "communautaires", "departementales", "regionales",
                  "legislatives", "presidentielle", "europeennes", "territoriales");

#undef PARVIS_ENUM_NAMES

// The last value of each enum must have a name: catches a value added without its name.
static_assert(EnumNames<Network>::count == static_cast<std::size_t>(Network::whatsapp) + 1);
static_assert(EnumNames<PostStatus>::count == static_cast<std::size_t>(PostStatus::cancelled) + 1);
static_assert(EnumNames<MediaKind>::count == static_cast<std::size_t>(MediaKind::link_preview) + 1);
static_assert(EnumNames<PostFormat>::count == static_cast<std::size_t>(PostFormat::live) + 1);
static_assert(EnumNames<Register>::count == static_cast<std::size_t>(Register::tu) + 1);
static_assert(EnumNames<EmojiPolicy>::count == static_cast<std::size_t>(EmojiPolicy::free) + 1);
static_assert(EnumNames<ExclamationPolicy>::count == static_cast<std::size_t>(ExclamationPolicy::free) + 1);
static_assert(EnumNames<ModerationCategory>::count ==
              static_cast<std::size_t>(ModerationCategory::off_topic) + 1);
static_assert(EnumNames<ModerationAction>::count ==
              static_cast<std::size_t>(ModerationAction::report_pharos) + 1);
static_assert(EnumNames<Role>::count == static_cast<std::size_t>(Role::contributor) + 1);
static_assert(EnumNames<MessageChannel>::count == static_cast<std::size_t>(MessageChannel::email) + 1);
static_assert(EnumNames<MessageStatus>::count == static_cast<std::size_t>(MessageStatus::hidden) + 1);
static_assert(EnumNames<MessagePriority>::count == static_cast<std::size_t>(MessagePriority::urgent) + 1);
static_assert(EnumNames<InclusiveWriting>::count ==
              static_cast<std::size_t>(InclusiveWriting::median_point_allowed) + 1);
static_assert(EnumNames<CollectivityKind>::count ==
              static_cast<std::size_t>(CollectivityKind::region) + 1);
static_assert(EnumNames<RecurrenceFrequency>::count ==
              static_cast<std::size_t>(RecurrenceFrequency::monthly) + 1);
static_assert(EnumNames<ElectionKind>::count ==
              static_cast<std::size_t>(ElectionKind::territoriales) + 1);

template <class E>
std::string_view enum_name(E value) {
    const auto i = static_cast<std::size_t>(value);
    PARVIS_ASSERT(i < EnumNames<E>::count, "enum_name: a value outside its enum (cast from an unchecked integer?)");
    return i < EnumNames<E>::count ? EnumNames<E>::names[i] : std::string_view{};
}

// Strict: exact, case-sensitive names only.
template <class E>
bool enum_from_name(std::string_view name, E& out) {
    for (std::size_t i = 0; i < EnumNames<E>::count; ++i) {
        if (EnumNames<E>::names[i] == name) {
            out = static_cast<E>(i);
            return true;
        }
    }
    return false;
}

// "idea, draft, to_validate…", for the message that lists what is accepted.
template <class E>
std::string enum_accepted_names() {
    std::string out;
    for (std::size_t i = 0; i < EnumNames<E>::count; ++i) {
        if (i > 0) out += ", ";
        out += EnumNames<E>::names[i];
    }
    return out;
}

}  // namespace parvis::io
