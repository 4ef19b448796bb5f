// parvis media check WORKSPACE: the images of every post against its networks' media rules
// (core/media/media_rules.h, the same call as Rédaction) and the alt text scheduling requires.
// Prints one line of JSON {"findings": [{post, account, network, media, code, message}…]};
// exit 0 when there is none, 1 otherwise. Mastodon's figures are the defaults here: the CLI does
// not ask the instance.
#include <nlohmann/json.hpp>

#include <iostream>

#include "cli/commands.h"
#include "cli/file_io.h"
#include "io/enum_names.h"
#include "media/media_rules.h"
#include "model/find.h"
#include "text/trim.h"

namespace parvis::cli {

int run_media_check(const Arguments& args) {
    Loaded loaded = load_workspace(args);
    if (!loaded.workspace) return loaded.exit_code;
    const Workspace& ws = *loaded.workspace;
    using Json = nlohmann::ordered_json;
    Json findings = Json::array();
    for (const Post& post : ws.posts) {
        for (const PostVariant& v : post.variants) {
            const NetworkAccount* account = find_account(ws, v.account_id);
            if (!account) continue;
            const std::string network(io::enum_name(account->network));
            const auto add = [&](std::size_t media, const std::string& code, const std::string& message) {
                findings.push_back({{"post", post.id}, {"account", v.account_id}, {"network", network},
                                    {"media", media}, {"code", code}, {"message", message}});
            };
            for (std::size_t i = 0; i < v.media.size(); ++i)
                if (v.media[i].kind == MediaKind::image && text::trim(v.media[i].alt_text).empty())
                    add(i, "alt_text_missing",
                        tr("check.alt_text_missing", args.lang, {{"n", std::to_string(i + 1)}, {"name", v.media[i].name}}));
            for (const media::MediaFinding& f : media::check_images(v, media::rules_for(account->network)))
                add(f.media, f.code, tr(f.message_key, args.lang, f.args));
        }
    }
    std::cout << Json{{"findings", findings}}.dump(-1, ' ', false, Json::error_handler_t::replace) << '\n';
    return findings.empty() ? kExitOk : kExitInvalid;
}

}  // namespace parvis::cli
