#include "fileidentity.h"

#include <QFile>
#include <QFileInfo>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

namespace cac {

std::optional<FileIdentity> FileIdentity::of(const QString &path)
{
    if (path.isEmpty())
        return std::nullopt;
    FileIdentity identity;
#ifdef Q_OS_UNIX
    struct stat info
    {
    };
    // stat() follows links, so a link to the database is the database.
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return std::nullopt;
    identity.m_device = quint64(info.st_dev);
    identity.m_inode = quint64(info.st_ino);
#else
    // Windows has no POSIX locks to lose, and hard links to a database are rare: the canonical
    // path (links resolved) is enough to tell the database from another file there.
    const QString canonical = QFileInfo(path).canonicalFilePath();
    if (canonical.isEmpty())
        return std::nullopt;
    identity.m_canonicalPath = canonical.toCaseFolded();
#endif
    return identity;
}

} // namespace cac
