// Folding a name for comparison: lower-case ASCII words separated by single spaces, so that
// « Réseau(x) », "RESEAU X" and « réseau x » compare equal. Latin-1 letters lose their accents,
// œ/æ become two letters, anything else that is not a letter or a digit separates words. Used to
// match spreadsheet headers and names typed by people (services import).
#pragma once
#include <string>
#include <string_view>

namespace parvis::text {

std::string fold(std::string_view text);

}  // namespace parvis::text
