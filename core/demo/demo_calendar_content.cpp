// The demo's calendar stories (issue 5): the coming election whose pre-electoral period covers the
// demo's window, a draft that promotes the town's achievements (the guard flags it), and the
// weekly reminder of the council meeting, a recurring post.
//
// The election is the presidential election: first round on the second Sunday of April (the
// usual month), second round two weeks later, in the first April after `today`'s March. For the
// reference day of the demo (29 November 2026) that is 11 and 25 April 2027, whose L52-1 period
// runs from 1 October 2026: most of the demo's window is inside it. The exact 2027 dates are
// fixed by decree; these are plausible, not official.
#include "calendar/time_zone.h"
#include "demo/demo_internal.h"

namespace parvis::demo {

Election demo_election(Day today) {
    const int year = static_cast<int>(today.year()) + (today.month() > date::March ? 1 : 0);
    const Day first{date::sys_days{date::year{year} / date::April / date::Sunday[2]}};
    return Election{"election-presidentielle", ElectionKind::presidentielle, first, add_days(first, 14),
                    "France entière (commune de Saint-Exemple)"};
}

PostBlueprint achievement_draft(Day today) {
    PostBlueprint p;
    p.title = "Ouverture de l'aire de jeux du parc des Tilleuls";
    p.message_type_id = kTypeCivic;
    p.tags = {"parc", "enfance"};
    p.day = add_days(today, 9);
    p.hour = 11;
    p.forced_status = PostStatus::draft;
    p.variants = {variant(kFacebook,
                          "Comme promis, la nouvelle aire de jeux du parc des Tilleuls est ouverte ! "
                          "Un engagement tenu grâce à la municipalité : toboggan, tyrolienne et jeux "
                          "accessibles aux enfants en fauteuil.",
                          {image("aire-de-jeux-tilleuls.jpg",
                                 "La nouvelle aire de jeux du parc des Tilleuls : un toboggan et une "
                                 "tyrolienne au-dessus d'un sol souple.")})};
    return p;
}

Post council_reminder(Day today) {
    // The first Tuesday after today, 9:00 in Paris, every Tuesday for twelve weeks.
    Day tuesday = add_days(today, 1);
    while (date::weekday{date::sys_days{tuesday}} != date::Tuesday) tuesday = add_days(tuesday, 1);
    Post p;
    p.id = "post-rappel-conseil";
    p.title = "Tous les mardis : rappel du conseil municipal";
    p.message_type_id = kTypeCivic;
    p.tags = {"conseil municipal"};
    p.owner_id = kCommunityManager;
    p.status = PostStatus::scheduled;
    const LocalTime local = date::local_days{date::sys_days{tuesday}.time_since_epoch()} + std::chrono::hours{9};
    p.scheduled_at = from_local(local, kTimeZone).later;
    Recurrence r;
    r.frequency = RecurrenceFrequency::weekly;
    r.weekdays = {2};
    r.count = 12;
    p.recurrence = r;
    p.variants = {variant(kFacebook,
                          "Le conseil municipal se réunit chaque troisième mardi du mois à 19 h à "
                          "l'hôtel de ville. Séances publiques, ordre du jour et comptes rendus : " +
                              std::string(kSite) + "/conseil-municipal",
                          {}, std::string(kSite) + "/conseil-municipal")};
    return p;
}

}  // namespace parvis::demo
