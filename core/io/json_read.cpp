#include "io/json_read.h"

#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <type_traits>
#include <vector>

#include "io/enum_names.h"
#include "io/json_visit.h"
#include "io/time_text.h"

namespace parvis::io {

std::string quote_found(std::string_view value) {
    // A file may hold a 100 MB string where a date was expected: quote only its start.
    constexpr std::size_t kMax = 60;
    if (value.size() <= kMax) return std::string(value);
    std::size_t cut = kMax;
    while (cut > 0 && (static_cast<unsigned char>(value[cut]) & 0xC0) == 0x80) --cut;
    return std::string(value.substr(0, cut)) + "…";
}

namespace {

class FieldReader;

// A model struct: one that has a field list in json_visit.h.
template <class T>
concept Record = requires(FieldReader& reader, T& value) { visit_fields(reader, value); };

// The reader visitor. It stops at the first error (later fields are skipped) and keeps the JSON
// pointer of the value being read, so that errors say where they are.
class FieldReader {
public:
    Error error;

    template <class T>
    void required(const char* key, T& out) {
        field(key, out, true);
    }
    template <class T>
    void optional(const char* key, T& out) {
        field(key, out, false);
    }

    // [SECTION] Scalars

    void read(const Json& j, std::string& out) {
        if (const auto* s = j.get_ptr<const Json::string_t*>()) {
            out = *s;
        } else {
            wrong_type(j, "string");
        }
    }

    void read(const Json& j, bool& out) {
        if (const auto* b = j.get_ptr<const Json::boolean_t*>()) {
            out = *b;
        } else {
            wrong_type(j, "boolean");
        }
    }

    void read(const Json& j, int& out) {
        std::int64_t wide = 0;
        if (!read_integer(j, wide)) return;
        if (wide < std::numeric_limits<int>::min() || wide > std::numeric_limits<int>::max()) {
            return invalid("integer_range", std::to_string(wide));
        }
        out = static_cast<int>(wide);
    }

    void read(const Json& j, std::int64_t& out) { read_integer(j, out); }

    void read(const Json& j, double& out) {
        // Test the exact type: nlohmann's get_ptr<number_integer_t*> also answers for unsigned
        // values, reinterpreting their bits.
        switch (j.type()) {
            case Json::value_t::number_float: out = *j.get_ptr<const Json::number_float_t*>(); break;
            case Json::value_t::number_integer:
                out = static_cast<double>(*j.get_ptr<const Json::number_integer_t*>());
                break;
            case Json::value_t::number_unsigned:
                out = static_cast<double>(*j.get_ptr<const Json::number_unsigned_t*>());
                break;
            default: wrong_type(j, "number");
        }
    }

    template <class E>
        requires std::is_enum_v<E>
    void read(const Json& j, E& out) {
        const auto* s = j.get_ptr<const Json::string_t*>();
        if (!s) return wrong_type(j, "string");
        if (!enum_from_name(*s, out)) {
            invalid("unknown_name", *s, {{"accepted", enum_accepted_names<E>()}});
        }
    }

    // [SECTION] Time

    void read(const Json& j, Instant& out) { read_time(j, out, parse_instant, "instant_format"); }
    void read(const Json& j, Day& out) { read_time(j, out, parse_day, "day_format"); }
    void read(const Json& j, TimeOfDay& out) {
        read_time(j, out, parse_time_of_day, "time_format");
    }

    // [SECTION] Containers and records

    template <class T>
    void read(const Json& j, std::optional<T>& out) {
        if (j.is_null()) {
            out.reset();
            return;
        }
        T value{};
        read(j, value);
        if (!error) out = std::move(value);
    }

    template <class T>
    void read(const Json& j, std::vector<T>& out) {
        if (!j.is_array()) return wrong_type(j, "array");
        out.clear();  // the model's default (business days…) is replaced, not extended
        out.reserve(j.size());
        std::size_t index = 0;
        for (const Json& element : j) {
            const std::size_t length = path_.size();
            path_ += '/';
            path_ += std::to_string(index++);
            T value{};
            read(element, value);
            path_.resize(length);
            if (error) return;
            out.push_back(std::move(value));
        }
    }

    template <Record T>
    void read(const Json& j, T& out) {
        if (!j.is_object()) return wrong_type(j, "object");
        const Json* outer = object_;
        object_ = &j;
        visit_fields(*this, out);
        object_ = outer;
    }

private:
    const Json* object_ = nullptr;  // the object whose fields are being read
    std::string path_;              // JSON pointer of the value being read

    template <class T>
    void field(const char* key, T& out, bool is_required) {
        if (error) return;
        const auto it = object_->find(key);
        if (it == object_->end()) {
            if (is_required) {
                error = make_error(ErrorCode::missing_field, key, path_ + "/" + key);
            }
            return;  // absent optional field: the model's default stays
        }
        if (it->is_null() && !is_required) return;  // null means empty, as when omitted
        const std::size_t length = path_.size();
        path_ += '/';
        path_ += key;
        read(*it, out);
        path_.resize(length);
    }

    bool read_integer(const Json& j, std::int64_t& out) {
        // Unsigned first: get_ptr<number_integer_t*> would also accept an unsigned value and
        // read 18446744073709551615 as -1.
        if (j.is_number_unsigned()) {
            const auto* u = j.get_ptr<const Json::number_unsigned_t*>();
            if (*u > static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max())) {
                invalid("integer_range", std::to_string(*u));
                return false;
            }
            out = static_cast<std::int64_t>(*u);
            return true;
        }
        if (j.is_number_integer()) {
            out = *j.get_ptr<const Json::number_integer_t*>();
            return true;
        }
        wrong_type(j, "integer");
        return false;
    }

    template <class T, class Parse>
    void read_time(const Json& j, T& out, Parse parse, const char* reason) {
        const auto* s = j.get_ptr<const Json::string_t*>();
        if (!s) return wrong_type(j, "string");
        if (const auto value = parse(*s)) {
            out = *value;
        } else {
            invalid(reason, *s);
        }
    }

    void wrong_type(const Json& j, const char* expected) {
        error = make_error(ErrorCode::wrong_type,
                           std::string("expected ") + expected + ", found " + json_type_name(j),
                           path_, {{"expected_type", expected}, {"found_type", json_type_name(j)}});
    }

    void invalid(const char* reason, std::string_view found, Args more = {}) {
        Args args{{"reason", reason}, {"found", quote_found(found)}};
        for (auto& a : more) args.push_back(std::move(a));
        error = make_error(ErrorCode::invalid_value,
                           std::string(reason) + ": \"" + quote_found(found) + "\"", path_,
                           std::move(args));
    }
};

}  // namespace

Error read_workspace_fields(const Json& doc, Workspace& out) {
    FieldReader reader;
    reader.read(doc, out);
    return reader.error;
}

}  // namespace parvis::io
