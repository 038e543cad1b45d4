#pragma once

#include <QString>

namespace cac {

// A database whose folder cannot be written (a read-only share, a CD, a locked-down folder):
// SQLite cannot make the -wal and -shm files there, so a WAL database opens only as an
// "immutable" URI, read-only, on the promise that nobody changes it meanwhile. Reading then
// works (summary, export, charts); every write is refused with this reason.
namespace ReadOnlyFolder {
// True when the folder of `path` cannot be written.
bool holds(const QString &path);
// The URI SQLite opens such a file by: file:/path?immutable=1, percent-encoded.
QString immutableUri(const QString &path);
// "the folder F cannot be written": why nothing can be written to `path`.
QString reason(const QString &path);
} // namespace ReadOnlyFolder

} // namespace cac
