// The user's column mappings of a statistics import (issue 7, item 3): an export whose header was
// renamed (« Couverture des publications », "Post Impressions (Lifetime)") loses that figure
// unless the user maps the column; a mapping wins over the importer's own reading, "ignore" drops
// a column, a bad mapping is reported in French and never breaks the import.
#include <doctest/doctest.h>

#include <algorithm>

#include "i18n/catalogue.h"
#include "io/time_text.h"
#include "io/workspace_json.h"
#include "kpi/import.h"
#include "test_support.h"

using namespace parvis;
using namespace parvis::kpi;
using parvis::testing::fixture;

namespace {

Workspace facebook_only() {
    Workspace ws;
    ws.id = "w";
    ws.profile.name = "Ville de Saint-Exemple";
    ws.accounts = {NetworkAccount{.id = "a-fb", .network = Network::facebook}};
    return ws;
}

ImportOptions with(std::vector<ColumnMapping> columns) {
    return ImportOptions{.today = *io::parse_day("2026-12-10"), .columns = std::move(columns)};
}

ImportResult imported(const Workspace& ws, const char* file, const ImportOptions& options) {
    auto r = import_export(ws, ImportSource::meta, fixture(std::string("imports/") + file), options);
    if (!r) FAIL("import failed: " << error_message(r.error()));
    return std::move(*r);
}

const PostMetrics& metrics_of(const Workspace& ws, const std::string& external_id) {
    for (const Post& p : ws.posts)
        for (const PostVariant& v : p.variants)
            if (v.external_id == external_id)
                for (const PostMetrics& m : ws.metrics.posts)
                    if (m.post_id == p.id && m.account_id == v.account_id) return m;
    FAIL("no metrics for " << external_id);
    return ws.metrics.posts.front();
}

bool has(const std::vector<std::string>& list, const std::string& item) {
    return std::find(list.begin(), list.end(), item) != list.end();
}

std::string field_of(const ImportReport& r, const std::string& header) {
    for (const ImportReport::ColumnUse& c : r.columns)
        if (c.header == header) return c.field;
    return "(absent)";
}

}  // namespace

TEST_CASE("import mapping: a renamed column is reported unknown and its figure stays missing") {
    const ImportResult r = imported(facebook_only(), "meta-facebook-fr-renamed.csv", with({}));
    CHECK(r.report.metrics_added == 3);
    CHECK(has(r.report.unknown_columns, "Couverture des publications"));
    CHECK(field_of(r.report, "Couverture des publications") == "");
    CHECK(field_of(r.report, "Impressions") == "impressions");
    const PostMetrics& m = metrics_of(r.workspace, "1234567890_211");
    CHECK_FALSE(m.reach.has_value());  // missing, not 0
    CHECK(m.impressions == 2345);
}

TEST_CASE("import mapping: the mapped column is read as that field, once") {
    const ImportOptions options = with({{"Couverture des publications", "reach"}});
    const ImportResult r = imported(facebook_only(), "meta-facebook-fr-renamed.csv", options);
    CHECK_FALSE(has(r.report.unknown_columns, "Couverture des publications"));
    CHECK(has(r.report.columns_used, "Couverture des publications"));
    CHECK(field_of(r.report, "Couverture des publications") == "reach");
    const auto mapped = std::find_if(r.report.columns.begin(), r.report.columns.end(),
                                     [](const auto& c) { return c.header == "Couverture des publications"; });
    REQUIRE(mapped != r.report.columns.end());
    CHECK(mapped->mapped);
    CHECK(r.report.language == "fr");  // the French reading of « 1 234 » and day-first dates is kept
    CHECK(r.report.unused_mappings.empty());
    CHECK(metrics_of(r.workspace, "1234567890_211").reach == 1234);
    CHECK(metrics_of(r.workspace, "1234567890_212").reach == 870);
    CHECK_FALSE(metrics_of(r.workspace, "1234567890_213").reach.has_value());  // empty cell: missing

    // The same file with the same mapping again adds and changes nothing.
    const ImportResult again = imported(r.workspace, "meta-facebook-fr-renamed.csv", options);
    CHECK(again.report.posts_added == 0);
    CHECK(again.report.metrics_added == 0);
    CHECK(again.report.metrics_updated == 0);
    CHECK(again.report.unchanged == 3);
    CHECK(write_workspace(again.workspace) == write_workspace(r.workspace));

    // Without the mapping first, then with it: the figures come in as updates.
    const ImportResult plain = imported(facebook_only(), "meta-facebook-fr-renamed.csv", with({}));
    const ImportResult later = imported(plain.workspace, "meta-facebook-fr-renamed.csv", options);
    CHECK(later.report.posts_added == 0);
    CHECK(later.report.metrics_updated == 2);
    CHECK(metrics_of(later.workspace, "1234567890_211").reach == 1234);
}

TEST_CASE("import mapping: English headers, spaces around the header in the mapping do not count") {
    const ImportResult plain = imported(facebook_only(), "meta-facebook-en-renamed.csv", with({}));
    CHECK(plain.report.language == "en");
    CHECK(has(plain.report.unknown_columns, "Post Impressions (Lifetime)"));
    CHECK_FALSE(metrics_of(plain.workspace, "1234567890_311").impressions.has_value());

    const ImportResult r = imported(facebook_only(), "meta-facebook-en-renamed.csv",
                                    with({{" Post Impressions (Lifetime) ", "impressions"}}));
    CHECK(metrics_of(r.workspace, "1234567890_311").impressions == 2345);
    CHECK(metrics_of(r.workspace, "1234567890_312").impressions == 1020);
    CHECK(metrics_of(r.workspace, "1234567890_311").reach == 1234);
}

TEST_CASE("import mapping: the user's mapping wins over a recognised column; ignore drops one") {
    const std::string csv =
        "Identifiant de la publication;Heure de publication;Couverture;Couverture des publications;Réactions\n"
        "1234567890_411;05/12/2026 10:00;10;500;7\n";
    const Workspace ws = facebook_only();
    auto r = import_export(ws, ImportSource::meta, csv, with({{"Couverture des publications", "reach"}}));
    REQUIRE(r);
    CHECK(metrics_of(r->workspace, "1234567890_411").reach == 500);
    CHECK(field_of(r->report, "Couverture") == "");
    CHECK(has(r->report.unknown_columns, "Couverture"));
    CHECK_FALSE(has(r->report.columns_used, "Couverture"));

    // Without the mapping, the recognised column is read.
    auto plain = import_export(ws, ImportSource::meta, csv, with({}));
    REQUIRE(plain);
    CHECK(metrics_of(plain->workspace, "1234567890_411").reach == 10);

    // "ignore" drops a recognised column: the figure is missing, not 0; it is not unknown either.
    auto ignored = import_export(ws, ImportSource::meta, csv, with({{"Réactions", "ignore"}}));
    REQUIRE(ignored);
    CHECK_FALSE(metrics_of(ignored->workspace, "1234567890_411").reactions.has_value());
    CHECK(field_of(ignored->report, "Réactions") == "ignore");
    CHECK_FALSE(has(ignored->report.unknown_columns, "Réactions"));
    CHECK_FALSE(has(ignored->report.columns_used, "Réactions"));
}

TEST_CASE("import mapping: bad mappings are reported in French and change nothing else") {
    const Workspace ws = facebook_only();
    const ImportResult plain = imported(ws, "meta-facebook-fr-renamed.csv", with({}));
    const ImportResult r = imported(ws, "meta-facebook-fr-renamed.csv",
                                    with({{"Colonne absente", "reach"}, {"Couverture des publications", "portee"}}));
    REQUIRE(r.report.unused_mappings.size() == 2);
    CHECK(r.report.unused_mappings[0].reason == "mapping_no_column");
    CHECK(r.report.unused_mappings[1].reason == "mapping_unknown_field");
    CHECK(has(r.report.unknown_columns, "Couverture des publications"));  // the bad mapping did nothing
    CHECK(write_workspace(r.workspace) == write_workspace(plain.workspace));
    const std::string message = tr("kpis.import.mapping." + r.report.unused_mappings[1].reason, Lang::fr,
                                   {{"header", "Couverture des publications"}, {"field", "portee"}});
    CHECK(message.find("champ inconnu") != std::string::npos);
    CHECK(message.find("«\u00a0Couverture des publications\u00a0»") != std::string::npos);
    CHECK(tr("kpis.import.mapping.mapping_no_column", Lang::fr, {{"header", "X"}, {"field", "reach"}}).find("aucune colonne") !=
          std::string::npos);

    // A JSON export has no columns: a mapping is reported, the import goes on.
    Workspace with_mastodon = ws;
    with_mastodon.accounts.push_back(NetworkAccount{.id = "a-ma", .network = Network::mastodon});
    auto mastodon = import_export(with_mastodon, ImportSource::mastodon, fixture("imports/mastodon-outbox.json"),
                                  with({{"Reach", "reach"}}));
    REQUIRE(mastodon);
    REQUIRE(mastodon->report.unused_mappings.size() == 1);
    CHECK(mastodon->report.unused_mappings[0].reason == "mapping_no_column");

    // A broken file with a mapping is still refused whole.
    auto broken = import_export(ws, ImportSource::meta, fixture("imports/meta-truncated.csv"),
                                with({{"Couverture des publications", "reach"}}));
    CHECK_FALSE(broken);
}

TEST_CASE("import mapping: every field id has a French and an English label") {
    const auto& ids = import_field_ids();
    CHECK(ids.front() == "time");
    CHECK(ids.back() == "ignore");
    CHECK(std::find(ids.begin(), ids.end(), "reach") != ids.end());
    for (const std::string& id : ids) {
        const std::string fr = tr("kpis.import.field." + id, Lang::fr);
        const std::string en = tr("kpis.import.field." + id, Lang::en);
        CHECK_MESSAGE(fr != "kpis.import.field." + id, id);
        CHECK_MESSAGE(en != "kpis.import.field." + id, id);
    }
    CHECK(tr("kpis.import.field.ignore", Lang::fr) == "Ne pas importer");
}
