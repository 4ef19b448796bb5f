// Small helpers the demo's content tables share: French dates inside running text, media and
// variants built in one line.
#include "demo/demo_internal.h"

namespace parvis::demo {
namespace {

// The demo's texts are French content, not interface labels, so the names are spelled here
// rather than taken from the translation catalogue.
constexpr const char* kWeekdays[] = {"lundi", "mardi", "mercredi", "jeudi",
                                     "vendredi", "samedi", "dimanche"};
constexpr const char* kMonths[] = {"janvier", "février", "mars", "avril", "mai", "juin",
                                   "juillet", "août", "septembre", "octobre", "novembre",
                                   "décembre"};

}  // namespace

Day add_days(Day day, int days) { return Day{date::sys_days{day} + date::days{days}}; }

std::string french_date(Day day) {
    const unsigned d = unsigned(day.day());
    return (d == 1 ? std::string("1er") : std::to_string(d)) + " " + kMonths[unsigned(day.month()) - 1];
}

std::string french_day(Day day) {
    const unsigned iso = date::weekday{date::sys_days{day}}.iso_encoding();
    return std::string(kWeekdays[iso - 1]) + " " + french_date(day);
}

Media image(std::string name, std::string alt_text) {
    Media media;
    media.kind = MediaKind::image;
    media.name = std::move(name);
    media.alt_text = std::move(alt_text);
    return media;
}

PostVariant variant(const char* account_id, std::string text, std::vector<Media> media,
                    std::string link, std::string first_comment) {
    PostVariant v;
    v.account_id = account_id;
    v.text = std::move(text);
    v.media = std::move(media);
    v.link = std::move(link);
    v.first_comment = std::move(first_comment);
    return v;
}

}  // namespace parvis::demo
