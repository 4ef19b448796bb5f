// LinkedIn page analytics, « Publications » (content) export saved as CSV: a title line, then the
// header (Post title, Post link, Post type, Created date, Impressions, Clicks, Likes, Comments,
// Reposts…), in English or French. LinkedIn gives impressions, not reach.
// The same export downloaded as an Excel workbook (.xlsx: « Indicateurs » / "Metrics", « Tous les
// posts » / "All posts"…) is read into the same rows (kpi/xlsx_rows.h) and goes through the same
// code: the sheet used is the first whose header row this import recognises.
#include <algorithm>
#include <cctype>

#include "kpi/import_csv.h"
#include "kpi/xlsx_rows.h"

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
    const std::string& name = options.file_name;
    const bool xlsx_name = name.size() >= 5 && [&] {
        std::string ext = name.substr(name.size() - 5);
        std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
        return ext == ".xlsx";
    }();
    Result<CsvExport> exported = import_error("import_format");
    if (looks_like_workbook(content) || xlsx_name) {
        auto book = read_xlsx(content);
        if (!book) return book.error();
        std::string names;
        for (const XlsxSheet& sheet : book->sheets) {
            ImportReport attempt = report;
            exported = read_table_export(sheet.rows, true, linkedin_columns(), ws.profile.time_zone, options.columns, attempt);
            if (exported) {
                report = std::move(attempt);
                report.sheet = sheet.name;
                break;
            }
            names += (names.empty() ? "" : ", ") + sheet.name;
        }
        // No sheet has the posts' header: name the sheets there are.
        if (!exported) return import_error("import_format", capped(names));
    } else {
        exported = read_csv_export(content, linkedin_columns(), ws.profile.time_zone, options.columns, report);
    }
    if (!exported) return exported.error();
    report.account_id = pick_account(ws, options.account_id, {Network::linkedin});
    if (report.account_id.empty()) return import_error("import_no_account", report.network);
    apply_rows(result.workspace, report.account_id, exported->rows, options.today, report);
    return result;
}

}  // namespace parvis::kpi::detail
