#include "io/json_write.h"

#include <optional>
#include <type_traits>
#include <vector>

#include "io/enum_names.h"
#include "io/json_visit.h"
#include "io/time_text.h"
#include "io/workspace_json.h"

namespace parvis::io {
namespace {

Json to_json(const std::string& s) { return s; }
Json to_json(bool b) { return b; }
Json to_json(int i) { return i; }
Json to_json(std::int64_t i) { return i; }
Json to_json(double d) { return d; }
Json to_json(Instant t) { return format_instant(t); }
Json to_json(Day d) { return format_day(d); }
Json to_json(TimeOfDay t) { return format_time_of_day(t); }

template <class E>
    requires std::is_enum_v<E>
Json to_json(E e) {
    return std::string(enum_name(e));
}

template <class T>
Json to_json(const std::vector<T>& items);

template <class T>
    requires std::is_class_v<T>
Json to_json(const T& record);

// The writer visitor: one member per field of the visited struct.
class FieldWriter {
public:
    explicit FieldWriter(Json& object) : object_(object) {}

    template <class T>
    void required(const char* key, const T& value) {
        object_[key] = to_json(value);
    }
    template <class T>
    void optional(const char* key, const T& value) {
        object_[key] = to_json(value);
    }
    template <class T>
    void optional(const char* key, const std::optional<T>& value) {
        if (value) object_[key] = to_json(*value);
    }

private:
    Json& object_;
};

template <class T>
Json to_json(const std::vector<T>& items) {
    Json array = Json::array();
    for (const T& item : items) array.push_back(to_json(item));
    return array;
}

template <class T>
    requires std::is_class_v<T>
Json to_json(const T& record) {
    Json object = Json::object();
    FieldWriter writer(object);
    visit_fields(writer, record);
    return object;
}

}  // namespace

Json workspace_to_json(const Workspace& workspace) {
    Json doc = Json::object();
    doc["format"] = kFormatMarker;
    doc["schema_version"] = kSchemaVersion;
    FieldWriter writer(doc);
    visit_fields(writer, workspace);
    return doc;
}

}  // namespace parvis::io
