// The validation circuit (core/strategy/circuit.h) and the passphrase (core/strategy/passphrase.h).
#include <doctest/doctest.h>

#include <algorithm>

#include "strategy/circuit.h"
#include "strategy/passphrase.h"
#include "strategy/sha256.h"

using namespace parvis;
using namespace parvis::strategy;
using namespace std::chrono_literals;

namespace {

const Instant kNow = date::sys_days{date::year{2026} / 11 / 29} + 10h;

// Vie municipale: DGS then élu; Services: no validation.
Workspace circuit_workspace() {
    Workspace ws;
    ws.id = "w";
    ws.profile.name = "Ville";
    ws.charter.message_types = {{"civic", "Vie municipale", 0.5, {Role::validator_dgs, Role::validator_elected}},
                                {"services", "Services", 0.5, {}}};
    ws.people = {{"cm", "Camille", Role::community_manager, "", ""},
                 {"dgs", "Marc", Role::validator_dgs, "", ""},
                 {"elu", "Nathalie", Role::validator_elected, "", ""},
                 {"elu2", "Paul", Role::validator_elected, "", ""}};
    Post civic;
    civic.id = "p1";
    civic.message_type_id = "civic";
    civic.status = PostStatus::to_validate;
    Post services;
    services.id = "p2";
    services.message_type_id = "services";
    services.status = PostStatus::draft;
    ws.posts = {civic, services};
    return ws;
}

std::size_t count_action(const Workspace& ws, const std::string& action) {
    return static_cast<std::size_t>(std::count_if(ws.audit.begin(), ws.audit.end(), [&](const AuditEntry& e) { return e.action == action; }));
}

}  // namespace

TEST_SUITE("strategy circuit") {

TEST_CASE("a post without circuit can be scheduled at once") {
    Workspace ws = circuit_workspace();
    CHECK(can_schedule(ws, ws.posts[1]));
    CHECK_FALSE(next_approver_role(ws.posts[1], ws).has_value());
    CHECK(set_status(ws, "p2", "cm", PostStatus::scheduled, "", kNow));
    CHECK(ws.posts[1].status == PostStatus::scheduled);
    CHECK(approve(ws, "p2", "dgs", "", kNow).error == CircuitError::no_circuit);
}

TEST_CASE("a post cannot be scheduled before its validators approved it, in order") {
    Workspace ws = circuit_workspace();
    CHECK_FALSE(can_schedule(ws, ws.posts[0]));
    CHECK(next_approver_role(ws.posts[0], ws) == Role::validator_dgs);
    const CircuitResult early = set_status(ws, "p1", "cm", PostStatus::scheduled, "", kNow);
    CHECK(early.error == CircuitError::not_approved);
    CHECK(early.message.find("DGS") != std::string::npos);
    CHECK(ws.posts[0].status == PostStatus::to_validate);
    CHECK(set_status(ws, "p1", "cm", PostStatus::published, "", kNow).error == CircuitError::not_approved);

    // The élu first: refused, the DGS's step comes first.
    const CircuitResult out_of_order = approve(ws, "p1", "elu", "OK", kNow);
    CHECK(out_of_order.error == CircuitError::wrong_role);
    CHECK(out_of_order.message.find("Nathalie") != std::string::npos);
    CHECK(count_action(ws, "post.approve") == 0);
    // A community manager is no validator.
    CHECK(approve(ws, "p1", "cm", "", kNow).error == CircuitError::wrong_role);

    REQUIRE(approve(ws, "p1", "dgs", "Visa DGS", kNow));
    CHECK(next_approver_role(ws.posts[0], ws) == Role::validator_elected);
    CHECK_FALSE(can_schedule(ws, ws.posts[0]));
    CHECK(ws.posts[0].status == PostStatus::to_validate);
    CHECK(approve(ws, "p1", "dgs", "encore", kNow + 1h).error == CircuitError::already_approved);
    CHECK(set_status(ws, "p1", "cm", PostStatus::scheduled, "", kNow).error == CircuitError::not_approved);

    REQUIRE(approve(ws, "p1", "elu", "OK pour moi", kNow + 2h));
    CHECK(can_schedule(ws, ws.posts[0]));
    CHECK(ws.posts[0].status == PostStatus::validated);
    CHECK(approve(ws, "p1", "elu2", "", kNow).error == CircuitError::already_complete);
    CHECK(set_status(ws, "p1", "cm", PostStatus::scheduled, "programmé pour lundi", kNow + 3h));
    CHECK(ws.posts[0].status == PostStatus::scheduled);
}

TEST_CASE("approvals and status changes are in the audit log: who, when, comment") {
    Workspace ws = circuit_workspace();
    REQUIRE(approve(ws, "p1", "dgs", "Visa DGS", kNow));
    REQUIRE(approve(ws, "p1", "elu", "OK", kNow + 1h));
    REQUIRE(set_status(ws, "p1", "cm", PostStatus::scheduled, "lundi 9 h", kNow + 2h));
    REQUIRE(ws.audit.size() == 4);
    CHECK(ws.audit[0].action == "post.approve");
    CHECK(ws.audit[0].person_id == "dgs");
    CHECK(ws.audit[0].at == kNow);
    CHECK(ws.audit[0].target_id == "p1");
    CHECK(ws.audit[0].comment == "Visa DGS");
    CHECK(ws.audit[1].action == "post.approve");
    CHECK(ws.audit[1].person_id == "elu");
    CHECK(ws.audit[2].action == "post.status");  // the last approval validates the post
    CHECK(ws.audit[2].detail == "to_validate>validated");
    CHECK(ws.audit[2].comment == "OK");
    CHECK(ws.audit[3].action == "post.status");
    CHECK(ws.audit[3].person_id == "cm");
    CHECK(ws.audit[3].at == kNow + 2h);
    CHECK(ws.audit[3].detail == "validated>scheduled");
    CHECK(ws.audit[3].comment == "lundi 9 h");
    const auto approvals = approvals_of(ws, ws.posts[0]);
    REQUIRE(approvals.size() == 2);
    CHECK(approvals[0].role == Role::validator_dgs);
    CHECK(approvals[1].comment == "OK");
}

TEST_CASE("back to draft starts a new round of approvals") {
    Workspace ws = circuit_workspace();
    REQUIRE(approve(ws, "p1", "dgs", "", kNow));
    REQUIRE(approve(ws, "p1", "elu", "", kNow));
    REQUIRE(can_schedule(ws, ws.posts[0]));
    REQUIRE(set_status(ws, "p1", "cm", PostStatus::draft, "texte à reprendre", kNow + 1h));
    CHECK(count_action(ws, "post.approvals_reset") == 1);
    CHECK_FALSE(can_schedule(ws, ws.posts[0]));
    CHECK(approve(ws, "p1", "dgs", "", kNow).error == CircuitError::not_submitted);
    REQUIRE(set_status(ws, "p1", "cm", PostStatus::to_validate, "", kNow + 2h));
    CHECK(next_approver_role(ws.posts[0], ws) == Role::validator_dgs);
    CHECK(approve(ws, "p1", "dgs", "relu", kNow + 3h));
}

TEST_CASE("a circuit through the same role twice needs two people") {
    Workspace ws = circuit_workspace();
    ws.charter.message_types[0].validation_circuit = {Role::validator_elected, Role::validator_elected};
    REQUIRE(approve(ws, "p1", "elu", "", kNow));
    CHECK(approve(ws, "p1", "elu", "", kNow).error == CircuitError::already_approved);
    CHECK(approve(ws, "p1", "elu2", "", kNow));
    CHECK(can_schedule(ws, ws.posts[0]));
}

TEST_CASE("unknown post or person is refused with a French message") {
    Workspace ws = circuit_workspace();
    const CircuitResult r = approve(ws, "nope", "dgs", "", kNow);
    CHECK(r.error == CircuitError::unknown_post);
    CHECK(r.message.find("« nope »") != std::string::npos);
    CHECK(approve(ws, "p1", "ghost", "", kNow).error == CircuitError::unknown_person);
    CHECK(set_status(ws, "p1", "ghost", PostStatus::draft, "", kNow).error == CircuitError::unknown_person);
    CHECK(ws.audit.empty());
}

TEST_CASE("an approval forged in the audit log by the wrong role does not count") {
    Workspace ws = circuit_workspace();
    ws.audit.push_back({kNow, "cm", "post.approve", "p1", "", "je valide moi-même"});
    CHECK(next_approver_role(ws.posts[0], ws) == Role::validator_dgs);
}

}  // TEST_SUITE

TEST_SUITE("strategy passphrase") {

TEST_CASE("SHA-256 test vectors (FIPS 180-4)") {
    auto hex = [](const Sha256Digest& d) {
        std::string s;
        for (auto b : d) {
            s += "0123456789abcdef"[b >> 4];
            s += "0123456789abcdef"[b & 15];
        }
        return s;
    };
    CHECK(hex(sha256("")) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    CHECK(hex(sha256("abc")) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    CHECK(hex(sha256("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")) ==
          "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
    CHECK(hex(sha256(std::string(1000000, 'a'))) == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
}

TEST_CASE("only a salted hash is stored, and it verifies") {
    const std::string h = hash_passphrase("Chêne-42 !", "0123456789abcdef", 100);
    CHECK(h.rfind("sha256i$100$30313233343536373839616263646566$", 0) == 0);
    CHECK(h.find("Chêne") == std::string::npos);
    CHECK(verify_passphrase("Chêne-42 !", h));
    CHECK_FALSE(verify_passphrase("chêne-42 !", h));
    CHECK_FALSE(verify_passphrase("", h));
    // Two random salts: two different hashes of the same passphrase.
    CHECK(hash_passphrase("a", {}, 10) != hash_passphrase("a", {}, 10));
    // Malformed stored values never match, never crash.
    for (const char* bad : {"", "sha256i$", "sha256i$x$00$00", "sha256i$0$00$" , "md5$1$00$00", "sha256i$99999999$00$00",
                            "sha256i$1$zz$00"})
        CHECK_FALSE(verify_passphrase("a", bad));
}

TEST_CASE("a person with a passphrase is chosen only with it; the change is audited") {
    Workspace ws = circuit_workspace();
    CHECK(may_act_as(ws, "dgs", ""));
    set_passphrase(ws, "dgs", "secret", "dgs", kNow, "salt");
    CHECK_FALSE(may_act_as(ws, "dgs", ""));
    CHECK_FALSE(may_act_as(ws, "dgs", "Secret"));
    CHECK(may_act_as(ws, "dgs", "secret"));
    CHECK(may_act_as(ws, "elu", ""));
    REQUIRE(ws.audit.size() == 1);
    CHECK(ws.audit[0].action == "person.passphrase");
    CHECK(ws.audit[0].detail == "set");
    CHECK(ws.audit[0].comment.find("secret") == std::string::npos);
    set_passphrase(ws, "dgs", "", "dgs", kNow, {});
    CHECK(may_act_as(ws, "dgs", ""));
    CHECK(ws.passphrases.empty());
}

}  // TEST_SUITE
