// LinkedIn page analytics, « Publications » (content) export saved as CSV: a title line, then the
// header (Post title, Post link, Post type, Created date, Impressions, Clicks, Likes, Comments,
// Reposts…), in English or French. LinkedIn gives impressions, not reach.
#include "kpi/import_csv.h"

namespace parvis::kpi::detail {
namespace {

const std::vector<Column>& linkedin_columns() {
    static const std::vector<Column> columns = {
        {Field::permalink, false, "post link"}, {Field::permalink, true, "lien du post"},
        {Field::permalink, true, "lien de la publication"},
        {Field::text, false, "post title"}, {Field::text, true, "titre du post"},
        {Field::text, true, "titre de la publication"},
        {Field::type, false, "content type"}, {Field::type, true, "type de contenu"},
        {Field::type, false, "post type"}, {Field::type, true, "type de post"},
        {Field::time, false, "created date"}, {Field::time, true, "date de creation"},
        {Field::impressions, false, "impressions"}, {Field::impressions, true, "impressions"},
        {Field::clicks, false, "clicks"}, {Field::clicks, true, "clics"},
        {Field::reactions, false, "likes"}, {Field::reactions, false, "reactions"}, {Field::reactions, true, "reactions"},
        {Field::reactions, true, "j'aime"},
        {Field::comments, false, "comments"}, {Field::comments, true, "commentaires"},
        {Field::shares, false, "reposts"}, {Field::shares, true, "republications"}, {Field::shares, false, "shares"},
        {Field::shares, true, "partages"},
        {Field::video_views, false, "views (excluding off-site video views)"}, {Field::video_views, true, "vues"},
        {Field::ignored, false, "click through rate (ctr)"}, {Field::ignored, true, "taux de clics (ctr)"},
        {Field::ignored, false, "engagement rate"}, {Field::ignored, true, "taux d'engagement"},
        {Field::ignored, false, "posted by"}, {Field::ignored, true, "publie par"},
        {Field::ignored, false, "audience"}, {Field::ignored, true, "audience"},
        {Field::ignored, false, "follows"}, {Field::ignored, true, "abonnements"},
    };
    return columns;
}

}  // namespace

Result<ImportResult> import_linkedin(const Workspace& ws, std::string_view content, const ImportOptions& options) {
    ImportResult result;
    result.workspace = ws;
    ImportReport& report = result.report;
    report.source = ImportSource::linkedin;
    report.network = "linkedin";
    auto exported = read_csv_export(content, linkedin_columns(), ws.profile.time_zone, options.columns, report);
    if (!exported) return exported.error();
    report.account_id = pick_account(ws, options.account_id, {Network::linkedin});
    if (report.account_id.empty()) return import_error("import_no_account", report.network);
    apply_rows(result.workspace, report.account_id, exported->rows, options.today, report);
    return result;
}

}  // namespace parvis::kpi::detail
