// The command line of `parvis`: what the user asked for, parsed without side effects.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "error.h"
#include "model/workspace.h"

namespace parvis::cli {

enum class Command {
    help, validate, migrate, demo, count, preview, check, ics_export, ics_import, csv_import,
    calendar_holidays, calendar_check, kpi, kpi_responses, import_data, strategy_networks, strategy_summary, strategy_setup,
    charter_validate, audit, post_create, post_move, post_status, post_approve, post_refuse, post_schedule, publish,
    services_import, inbox_route, inbox_overdue, inbox_handoff, moderation_review, moderation_log, media_check,
};

struct Arguments {
    Command command = Command::help;
    Lang lang = Lang::fr;          // --lang en, accepted anywhere on the line
    std::string file;              // validate, migrate; the workspace of ics and csv
    std::string input;             // ics/csv import: the agenda or spreadsheet; import: the export
    std::string output;            // migrate, ics/csv import, import -o OUT ("" : standard output / none)
    std::vector<std::string> mappings;  // csv import --map COLUMN=FIELD, import --column HEADER=FIELD
    std::optional<Day> today;      // demo --today YYYY-MM-DD
    std::optional<Network> network;  // count, preview --network NAME
    int limit = 0;                 // count --limit N (0: the network's own)
    int year = 0;                  // calendar holidays YEAR
    std::string zone;              // calendar holidays --zone A|B|C|Corse|… ("" : none)
    std::string territory;         // calendar holidays --territory NAME ("" : metropolitan France)
    std::string school_calendar;   // calendar holidays --school-calendar FILE ("" : the embedded one)
    std::optional<Day> from;       // calendar check, kpi --from/--to (default: the workspace's span)
    std::optional<Day> to;
    std::vector<Network> networks; // check --network NAME (repeatable)
    std::string workspace;         // check --workspace FILE (its charter)
    bool reply = false;            // check --reply
    bool falc = false;             // check --falc
    std::string dictionary;        // check --dictionary PATH (PATH.aff + PATH.dic; "" : looked for)
    std::string base;              // kpi --base followers|reach|impressions ("" : reach)
    std::string aggregate;         // kpi --aggregate mean|ratio ("" : mean)
    std::string report;            // kpi --report html
    bool business_hours = false;   // kpi responses --business-hours
    std::string source;            // import meta|x|linkedin|mastodon
    std::string account;           // import --account ID (default: the first of the network); publish
    std::string format;            // strategy summary --format html|md ("" : html); moderation log csv|html
    // Commands that edit (post …, ics/csv/services import): who acts, named in the audit log.
    std::string person;            // --as PERSON_ID
    std::string post;              // post move|status|approve, publish --post ID
    std::string title;             // post create --title TEXT
    std::optional<Instant> at;     // post create|move --at 2027-03-12T17:30:00Z; publish: plan as at
    std::optional<PostStatus> status;  // post status --to NAME (idea, draft, to_validate…)
    std::string comment;           // post status|approve --comment TEXT
    bool dry_run = false;          // publish --dry-run (the CLI holds no token: it only prints)
    std::string synonyms;          // inbox route --synonyms FILE (the user's synonym groups, JSON)
    std::string message;           // inbox handoff, moderation review --message ID
};

// The language is looked for first, so that even a usage error is reported in the language asked.
Lang find_lang(const std::vector<std::string>& args);

// Parses the arguments after the program name. Errors are ErrorCode::usage with a reason.
Result<Arguments> parse_arguments(const std::vector<std::string>& args);

}  // namespace parvis::cli
