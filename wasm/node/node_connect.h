// The connectors' core (core/connect/) for Node: the contract tests (tests/e2e/connect_*.test.mjs)
// build each request in the core, send it with Node's fetch to a server, and read the answer back
// through the core. Requests come out whole, secrets included: this module is a test tool, never
// shipped with the web app.
#pragma once
#include <string>
#include <string_view>

namespace parvis::node {

// connectRequest(network, op, argsJson) → {"method","url","headers":{…},"body","timeoutMs"}
std::string connect_request(std::string_view network, std::string_view op, std::string_view args_json);

// connectRead(network, what, status, headersJson, body, nowIso) → what the core read, or
// {"ok": false} when the response is not what the API documents.
std::string connect_read(std::string_view network, std::string_view what, std::string_view status,
                         std::string_view headers_json, std::string_view body, std::string_view now_iso);

}  // namespace parvis::node
