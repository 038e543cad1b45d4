#pragma once

#include "db/result.h"

#include <QHash>
#include <QSqlDatabase>
#include <QString>
#include <QVariantMap>

namespace cac {

// What a letter's placeholders hold, for one agency and year, as plain values: names and notes
// are text (the renderer escapes them), unknown figures read "not reported", ranges "15 to 25".
// `overrides` sets or replaces values by dotted name ("meeting.chair" = "...").
namespace LetterContext {
Result<QVariantMap> build(QSqlDatabase db, const QString &ori, int year, const QHash<QString, QString> &overrides = {});
// Joins a list as people write it: "2016, 2017 and 2018".
QString joined(const QStringList &items);
} // namespace LetterContext

} // namespace cac
