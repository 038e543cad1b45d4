#pragma once

#include <QString>
#include <QStringList>

namespace cac {

// Splits an SQL script into single statements, since QSqlQuery runs one at a time.
// Semicolons inside quotes, comments and CREATE TRIGGER ... BEGIN ... END bodies do not split.
namespace SqlScript {
QStringList split(const QString &script);
}

} // namespace cac
