// The open workspace as an editable document: the data, a revision counter bumped by each edit
// (the platform layer saves when it differs from the saved one), and replacement from a text
// that leaves the current data untouched when the text is bad.
#pragma once
#include <cstdint>
#include <string_view>

#include "error.h"
#include "io/workspace_json.h"
#include "model/workspace.h"

namespace parvis {

class Document {
public:
    Document() = default;
    explicit Document(Workspace workspace) : workspace_(std::move(workspace)) {}

    const Workspace& workspace() const { return workspace_; }
    // Access for an edit: the caller changes the workspace, then calls `edited()`.
    Workspace& edit() { return workspace_; }
    void edited() { ++revision_; }

    std::uint64_t revision() const { return revision_; }

    // Replaces the whole workspace by the one in `text`. On any error the document is left
    // exactly as it was and the error is returned.
    Error replace_from_text(std::string_view text, const ReadOptions& options = {}) {
        auto result = read_workspace(text, options);
        if (!result) return result.error();
        workspace_ = std::move(result.value());
        ++revision_;
        return {};
    }
    void replace(Workspace workspace) {
        workspace_ = std::move(workspace);
        ++revision_;
    }

private:
    Workspace workspace_;
    std::uint64_t revision_ = 0;
};

}  // namespace parvis
