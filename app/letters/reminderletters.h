#pragma once

#include "app/outreach/outreachentry.h"
#include "db/result.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace cac {

// Reminder letters for a whole outreach list: one PDF per agency, named ORI-reminder-YEAR.pdf,
// filled from the "reminder" template. The number written, or the first reason one could not be.
namespace ReminderLetters {
Result<int> writeAll(QSqlDatabase db, const QList<OutreachEntry> &entries, int year, const QString &folder);
}

} // namespace cac
