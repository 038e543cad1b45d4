#include "recentfiles.h"

#include <QFileInfo>
#include <QSettings>

namespace {
const QString Key = QStringLiteral("recentFiles");
}

QStringList RecentFiles::list()
{
    return QSettings().value(Key).toStringList();
}

void RecentFiles::add(const QString &path)
{
    QStringList files = list();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    files.removeAll(absolute);
    files.prepend(absolute);
    while (files.size() > Max)
        files.removeLast();
    QSettings().setValue(Key, files);
}

void RecentFiles::remove(const QString &path)
{
    QStringList files = list();
    files.removeAll(QFileInfo(path).absoluteFilePath());
    QSettings().setValue(Key, files);
}
