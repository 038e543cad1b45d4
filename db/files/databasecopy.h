#pragma once

#include "db/status.h"

#include <QString>

namespace cac {

// Whole copies of a database, made by SQLite itself so that they are consistent while other
// connections (this program's or another's) read and write, and so that nothing but SQLite
// ever opens the database file.
namespace DatabaseCopy {
// A new private file (0600) at `target` holding `source` as last committed (VACUUM INTO).
// `target` must not exist.
Status vacuumInto(const QString &source, const QString &target);
// Writes `backup` over the live database `target` through SQLite's backup API, in one
// transaction under SQLite's locks: other connections see the old content or the new, never a
// mixture, and a failure leaves the old content.
Status restoreInto(const QString &backup, const QString &target);
} // namespace DatabaseCopy

} // namespace cac
