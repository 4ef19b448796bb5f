// Services directory import. See services_import.h.
#include "interop/services_import.h"

#include <algorithm>

#include "edit/service_edits.h"
#include "text/fold.h"
#include "text/trim.h"

namespace parvis::services_import {

namespace {

struct FieldNames {
    Field field;
    std::vector<const char*> prefixes;  // folded beginnings of the headers that name it
};

// Order matters: the first match wins (« Nom du service » is the name, « Service » alone too).
const std::vector<FieldNames>& field_names() {
    static const std::vector<FieldNames> names = {
        {Field::email, {"courriel", "e mail", "email", "mail", "adresse electronique", "adresse mail"}},
        {Field::phone, {"telephone", "tel", "phone", "numero"}},
        {Field::url, {"demarche", "url", "site", "lien", "procedure", "online", "web", "link"}},
        {Field::topics, {"theme", "topic", "domaine", "categorie", "category"}},
        {Field::keywords, {"mot", "keyword", "tag"}},
        {Field::hours, {"horaire", "heure", "ouverture", "hours", "opening"}},
        {Field::contact, {"contact", "accueil", "adresse", "address"}},
        {Field::name, {"nom", "name", "service", "intitule", "libelle", "direction"}},
    };
    return names;
}

Service* find_by_name(std::vector<Service>& services, const std::string& folded) {
    for (Service& s : services)
        if (text::fold(s.name) == folded) return &s;
    return nullptr;
}

RowNote note(int line, const char* reason, std::string value, Lang lang) {
    std::string message = tr(std::string("services.import.") + reason, lang, {{"line", std::to_string(line)}, {"value", value}});
    return RowNote{line, reason, std::move(value), std::move(message)};
}

// The row's non-empty cells written over `s`.
void fill(Service& s, const std::vector<Field>& columns, const csv::Row& row) {
    for (std::size_t c = 0; c < columns.size() && c < row.cells.size(); ++c) {
        const std::string cell(text::trim(row.cells[c], text::Spaces::unicode));
        if (cell.empty()) continue;
        switch (columns[c]) {
        case Field::ignore: break;
        case Field::name: s.name = cell; break;
        case Field::email: s.email = cell; break;
        case Field::phone: s.phone = cell; break;
        case Field::url: s.url = cell; break;
        case Field::topics: s.topics = edit::split_words(cell); break;
        case Field::keywords: s.keywords = edit::split_words(cell); break;
        case Field::contact: s.contact = cell; break;
        case Field::hours: s.hours = cell; break;
        }
    }
}

}  // namespace

Field guess_field(std::string_view header) {
    const std::string folded = text::fold(header);
    if (folded.empty()) return Field::ignore;
    for (const FieldNames& f : field_names())
        for (const char* prefix : f.prefixes)
            if (folded.starts_with(prefix)) return f.field;
    return Field::ignore;
}

Result<Preview> preview(std::string_view bytes, const Workspace& workspace, const Options& options) {
    Result<csv::Table> table = csv::read(bytes, options.csv);
    if (!table) return table.error();
    Preview out;
    out.separator = table->separator;
    out.encoding = table->encoding;
    const csv::Row& header = table->rows.front();
    out.headers = header.cells;
    bool has_name = false;
    for (const std::string& h : out.headers) {
        Field f = guess_field(h);
        // One column per field: a second « Service… » column is not the name again.
        if (std::find(out.columns.begin(), out.columns.end(), f) != out.columns.end()) f = Field::ignore;
        out.columns.push_back(f);
        has_name = has_name || f == Field::name;
    }
    if (!has_name) {
        Error e;
        e.code = ErrorCode::invalid_value;
        for (const std::string& h : out.headers) e.detail += (e.detail.empty() ? "" : ", ") + h;
        e.line = header.line;
        e.args = {{"reason", "csv_no_name_column"}};
        return e;
    }

    // Services as they will be once the rows before are applied: a later row sees earlier ones.
    std::vector<Service> services = workspace.services;
    std::vector<std::string> seen;  // folded names of the file's rows
    Workspace ids;                  // the services with the ids already given, for new ids
    ids.services = workspace.services;
    for (std::size_t r = 1; r < table->rows.size(); ++r) {
        const csv::Row& row = table->rows[r];
        ++out.rows;
        Service s;
        fill(s, out.columns, row);
        const std::string folded = text::fold(s.name);
        if (folded.empty()) {
            out.skipped.push_back(note(row.line, "no_name", "", options.lang));
            continue;
        }
        if (std::find(seen.begin(), seen.end(), folded) != seen.end()) {
            out.skipped.push_back(note(row.line, "repeated_name", s.name, options.lang));
            continue;
        }
        seen.push_back(folded);
        if (Service* existing = find_by_name(services, folded)) {
            Service after = *existing;
            fill(after, out.columns, row);
            if (after == *existing) {
                ++out.already_present;
            } else {
                *existing = after;
                out.updated.push_back(after);
            }
            continue;
        }
        s.id = edit::new_service_id(ids);
        ids.services.push_back(s);
        services.push_back(s);
        out.added.push_back(s);
    }
    return out;
}

void apply_services(Workspace& workspace, const Preview& preview, const edit::Actor& actor) {
    if (preview.added.empty() && preview.updated.empty()) return;
    for (const Service& s : preview.updated)
        for (Service& mine : workspace.services)
            if (mine.id == s.id) mine = s;
    for (const Service& s : preview.added) workspace.services.push_back(s);
    edit::record(workspace, actor, edit::AuditAction::import_services, {},
                 std::to_string(preview.added.size()) + ">" + std::to_string(preview.updated.size()));
}

}  // namespace parvis::services_import
