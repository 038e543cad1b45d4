#pragma once

#include <QString>
#include <QStringList>

namespace cac {

// The files an import takes from what the user names: each file as it is, and each folder's
// files that an import reads (.csv, .tsv, .txt, .xlsx, .xls, .ods), sorted by name, not recursing.
// A folder scan skips, and names, the open database and its -wal, -shm and -journal, any other
// SQLite file, backups, and the lock files Excel (~$name) and LibreOffice (.~lock.name#)
// leave beside an open workbook; hidden files are not looked at.
namespace ImportFolder {
struct Files
{
    QStringList files;
    QStringList skipped; // "path: why", for the user
    QString error;       // a named path that does not exist, or a folder with nothing to import
};
Files expand(const QStringList &named);
// Whether the name is one an import reads (by its extension; the content decides the format).
bool isImportable(const QString &fileName);
// Whether the file is a SQLite database (its first bytes). It opens the file: never call it on
// the open database (compare FileIdentity first), whose locks a second handle would drop.
bool isDatabaseFile(const QString &path);
} // namespace ImportFolder

} // namespace cac
