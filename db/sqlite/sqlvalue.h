#pragma once

#include <QDate>
#include <QString>
#include <QVariant>

#include <optional>

namespace cac {

// Converts between optional C++ values and SQL values: an unset optional is NULL, never 0.
namespace SqlValue {
inline QVariant of(const std::optional<int> &v)
{
    return v ? QVariant(*v) : QVariant(QMetaType(QMetaType::Int));
}
inline QVariant of(const std::optional<bool> &v)
{
    return v ? QVariant(*v ? 1 : 0) : QVariant(QMetaType(QMetaType::Int));
}
inline QVariant of(const std::optional<QDate> &v)
{
    return v ? QVariant(v->toString(Qt::ISODate)) : QVariant(QMetaType(QMetaType::QString));
}
// An empty string is stored as NULL: the column was not given.
inline QVariant ofText(const QString &s)
{
    return s.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(s);
}
inline std::optional<int> toInt(const QVariant &v)
{
    return v.isNull() ? std::nullopt : std::optional<int>(v.toInt());
}
inline std::optional<QDate> toDate(const QVariant &v)
{
    return v.isNull() ? std::nullopt : std::optional<QDate>(QDate::fromString(v.toString(), Qt::ISODate));
}
} // namespace SqlValue

} // namespace cac
