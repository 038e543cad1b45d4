#include "protectedfiles.h"

#include "fileidentity.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QMutexLocker>

namespace cac {

namespace {

struct Registry
{
    QMutex mutex;
    QHash<QString, int> openCount; // absolute database path -> connections open on it
};

Registry &registry()
{
    static Registry r;
    return r;
}

const QStringList &companionSuffixes()
{
    static const QStringList suffixes = {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")};
    return suffixes;
}

QString absolute(const QString &path)
{
    return QDir::cleanPath(QFileInfo(path).absoluteFilePath());
}

} // namespace

void ProtectedFiles::add(const QString &databasePath)
{
    Registry &r = registry();
    const QMutexLocker lock(&r.mutex);
    ++r.openCount[absolute(databasePath)];
}

void ProtectedFiles::remove(const QString &databasePath)
{
    Registry &r = registry();
    const QMutexLocker lock(&r.mutex);
    const QString key = absolute(databasePath);
    if (--r.openCount[key] <= 0)
        r.openCount.remove(key);
}

namespace {

QString refusalOf(const QString &path, bool allowDatabaseItself)
{
    QStringList databases;
    {
        Registry &r = registry();
        const QMutexLocker lock(&r.mutex);
        databases = r.openCount.keys();
    }
    const QString target = absolute(path);
    const std::optional<FileIdentity> targetIdentity = FileIdentity::of(path);
    for (const QString &database : databases) {
        for (const QString &suffix : companionSuffixes()) {
            const QString companion = database + suffix;
            // By name too: a -wal that does not exist yet must not be created by anyone but SQLite.
            const bool sameName = target == companion;
            const bool sameFile = targetIdentity && targetIdentity == FileIdentity::of(companion);
            if (!sameName && !sameFile)
                continue;
            if (suffix.isEmpty() && allowDatabaseItself)
                return QString();
            return suffix.isEmpty()
                    ? QCoreApplication::translate("ProtectedFiles", "%1 is the open database; choose another file.")
                              .arg(QDir::toNativeSeparators(path))
                    : QCoreApplication::translate("ProtectedFiles",
                                                  "%1 is a working file of the open database %2; choose another file.")
                              .arg(QDir::toNativeSeparators(path), QDir::toNativeSeparators(database));
        }
    }
    return QString();
}

} // namespace

Status ProtectedFiles::check(const QString &path)
{
    const QString refused = refusalOf(path, false);
    return refused.isEmpty() ? Status::success() : Status::failure(refused);
}

Status ProtectedFiles::checkAsDatabase(const QString &path)
{
    const QString refused = refusalOf(path, true);
    return refused.isEmpty() ? Status::success() : Status::failure(refused);
}

} // namespace cac
