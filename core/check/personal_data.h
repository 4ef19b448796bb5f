// Personal data in a reply to a citizen (issue 12): what a public answer must not carry — a
// phone number, an e-mail address, a postal address, a NIR (numéro de sécurité sociale, its key
// checked), an IBAN (its mod-97 check), a licence plate (SIV, « AA-123-AA ») and a date of birth
// (« né le 12/03/1985 »). Each finding has its byte span and a French piece of advice: move to a
// private message or send the citizen to the online procedure.
//
// Built for no false alarm on ordinary replies: opening hours (« 8h30-12h »), amounts
// (« 1 250 € »), dates of events, years, postcodes alone and room numbers are not personal data;
// a date is one only after « né(e) le » or « date de naissance »; a NIR and an IBAN only when
// their check digits hold; the collectivité's own public contacts (PersonalDataOptions) are not
// flagged. Linear in the text; the tone checker runs it on every keystroke of a reply
// (check_text with is_reply, rule "personal_data").
//
// Not detected (said so that nobody relies on it): the old plates « 123 ABC 75 », foreign phone
// numbers, an address without a number (« rue des Lilas »), a NIR or IBAN with a wrong key.
#pragma once
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "i18n/catalogue.h"

namespace parvis::check {

enum class PersonalDataKind { phone, email, address, nir, iban, plate, birth_date };

// "phone", "email", "address", "nir", "iban", "plate", "birth_date" (JSON, catalogue keys).
const char* personal_data_kind_name(PersonalDataKind kind);

struct PersonalData {
    PersonalDataKind kind = PersonalDataKind::phone;
    std::size_t start = 0, end = 0;  // UTF-8 byte span in the text
    std::string advice;              // « passez en message privé ou renvoyez vers la démarche en ligne »
};

struct PersonalDataOptions {
    // The collectivité's public phone numbers and e-mail addresses (its services' contacts): a
    // reply may give them. Phones compare on their digits, addresses without case.
    std::vector<std::string> public_contacts = {};
    Lang lang = Lang::fr;
};

// Findings sorted by start, without overlap.
std::vector<PersonalData> find_personal_data(std::string_view text, const PersonalDataOptions& options = {});

// Check digits, exposed for the tests: a NIR of 15 characters (digits, « 2A »/« 2B » for Corse
// in place 6–7) whose key is 97 − (the first 13 mod 97); an IBAN (letters and digits only) whose
// ISO 13616 mod-97 is 1.
bool nir_key_holds(std::string_view nir15);
bool iban_check_holds(std::string_view iban);

}  // namespace parvis::check
