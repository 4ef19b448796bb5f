// The CSV reader (core/interop/csv) and the planning import built on it
// (core/interop/planning_import): separators, quotes, encodings, French dates and times, the
// column mapping and its overrides, and the report of skipped rows.
#include <doctest/doctest.h>

#include <string>

#include "error.h"
#include "interop/csv.h"
#include "format/format.h"
#include "interop/planning_import.h"
#include "test_support.h"
#include "text/utf8.h"

using namespace parvis;
using namespace std::chrono_literals;
using namespace date::literals;

namespace {

Instant utc(Day day, std::chrono::seconds time_of_day) { return date::sys_days{day} + time_of_day; }

std::vector<std::string> cells(const csv::Table& t, std::size_t row) { return t.rows.at(row).cells; }

std::string reason_of(const Error& e) {
    for (const auto& [name, value] : e.args)
        if (name == "reason") return value;
    return {};
}

Workspace planning_workspace() {
    Workspace w;
    w.id = "ws";
    w.profile.name = "Ville de Saint-Exemple";
    w.profile.time_zone = "Europe/Paris";
    for (auto [id, network, active] : {std::tuple{"fb-old", Network::facebook, false}, std::tuple{"fb", Network::facebook, true},
                                       std::tuple{"ig", Network::instagram, true}, std::tuple{"li", Network::linkedin, true}}) {
        NetworkAccount a;
        a.id = id;
        a.network = network;
        a.active = active;
        w.accounts.push_back(a);
    }
    Campaign noel;
    noel.id = "camp-noel";
    noel.name = "Noël 2026";
    w.campaigns.push_back(noel);
    MessageType civic;
    civic.id = "type-civic";
    civic.name = "Vie municipale";
    w.charter.message_types.push_back(civic);
    Post existing;
    existing.id = "csv-1";
    w.posts.push_back(existing);
    return w;
}

}  // namespace

TEST_SUITE("csv") {

TEST_CASE("semicolons, quotes with doubled quotes, line breaks inside quotes, CRLF") {
    const std::string text = "Titre;Texte;Date\r\n\"Conseil; séance\";\"Il a dit \"\"bonjour\"\"\r\nà tous\";31/12/2026\r\n\r\nfin;;\r\n";
    const auto t = csv::read(text);
    REQUIRE(t.ok());
    CHECK(t->separator == ';');
    CHECK(t->encoding == csv::Encoding::utf8);
    REQUIRE(t->rows.size() == 3);
    CHECK(cells(*t, 0) == std::vector<std::string>{"Titre", "Texte", "Date"});
    CHECK(cells(*t, 1) == std::vector<std::string>{"Conseil; séance", "Il a dit \"bonjour\"\nà tous", "31/12/2026"});
    CHECK(cells(*t, 2) == std::vector<std::string>{"fin", "", ""});
    CHECK(t->rows[1].line == 2);
    CHECK(t->rows[2].line == 5);  // the quoted line break and the blank line count
}

TEST_CASE("commas detected, LF only, no final line break") {
    const auto t = csv::read("date,title,text\n2026-12-31,\"Vœux, 2027\",Bonne année");
    REQUIRE(t.ok());
    CHECK(t->separator == ',');
    CHECK(cells(*t, 1) == std::vector<std::string>{"2026-12-31", "Vœux, 2027", "Bonne année"});
    CHECK(csv::detect_separator("a;b,c;d") == ';');
    CHECK(csv::detect_separator("\"a;b\",c") == ',');
    CHECK(csv::detect_separator("a\tb") == '\t');
    CHECK(csv::detect_separator("seul") == ';');
}

TEST_CASE("UTF-8 with a byte-order mark, and Windows-1252 converted") {
    const auto bom = csv::read("\xEF\xBB\xBF" "Réseau;Date\nFacebook;01/01/2027\n");
    REQUIRE(bom.ok());
    CHECK(bom->encoding == csv::Encoding::utf8_bom);
    CHECK(cells(*bom, 0).at(0) == "Réseau");

    // « Réseau », « l’été », « 5 € », « œuvre » as Excel writes them in France.
    const auto cp = csv::read("R\xE9seau;Texte\nFacebook;l\x92\xE9t\xE9 \xAB 5 \x80 \xBB \x9Cuvre\n");
    REQUIRE(cp.ok());
    CHECK(cp->encoding == csv::Encoding::windows_1252);
    CHECK(cells(*cp, 0).at(0) == "Réseau");
    CHECK(cells(*cp, 1).at(1) == "l’été « 5 € » œuvre");
    CHECK(csv::windows_1252_to_utf8("\x81") == "\xEF\xBF\xBD");
}

TEST_CASE("bad CSV: empty, unterminated quote, too large") {
    auto empty = csv::read("\n\r\n  \n");
    REQUIRE_FALSE(empty.ok());
    CHECK(reason_of(empty.error()) == "csv_empty");
    const auto quote = csv::read("a;b\nc;\"jamais fermé\nd;e\n");
    REQUIRE_FALSE(quote.ok());
    CHECK(reason_of(quote.error()) == "csv_unterminated_quote");
    CHECK(quote.error().line == 2);
    CHECK(quote.error().column == 3);
    CHECK(error_message(quote.error()).find("guillemet") != std::string::npos);
    const auto big = csv::read(std::string(100, 'a'), {.max_bytes = 10});
    REQUIRE_FALSE(big.ok());
    CHECK(big.error().code == ErrorCode::file_too_large);
    CHECK(error_message(big.error()).find("Le tableau est trop volumineux") != std::string::npos);
}

TEST_CASE("the writer: Excel's ';', a byte-order mark, CRLF, RFC 4180 quoting, read back as written") {
    CHECK(csv::quote_cell("Photo") == "Photo");
    CHECK(csv::quote_cell("a;b") == "\"a;b\"");
    CHECK(csv::quote_cell("a,b") == "a,b");           // a comma is no separator here
    CHECK(csv::quote_cell("a,b", ',') == "\"a,b\"");
    CHECK(csv::quote_cell("dit \"oui\"") == "\"dit \"\"oui\"\"\"");
    CHECK(csv::quote_cell("deux\nlignes") == "\"deux\nlignes\"");
    CHECK(csv::quote_cell("fin\r") == "\"fin\r\"");
    CHECK(csv::quote_cell("") == "");

    const std::vector<std::vector<std::string>> rows = {
        {"Format", "Taux d’engagement"},
        {"Vidéo; reel", "2,31\u202f%"},
        {"« Citation » \"dite\"", "ligne 1\nligne 2"},
        {"", "—"},
    };
    const std::string bytes = csv::write(rows);
    CHECK(bytes.rfind("\xEF\xBB\xBF" "Format;Taux d’engagement\r\n", 0) == 0);
    CHECK(bytes.find("\"Vidéo; reel\";2,31\u202f%\r\n") != std::string::npos);
    CHECK(bytes.substr(bytes.size() - 2) == "\r\n");
    const auto back = csv::read(bytes);
    REQUIRE(back.ok());
    CHECK(back->separator == ';');
    CHECK(back->encoding == csv::Encoding::utf8_bom);
    REQUIRE(back->rows.size() == rows.size());
    for (std::size_t r = 0; r < rows.size(); ++r) CHECK(back->rows[r].cells == rows[r]);

    const std::string plain = csv::write({{"a", "b,c"}}, {.separator = ',', .byte_order_mark = false});
    CHECK(plain == "a,\"b,c\"\r\n");
}

TEST_CASE("the writer neutralises formulas (CSV injection) and quotes a lone CR") {
    CHECK(csv::quote_cell("=HYPERLINK(\"http://x\";\"clic\")") == "\"'=HYPERLINK(\"\"http://x\"\";\"\"clic\"\")\"");
    CHECK(csv::quote_cell("=1+1") == "'=1+1");
    CHECK(csv::quote_cell("+A1*2") == "'+A1*2");
    CHECK(csv::quote_cell("-2+3") == "'-2+3");
    CHECK(csv::quote_cell("@SUM(A1)") == "'@SUM(A1)");
    CHECK(csv::quote_cell("\t=1") == "'\t=1");
    CHECK(csv::quote_cell("\r=1") == "\"'\r=1\"");
    CHECK(csv::quote_cell("a\rb") == "\"a\rb\"");
    // Signed numbers stay numbers; a formula character inside a cell is harmless.
    CHECK(csv::quote_cell("-3,5\u202f%") == "-3,5\u202f%");
    CHECK(csv::quote_cell("-12") == "-12");
    CHECK(csv::quote_cell("+1 234,5") == "+1 234,5");
    CHECK(csv::quote_cell("a=b") == "a=b");
    CHECK(csv::quote_cell("-") == "-");
    const auto back = csv::read(csv::write({{"Texte", "Lien"}, {"=cmd|' /C calc'!A0", "@x"}}));
    REQUIRE(back.ok());
    CHECK(back->rows[1].cells == std::vector<std::string>{"'=cmd|' /C calc'!A0", "'@x"});
}

TEST_CASE("French dates and times") {
    CHECK(parse_day_numeric("31/12/2026") == 2026_y / date::December / 31);
    CHECK(parse_day_numeric("2026-12-31") == 2026_y / date::December / 31);
    CHECK(parse_day_numeric("31/12/26") == 2026_y / date::December / 31);
    CHECK(parse_day_numeric(" 1.2.2027 ") == 2027_y / date::February / 1);
    CHECK(parse_day_numeric("29/02/2028") == 2028_y / date::February / 29);
    for (const char* bad : {"", "31/02/2026", "32/12/2026", "12/31", "2026/12", "31-12/2026", "31/12/202", "demain"}) {
        CAPTURE(bad);
        CHECK_FALSE(parse_day_numeric(bad));
    }
    CHECK(parse_time_of_day("18h30")->minutes == 18 * 60 + 30);
    CHECK(parse_time_of_day("18h")->minutes == 18 * 60);
    CHECK(parse_time_of_day("8 h 05")->minutes == 8 * 60 + 5);
    CHECK(parse_time_of_day("18:30")->minutes == 18 * 60 + 30);
    CHECK(parse_time_of_day("09:15:00")->minutes == 9 * 60 + 15);
    CHECK(parse_time_of_day("18H30")->minutes == 18 * 60 + 30);
    for (const char* bad : {"", "25h", "18h75", "18:3", "midi", "18h30m"}) {
        CAPTURE(bad);
        CHECK_FALSE(parse_time_of_day(bad));
    }
}

TEST_CASE("header names map to fields in French and in English") {
    using planning::Field;
    CHECK(planning::guess_field("Date de publication") == Field::date);
    CHECK(planning::guess_field("Heure") == Field::time);
    CHECK(planning::guess_field("Titre de la publication") == Field::title);
    CHECK(planning::guess_field("Texte") == Field::text);
    CHECK(planning::guess_field("Réseau(x)") == Field::networks);
    CHECK(planning::guess_field("RÉSEAUX") == Field::networks);
    CHECK(planning::guess_field("Campagne") == Field::campaign);
    CHECK(planning::guess_field("Type de message") == Field::type);
    CHECK(planning::guess_field("Statut") == Field::status);
    CHECK(planning::guess_field("Post text") == Field::text);
    CHECK(planning::guess_field("Networks") == Field::networks);
    CHECK(planning::guess_field("Time") == Field::time);
    CHECK(planning::guess_field("Responsable") == Field::ignore);
    const auto m = planning::guess_mapping({"Date", "Date bis", "Commentaire interne"});
    CHECK(m.columns == std::vector<Field>{Field::date, Field::ignore, Field::ignore});
}

TEST_CASE("a French planning becomes posts at the right instants, with a report of skipped rows") {
    const std::string text =
        "Date;Heure;Titre;Texte;Réseaux;Campagne;Type;Statut;Responsable\n"
        "15/01/2027;18h30;Vœux du maire;Rendez-vous salle des fêtes;Facebook, Instagram;;Vie municipale;à valider;Anne\n"
        "14/07/2027;10:00;Feu d’artifice;Tiré depuis le port;FB / LinkedIn / Myspace;Noël 2026;;programmé;Luc\n"
        "32/13/2027;10:00;Date fausse;;;;;;\n"
        ";10:00;Sans date;;;;;;\n"
        "01/08/2027;25h;Heure fausse;;;;;;\n"
        "02/08/2027;;;Texte seul, sans titre;Snapchat;Inconnue;Inconnu;Perdu;\n"
        "28/03/2027;02:30;Heure d’été;;;;;;\n";
    Workspace w = planning_workspace();
    const auto p = planning::preview(text, w);
    REQUIRE(p.ok());
    CHECK(p->rows == 7);
    REQUIRE(p->posts.size() == 4);

    const Post& vows = p->posts[0];
    CHECK(vows.id == "csv-2");  // csv-1 is taken
    CHECK(vows.title == "Vœux du maire");
    CHECK(vows.scheduled_at == utc(2027_y / date::January / 15, 17h + 30min));  // winter: UTC+1
    CHECK(vows.status == PostStatus::to_validate);
    CHECK(vows.message_type_id == "type-civic");
    REQUIRE(vows.variants.size() == 2);
    CHECK(vows.variants[0].account_id == "fb");  // the active Facebook account
    CHECK(vows.variants[1].account_id == "ig");
    CHECK(vows.variants[1].text == "Rendez-vous salle des fêtes");

    const Post& fireworks = p->posts[1];
    CHECK(fireworks.scheduled_at == utc(2027_y / date::July / 14, 8h));  // summer: UTC+2
    CHECK(fireworks.campaign_id == "camp-noel");
    CHECK(fireworks.status == PostStatus::scheduled);
    REQUIRE(fireworks.variants.size() == 2);
    CHECK(fireworks.variants[1].account_id == "li");

    const Post& text_only = p->posts[2];
    CHECK(text_only.title == "Texte seul, sans titre");
    CHECK(text_only.scheduled_at == utc(2027_y / date::August / 2, 7h));  // default 09:00
    CHECK(text_only.status == PostStatus::draft);
    REQUIRE(text_only.variants.size() == 1);
    CHECK(text_only.variants[0].account_id.empty());

    CHECK(p->posts[3].scheduled_at == utc(2027_y / date::March / 28, 1h + 30min));  // 02:30 → 03:30

    REQUIRE(p->skipped.size() == 3);
    CHECK(p->skipped[0].reason == "bad_date");
    CHECK(p->skipped[0].line == 4);
    CHECK(p->skipped[0].message == "Ligne 4 ignorée\u00a0: «\u00a032/13/2027\u00a0» n’est pas une date reconnue "
                                   "(formats acceptés\u00a0: 31/12/2026, 31/12/26, 2026-12-31\u00a0; années 1900 à 2200).");
    CHECK(p->skipped[1].reason == "missing_date");
    CHECK(p->skipped[2].reason == "bad_time");
    CHECK(p->skipped[2].value == "25h");

    std::vector<std::string> warnings;
    for (const auto& n : p->warnings) {
        warnings.push_back(n.reason + ":" + n.value);
        CHECK_FALSE(parvis::testing::has_leftover_placeholder(n.message));
    }
    CHECK(warnings == std::vector<std::string>{"unknown_network:Myspace", "unknown_campaign:Inconnue",
                                               "unknown_type:Inconnu", "unknown_status:Perdu",
                                               "no_account:Snapchat", "time_gap:02:30"});

    planning::apply_planning(w, *p, utc(2026_y / date::November / 29, 12h), "");
    CHECK(w.posts.size() == 5);
    CHECK(w.audit.back().action == "posts.import_csv");
    CHECK(check_invariants(w).code == ErrorCode::ok);
}

TEST_CASE("an English planning with commas, a combined date-time column, Windows-1252") {
    const std::string text = "Publication date,Title,Text,Networks,Status\r\n"
                             "2027-05-08 11:00,Armistice,\"C\x92" "est le 8 mai, c\xE9r\xE9monie\",x,scheduled\r\n";
    const auto p = planning::preview(text, planning_workspace());
    REQUIRE(p.ok());
    CHECK(p->separator == ',');
    CHECK(p->encoding == csv::Encoding::windows_1252);
    REQUIRE(p->posts.size() == 1);
    CHECK(p->posts[0].scheduled_at == utc(2027_y / date::May / 8, 9h));
    CHECK(p->posts[0].title == "Armistice");
    CHECK(p->posts[0].status == PostStatus::scheduled);
    REQUIRE(p->warnings.size() == 1);
    CHECK(p->warnings[0].reason == "no_account");  // the workspace has no X account
}

TEST_CASE("the user's mapping overrides the guess; wrong overrides are errors") {
    const std::string text = "Quand;À quelle heure;Intitulé\n24/12/2026;17h;Réveillon\n";
    const Workspace w = planning_workspace();
    const auto none = planning::preview(text, w);
    REQUIRE(none.ok());  // the headers and the guess come back, for the user to choose the date
    CHECK(none->no_date_column.code == ErrorCode::invalid_value);
    CHECK(reason_of(none->no_date_column) == "csv_no_date_column");
    CHECK(none->no_date_column.line == 1);
    CHECK(error_message(none->no_date_column).find("Aucune colonne n’est associée à la date") != std::string::npos);
    CHECK(none->headers == std::vector<std::string>{"Quand", "À quelle heure", "Intitulé"});
    CHECK(none->mapping.columns.size() == 3);
    CHECK(none->posts.empty());

    planning::Options options;
    options.overrides = {{"quand", "date"}, {"3", "titre"}};
    const auto p = planning::preview(text, w, options);
    REQUIRE(p.ok());
    CHECK(p->mapping.columns == std::vector<planning::Field>{planning::Field::date, planning::Field::time,
                                                             planning::Field::title});
    REQUIRE(p->posts.size() == 1);
    CHECK(p->posts[0].title == "Réveillon");
    CHECK(p->posts[0].scheduled_at == utc(2026_y / date::December / 24, 16h));

    options.overrides = {{"Où", "date"}};
    const auto column = planning::preview(text, w, options);
    REQUIRE_FALSE(column.ok());
    CHECK(reason_of(column.error()) == "csv_unknown_column");
    CHECK(error_message(column.error()).find("« Quand »") != std::string::npos);
    options.overrides = {{"Quand", "humeur"}};
    const auto field = planning::preview(text, w, options);
    REQUIRE_FALSE(field.ok());
    CHECK(reason_of(field.error()) == "csv_unknown_field");
    CHECK_FALSE(parvis::testing::has_leftover_placeholder(error_message(field.error())));
}

TEST_CASE("any bytes give a table or an error, never a crash") {
    const Workspace w = planning_workspace();
    const std::string alphabet = "Date;Heure,\"\r\n31/12/2026 18h30:\xE9\x80\xEF\xBB\xBF";
    std::uint32_t seed = 2026;
    for (int round = 0; round < 300; ++round) {
        std::string bytes = round % 2 ? "Date;Titre\n" : "";
        const int length = static_cast<int>(seed % 200);
        for (int i = 0; i < length; ++i) {
            seed = seed * 1103515245u + 12345u;
            bytes += alphabet[(seed >> 16) % alphabet.size()];
        }
        CHECK_NOTHROW((void)planning::preview(bytes, w));
        const auto t = csv::read(bytes);
        if (t.ok()) {
            for (const csv::Row& row : t->rows) {
                CHECK(row.line >= 1);
                for (const std::string& cell : row.cells) CHECK(utf8::is_valid(cell));  // converted
            }
        }
    }
}

TEST_CASE("importing the same planning twice adds nothing; the same row twice in a file is skipped") {
    const std::string text =
        "Date;Heure;Titre;Texte;Réseaux\n"
        "15/01/2027;18h30;Vœux du maire;Rendez-vous salle des fêtes;Facebook, Myspace\n"
        "20/01/2027;12:00;Budget;Les projets retenus;LinkedIn\n"
        "15/01/2027;18h30;Vœux du maire;Rendez-vous salle des fêtes;Facebook\n";
    Workspace w = planning_workspace();
    const std::size_t before = w.posts.size();
    const auto first = planning::preview(text, w);
    REQUIRE(first.ok());
    REQUIRE(first->posts.size() == 2);
    CHECK(first->already_present == 0);
    REQUIRE(first->skipped.size() == 1);
    CHECK(first->skipped[0].reason == "duplicate_row");
    CHECK(first->skipped[0].line == 4);
    CHECK(first->skipped[0].message.find("Ligne 4") != std::string::npos);
    CHECK_FALSE(parvis::testing::has_leftover_placeholder(first->skipped[0].message));
    CHECK(first->posts[0].external_uid.rfind("csv:", 0) == 0);
    CHECK(first->posts[0].external_uid != first->posts[1].external_uid);
    planning::apply_planning(w, *first);
    CHECK(w.posts.size() == before + 2);
    CHECK(check_invariants(w).code == ErrorCode::ok);

    // The second time: everything is already there (the repeated row too), no warning about rows
    // not added.
    const auto second = planning::preview(text, w);
    REQUIRE(second.ok());
    CHECK(second->posts.empty());
    CHECK(second->already_present == 3);
    CHECK(second->skipped.empty());
    CHECK(second->warnings.empty());
    planning::apply_planning(w, *second);
    CHECK(w.posts.size() == before + 2);

    // A changed row is new; the others are still recognised.
    const std::string changed = "Date;Heure;Titre;Texte;Réseaux\n"
                                "15/01/2027;18h30;Vœux du maire;Rendez-vous salle des fêtes;Facebook\n"
                                "21/01/2027;12:00;Budget;Les projets retenus;LinkedIn\n";
    const auto third = planning::preview(changed, w);
    REQUIRE(third.ok());
    CHECK(third->already_present == 1);
    REQUIRE(third->posts.size() == 1);
    CHECK(third->posts[0].title == "Budget");
}

TEST_CASE("the app's column choice replaces the guess") {
    const std::string text = "Quand;Quoi;Date interne\n02/02/2027;Chandeleur;01/01/2020\n";
    const Workspace w = planning_workspace();
    planning::Options options;
    options.columns = {planning::Field::date, planning::Field::title, planning::Field::ignore};
    const auto p = planning::preview(text, w, options);
    REQUIRE(p.ok());
    CHECK(p->mapping.columns == options.columns);
    REQUIRE(p->posts.size() == 1);
    CHECK(p->posts[0].title == "Chandeleur");
    CHECK(p->posts[0].scheduled_at == utc(2027_y / date::February / 2, 8h));
    // A choice of the wrong size (another file) is not used: the guess stands.
    options.columns = {planning::Field::date};
    const auto guessed = planning::preview(text, w, options);
    REQUIRE(guessed.ok());
    CHECK(guessed->mapping.columns[2] == planning::Field::date);
}

}  // TEST_SUITE
