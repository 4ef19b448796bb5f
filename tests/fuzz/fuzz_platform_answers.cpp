// The platforms' answers (core/connect/): every reader of a Mastodon, Bluesky or Facebook response,
// fed the same bytes as the body of a success and of an error, with a Retry-After header from the
// first bytes; and the device's record of a publish left unanswered (unsettled.h), read back at
// start from IndexedDB. A reader may refuse anything; it must never crash, hang or hold much.
#include <string>

#include "connect/bluesky.h"
#include "connect/facebook.h"
#include "connect/failure.h"
#include "connect/mastodon.h"
#include "connect/published_there.h"
#include "connect/unsettled.h"
#include "fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace parvis;
    using namespace parvis::connect;
    const std::string_view text = fuzz::bytes(data, size);
    (void)read_unsettled(text);
    for (const int status : {200, 202, 400, 401, 404, 422, 429, 503}) {
        HttpResponse r;
        r.status = status;
        r.body = std::string(text);
        r.headers.push_back({"Retry-After", std::string(text.substr(0, 40))});
        r.headers.push_back({"X-Business-Use-Case-Usage", std::string(text.substr(0, 200))});
        for (const Network n : {Network::mastodon, Network::bluesky, Network::facebook}) (void)read_failure(r, n, Instant{});
        (void)mastodon::read_app(r), (void)mastodon::read_token(r), (void)mastodon::read_acct(r);
        (void)mastodon::read_instance(r), (void)mastodon::read_published(r), (void)mastodon::read_media(r);
        (void)mastodon::read_mentions(r), (void)mastodon::read_status_counts(r), (void)mastodon::read_account_id(r);
        (void)mastodon::read_status_heads(r), (void)mastodon::read_source_text(r);
        if (const auto held = mastodon::read_scheduled_list(r)) (void)mastodon::find_scheduled(*held, "Bonjour", Instant{});
        (void)bluesky::read_session(r), (void)bluesky::read_did(r), (void)bluesky::read_blob(r), (void)bluesky::read_created(r);
        (void)bluesky::read_record(r), (void)bluesky::record_absent(r), (void)bluesky::read_post_counts(r);
        (void)bluesky::read_notifications(r), (void)bluesky::read_reply_target(r, "at://did:plc:x/app.bsky.feed.post/1");
        (void)facebook::read_error(r), (void)facebook::read_page(r), (void)facebook::read_success(r), (void)facebook::read_post_id(r);
        if (const auto posts = facebook::read_posts(r)) (void)facebook::find_sent(*posts, "Bonjour", Instant{}, std::nullopt);
        (void)facebook::read_comments(r), (void)facebook::read_counts(r), (void)facebook::read_post_state(r), (void)facebook::post_gone(r);
        (void)facebook::read_insights(r), (void)facebook::unknown_metric(r);
    }
    return 0;
}
