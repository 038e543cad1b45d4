#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace cac {

// A value read from text: a value, unknown (no value, no error), or an error saying why the text
// is not acceptable.
template <typename T>
struct FieldValue
{
    std::optional<T> value;
    QString error;

    bool ok() const { return error.isEmpty(); }
    static FieldValue unknown() { return {}; }
    static FieldValue of(T v) { return {std::move(v), {}}; }
    static FieldValue invalid(QString why) { return {std::nullopt, std::move(why)}; }
};

} // namespace cac
