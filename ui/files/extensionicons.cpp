#include "extensionicons.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QIcon>

namespace cac {

QIcon ExtensionIcons::icon(IconType type) const
{
    return QAbstractFileIconProvider::icon(type);
}

QIcon ExtensionIcons::icon(const QFileInfo &info) const
{
    if (info.isDir())
        return QAbstractFileIconProvider::icon(Folder);
    const QMimeType mime = m_mimes.mimeTypeForFile(info, QMimeDatabase::MatchExtension);
    const QIcon themed = QIcon::fromTheme(mime.iconName(), QIcon::fromTheme(mime.genericIconName()));
    return themed.isNull() ? QAbstractFileIconProvider::icon(File) : themed;
}

QString ExtensionIcons::type(const QFileInfo &info) const
{
    if (info.isDir())
        return QAbstractFileIconProvider::type(info);
    const QMimeType mime = m_mimes.mimeTypeForFile(info, QMimeDatabase::MatchExtension);
    // Debian's MIME database has no glob for these, the very files this program opens.
    const QString suffix = info.suffix().toLower();
    if (mime.isDefault() && (suffix == u"sqlite" || suffix == u"db" || suffix == u"sqlite3"))
        return QCoreApplication::translate("ExtensionIcons", "SQLite database");
    return mime.comment();
}

} // namespace cac
