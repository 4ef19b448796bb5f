// Imports of the platforms' exports: files in tests/fixtures/imports/ shaped like the real ones,
// in French and English. Each import: figures read right (missing stays missing), skipped rows
// with their reason, unknown columns reported, idempotent, and an error leaves nothing behind.
#include <doctest/doctest.h>

#include <algorithm>

#include "io/time_text.h"
#include "io/workspace_json.h"
#include "kpi/import.h"
#include "kpi/import_rows.h"
#include "test_support.h"
#include "text/utf8.h"

using namespace parvis;
using namespace parvis::kpi;
using parvis::testing::fixture;

namespace {

Workspace accounts_only() {
    Workspace ws;
    ws.id = "w";
    ws.profile.name = "Ville de Saint-Exemple";
    ws.accounts = {NetworkAccount{.id = "a-fb", .network = Network::facebook},
                   NetworkAccount{.id = "a-ig", .network = Network::instagram},
                   NetworkAccount{.id = "a-x", .network = Network::x},
                   NetworkAccount{.id = "a-li", .network = Network::linkedin},
                   NetworkAccount{.id = "a-ma", .network = Network::mastodon}};
    return ws;
}

const ImportOptions kOptions{.today = *io::parse_day("2026-04-02")};

ImportResult imported(const Workspace& ws, ImportSource source, const char* file) {
    auto r = import_export(ws, source, fixture(std::string("imports/") + file), kOptions);
    if (!r) FAIL("import failed: " << error_message(r.error()));
    return std::move(*r);
}

const PostMetrics& metrics_of(const Workspace& ws, const std::string& external_id) {
    for (const Post& p : ws.posts)
        for (const PostVariant& v : p.variants)
            if (v.external_id == external_id || v.permalink == external_id)
                for (const PostMetrics& m : ws.metrics.posts)
                    if (m.post_id == p.id && m.account_id == v.account_id) return m;
    FAIL("no metrics for " << external_id);
    return ws.metrics.posts.front();
}

const Post& post_of(const Workspace& ws, const std::string& external_id) {
    for (const Post& p : ws.posts)
        for (const PostVariant& v : p.variants)
            if (v.external_id == external_id || v.permalink == external_id) return p;
    FAIL("no post " << external_id);
    return ws.posts.front();
}

bool has(const std::vector<std::string>& list, const std::string& item) {
    return std::find(list.begin(), list.end(), item) != list.end();
}

using C = std::optional<std::int64_t>;

// UTF-8 text as French Excel saves a CSV: Windows-1252, no byte-order mark. The test's text
// holds only characters the code page has (Latin-1 and the typographic apostrophe).
std::string to_windows_1252(std::string_view utf8_text) {
    std::string out;
    for (std::size_t i = 0; i < utf8_text.size();) {
        const utf8::Decoded d = utf8::decode(utf8_text, i);
        i += d.length;
        if (d.code_point < 0x100) out += static_cast<char>(d.code_point);
        else if (d.code_point == 0x2019) out += '\x92';
        else FAIL("no Windows-1252 byte for U+" << std::hex << std::uint32_t(d.code_point));
    }
    return out;
}

}  // namespace

TEST_CASE("import: numbers and dates as the exports write them") {
    bool bad = false;
    CHECK(detail::parse_count("2 345", true, bad) == C(2345));
    CHECK(detail::parse_count("2\u202f345", true, bad) == C(2345));
    CHECK(detail::parse_count("14,0", true, bad) == C(14));
    CHECK(detail::parse_count("2,345", false, bad) == C(2345));
    CHECK(detail::parse_count("", false, bad) == std::nullopt);
    CHECK_FALSE(bad);
    CHECK(detail::parse_count("--", false, bad) == std::nullopt);
    CHECK(detail::parse_count("beaucoup", true, bad) == std::nullopt);
    CHECK(bad);
    auto at = [](const char* text, bool day_first) {
        const auto t = detail::parse_export_time(text, day_first, "Europe/Paris");
        return t ? io::format_instant(*t) : std::string("none");
    };
    CHECK(at("12/03/2026 10:00", true) == "2026-03-12T09:00:00Z");   // Paris, UTC+1
    CHECK(at("03/12/2026 10:00", false) == "2026-03-12T09:00:00Z");
    CHECK(at("03/12/2026 10:00 AM", false) == "2026-03-12T09:00:00Z");
    CHECK(at("03/12/2026 1:05 PM", false) == "2026-03-12T12:05:00Z");
    CHECK(at("2026-03-06T18:00:00+0100", true) == "2026-03-06T17:00:00Z");
    CHECK(at("2026-03-12 09:00 +0000", false) == "2026-03-12T09:00:00Z");
    CHECK(at("2026-07-01T08:00:00Z", false) == "2026-07-01T08:00:00Z");
    CHECK(at("2026-07-01 10:00:00", false) == "2026-07-01T08:00:00Z");  // Paris, UTC+2 in July
    CHECK(at("11/03/2026", true) == "2026-03-11T11:00:00Z");           // a date alone: noon
    CHECK(at("31/02/2026 10:00", true) == "none");
    CHECK(at("demain", true) == "none");
}

TEST_CASE("import: a French Excel Meta export (';', Windows-1252, no BOM) reads as its UTF-8 twin") {
    const std::string utf8_bytes = fixture("imports/meta-facebook-fr.csv");
    const std::string excel_bytes = to_windows_1252(utf8_bytes);
    REQUIRE_FALSE(utf8::is_valid(excel_bytes));  // « Durée » is one byte 0xE9 now
    const Workspace before = accounts_only();
    const auto from_excel = import_export(before, ImportSource::meta, excel_bytes, kOptions);
    REQUIRE_MESSAGE(from_excel.ok(), error_message(from_excel.error()));
    const auto from_utf8 = import_export(before, ImportSource::meta, utf8_bytes, kOptions);
    REQUIRE(from_utf8.ok());
    CHECK(from_excel->report.language == "fr");
    CHECK(from_excel->report.rows_read == 6);
    CHECK(from_excel->report.metrics_added == 3);
    CHECK(has(from_excel->report.columns_used, "Réactions"));        // accented headers recognised
    CHECK(has(from_excel->report.unknown_columns, "Durée (s)"));
    CHECK(from_excel->workspace == from_utf8->workspace);
    CHECK(post_of(from_excel->workspace, "1234567890_112").variants[0].text ==
          "Travaux rue de la Paix : circulation alternée jusqu’au 20 mars.");
}

TEST_CASE("import: a quote never closed is import_truncated at the quote's line and column") {
    const auto r = import_export(accounts_only(), ImportSource::meta, fixture("imports/meta-truncated.csv"), kOptions);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().line == 2);
    CHECK(r.error().column == 51);  // the quote opening « Conseil municipal… »
}

TEST_CASE("import: Meta Business Suite, Facebook, French export") {
    const Workspace before = accounts_only();
    const ImportResult r = imported(before, ImportSource::meta, "meta-facebook-fr.csv");
    CHECK(r.report.network == "facebook");
    CHECK(r.report.language == "fr");
    CHECK(r.report.account_id == "a-fb");
    CHECK(r.report.rows_read == 6);
    CHECK(r.report.posts_added == 3);
    CHECK(r.report.metrics_added == 3);
    REQUIRE(r.report.skipped.size() == 3);
    CHECK(r.report.skipped[0].reason == "description_row");
    CHECK(r.report.skipped[0].line == 2);
    CHECK(r.report.skipped[1].reason == "no_date");
    CHECK(r.report.skipped[2].reason == "bad_number");
    CHECK(r.report.skipped[2].line == 7);
    CHECK(has(r.report.unknown_columns, "Durée (s)"));
    CHECK(has(r.report.unknown_columns, "Autres clics"));
    CHECK(has(r.report.unknown_columns, "Nombre total de clics"));  // link clicks are used instead
    CHECK(has(r.report.columns_used, "Clics sur un lien"));

    const PostMetrics& m = metrics_of(r.workspace, "1234567890_111");
    CHECK(m.impressions == C(2345));
    CHECK(m.reach == C(1234));
    CHECK(m.reactions == C(40));
    CHECK(m.comments == C(6));
    CHECK(m.shares == C(10));
    CHECK(m.clicks == C(20));
    CHECK(m.saves == std::nullopt);  // Facebook gives none: missing, not 0
    CHECK(m.day == kOptions.today);
    const Post& p = post_of(r.workspace, "1234567890_111");
    CHECK(p.status == PostStatus::published);
    CHECK(io::format_instant(*p.published_at) == "2026-03-12T09:00:00Z");
    CHECK(p.format == PostFormat::photo);
    CHECK(p.variants[0].text == "Conseil municipal ce soir à 19 h ; en direct sur notre page.");
    CHECK(p.variants[0].permalink == "https://www.facebook.com/1234567890/posts/111");
    CHECK(post_of(r.workspace, "1234567890_112").format == PostFormat::link);
    CHECK(metrics_of(r.workspace, "1234567890_112").clicks == C(12));
    // Empty cells stay missing.
    const PostMetrics& video = metrics_of(r.workspace, "1234567890_113");
    CHECK(video.comments == std::nullopt);
    CHECK(video.clicks == std::nullopt);
    CHECK(video.reactions == C(80));
    CHECK(post_of(r.workspace, "1234567890_113").format == PostFormat::video);
    // The workspace given is untouched.
    CHECK(before == accounts_only());
}

TEST_CASE("import: importing twice adds nothing, in either language") {
    const ImportResult first = imported(accounts_only(), ImportSource::meta, "meta-facebook-fr.csv");
    const ImportResult again = imported(first.workspace, ImportSource::meta, "meta-facebook-fr.csv");
    CHECK(again.report.posts_added == 0);
    CHECK(again.report.metrics_added == 0);
    CHECK(again.report.metrics_updated == 0);
    CHECK(again.report.unchanged == 3);
    CHECK(again.workspace == first.workspace);
    // The English export of the same posts: same figures, nothing changes.
    const ImportResult english = imported(first.workspace, ImportSource::meta, "meta-facebook-en.csv");
    CHECK(english.report.language == "en");
    CHECK(english.report.unchanged == 3);
    CHECK(english.workspace == first.workspace);
    // And the other way round.
    const ImportResult en_first = imported(accounts_only(), ImportSource::meta, "meta-facebook-en.csv");
    CHECK(en_first.report.posts_added == 3);
    CHECK(en_first.report.skipped.empty());
    CHECK(metrics_of(en_first.workspace, "1234567890_111") == metrics_of(first.workspace, "1234567890_111"));
}

TEST_CASE("import: Meta Business Suite, Instagram, both languages") {
    for (const char* file : {"meta-instagram-fr.csv", "meta-instagram-en.csv"}) {
        CAPTURE(file);
        const ImportResult r = imported(accounts_only(), ImportSource::meta, file);
        CHECK(r.report.network == "instagram");
        CHECK(r.report.account_id == "a-ig");
        CHECK(r.report.posts_added == 2);
        const PostMetrics& reel = metrics_of(r.workspace, "18000000000000002");
        CHECK(reel.reach == C(4100));
        CHECK(reel.reactions == C(310));
        CHECK(reel.saves == C(41));
        CHECK(reel.comments == C(30));
        CHECK(reel.video_views == C(6050));
        CHECK(metrics_of(r.workspace, "18000000000000001").video_views == std::nullopt);
        CHECK(post_of(r.workspace, "18000000000000002").format == PostFormat::reel);
        CHECK(post_of(r.workspace, "18000000000000001").format == PostFormat::carousel);
        CHECK(io::format_instant(*post_of(r.workspace, "18000000000000001").published_at) == "2026-03-06T17:00:00Z");
    }
    const ImportResult fr = imported(accounts_only(), ImportSource::meta, "meta-instagram-fr.csv");
    CHECK(imported(fr.workspace, ImportSource::meta, "meta-instagram-en.csv").workspace == fr.workspace);
}

TEST_CASE("import: Mastodon archive outbox.json") {
    const ImportResult r = imported(accounts_only(), ImportSource::mastodon, "mastodon-outbox.json");
    CHECK(r.report.account_id == "a-ma");
    CHECK(r.report.rows_read == 5);
    CHECK(r.report.posts_added == 2);
    REQUIRE(r.report.skipped.size() == 3);
    CHECK(r.report.skipped[0].reason == "boost");
    CHECK(r.report.skipped[0].index == 2);
    CHECK(r.report.skipped[1].reason == "reply");
    CHECK(r.report.skipped[2].reason == "direct_message");
    const std::string id1 = "https://piaille.fr/users/saintexemple/statuses/113000000000000001";
    const Post& p = post_of(r.workspace, id1);
    CHECK(p.variants[0].text == "Conseil municipal ce soir à 19\u00a0h & en direct.\nOrdre du jour sur le site.");
    CHECK(p.variants[0].permalink == "https://piaille.fr/@saintexemple/113000000000000001");
    CHECK(p.format == PostFormat::photo);
    const PostMetrics& m = metrics_of(r.workspace, id1);
    CHECK(m.reactions == C(14));
    CHECK(m.shares == C(6));
    CHECK(m.reach == std::nullopt);  // Mastodon gives no reach
    // The second post has no counts in the archive: every figure missing, none 0.
    const PostMetrics& bare = metrics_of(r.workspace, "https://piaille.fr/users/saintexemple/statuses/113000000000000002");
    CHECK(bare.reactions == std::nullopt);
    CHECK(bare.shares == std::nullopt);
    CHECK(imported(r.workspace, ImportSource::mastodon, "mastodon-outbox.json").workspace == r.workspace);
}

TEST_CASE("import: X analytics, both export shapes and languages") {
    const ImportResult en = imported(accounts_only(), ImportSource::x, "x-content-en.csv");
    CHECK(en.report.account_id == "a-x");
    CHECK(en.report.language == "en");
    CHECK(en.report.posts_added == 2);
    const PostMetrics& m = metrics_of(en.workspace, "1900000000000000001");
    CHECK(m.impressions == C(1540));
    CHECK(m.reactions == C(22));
    CHECK(m.comments == C(3));
    CHECK(m.shares == C(5));
    CHECK(m.clicks == C(9));
    CHECK(m.reach == std::nullopt);
    CHECK(has(en.report.unknown_columns, "user profile clicks"));
    CHECK(imported(en.workspace, ImportSource::x, "x-content-en.csv").workspace == en.workspace);

    const ImportResult fr = imported(accounts_only(), ImportSource::x, "x-content-fr.csv");
    CHECK(fr.report.language == "fr");
    const PostMetrics& f = metrics_of(fr.workspace, "1900000000000000001");
    CHECK(f.impressions == C(1540));
    CHECK(f.shares == C(5));
    CHECK(f.saves == C(1));
    CHECK(io::format_instant(*post_of(fr.workspace, "1900000000000000002").published_at) == "2026-03-14T06:30:00Z");
    // The French export after the English one: the same posts (matched by id), bookmarks added.
    const ImportResult both = imported(en.workspace, ImportSource::x, "x-content-fr.csv");
    CHECK(both.report.posts_added == 0);
    CHECK(both.report.metrics_updated == 2);
}

TEST_CASE("import: LinkedIn page analytics, both languages, matched by link") {
    const ImportResult en = imported(accounts_only(), ImportSource::linkedin, "linkedin-en.csv");
    CHECK(en.report.account_id == "a-li");
    CHECK(en.report.posts_added == 2);
    const std::string link = "https://www.linkedin.com/feed/update/urn:li:activity:7300000000000000001";
    const PostMetrics& m = metrics_of(en.workspace, link);
    CHECK(m.impressions == C(2870));
    CHECK(m.clicks == C(96));
    CHECK(m.reactions == C(54));
    CHECK(m.comments == C(7));
    CHECK(m.shares == C(12));
    CHECK(post_of(en.workspace, link).format == PostFormat::text);
    CHECK(io::format_instant(*post_of(en.workspace, link).published_at) == "2026-03-11T11:00:00Z");
    const ImportResult fr = imported(en.workspace, ImportSource::linkedin, "linkedin-fr.csv");
    CHECK(fr.report.language == "fr");
    CHECK(fr.report.posts_added == 0);
    CHECK(fr.workspace == en.workspace);
}

TEST_CASE("import: a publication planned in Parvis is matched by its day and text") {
    Workspace ws = accounts_only();
    Post planned;
    planned.id = "p-conseil";
    planned.status = PostStatus::published;
    planned.published_at = *io::parse_instant("2026-03-12T09:00:05Z");
    planned.variants.push_back(PostVariant{.account_id = "a-fb", .text = "Conseil municipal ce soir à 19 h ; en direct sur notre page."});
    ws.posts.push_back(planned);
    const ImportResult r = imported(ws, ImportSource::meta, "meta-facebook-fr.csv");
    CHECK(r.report.posts_added == 2);
    CHECK(r.workspace.posts[0].id == "p-conseil");
    CHECK(r.workspace.posts[0].variants[0].external_id == "1234567890_111");
    CHECK(metrics_of(r.workspace, "1234567890_111").post_id == "p-conseil");
}

TEST_CASE("import: a broken file, a wrong file or a missing account change nothing") {
    const Workspace ws = accounts_only();
    auto code_reason = [](const Result<ImportResult>& r) {
        REQUIRE_FALSE(r.ok());
        for (const auto& [k, v] : r.error().args)
            if (k == "reason") return v;
        return std::string();
    };
    CHECK(code_reason(import_export(ws, ImportSource::meta, fixture("imports/meta-truncated.csv"), kOptions)) == "import_truncated");
    CHECK(code_reason(import_export(ws, ImportSource::meta, fixture("imports/not-an-export.csv"), kOptions)) == "import_format");
    CHECK(code_reason(import_export(ws, ImportSource::mastodon, fixture("imports/meta-facebook-en.csv"), kOptions)) == "import_format");
    CHECK(code_reason(import_export(ws, ImportSource::mastodon, "{\"type\": \"OrderedCollection\"}", kOptions)) == "import_format");
    CHECK(code_reason(import_export(ws, ImportSource::meta, "", kOptions)) == "import_format");
    Workspace no_x = ws;
    no_x.accounts.erase(no_x.accounts.begin() + 2);
    CHECK(code_reason(import_export(no_x, ImportSource::x, fixture("imports/x-content-en.csv"), kOptions)) == "import_no_account");
    CHECK(code_reason(import_export(ws, ImportSource::x, fixture("imports/x-content-en.csv"),
                                    {.account_id = "a-fb", .today = kOptions.today})) == "import_no_account");
    CHECK(ws == accounts_only());
    // Every error has a French message without a leftover placeholder.
    const auto r = import_export(ws, ImportSource::meta, fixture("imports/not-an-export.csv"), kOptions);
    CHECK(error_message(r.error()).find("export") != std::string::npos);
}
