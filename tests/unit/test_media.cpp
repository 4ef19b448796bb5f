// Images of posts (issue 13 item 3): names by content, the per-network rules, the edits that add
// and remove them, the stored ZIP writer read back by the reader, and the backup .zip's round
// trip — byte-identical, idempotent, and an altered image refused.
#include <doctest/doctest.h>

#include <algorithm>

#include "edit/audit_log.h"
#include "edit/post_edits.h"
#include "io/backup_zip.h"
#include "io/workspace_json.h"
#include "io/zip_read.h"
#include "io/zip_write.h"
#include "media/media_ref.h"
#include "media/media_rules.h"
#include "strategy/workflow.h"

using namespace parvis;

namespace {

// A PNG signature and a few bytes: enough for the sniffer; the rules read the browser's figures.
std::string fake_png(char salt) { return std::string("\x89PNG\r\n\x1A\n", 8) + std::string(64, salt); }
std::string fake_jpeg(std::size_t size) {
    std::string s("\xFF\xD8\xFF\xE0", 4);
    s.resize(size, '\x42');
    return s;
}

Media image_of(const std::string& bytes, const std::string& name, int w = 1080, int h = 1080) {
    const media::ImageFormat f = media::sniff_format(bytes);
    return Media{.kind = MediaKind::image, .name = name, .sha256 = media::sha256_hex(bytes), .mime = media::mime_of(f),
                 .bytes = static_cast<std::int64_t>(bytes.size()), .width = w, .height = h};
}

Workspace sample() {
    Workspace ws;
    ws.id = "w";
    ws.profile.name = "Ville";
    ws.accounts = {{.id = "fb", .network = Network::facebook}, {.id = "ig", .network = Network::instagram}};
    Post p;
    p.id = "post-1";
    p.title = "Marché de Noël";
    p.variants = {PostVariant{.account_id = "fb", .text = "Le marché ouvre samedi."},
                  PostVariant{.account_id = "ig", .text = "Le marché ouvre samedi."}};
    ws.posts.push_back(p);
    return ws;
}

const edit::Actor kActor{"", Instant{}};

std::vector<std::string> codes(const std::vector<media::MediaFinding>& f) {
    std::vector<std::string> out;
    for (const auto& x : f) out.push_back(x.code);
    return out;
}

}  // namespace

TEST_CASE("an image is named by the SHA-256 of its bytes and its format read from its signature") {
    CHECK(media::sha256_hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    CHECK(media::is_sha256_hex(media::sha256_hex("x")));
    CHECK_FALSE(media::is_sha256_hex("BA7816BF"));
    CHECK(media::sniff_format(fake_png('a')) == media::ImageFormat::png);
    CHECK(media::sniff_format(fake_jpeg(10)) == media::ImageFormat::jpeg);
    CHECK(media::sniff_format("GIF89a....") == media::ImageFormat::gif);
    CHECK(media::sniff_format(std::string("RIFF\x10\0\0\0WEBPVP8 ", 16)) == media::ImageFormat::webp);
    CHECK(media::sniff_format("<svg></svg>") == media::ImageFormat::other);
    CHECK(media::backup_entry_name(std::string(64, 'a'), "image/jpeg") == "media/" + std::string(64, 'a') + ".jpg");
}

TEST_CASE("media rules: one sourced row per network, in the enum's order") {
    for (const media::NetworkMediaRules& r : media::kMediaRules) {
        CHECK(std::string(r.source).size() > 10);
        if (r.known) CHECK(r.formats != 0);
    }
    CHECK(media::rules_for(Network::x).max_images == 4);
    CHECK(media::rules_for(Network::x).max_alt_chars == 1000);
    CHECK(media::rules_for(Network::bluesky).max_bytes == 1'000'000);
    CHECK(media::rules_for(Network::instagram).formats == media::kJpeg);
    // An instance that says otherwise wins for Mastodon (read by the connector).
    const auto masto = media::rules_for(Network::mastodon, media::InstanceMediaLimits{.max_images = 8, .max_alt_chars = 5000});
    CHECK(masto.max_images == 8);
    CHECK(masto.max_alt_chars == 5000);
    CHECK(masto.max_bytes == 16 * 1024 * 1024);
}

TEST_CASE("media rules: count, format, size, ratio and alt-text length, each with its code and figures") {
    PostVariant v{.account_id = "x"};
    for (char c = 'a'; c < 'f'; ++c) v.media.push_back(image_of(fake_png(c), std::string("p") + c + ".png"));
    v.media[0].alt_text = "Le parvis de la mairie";
    auto f = media::check_images(v, media::rules_for(Network::x));
    REQUIRE(codes(f) == std::vector<std::string>{"too_many_images"});
    CHECK(f[0].args[0].second == "5");
    CHECK(f[0].args[1].second == "4");

    // Instagram: JPEG only, 8 MB, 4:5 to 1.91:1.
    PostVariant ig{.account_id = "ig"};
    ig.media.push_back(image_of(fake_png('z'), "carte.png"));                 // PNG: refused
    ig.media.push_back(image_of(fake_jpeg(16), "bandeau.jpg", 1600, 400));    // 4:1: too wide
    ig.media.push_back(image_of(fake_jpeg(16), "portrait.jpg", 1080, 1350));  // 4:5 exactly: fine
    ig.media.push_back(image_of(fake_jpeg(16), "paysage.jpg", 1080, 566));    // 1.908: fine
    Media heavy = image_of(fake_jpeg(16), "lourde.jpg");
    heavy.bytes = 9 * 1024 * 1024;
    ig.media.push_back(heavy);
    f = media::check_images(ig, media::rules_for(Network::instagram));
    CHECK(codes(f) == std::vector<std::string>{"format_refused", "ratio_out_of_range", "too_large"});
    CHECK(f[0].media == 0);
    CHECK(f[1].media == 1);
    CHECK(f[2].media == 4);

    // Alt text counted in characters, not bytes: 1,000 « é » pass on X, 1,001 do not.
    PostVariant x{.account_id = "x"};
    x.media.push_back(image_of(fake_png('q'), "q.png"));
    std::string alt;
    for (int i = 0; i < 1000; ++i) alt += "é";
    x.media[0].alt_text = alt;
    CHECK(media::check_images(x, media::rules_for(Network::x)).empty());
    x.media[0].alt_text += "é";
    CHECK(codes(media::check_images(x, media::rules_for(Network::x))) == std::vector<std::string>{"alt_too_long"});

    // A network without sourced figures checks nothing; an image not measured yet is not guessed.
    CHECK(media::check_images(ig, media::rules_for(Network::pinterest)).empty());
    PostVariant unmeasured{.account_id = "ig"};
    unmeasured.media.push_back(image_of(fake_jpeg(16), "a.jpg", 0, 0));
    CHECK(media::check_images(unmeasured, media::rules_for(Network::instagram)).empty());
}

TEST_CASE("adding an image puts it on every variant once, audited; removing takes it off one") {
    Workspace ws = sample();
    const Media img = image_of(fake_png('m'), "marche.png");
    REQUIRE(edit::add_image(ws, kActor, "post-1", img).changed());
    CHECK(ws.posts[0].variants[0].media.size() == 1);
    CHECK(ws.posts[0].variants[1].media.size() == 1);
    CHECK(ws.audit.back().detail == "media_add");
    CHECK(ws.audit.back().comment == "marche.png");
    CHECK(edit::add_image(ws, kActor, "post-1", img).outcome == edit::Outcome::unchanged);
    CHECK(edit::add_image(ws, kActor, "post-1", Media{.name = "sans fichier"}).outcome == edit::Outcome::refused);
    CHECK(edit::set_alt_text(ws, kActor, "post-1", 0, 0, "Les chalets sur le parvis").changed());
    REQUIRE(edit::remove_media(ws, kActor, "post-1", 1, 0).changed());
    CHECK(ws.posts[0].variants[1].media.empty());
    CHECK(ws.posts[0].variants[0].media.size() == 1);
    CHECK(ws.audit.back().detail == "media_remove@ig#0");
    CHECK(edit::remove_media(ws, kActor, "post-1", 1, 0).outcome == edit::Outcome::not_found);
    // The reference survives the JSON round trip.
    auto back = read_workspace(write_workspace(ws));
    REQUIRE(back.ok());
    CHECK(back->posts[0].variants[0].media[0] == ws.posts[0].variants[0].media[0]);
}

TEST_CASE("the stored ZIP writer: read back by the reader, CRC-32 checked, deterministic") {
    CHECK(zip::crc32("123456789") == 0xCBF43926u);  // the standard check value
    std::string binary;
    for (int i = 0; i < 256; ++i) binary += static_cast<char>(i);
    const std::vector<zip::NewEntry> entries = {{"workspace.json", "{\"a\": \"é\"}"}, {"media/b.bin", binary}, {"vide.txt", ""}};
    const auto bytes = zip::write_stored(entries);
    REQUIRE(bytes);
    CHECK(zip::looks_like_zip(*bytes));
    CHECK(zip::write_stored(entries) == bytes);
    const zip::Archive archive = zip::Archive::open(*bytes);
    REQUIRE(archive.problem() == zip::Problem::none);
    REQUIRE(archive.entries().size() == 3);
    for (const zip::NewEntry& e : entries) {
        zip::Problem p = zip::Problem::none;
        const auto read = archive.read(e.name, p);
        REQUIRE(read);
        CHECK(*read == e.bytes);
    }
    // One flipped byte in the data: the reader's CRC check refuses the entry.
    std::string damaged = *bytes;
    damaged[damaged.find("media/b.bin") + 11 + 100] ^= 1;
    zip::Problem p = zip::Problem::none;
    CHECK_FALSE(zip::Archive::open(damaged).read("media/b.bin", p));
    CHECK(p == zip::Problem::corrupt);
}

TEST_CASE("backup .zip: workspace.json and media/, imported back byte-identical and idempotent") {
    Workspace ws = sample();
    const std::string png = fake_png('p'), jpeg = fake_jpeg(5000);
    REQUIRE(edit::add_image(ws, kActor, "post-1", image_of(png, "affiche.png")).changed());
    REQUIRE(edit::add_image(ws, kActor, "post-1", image_of(jpeg, "photo.jpg")).changed());
    const std::vector<io::BackupMedia> files = {{media::sha256_hex(jpeg), "image/jpeg", jpeg},
                                                {media::sha256_hex(png), "image/png", png},
                                                {media::sha256_hex("unused"), "image/png", "unused"}};
    const auto zip1 = io::write_backup_zip(ws, files);
    REQUIRE(zip1.ok());
    // Its workspace.json is the JSON-only export's text, its media the two files referenced.
    const zip::Archive archive = zip::Archive::open(*zip1);
    REQUIRE(archive.entries().size() == 3);
    CHECK(archive.entries()[0].name == "workspace.json");
    zip::Problem p = zip::Problem::none;
    CHECK(*archive.read("workspace.json", p) == write_workspace(ws));
    CHECK(archive.find(media::backup_entry_name(media::sha256_hex(png), "image/png")));

    const auto back = io::read_backup_zip(*zip1);
    REQUIRE(back.ok());
    CHECK(back->workspace == ws);
    REQUIRE(back->media.size() == 2);
    for (const io::BackupMedia& m : back->media) CHECK((m.bytes == png || m.bytes == jpeg));
    // Export what was imported: the same bytes, again and again.
    const auto zip2 = io::write_backup_zip(back->workspace, back->media);
    REQUIRE(zip2.ok());
    CHECK(*zip2 == *zip1);

    // An image altered inside the archive (same size, CRC made to match) is refused by its name.
    std::vector<zip::NewEntry> forged = {{"workspace.json", write_workspace(ws)},
                                         {media::backup_entry_name(media::sha256_hex(png), "image/png"), fake_png('Q')}};
    const auto forged_zip = io::read_backup_zip(*zip::write_stored(forged));
    REQUIRE_FALSE(forged_zip.ok());
    CHECK(forged_zip.error().code == ErrorCode::invalid_value);
    CHECK(forged_zip.error().detail == "backup_media_altered");
    // No workspace.json, not a ZIP, cut short: each its reason and its French message.
    const auto no_ws = io::read_backup_zip(*zip::write_stored({{"autre.txt", "x"}}));
    REQUIRE_FALSE(no_ws.ok());
    CHECK(no_ws.error().detail == "backup_no_workspace");
    CHECK(error_message(no_ws.error()).find("workspace.json") != std::string::npos);
    const auto cut = io::read_backup_zip(std::string_view(*zip1).substr(0, zip1->size() / 2));
    REQUIRE_FALSE(cut.ok());
    CHECK(error_message(cut.error()).find("sauvegarde") != std::string::npos);
}

TEST_CASE("scheduling waits for every image's alt text, network by network") {
    Workspace ws = sample();
    ws.people = {Person{.id = "cm", .name = "Camille Le Goff"}};
    REQUIRE(edit::add_image(ws, kActor, "post-1", image_of(fake_png('s'), "stand.png")).changed());
    const Instant now = date::sys_days{date::year{2027} / 3 / 1};
    const Instant at = now + std::chrono::hours{48};
    auto r = strategy::schedule(ws, "post-1", "cm", at, now);
    CHECK(r.error == strategy::CircuitError::alt_text_missing);
    CHECK(r.message.find("stand.png") != std::string::npos);
    CHECK(r.message.find("Facebook") != std::string::npos);
    CHECK_FALSE(ws.posts[0].scheduled_at);
    REQUIRE(edit::set_alt_text(ws, kActor, "post-1", 0, 0, "Le stand de la mairie").changed());
    r = strategy::schedule(ws, "post-1", "cm", at, now);
    CHECK(r.error == strategy::CircuitError::alt_text_missing);  // Instagram's is still empty
    CHECK(r.message.find("Instagram") != std::string::npos);
    REQUIRE(edit::set_alt_text(ws, kActor, "post-1", 1, 0, "Le stand de la mairie").changed());
    CHECK(strategy::schedule(ws, "post-1", "cm", at, now));
    CHECK(ws.posts[0].status == PostStatus::scheduled);
}
