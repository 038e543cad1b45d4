#include "readonlyfolder.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QUrl>

namespace cac {

bool ReadOnlyFolder::holds(const QString &path)
{
    return !QFileInfo(QFileInfo(path).absolutePath()).isWritable();
}

QString ReadOnlyFolder::immutableUri(const QString &path)
{
    return QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()).toString(QUrl::FullyEncoded) + QStringLiteral("?immutable=1");
}

QString ReadOnlyFolder::reason(const QString &path)
{
    return QCoreApplication::translate("ReadOnlyFolder", "its folder %1 cannot be written (a read-only folder or drive)")
            .arg(QDir::toNativeSeparators(QFileInfo(path).absolutePath()));
}

} // namespace cac
