#include "strategy/moderation_text.h"

#include <algorithm>
#include <cctype>
#include <vector>

#include "format/format.h"
#include "io/enum_names.h"

namespace parvis::strategy {
namespace {

// What each category covers, in the words of a published charter.
const char* category_words(ModerationCategory c) {
    switch (c) {
        case ModerationCategory::insult: return "les propos injurieux ou grossiers";
        case ModerationCategory::defamation: return "les propos diffamatoires";
        case ModerationCategory::hate:
            return "les contenus racistes, sexistes, homophobes ou incitant à la haine ou à la violence";
        case ModerationCategory::personal_data:
            return "les messages qui publient des données personnelles (adresse, téléphone, photo d’un tiers)";
        case ModerationCategory::advertising: return "les publicités et les messages commerciaux";
        case ModerationCategory::electoral_propaganda: return "les messages de propagande électorale";
        case ModerationCategory::off_topic: return "les messages sans rapport avec le sujet, publiés de façon répétée";
    }
    return "";
}

const char* action_words(ModerationAction a) {
    switch (a) {
        case ModerationAction::hide: return "masqués";
        case ModerationAction::remove: return "supprimés";
        case ModerationAction::ban:            // said in its own clause
        case ModerationAction::report_pharos: return "";
    }
    return "";
}

std::string join_fr(const std::vector<std::string>& items, const char* last_sep = " et ") {
    std::string out;
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (i > 0) out += i + 1 == items.size() ? last_sep : ", ";
        out += items[i];
    }
    return out;
}

// « 8 h 30 », « 17 h »: the French way of writing an hour in running text.
std::string french_time(TimeOfDay t) {
    const int h = t.minutes / 60, m = t.minutes % 60;
    return std::to_string(h) + " h" + (m ? " " + std::string(m < 10 ? "0" : "") + std::to_string(m) : "");
}

const char* weekday_name(int d) {
    static const char* names[] = {"lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"};
    return d >= 1 && d <= 7 ? names[d - 1] : "";
}

std::string network_name(Network n) {
    switch (n) {
        case Network::facebook: return "Facebook";
        case Network::instagram: return "Instagram";
        case Network::x: return "X";
        case Network::linkedin: return "LinkedIn";
        case Network::mastodon: return "Mastodon";
        case Network::bluesky: return "Bluesky";
        case Network::threads: return "Threads";
        case Network::youtube: return "YouTube";
        case Network::tiktok: return "TikTok";
        case Network::snapchat: return "Snapchat";
        case Network::pinterest: return "Pinterest";
        case Network::whatsapp: return "WhatsApp";
    }
    return "";
}

}  // namespace

std::string moderation_public_text(const Charter& charter, const Workspace& ws) {
    const std::string name = ws.profile.name.empty() ? std::string("la collectivité") : ws.profile.name;
    std::string t = "Charte de modération des comptes de " + name + "\n\n";

    std::vector<std::string> networks;
    for (const NetworkAccount& a : ws.accounts) {
        if (!a.active) continue;
        const std::string n = network_name(a.network);
        if (std::find(networks.begin(), networks.end(), n) == networks.end()) networks.push_back(n);
    }
    t += "Les comptes de " + name;
    if (!networks.empty()) t += " sur " + join_fr(networks);
    t += " sont des espaces d’information et d’échange sur la vie du territoire et ses services. "
         "Chacun peut y réagir, poser une question ou exprimer un désaccord, dans le respect des autres.";
    const BusinessHours& h = charter.business_hours;
    if (!h.weekdays.empty() && h.closes.minutes > h.opens.minutes) {
        std::vector<int> days = h.weekdays;
        std::sort(days.begin(), days.end());
        bool contiguous = true;
        for (std::size_t i = 1; i < days.size(); ++i) contiguous &= days[i] == days[i - 1] + 1;
        std::string when;
        if (contiguous && days.size() > 2) {
            when = std::string("du ") + weekday_name(days.front()) + " au " + weekday_name(days.back());
        } else {
            std::vector<std::string> names;
            for (int d : days) names.push_back(weekday_name(d));
            when = "le " + join_fr(names);
        }
        t += " Nous répondons " + when + ", de " + french_time(h.opens) + " à " + french_time(h.closes);
        if (h.response_time_hours > 0)
            t += ", en général sous " + format_number(h.response_time_hours, h.response_time_hours == static_cast<int>(h.response_time_hours) ? 0 : 1) +
                 " heure" + (h.response_time_hours >= 2 ? "s" : "") + " ouvrée" + (h.response_time_hours >= 2 ? "s" : "");
        t += ".";
    }
    t += "\n\n";

    t += charter.moderation.moderation_after_publication
             ? "Les messages sont modérés après leur publication."
             : "Les messages sont modérés avant leur publication lorsque la plateforme le permet.";
    bool pharos_rule = false;
    for (const ModerationRule& r : charter.moderation.rules) {
        std::vector<std::string> actions;
        for (ModerationAction a : r.actions) {
            if (a == ModerationAction::report_pharos) pharos_rule = true;
            if (a != ModerationAction::ban && a != ModerationAction::report_pharos) actions.push_back(action_words(a));
        }
        std::string line = std::string(" ") + category_words(r.category);
        line[1] = static_cast<char>(std::toupper(static_cast<unsigned char>(line[1])));
        const bool ban = std::find(r.actions.begin(), r.actions.end(), ModerationAction::ban) != r.actions.end();
        const bool pharos = std::find(r.actions.begin(), r.actions.end(), ModerationAction::report_pharos) != r.actions.end();
        if (!actions.empty()) {
            line += " sont " + join_fr(actions, " ou ");
            if (pharos) line += " et signalés sur la plateforme PHAROS";
            if (ban) line += " ; en cas de récidive, leur auteur peut être bloqué";
        } else if (pharos) {
            line += " sont signalés sur la plateforme PHAROS";
            if (ban) line += " et leur auteur peut être bloqué";
        } else if (ban) {
            line += " peuvent entraîner le blocage de leur auteur";
        } else {
            continue;  // a rule without action says nothing to the public
        }
        t += line + ".";
    }
    t += " Ces règles s’appliquent dans le cadre de la loi du 29 juillet 1881 sur la liberté de la "
         "presse, qui définit notamment l’injure et la diffamation.\n\n";

    t += "Les contenus manifestement illicites (appel à la haine ou à la violence, menaces, apologie du "
         "terrorisme, pédocriminalité) sont signalés sur la plateforme PHAROS du ministère de l’Intérieur "
         "(internet-signalement.gouv.fr)";
    t += pharos_rule ? " et peuvent faire l’objet d’un dépôt de plainte.\n\n" : ".\n\n";

    t += "Pour une démarche personnelle ou une réclamation, écrivez-nous en message privé : vos "
         "coordonnées ne doivent pas être publiées en commentaire. Pour contester une décision de "
         "modération, écrivez-nous en message privé en précisant le message concerné.";
    return t;
}

}  // namespace parvis::strategy
