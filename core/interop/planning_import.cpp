// Planning spreadsheet import. See planning_import.h.
//
// Index
// [SECTION] Names: folding case and accents, fields
// [SECTION] Dates and times
// [SECTION] Mapping
// [SECTION] Rows to posts
// [SECTION] preview, apply_planning
#include "interop/planning_import.h"

#include <charconv>
#include <cstdint>
#include <set>

#include "calendar/time_zone.h"
#include "edit/audit_log.h"
#include "format/format.h"
#include "io/enum_names.h"
#include "text/fold.h"
#include "text/trim.h"
#include "text/utf8.h"

namespace parvis::planning {
namespace {

//-----------------------------------------------------------------------------
// [SECTION] Names: folding case and accents, fields
//-----------------------------------------------------------------------------

// Case and accents folded as for every name typed by people (text/fold.h).
using text::fold;

std::vector<std::string> words(const std::string& folded) {
    std::vector<std::string> out;
    std::size_t start = 0;
    while (start <= folded.size()) {
        const std::size_t end = std::min(folded.find(' ', start), folded.size());
        if (end > start) out.push_back(folded.substr(start, end - start));
        start = end + 1;
    }
    return out;
}

struct FieldNames {
    Field field;
    const char* name;
    std::vector<const char*> prefixes;  // word prefixes that name it in headers (folded)
};

// In the order headers are tested: « Date et heure » is a date (with its time), « Titre de la
// publication » a title, « Type de message » a type.
const std::vector<FieldNames>& field_table() {
    static const std::vector<FieldNames> table = {
        {Field::date, "date", {"date", "jour", "day"}},
        {Field::time, "time", {"heure", "time", "horaire", "hour"}},
        {Field::status, "status", {"statut", "status", "etat", "state"}},
        {Field::type, "type", {"type", "categorie", "category", "rubrique"}},
        {Field::networks, "networks", {"reseau", "network", "plateforme", "platform", "canal", "channel"}},
        {Field::campaign, "campaign", {"campagne", "campaign", "operation"}},
        {Field::title, "title", {"titre", "title", "sujet", "subject", "objet"}},
        {Field::text, "text", {"texte", "text", "message", "contenu", "content", "publication", "post", "description"}},
    };
    return table;
}

bool starts_with(std::string_view s, std::string_view prefix) { return s.substr(0, prefix.size()) == prefix; }

}  // namespace

const char* field_name(Field field) {
    if (field == Field::ignore) return "ignore";
    for (const FieldNames& f : field_table())
        if (f.field == field) return f.name;
    return "ignore";
}

std::optional<Field> field_from_name(std::string_view name) {
    const std::string folded = fold(name);
    if (folded == "ignore" || folded == "ignorer" || folded == "aucun" || folded == "none") return Field::ignore;
    for (const FieldNames& f : field_table()) {
        if (folded == f.name) return f.field;
        for (const char* prefix : f.prefixes)
            if (folded == prefix || folded == std::string(prefix) + "s" || folded == std::string(prefix) + " x")
                return f.field;
    }
    return std::nullopt;
}

std::string accepted_field_names() {
    std::string out = "ignore";
    for (const FieldNames& f : field_table()) out += std::string(", ") + f.name;
    return out;
}

Field guess_field(std::string_view header) {
    const std::vector<std::string> ws = words(fold(header));
    for (const FieldNames& f : field_table()) {
        for (const std::string& w : ws)
            for (const char* prefix : f.prefixes)
                if (starts_with(w, prefix)) return f.field;
    }
    return Field::ignore;
}

//-----------------------------------------------------------------------------
// [SECTION] Dates and times
//-----------------------------------------------------------------------------

namespace {

// Digits at `i` (at most `max`), advancing `i`; -1 when there is none.
// A date possibly followed by a time ("31/12/2026 18h30", "2026-12-31T18:30").
struct DateCell {
    std::optional<Day> day;
    std::optional<TimeOfDay> time;
    bool bad_time = false;
};

DateCell parse_date_cell(std::string_view text) {
    DateCell out;
    const std::string s(text::trim(text));
    std::size_t split = s.find_first_of(" T");
    const std::string date_part = s.substr(0, split);
    out.day = parse_day_numeric(date_part);
    if (out.day && split != std::string::npos) {
        out.time = parse_time_of_day(s.substr(split + 1));
        out.bad_time = !out.time;
    }
    return out;
}

}  // namespace

//-----------------------------------------------------------------------------
// [SECTION] Mapping
//-----------------------------------------------------------------------------

Mapping guess_mapping(const std::vector<std::string>& headers) {
    Mapping mapping;
    std::set<Field> used;
    for (const std::string& header : headers) {
        Field f = guess_field(header);
        if (f != Field::ignore && !used.insert(f).second) f = Field::ignore;  // first column wins
        mapping.columns.push_back(f);
    }
    return mapping;
}

Error apply_overrides(Mapping& mapping, const std::vector<std::string>& headers,
                      const std::vector<Override>& overrides) {
    mapping.columns.resize(headers.size(), Field::ignore);
    for (const Override& o : overrides) {
        std::optional<std::size_t> column;
        const std::string wanted = fold(o.column);
        for (std::size_t c = 0; c < headers.size() && !column; ++c)
            if (fold(headers[c]) == wanted) column = c;
        if (!column) {
            std::size_t number = 0;  // a column given by its number, from 1
            const auto r = std::from_chars(o.column.data(), o.column.data() + o.column.size(), number);
            if (r.ec == std::errc{} && r.ptr == o.column.data() + o.column.size() && number >= 1 && number <= headers.size())
                column = number - 1;
        }
        if (!column) {
            std::string accepted;
            for (const std::string& h : headers) accepted += (accepted.empty() ? "" : ", ") + ("« " + h + " »");
            Error e;
            e.code = ErrorCode::invalid_value;
            e.detail = "no column " + o.column;
            e.args = {{"reason", "csv_unknown_column"}, {"found", capped(o.column)}, {"accepted", capped(accepted)}};
            return e;
        }
        const auto field = field_from_name(o.field);
        if (!field) {
            Error e;
            e.code = ErrorCode::invalid_value;
            e.detail = "no field " + o.field;
            e.args = {{"reason", "csv_unknown_field"}, {"found", o.field}, {"accepted", accepted_field_names()}};
            return e;
        }
        // A field goes to one column: the column that had it before loses it.
        if (*field != Field::ignore)
            for (Field& f : mapping.columns)
                if (f == *field) f = Field::ignore;
        mapping.columns[*column] = *field;
    }
    return {};
}

//-----------------------------------------------------------------------------
// [SECTION] Rows to posts
//-----------------------------------------------------------------------------

namespace {

std::optional<Network> network_from_cell(const std::string& item) {
    const std::string f = fold(item);
    std::string compact;
    for (char c : f)
        if (c != ' ') compact += c;
    static const std::pair<const char*, Network> aliases[] = {
        {"fb", Network::facebook}, {"insta", Network::instagram}, {"ig", Network::instagram},
        {"twitter", Network::x}, {"xtwitter", Network::x}, {"twitterx", Network::x}, {"bsky", Network::bluesky},
        {"yt", Network::youtube}, {"linkedln", Network::linkedin},
    };
    for (const auto& [alias, network] : aliases)
        if (compact == alias) return network;
    Network n;
    if (io::enum_from_name(compact, n)) return n;
    return std::nullopt;
}

std::vector<std::string> split_networks(const std::string& cell) {
    std::vector<std::string> out;
    std::string current;
    auto flush = [&] {
        const std::string t(text::trim(current));
        if (!t.empty()) out.push_back(t);
        current.clear();
    };
    for (std::size_t i = 0; i < cell.size(); ++i) {
        const char c = cell[i];
        if (c == ',' || c == ';' || c == '/' || c == '+' || c == '|' || c == '\n') {
            flush();
        } else if (c == ' ' && cell.compare(i, 4, " et ") == 0) {
            flush();
            i += 3;
        } else {
            current += c;
        }
    }
    flush();
    return out;
}

std::optional<PostStatus> status_from_cell(const std::string& cell) {
    const std::string f = fold(cell);
    static const std::pair<const char*, PostStatus> names[] = {
        {"idee", PostStatus::idea}, {"idea", PostStatus::idea},
        {"brouillon", PostStatus::draft}, {"draft", PostStatus::draft},
        {"a valider", PostStatus::to_validate}, {"to validate", PostStatus::to_validate},
        {"en validation", PostStatus::to_validate},
        {"valide", PostStatus::validated}, {"validated", PostStatus::validated}, {"approuve", PostStatus::validated},
        {"programme", PostStatus::scheduled}, {"scheduled", PostStatus::scheduled}, {"planifie", PostStatus::scheduled},
        {"publie", PostStatus::published}, {"published", PostStatus::published},
        {"echec", PostStatus::failed}, {"failed", PostStatus::failed},
        {"annule", PostStatus::cancelled}, {"cancelled", PostStatus::cancelled}, {"canceled", PostStatus::cancelled},
    };
    for (const auto& [name, status] : names)
        if (f == name) return status;
    return std::nullopt;
}

template <class T>
const T* find_named(const std::vector<T>& items, const std::string& cell) {
    const std::string f = fold(cell);
    for (const T& item : items)
        if (item.id == cell || fold(item.name) == f) return &item;
    return nullptr;
}

// The first line of a text, cut at 60 code points: a title for rows that have none.
std::string title_from_text(const std::string& text) {
    const std::string first(text::trim(text.substr(0, text.find('\n'))));
    std::size_t i = 0, count = 0;
    while (i < first.size() && count < 60) {
        i += utf8::decode(first, i).length;
        ++count;
    }
    return i < first.size() ? first.substr(0, i) + "…" : first;
}

// The row's key for idempotence: FNV-1a (64 bits) of its instant, title and text. A hash, not the
// text itself, so that the workspace file does not carry every post's text twice.
std::string row_key(const Post& post) {
    std::string content = post.scheduled_at ? std::to_string(post.scheduled_at->time_since_epoch().count()) : "";
    content += '\x1f';
    content += post.title;
    content += '\x1f';
    if (!post.variants.empty()) content += post.variants.front().text;
    std::uint64_t hash = 14695981039346656037ull;
    for (unsigned char c : content) hash = (hash ^ c) * 1099511628211ull;
    static const char* const kHex = "0123456789abcdef";
    std::string key = "csv:";
    for (int shift = 60; shift >= 0; shift -= 4) key += kHex[(hash >> shift) & 0xF];
    return key;
}

}  // namespace

//-----------------------------------------------------------------------------
// [SECTION] preview, apply_planning
//-----------------------------------------------------------------------------

Result<Preview> preview(std::string_view bytes, const Workspace& w, const Options& options) {
    auto table = csv::read(bytes, options.csv);
    if (!table) return table.error();
    Preview out;
    out.separator = table->separator;
    out.encoding = table->encoding;
    for (const std::string& h : table->rows.front().cells) out.headers.push_back(std::string(text::trim(h)));
    out.mapping = guess_mapping(out.headers);
    if (options.columns.size() == out.headers.size()) out.mapping.columns = options.columns;
    if (Error e = apply_overrides(out.mapping, out.headers, options.overrides)) return e;
    auto column_of = [&](Field f) -> std::optional<std::size_t> {
        for (std::size_t c = 0; c < out.mapping.columns.size(); ++c)
            if (out.mapping.columns[c] == f) return c;
        return std::nullopt;
    };
    if (!column_of(Field::date)) {
        std::string headers;
        for (const std::string& h : out.headers) headers += (headers.empty() ? "" : ", ") + h;
        Error& e = out.no_date_column;
        e.code = ErrorCode::invalid_value;
        e.detail = capped(headers);
        e.line = table->rows.front().line;
        e.column = 1;
        e.args = {{"reason", "csv_no_date_column"}};
        return out;
    }

    std::set<std::string> taken, known_keys, keys_in_file;
    for (const Post& p : w.posts) {
        taken.insert(p.id);
        if (!p.external_uid.empty()) known_keys.insert(p.external_uid);
    }
    int next_id = 1;
    const Lang lang = options.lang;

    for (std::size_t r = 1; r < table->rows.size(); ++r) {
        const csv::Row& row = table->rows[r];
        ++out.rows;
        auto cell = [&](Field f) -> std::string {
            const auto c = column_of(f);
            return c && *c < row.cells.size() ? std::string(text::trim(row.cells[*c])) : std::string();
        };
        auto note = [&](std::vector<RowNote>& list, const char* kind, const char* reason, const std::string& value) {
            RowNote n{row.line, reason, capped(value), {}};
            n.message = tr(std::string("interop.csv.") + kind + "." + reason, lang,
                           {{"line", std::to_string(row.line)}, {"value", n.value}});
            list.push_back(std::move(n));
        };

        const std::string date_text = cell(Field::date);
        if (date_text.empty()) {
            note(out.skipped, "skip", "missing_date", date_text);
            continue;
        }
        const DateCell date_cell = parse_date_cell(date_text);
        if (!date_cell.day) {
            note(out.skipped, "skip", "bad_date", date_text);
            continue;
        }
        if (date_cell.bad_time) {
            note(out.skipped, "skip", "bad_time", date_text);
            continue;
        }
        TimeOfDay time = date_cell.time.value_or(options.default_time);
        if (const std::string time_text = cell(Field::time); !time_text.empty()) {
            const auto t = parse_time_of_day(time_text);
            if (!t) {
                note(out.skipped, "skip", "bad_time", time_text);
                continue;
            }
            time = *t;
        }

        Post post;
        post.status = options.default_status;
        const std::size_t warnings_before = out.warnings.size();

        const LocalTime local = date::local_days{date::sys_days{*date_cell.day}.time_since_epoch()} +
                                std::chrono::minutes{time.minutes};
        const LocalTimeResolution at = from_local(local, w.profile.time_zone);
        switch (at.kind) {
            case LocalTimeKind::unique:
            case LocalTimeKind::ambiguous: post.scheduled_at = at.earlier; break;
            case LocalTimeKind::nonexistent:
                post.scheduled_at = at.later;
                note(out.warnings, "warn", "time_gap", date::format("%H:%M", date::local_seconds{std::chrono::minutes{time.minutes}}));
                break;
            case LocalTimeKind::unknown_zone: post.scheduled_at = Instant{local.time_since_epoch()}; break;
        }

        const std::string text = cell(Field::text);
        post.title = cell(Field::title);
        if (post.title.empty()) post.title = title_from_text(text);
        if (utf8::has_control_character(post.title) || utf8::has_control_character(text)) {
            note(out.skipped, "skip", "control_character", post.title);
            continue;
        }

        if (const std::string c = cell(Field::campaign); !c.empty()) {
            if (const Campaign* k = find_named(w.campaigns, c)) post.campaign_id = k->id;
            else note(out.warnings, "warn", "unknown_campaign", c);
        }
        if (const std::string t = cell(Field::type); !t.empty()) {
            if (const MessageType* k = find_named(w.charter.message_types, t)) post.message_type_id = k->id;
            else note(out.warnings, "warn", "unknown_type", t);
        }
        if (const std::string s = cell(Field::status); !s.empty()) {
            if (const auto status = status_from_cell(s)) post.status = *status;
            else note(out.warnings, "warn", "unknown_status", s);
        }

        // One variant per account named; the text is the same on each, to adapt afterwards.
        std::set<std::string> accounts;
        for (const std::string& item : split_networks(cell(Field::networks))) {
            const auto network = network_from_cell(item);
            if (!network) {
                note(out.warnings, "warn", "unknown_network", item);
                continue;
            }
            const NetworkAccount* account = nullptr;
            for (const NetworkAccount& a : w.accounts)
                if (a.network == *network && (!account || (a.active && !account->active))) account = &a;
            if (!account) {
                note(out.warnings, "warn", "no_account", tr("network." + std::string(io::enum_name(*network)), lang));
                continue;
            }
            if (!accounts.insert(account->id).second) continue;
            PostVariant v;
            v.account_id = account->id;
            v.text = text;
            post.variants.push_back(std::move(v));
        }
        if (post.variants.empty() && !text.empty()) {
            PostVariant v;
            v.text = text;
            post.variants.push_back(std::move(v));
        }
        // A row not imported again keeps no warning: the report is about what would be added.
        post.external_uid = row_key(post);
        if (known_keys.count(post.external_uid)) {
            out.warnings.resize(warnings_before);
            ++out.already_present;
            continue;
        }
        if (!keys_in_file.insert(post.external_uid).second) {
            out.warnings.resize(warnings_before);
            note(out.skipped, "skip", "duplicate_row", post.title);
            continue;
        }
        do post.id = "csv-" + std::to_string(next_id++);
        while (taken.count(post.id));
        taken.insert(post.id);
        out.posts.push_back(std::move(post));
        out.post_lines.push_back(row.line);
    }
    return out;
}

void apply_planning(Workspace& workspace, const Preview& preview, Instant at, const std::string& person_id) {
    for (const Post& post : preview.posts) workspace.posts.push_back(post);
    if (at == Instant{} && person_id.empty()) return;
    edit::record(workspace, {person_id, at}, edit::AuditAction::import_planning, "", std::to_string(preview.posts.size()) + " / " + std::to_string(preview.rows));
}

}  // namespace parvis::planning
