#include "db/import/importfolder.h"

#include "db/files/protectedfiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace cac {

namespace {

// Why a file found in a folder is not imported, or empty.
QString skipReason(const QFileInfo &info)
{
    const QString name = info.fileName();
    if (name.startsWith(u"~$") || (name.startsWith(u".~lock.") && name.endsWith(u'#')))
        return QCoreApplication::translate("ImportFolder", "a lock file of an open workbook");
    if (const Status free = ProtectedFiles::check(info.filePath()); !free.ok())
        return free.error();
    for (const char *suffix : {"-wal", "-shm", "-journal"}) {
        if (name.endsWith(QLatin1StringView(suffix)))
            return QCoreApplication::translate("ImportFolder", "a database's companion file");
    }
    if (ImportFolder::isDatabaseFile(info.filePath()))
        return QCoreApplication::translate("ImportFolder", "a database, not a file to import");
    return QString();
}

} // namespace

bool ImportFolder::isDatabaseFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && file.read(16) == QByteArray("SQLite format 3\0", 16);
}

bool ImportFolder::isImportable(const QString &fileName)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    return suffix == u"csv" || suffix == u"tsv" || suffix == u"txt" || suffix == u"xlsx" || suffix == u"xls" || suffix == u"ods";
}

ImportFolder::Files ImportFolder::expand(const QStringList &named)
{
    Files found;
    for (const QString &path : named) {
        const QFileInfo info(path);
        if (!info.exists()) {
            found.error = QCoreApplication::translate("ImportFolder", "%1: no such file or folder").arg(path);
            return found;
        }
        if (!info.isDir()) {
            found.files << path; // named by the user: the import itself checks it
            continue;
        }
        const QDir dir(path);
        const QFileInfoList entries = dir.entryInfoList(QDir::Files | QDir::NoDotAndDotDot, QDir::Name);
        int taken = 0;
        for (const QFileInfo &entry : entries) {
            if (!isImportable(entry.fileName()))
                continue;
            if (const QString why = skipReason(entry); !why.isEmpty()) {
                found.skipped << QStringLiteral("%1: %2").arg(entry.filePath(), why);
                continue;
            }
            found.files << entry.filePath();
            ++taken;
        }
        if (taken == 0) {
            found.error =
                    QCoreApplication::translate("ImportFolder",
                                                "%1: the folder holds no file to import (.csv, .tsv, .txt, .xlsx, .xls or .ods)")
                            .arg(path);
            return found;
        }
    }
    return found;
}

} // namespace cac
