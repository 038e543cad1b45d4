#pragma once

#include <QAbstractFileIconProvider>
#include <QMimeDatabase>

namespace cac {

// An icon provider for file dialogs that names a file's type from its extension alone, never
// from its content. Qt's own file dialog otherwise reads the first bytes of every file it lists
// whose extension the MIME database does not know (Debian's has no glob for *.sqlite or *.db),
// the open database, its -wal and -shm included; closing those handles drops the process's
// POSIX locks on the database, and then another program's writes are lost (seen with strace on
// Qt 6.4.2).
class ExtensionIcons : public QAbstractFileIconProvider
{
public:
    QIcon icon(IconType type) const override;
    QIcon icon(const QFileInfo &info) const override;
    QString type(const QFileInfo &info) const override;

private:
    QMimeDatabase m_mimes;
};

} // namespace cac
