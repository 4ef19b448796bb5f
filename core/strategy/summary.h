// The strategy summary: one page to present to the élus — networks and why, objectives and
// targets, editorial line, roles and validation circuit, moderation charter. Two renderings of
// the same content: a standalone printable HTML file (inline CSS, no external resource, every
// user text escaped) and Markdown.
#pragma once
#include <optional>
#include <string>

#include "i18n/catalogue.h"
#include "model/workspace.h"

namespace parvis::strategy {

enum class SummaryFormat { html, markdown };

struct SummaryOptions {
    SummaryFormat format = SummaryFormat::html;
    Lang lang = Lang::fr;
    std::optional<Day> today;  // the date printed on the page; none: not printed
};

std::string strategy_summary(const Workspace& ws, const SummaryOptions& options = {});

std::string escape_html(std::string_view text);
std::string escape_markdown(std::string_view text);

}  // namespace parvis::strategy
