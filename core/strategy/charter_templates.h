// Charter templates for a commune, an EPCI and a département (assets/strategy/
// charter_templates.json), read through the workspace reader so a template is checked exactly
// like a saved charter.
#pragma once
#include <string>
#include <vector>

#include "error.h"
#include "model/workspace.h"

namespace parvis::strategy {

struct CharterTemplate {
    std::string id;           // "commune", "epci", "departement"
    CollectivityKind kind = CollectivityKind::commune;
    std::string label;        // « Commune »
    std::string description;
    Charter charter;          // signature still holds « {nom} »; rhythm empty (see below)
    // Rhythm per network, given to every account of that network when the template is applied.
    std::vector<std::pair<Network, RhythmRule>> rhythm_by_network;
};

// All templates, in the file's order. An error only if the embedded file is broken (tested).
Result<std::vector<CharterTemplate>> charter_templates();

// The template's charter for this workspace: « {nom} » replaced by the profile's name, the
// rhythm given to the workspace's accounts, the public moderation text generated. Returns the
// charter; the caller replaces ws.charter (after the user confirmed) and records the audit entry.
Charter instantiate_template(const CharterTemplate& t, const Workspace& ws);

// The template that fits the profile's kind (a région gets the département's).
const CharterTemplate* template_for(const std::vector<CharterTemplate>& templates, CollectivityKind kind);

}  // namespace parvis::strategy
