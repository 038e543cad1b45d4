#pragma once

#include "db/result.h"

#include <QString>

class QWidget;

namespace cac {

// Exports a database's reports as CSV or .xlsx (by the name's suffix) on a worker thread with its own connection, showing
// progress and Cancel; the window stays responsive. The number of rows written, or why not.
namespace ExportTask {
Result<int> run(const QString &databasePath, const QString &path, QWidget *parent);
}

} // namespace cac
