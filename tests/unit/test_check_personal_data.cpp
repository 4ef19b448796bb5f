// The personal-data detector of replies (core/check/personal_data.h): French formats found with
// their spans and advice, check digits of NIR and IBAN, and no false alarm on the ordinary
// replies of a town hall (opening hours, amounts, dates of events, years, postcodes, rooms,
// the services' own public contacts).
#include <doctest/doctest.h>

#include "check/check.h"
#include "check/personal_data.h"

using namespace parvis;
using namespace parvis::check;

namespace {

// "kind:text" for each finding, in order.
std::vector<std::string> found(std::string_view text, const PersonalDataOptions& options = {}) {
    std::vector<std::string> out;
    for (const PersonalData& p : find_personal_data(text, options))
        out.push_back(std::string(personal_data_kind_name(p.kind)) + ":" + std::string(text.substr(p.start, p.end - p.start)));
    return out;
}

using V = std::vector<std::string>;

}  // namespace

TEST_CASE("personal data: French phone numbers in their usual shapes") {
    CHECK(found("Appelez-moi au 06 12 34 56 78 svp") == V{"phone:06 12 34 56 78"});
    CHECK(found("mon num 06.12.34.56.78") == V{"phone:06.12.34.56.78"});
    CHECK(found("0612345678") == V{"phone:0612345678"});
    CHECK(found("tel : +33 6 12 34 56 78.") == V{"phone:+33 6 12 34 56 78"});
    CHECK(found("+33612345678") == V{"phone:+33612345678"});
    CHECK(found("+33 (0)6 12 34 56 78") == V{"phone:+33 (0)6 12 34 56 78"});
    CHECK(found("0033 6 12 34 56 78") == V{"phone:0033 6 12 34 56 78"});
    CHECK(found("au\u00A006\u00A012\u00A034\u00A056\u00A078") == V{"phone:06\u00A012\u00A034\u00A056\u00A078"});
    // Too short, too long, or glued to other digits: not a phone number.
    CHECK(found("06 12 34 56").empty());
    CHECK(found("06 12 34 56 78 90").empty());
    CHECK(found("ref 106 12 34 56 78").empty());
}

TEST_CASE("personal data: e-mail, postal address, licence plate") {
    CHECK(found("écrivez à jean.dupont@exemple.fr.") == V{"email:jean.dupont@exemple.fr"});
    CHECK(found("Il habite 12 bis rue des Lilas, au fond") == V{"address:12 bis rue des Lilas"});
    CHECK(found("au 3 avenue Jean-Jaurès") == V{"address:3 avenue Jean-Jaurès"});
    CHECK(found("la voiture AB-123-CD gêne") == V{"plate:AB-123-CD"});
    CHECK(found("immatriculée GH 456 JK") == V{"plate:GH 456 JK"});
    CHECK(found("plaque EF789GH") == V{"plate:EF789GH"});
    CHECK(found("plaque AB-123 CD").empty());   // mixed separators
    CHECK(found("plaque IO-123-UA").empty());   // I, O and U are never used
}

TEST_CASE("personal data: NIR with its key, Corse included") {
    CHECK(found("Mon numéro de sécu : 1 85 03 75 116 001 27") == V{"nir:1 85 03 75 116 001 27"});
    CHECK(found("185037511600127") == V{"nir:185037511600127"});
    CHECK(found("NIR 2 90 05 2A 004 012 66") == V{"nir:2 90 05 2A 004 012 66"});
    CHECK(nir_key_holds("185037511600127"));
    CHECK(nir_key_holds("290052A00401266"));
    CHECK_FALSE(nir_key_holds("185037511600128"));
    CHECK(found("1 85 03 75 116 001 28").empty());  // a wrong key: some other number
}

TEST_CASE("personal data: IBAN with its mod-97 check") {
    CHECK(found("virez sur FR76 3000 6000 0112 3456 7890 189 merci") == V{"iban:FR76 3000 6000 0112 3456 7890 189"});
    CHECK(found("FR1420041010050500013M02606") == V{"iban:FR1420041010050500013M02606"});
    CHECK(found("DE89 3704 0044 0532 0130 00") == V{"iban:DE89 3704 0044 0532 0130 00"});
    CHECK(found("FR76 3000 6000 0112 3456 7890 188").empty());
    CHECK(iban_check_holds("FR7630006000011234567890189"));
    CHECK_FALSE(iban_check_holds("FR7630006000011234567890188"));
}

TEST_CASE("personal data: a date of birth only after « né le » or « date de naissance »") {
    CHECK(found("Mon fils, né le 12/03/1985, a perdu ses papiers") == V{"birth_date:né le 12/03/1985"});
    CHECK(found("ma mère née le 3 mars 1941") == V{"birth_date:née le 3 mars 1941"});
    CHECK(found("Né(e) le 1er juin 2001") == V{"birth_date:Né(e) le 1er juin 2001"});
    CHECK(found("date de naissance : 12.03.85") == V{"birth_date:date de naissance : 12.03.85"});
    CHECK(found("le concert du 12/03/2027 est complet").empty());
}

TEST_CASE("personal data: no false alarm on ordinary replies") {
    const char* ordinary[] = {
        "Bonjour, l’accueil est ouvert du lundi au vendredi, 8h30-12h et 13h30-17h.",
        "Le tarif est de 1 250 € pour l’année, ou 12,50 € la séance.",
        "Le concert a lieu le samedi 12 mars 2027 à 20 h, salle 12 de la maison des associations.",
        "La médiathèque a été construite en 1985 et rénovée en 2019.",
        "Le bureau de poste de 35000 Rennes reste ouvert.",
        "Rendez-vous salle 104, au 1er étage, bâtiment B.",
        "Les travaux durent du 03/04 au 15/05, de 8 h à 17 h.",
        "Comptez 3 à 4 semaines pour un rendez-vous, puis 2 semaines de fabrication.",
        "Le numéro d’urgence est le 112, ou le 15 pour le SAMU, le 3919 pour les violences.",
        "Dossier n° 2027-00451 enregistré, merci de votre patience.",
        "Le marché a lieu tous les mercredis de 7 h 30 à 13 h, place du Marché.",
        "La piscine accueille 250 nageurs, 12 000 entrées en 2026.",
        "Bonjour Paul, les créneaux sont sur saint-exemple.fr/demarches/identite",
        "La collecte passe le 2e et le 4e jeudi du mois.",
        "Votre demande FR-2027-12 a bien été reçue.",
        "Le bus 12 passe toutes les 15 minutes, ligne C4.",
    };
    for (const char* text : ordinary) {
        CAPTURE(text);
        CHECK(found(text).empty());
    }
    // The collectivité's own public contacts may be given.
    const std::string reply = "Le service RH vous répond au 02 61 91 11 10 ou à recrutement@saint-exemple.fr.";
    CHECK(found(reply).size() == 2);
    CHECK(found(reply, {.public_contacts = {"02 61 91 11 10", "recrutement@saint-exemple.fr"}}).empty());
}

TEST_CASE("personal data: plugged into the tone checker's reply mode, with advice") {
    const std::string text = "Bonjour, votre fils né le 12/03/2010 peut venir, rappelez le 06 12 34 56 78.";
    const CheckResult reply = check_text(text, {.is_reply = true});
    std::vector<std::string> spans;
    for (const Finding& f : reply.findings)
        if (f.rule == "personal_data") spans.push_back(text.substr(f.start, f.end - f.start));
    CHECK(spans == V{"né le 12/03/2010", "06 12 34 56 78"});
    for (const Finding& f : reply.findings) {
        if (f.rule != "personal_data") continue;
        CHECK(f.category == "donnees_personnelles");
        CHECK(f.message.find("passez en message privé ou renvoyez vers la démarche en ligne") != std::string::npos);
    }
    CHECK(find_personal_data(text)[0].advice == "passez en message privé ou renvoyez vers la démarche en ligne");
    // A post is not a reply: not checked.
    for (const Finding& f : check_text(text).findings) CHECK(f.rule != "personal_data");
    // The services' public contacts pass in the checker too.
    std::vector<Service> services(1);
    services[0].phone = "06 12 34 56 78";
    const CheckResult with_services = check_text(text, {.is_reply = true, .services = &services});
    int count = 0;
    for (const Finding& f : with_services.findings) count += f.rule == "personal_data";
    CHECK(count == 1);
}

TEST_CASE("personal data: linear on a long hostile text") {
    std::string junk;
    while (junk.size() < 300000) junk += "06 12 34 56 7 FR76 3000 AB-12 né le 1 2 3 4 5 6 7 8 9 ";
    const auto start = std::chrono::steady_clock::now();
    (void)find_personal_data(junk);
    CHECK(std::chrono::steady_clock::now() - start < std::chrono::milliseconds(500));
}
