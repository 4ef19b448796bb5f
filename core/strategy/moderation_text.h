// The public text of the moderation charter, generated from the charter's categories and actions
// for publication under the « À propos » of each account. French (the public's language); it
// names the legal basis (loi du 29 juillet 1881) and PHAROS for manifestly illegal content.
#pragma once
#include <string>

#include "model/workspace.h"

namespace parvis::strategy {

std::string moderation_public_text(const Charter& charter, const Workspace& ws);

}  // namespace parvis::strategy
