#pragma once

#include <QString>

namespace cac {

// SQLite reports a full disk in WAL mode as a "disk I/O error" (the -shm or -wal cannot grow).
// When the disk holding a database is all but full, the message says so instead.
namespace DiskSpace {
// `message`, or "the disk holding FOLDER is full (N KiB free)" when that is the likely cause.
QString explain(const QString &databasePath, const QString &message);
} // namespace DiskSpace

} // namespace cac
