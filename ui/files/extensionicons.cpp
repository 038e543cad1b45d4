#include "extensionicons.h"

#include <QFileInfo>
#include <QIcon>

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
    return m_mimes.mimeTypeForFile(info, QMimeDatabase::MatchExtension).comment();
}
