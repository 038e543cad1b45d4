#include "diskspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStorageInfo>

namespace cac {

QString DiskSpace::explain(const QString &databasePath, const QString &message)
{
    // Less than this left is full for SQLite: a WAL frame, a -shm page or a journal needs more.
    constexpr qint64 AlmostNothing = 1 << 20;
    const QString folder = QFileInfo(databasePath).absolutePath();
    const QStorageInfo storage(folder);
    if (!storage.isValid() || storage.bytesAvailable() >= AlmostNothing)
        return message;
    return QCoreApplication::translate("DiskSpace", "the disk holding %1 is full (%2 KiB free): %3")
            .arg(QDir::toNativeSeparators(folder))
            .arg(storage.bytesAvailable() / 1024)
            .arg(message);
}

} // namespace cac
