// Escaping text for the standalone HTML files Parvis writes (strategy summary, KPI report): the
// five characters that could close a tag, an attribute or an entity. One place, so every export
// escapes the same way.
#pragma once
#include <string>
#include <string_view>

namespace parvis::html {

// & < > " ' → &amp; &lt; &gt; &quot; &#39; — safe in element content and quoted attributes.
std::string escape(std::string_view text);

// The text of the HTML a Mastodon server gives for a status (outbox archives, the API's
// `content`): paragraphs and <br> become new lines, tags go, the few entities Mastodon writes are
// decoded. Linear in the input.
std::string text_of(std::string_view html);

}  // namespace parvis::html
