// Looking up an object of the workspace by its id: one function per collection, a const and a
// mutable overload each, nullptr when no object has the id (an empty id finds nothing, since no
// object has one). Linear scans: a workspace holds at most a few thousand posts, and callers look
// up one object per action, not per frame and per row.
#pragma once
#include <string_view>

#include "model/workspace.h"

namespace parvis {

namespace detail {
template <class Items>
auto find_by_id(Items& items, std::string_view id) -> decltype(&*items.begin()) {
    for (auto& item : items)
        if (item.id == id) return &item;
    return nullptr;
}
}  // namespace detail

inline const Post* find_post(const Workspace& ws, std::string_view id) { return detail::find_by_id(ws.posts, id); }
inline Post* find_post(Workspace& ws, std::string_view id) { return detail::find_by_id(ws.posts, id); }

inline const Person* find_person(const Workspace& ws, std::string_view id) { return detail::find_by_id(ws.people, id); }
inline Person* find_person(Workspace& ws, std::string_view id) { return detail::find_by_id(ws.people, id); }

inline const NetworkAccount* find_account(const Workspace& ws, std::string_view id) {
    return detail::find_by_id(ws.accounts, id);
}
inline NetworkAccount* find_account(Workspace& ws, std::string_view id) { return detail::find_by_id(ws.accounts, id); }

inline const Campaign* find_campaign(const Workspace& ws, std::string_view id) { return detail::find_by_id(ws.campaigns, id); }
inline Campaign* find_campaign(Workspace& ws, std::string_view id) { return detail::find_by_id(ws.campaigns, id); }

inline const InboxMessage* find_message(const Workspace& ws, std::string_view id) { return detail::find_by_id(ws.messages, id); }
inline InboxMessage* find_message(Workspace& ws, std::string_view id) { return detail::find_by_id(ws.messages, id); }

inline const Service* find_service(const Workspace& ws, std::string_view id) { return detail::find_by_id(ws.services, id); }
inline Service* find_service(Workspace& ws, std::string_view id) { return detail::find_by_id(ws.services, id); }

}  // namespace parvis
