#include "recentfiles.h"

#include "db/engine/database.h"

#include <QFileInfo>
#include <QSettings>

namespace cac {

namespace {
const QString Key = QStringLiteral("recentFiles");
}

QStringList RecentFiles::list()
{
    return QSettings().value(Key).toStringList();
}

namespace {
// A server's address (given without its password) is kept as it is; a file by its absolute path.
QString keptAs(const QString &path)
{
    return Database::namesServer(path) ? path : QFileInfo(path).absoluteFilePath();
}
} // namespace

void RecentFiles::add(const QString &path)
{
    if (path.isEmpty())
        return;
    QStringList files = list();
    const QString absolute = keptAs(path);
    files.removeAll(absolute);
    files.prepend(absolute);
    while (files.size() > Max)
        files.removeLast();
    QSettings().setValue(Key, files);
}

void RecentFiles::remove(const QString &path)
{
    QStringList files = list();
    files.removeAll(keptAs(path));
    QSettings().setValue(Key, files);
}

} // namespace cac
