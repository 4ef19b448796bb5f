// Meta Business Suite « Contenu » exports (Facebook Page and Instagram account), CSV, in French or
// English: one publication per row, « Durée de vie » / "Lifetime" figures, decimal commas and
// day-first dates in French. The network is told by the columns (an Instagram export names the
// account's username and counts saves; a Facebook one names the Page).
#include <algorithm>

#include "kpi/import_csv.h"

namespace parvis::kpi::detail {
namespace {

const std::vector<Column>& meta_columns() {
    static const std::vector<Column> columns = {
        {Field::id, false, "post id"}, {Field::id, true, "identifiant de la publication"},
        {Field::id, true, "id de la publication"},
        {Field::permalink, false, "permalink"}, {Field::permalink, true, "permalien"},
        {Field::permalink, true, "lien permanent"},
        {Field::text, false, "description"}, {Field::text, true, "description de la publication"},
        {Field::text, false, "title"}, {Field::text, true, "titre"},
        {Field::time, false, "publish time"}, {Field::time, true, "heure de publication"},
        {Field::time, true, "date de publication"},
        {Field::type, false, "post type"}, {Field::type, true, "type de publication"},
        {Field::impressions, false, "impressions"}, {Field::impressions, false, "views"}, {Field::impressions, true, "vues"},
        {Field::reach, false, "reach"}, {Field::reach, true, "couverture"}, {Field::reach, true, "portee"},
        {Field::reactions, false, "reactions"}, {Field::reactions, false, "likes"},
        {Field::reactions, true, "reactions"}, {Field::reactions, true, "j'aime"},
        {Field::reactions, true, "mentions j'aime"},
        {Field::comments, false, "comments"}, {Field::comments, true, "commentaires"},
        {Field::shares, false, "shares"}, {Field::shares, true, "partages"},
        {Field::saves, false, "saves"}, {Field::saves, true, "enregistrements"},
        {Field::clicks, false, "link clicks"}, {Field::clicks, true, "clics sur un lien"},
        {Field::clicks, true, "clics sur le lien"}, {Field::clicks, false, "total clicks"},
        {Field::clicks, true, "nombre total de clics"},
        {Field::video_views, false, "3-second video views"}, {Field::video_views, false, "plays"},
        {Field::video_views, true, "vues de video de 3 secondes"}, {Field::video_views, true, "lectures"},
        // Known and deliberately not imported (identity of the page, derived totals).
        {Field::ignored, false, "date"}, {Field::ignored, true, "date"},
        {Field::ignored, false, "page id"}, {Field::ignored, true, "identifiant de la page"},
        {Field::ignored, false, "page name"}, {Field::ignored, true, "nom de la page"},
        {Field::ignored, false, "account id"}, {Field::ignored, true, "identifiant du compte"},
        {Field::ignored, false, "account username"}, {Field::ignored, true, "nom d'utilisateur du compte"},
        {Field::ignored, false, "account name"}, {Field::ignored, true, "nom du compte"},
        {Field::ignored, false, "reactions, comments and shares"},
        {Field::ignored, true, "reactions, commentaires et partages"},
    };
    return columns;
}

bool names_instagram(const std::vector<std::string>& headers) {
    for (const std::string& h : headers) {
        const std::string f = fold_header(h);
        if (f == "account username" || f == "nom d'utilisateur du compte" || f == "saves" || f == "enregistrements")
            return true;
    }
    return false;
}

}  // namespace

Result<ImportResult> import_meta(const Workspace& ws, std::string_view content, const ImportOptions& options) {
    ImportResult result;
    result.workspace = ws;
    ImportReport& report = result.report;
    report.source = ImportSource::meta;
    auto exported = read_csv_export(content, meta_columns(), ws.profile.time_zone, options.columns, report);
    if (!exported) return exported.error();
    const bool instagram = names_instagram(exported->headers);
    report.network = instagram ? "instagram" : "facebook";
    report.account_id = pick_account(ws, options.account_id, {instagram ? Network::instagram : Network::facebook});
    if (report.account_id.empty()) return import_error("import_no_account", report.network);
    apply_rows(result.workspace, report.account_id, exported->rows, options.today, report);
    return result;
}

}  // namespace parvis::kpi::detail
