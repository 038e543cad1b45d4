#pragma once

#include "db/status.h"

#include <QIODevice>
#include <QString>

#include <functional>
#include <optional>

namespace cac {

// The one way the program writes a file: whole or not at all. The bytes go to a temporary file
// beside the target, made readable by its owner only before the first byte is written; every
// write and the final flush to disk are checked, and only a complete file is renamed over the
// target. On any failure (a full disk, a cancel, a writer that gives up) the old file stays as
// it was and the error names the file and the cause. Before anything is opened, the target is
// refused if it is an open database or one of its working files, or an existing file of
// another type (a CSV export never lands on an SQLite file).
namespace AtomicFile {
enum class Kind { Csv, Text, Html, Svg, Pdf, Png, Odt, Xlsx, Sqlite };

// The kind a file name's suffix stands for, if it is one the program writes.
std::optional<Kind> kindOfSuffix(const QString &path);
// Whether `path` may be written as `kind`: a failure saying why not.
Status check(const QString &path, Kind kind);
// Writes `path` through `fill`, which returns false when it could not produce the file.
Status write(const QString &path, Kind kind, const std::function<bool(QIODevice &)> &fill);
// The same for a library that writes only to a file name (libxlsxwriter): `fill` writes the
// whole file at the name it is given, a private temporary file beside the target, and says
// whether it is complete; only then is it synced to disk and renamed over the target.
Status writeByName(const QString &path, Kind kind, const std::function<Status(const QString &)> &fill);
} // namespace AtomicFile

} // namespace cac
