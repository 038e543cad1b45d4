#pragma once

#include "app/review/queueentry.h"
#include "db/status.h"

#include <QList>
#include <QString>

namespace cac {

// The review queue as a table: rank, agency, priority, the suggested and chosen sanction with the
// override's reason, reviewed or not, and the reasons with their weights. As CSV (formula-guarded,
// a demo queue saying so on every row) or as an .xlsx workbook (numbers as numbers, an About
// sheet), by the file name's suffix; private to its owner, whole or not at all.
namespace QueueExport {
Status save(const QString &path, const QList<QueueEntry> &queue, int year, bool demo, const QString &source);
}

} // namespace cac
