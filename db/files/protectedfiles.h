#pragma once

#include "db/status.h"

#include <QString>

namespace cac {

// The database files open in this process, which nothing but SQLite may open. POSIX locks
// belong to the process, not to a handle: closing any other handle on the database, its -wal,
// -shm or -journal drops the locks that keep another program from deleting the log under us,
// and then that program's writes, or ours, are lost. So the list is process-wide, and every
// file the program itself opens or writes (import sources, export targets, backups, folders it
// scans) is checked against it first, by identity on disk and by name.
namespace ProtectedFiles {
// A database file opened (and later closed) by a connection; counted, so two connections to
// one file keep it listed until both are gone.
void add(const QString &databasePath);
void remove(const QString &databasePath);
// Whether the program may open or write `path`: a failure saying why when it is an open
// database or one of its companion files.
Status check(const QString &path);
// The same for a file SQLite is asked to open as a database: another connection to an open
// database is fine (SQLite shares its locks within the process), its -wal, -shm or -journal
// opened as a database of its own is not.
Status checkAsDatabase(const QString &path);
} // namespace ProtectedFiles

} // namespace cac
