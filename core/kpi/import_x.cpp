// X (Twitter) analytics « contenu » exports, CSV: the older per-tweet export (Tweet id, Tweet
// permalink, time, impressions, retweets, replies, likes, url clicks…) and the newer per-post one
// (Post id, Date, Post Link, Reposts, Bookmarks…), in English or French. X gives no reach.
#include "kpi/import_csv.h"

namespace parvis::kpi::detail {
namespace {

const std::vector<Column>& x_columns() {
    static const std::vector<Column> columns = {
        {Field::id, false, "tweet id"}, {Field::id, false, "post id"}, {Field::id, true, "identifiant du tweet"},
        {Field::id, true, "identifiant du post"},
        {Field::permalink, false, "tweet permalink"}, {Field::permalink, false, "post link"},
        {Field::permalink, true, "permalien du tweet"}, {Field::permalink, true, "lien du post"},
        {Field::text, false, "tweet text"}, {Field::text, false, "post text"}, {Field::text, true, "texte du tweet"},
        {Field::text, true, "texte du post"},
        {Field::time, false, "time"}, {Field::time, false, "date"}, {Field::time, true, "heure"},
        {Field::time, true, "date"},
        {Field::impressions, false, "impressions"}, {Field::impressions, true, "impressions"},
        {Field::reactions, false, "likes"}, {Field::reactions, true, "j'aime"},
        {Field::comments, false, "replies"}, {Field::comments, true, "reponses"},
        {Field::shares, false, "retweets"}, {Field::shares, false, "reposts"}, {Field::shares, true, "retweets"},
        {Field::shares, true, "reposts"},
        {Field::saves, false, "bookmarks"}, {Field::saves, true, "signets"},
        {Field::clicks, false, "url clicks"}, {Field::clicks, true, "clics sur l'url"},
        {Field::clicks, true, "clics sur le lien"},
        {Field::video_views, false, "media views"}, {Field::video_views, true, "vues du media"},
        {Field::ignored, false, "engagements"}, {Field::ignored, true, "engagements"},
        {Field::ignored, false, "engagement rate"}, {Field::ignored, true, "taux d'engagement"},
    };
    return columns;
}

}  // namespace

Result<ImportResult> import_x(const Workspace& ws, std::string_view content, const ImportOptions& options) {
    ImportResult result;
    result.workspace = ws;
    ImportReport& report = result.report;
    report.source = ImportSource::x;
    report.network = "x";
    auto exported = read_csv_export(content, x_columns(), ws.profile.time_zone, options.columns, report);
    if (!exported) return exported.error();
    report.account_id = pick_account(ws, options.account_id, {Network::x});
    if (report.account_id.empty()) return import_error("import_no_account", report.network);
    apply_rows(result.workspace, report.account_id, exported->rows, options.today, report);
    return result;
}

}  // namespace parvis::kpi::detail
