// LinkedIn page analytics saved as .xlsx (tests/fixtures/imports/make_linkedin_xlsx.py): the
// workbook's cells read right (shared and inline strings, entities, accents, numbers, dates in
// both date systems), the import equal to the CSV twin's, idempotent, and every damaged workbook
// refused with its French message, the workspace untouched.
#include <doctest/doctest.h>

#include "io/time_text.h"
#include "io/xml_scan.h"
#include "io/zip_read.h"
#include "kpi/import.h"
#include "kpi/xlsx_rows.h"
#include "test_support.h"

using namespace parvis;
using namespace parvis::kpi;
using parvis::testing::fixture;

namespace {

Workspace linkedin_workspace() {
    Workspace ws;
    ws.id = "w";
    ws.profile.name = "Ville de Saint-Exemple";
    ws.accounts = {NetworkAccount{.id = "a-li", .network = Network::linkedin}};
    return ws;
}

const ImportOptions kOptions{.today = *io::parse_day("2026-04-02")};

const XlsxSheet& sheet(const XlsxBook& book, const std::string& name) {
    for (const XlsxSheet& s : book.sheets)
        if (s.name == name) return s;
    FAIL("no sheet " << name);
    return book.sheets.front();
}

std::string reason_of(const Error& e) {
    for (const auto& [k, v] : e.args)
        if (k == "reason") return v;
    return "";
}

}  // namespace

TEST_CASE("xlsx: Excel serial dates in the 1900 and 1904 systems") {
    CHECK(excel_date_text(1, false) == "1900-01-01");
    CHECK(excel_date_text(59, false) == "1900-02-28");
    CHECK(excel_date_text(60, false) == "1900-02-29");  // Lotus's false leap day, kept as written
    CHECK(excel_date_text(61, false) == "1900-03-01");
    CHECK(excel_date_text(46092, false) == "2026-03-11");
    CHECK(excel_date_text(46092.4375, false) == "2026-03-11 10:30");
    CHECK(excel_date_text(46092.5 + 15.0 / 86400, false) == "2026-03-11 12:00:15");
    CHECK(excel_date_text(0, true) == "1904-01-01");
    CHECK(excel_date_text(46092 - 1462, true) == "2026-03-11");
    CHECK_FALSE(excel_date_text(-1, false));
    CHECK_FALSE(excel_date_text(3e6, false));
    CHECK(is_date_format(14, ""));
    CHECK(is_date_format(22, ""));
    CHECK_FALSE(is_date_format(10, ""));  // 0.00 %
    CHECK(is_date_format(164, "dd/mm/yyyy"));
    CHECK_FALSE(is_date_format(165, "#,##0\\ \"jours\""));
    CHECK_FALSE(is_date_format(166, "[Red]0.00"));
}

TEST_CASE("xlsx: XML text decoding: entities, references, bad UTF-8") {
    CHECK(xml::decode("R&amp;D &lt;b&gt; &quot;x&quot; l&apos;&#233;t&#xE9;") == "R&D <b> \"x\" l'été");
    CHECK(xml::decode("&#0; &#xD800; &unknown; &") == "\xEF\xBF\xBD \xEF\xBF\xBD &unknown; &");
    CHECK(xml::decode("a\xFF" "b") == "a\xEF\xBF\xBD" "b");
    // Deep nesting costs nothing: the scanner never recurses.
    std::string deep;
    for (int i = 0; i < 200000; ++i) deep += "<a>";
    xml::Scanner s(deep);
    int starts = 0;
    for (xml::Token t = s.next(); t != xml::Token::done && t != xml::Token::error; t = s.next()) ++starts;
    CHECK(starts == 200000);
    xml::Scanner broken("<a b=\"1></a>");
    CHECK(broken.next() == xml::Token::error);
}

TEST_CASE("xlsx: the French workbook's cells (deflate, 1900 dates, shared strings, entities)") {
    const auto book = read_xlsx(fixture("imports/linkedin-fr.xlsx"));
    REQUIRE(book.ok());
    CHECK_FALSE(book->date1904);
    REQUIRE(book->sheets.size() == 2);
    CHECK(book->sheets[0].name == "Indicateurs");
    const XlsxSheet& metrics = sheet(*book, "Indicateurs");
    REQUIRE(metrics.rows.size() == 3);
    CHECK(metrics.rows[1].cells[0] == "2026-03-11");   // built-in date format 14
    CHECK(metrics.rows[2].cells[0] == "2026-03-18");   // custom dd/mm/yyyy
    CHECK(metrics.rows[1].cells[3] == "0.0412");       // a percentage is not a date
    const XlsxSheet& posts = sheet(*book, "Tous les posts");
    REQUIRE(posts.rows.size() == 4);
    CHECK(posts.rows[0].cells[0] ==
          "Données de toutes les publications du 01/03/2026 au 31/03/2026 & statistiques cumulées");
    CHECK(posts.rows[1].cells[5] == "Date de création");  // &#233;
    CHECK(posts.rows[2].line == 3);
    CHECK(posts.rows[2].cells[4] == "Service communication & presse");
    CHECK(posts.rows[2].cells[9] == "2870");
    CHECK(posts.rows[2].cells[10] == "");  // absent cell
    CHECK(posts.rows[3].cells[0] == "Retour sur le forum de l’emploi local");  // inline string
}

TEST_CASE("xlsx: the English workbook (stored, 1904 dates, date-time, exponent)") {
    const auto book = read_xlsx(fixture("imports/linkedin-en.xlsx"));
    REQUIRE(book.ok());
    CHECK(book->date1904);
    const XlsxSheet& metrics = sheet(*book, "Metrics");
    CHECK(metrics.rows[1].cells[0] == "2026-03-11 10:30");
    CHECK(metrics.rows[2].cells[0] == "2026-03-18");
    CHECK(metrics.rows[2].cells[1] == "2040");  // written 2.04E3
    CHECK(sheet(*book, "All posts").rows[2].cells[5] == "2026-03-11");
}

TEST_CASE("xlsx: LinkedIn import equals the CSV's, reports its sheet, adds nothing twice") {
    for (const char* lang : {"fr", "en"}) {
        CAPTURE(lang);
        const std::string base = std::string("imports/linkedin-") + lang;
        const auto csv = import_export(linkedin_workspace(), ImportSource::linkedin, fixture(base + ".csv"), kOptions);
        const auto xlsx = import_export(linkedin_workspace(), ImportSource::linkedin, fixture(base + ".xlsx"), kOptions);
        REQUIRE(csv.ok());
        REQUIRE(xlsx.ok());
        CHECK(xlsx->report.sheet == (std::string(lang) == "fr" ? "Tous les posts" : "All posts"));
        CHECK(csv->report.sheet == "");
        CHECK(xlsx->report.language == lang);
        CHECK(xlsx->report.posts_added == 2);
        CHECK(xlsx->report.rows_read == csv->report.rows_read);
        CHECK(xlsx->report.skipped.size() == csv->report.skipped.size());
        CHECK(xlsx->workspace == csv->workspace);
        // Twice: nothing added or changed, whether the second file is the workbook or the CSV.
        const auto again = import_export(xlsx->workspace, ImportSource::linkedin, fixture(base + ".xlsx"), kOptions);
        REQUIRE(again.ok());
        CHECK(again->report.posts_added == 0);
        CHECK(again->report.metrics_added == 0);
        CHECK(again->report.metrics_updated == 0);
        CHECK(again->report.unchanged == 2);
        CHECK(again->workspace == xlsx->workspace);
    }
}

TEST_CASE("xlsx: damaged workbooks are refused with a French message, the workspace unchanged") {
    const Workspace ws = linkedin_workspace();
    const std::string good = fixture("imports/linkedin-fr.xlsx");
    struct Case {
        std::string bytes;
        const char* file_name;
        const char* reason;
        const char* words;  // in the French message
    };
    const Case cases[] = {
        {good.substr(0, good.size() / 2), "", "import_xlsx_truncated", "incomplet"},
        {good.substr(0, good.size() - 10), "", "import_xlsx_truncated", "incomplet"},
        {fixture("imports/broken/linkedin-bad-crc.xlsx"), "", "import_xlsx_corrupt", "endommagé"},
        {fixture("imports/broken/linkedin-no-sheet.xlsx"), "", "import_xlsx_no_sheet", "Tous les posts"},
        {fixture("imports/broken/linkedin-bomb.xlsx"), "", "import_xlsx_too_large", "200 Mo"},
        {fixture("imports/broken/linkedin-encrypted.xlsx"), "", "import_xlsx_encrypted", "mot de passe"},
        {fixture("imports/broken/linkedin-bzip2.xlsx"), "", "import_xlsx_unsupported", "compress"},
        {fixture("imports/linkedin-fr.csv"), "stats.xlsx", "import_xlsx_not_zip", "archive ZIP"},
        {std::string("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1 old", 12), "stats.xls", "import_xls", "97-2003"},
    };
    for (const Case& c : cases) {
        const std::string reason = c.reason;
        CAPTURE(reason);
        ImportOptions options = kOptions;
        options.file_name = c.file_name;
        const auto r = import_export(ws, ImportSource::linkedin, c.bytes, options);
        REQUIRE_FALSE(r.ok());
        CHECK(reason_of(r.error()) == c.reason);
        const std::string message = error_message(r.error());
        CHECK(message.find(c.words) != std::string::npos);
        CHECK(message.find('{') == std::string::npos);
        CHECK(ws == linkedin_workspace());
    }
    // Not a zip at all, read directly.
    CHECK(reason_of(read_xlsx("Ceci n'est pas un classeur").error()) == "import_xlsx_not_zip");
    CHECK_FALSE(zip::looks_like_zip("Date,Impressions\n"));
    CHECK(zip::looks_like_zip(good));
}
