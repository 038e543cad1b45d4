#include "backupactions.h"

#include "filedialogs.h"

#include "db/engine/database.h"
#include "db/files/backups.h"
#include "db/files/databasecopy.h"

#include <QDateTime>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>

namespace cac {

BackupActions::BackupActions(FileHost host, QObject *parent) : QObject(parent), m_window(std::move(host)) {}

void BackupActions::addTo(QMenu *menu)
{
    menu->addAction(tr("&Back up…"), this, &BackupActions::backUp);
    menu->addAction(tr("Restore from bac&kup…"), this, [this] { restore(); });
}

namespace {
// A server database is backed up where it lives, by its administrator; the file copies here
// are a file's.
bool refusedOnServer(const Database &database, QWidget *parent, const QString &title)
{
    if (!database.isServer())
        return false;
    QMessageBox::information(parent, title,
                             BackupActions::tr("%1 is a server database: it is backed up on the server, by its "
                                               "administrator (pg_dump), not from this window.")
                                     .arg(database.displayName()));
    return true;
}
} // namespace

void BackupActions::backUp()
{
    Database *database = m_window.database();
    if (!database || refusedOnServer(*database, m_window.widget, tr("Back up")))
        return;
    const Backups backups(database->path());
    // Made (private) before the dialog, so that the dialog can start in it.
    if (const Status made = backups.ensureFolder(); !made.ok()) {
        QMessageBox::warning(m_window.widget, tr("Back up"), made.error());
        return;
    }
    const QString suggested =
            QDir(backups.folder())
                    .filePath(QStringLiteral("%1_%2_by-hand.sqlite")
                                      .arg(database->displayName(),
                                           QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd_HHmmss"))));
    const QString path =
            FileDialogs::saveFile(m_window.widget, tr("Back up the database"), tr("CAC Review databases (*.sqlite)"), suggested);
    if (path.isEmpty())
        return;
    const Status copied = DatabaseCopy::vacuumInto(database->path(), path);
    if (!copied.ok()) {
        QMessageBox::warning(m_window.widget, tr("Back up"), copied.error());
        return;
    }
    m_window.tell(tr("A copy of the database was kept at %1").arg(QDir::toNativeSeparators(path)));
}

void BackupActions::restore(const QString &backupPath)
{
    Database *database = m_window.database();
    if (!database || refusedOnServer(*database, m_window.widget, tr("Restore from backup")))
        return;
    if (database->isReadOnly()) {
        QMessageBox::information(m_window.widget, tr("Restore from backup"),
                                 tr("This file is read-only: nothing can be restored into it."));
        return;
    }
    const QString databasePath = database->path();
    const Backups backups(databasePath);
    const QString path = !backupPath.isEmpty()
            ? backupPath
            : FileDialogs::openFile(m_window.widget, tr("Restore from backup"),
                                    tr("CAC Review databases (*.sqlite *.db);;All files (*)"), backups.folder());
    if (path.isEmpty())
        return;
    const auto answer = QMessageBox::question(
            m_window.widget, tr("Restore from backup"),
            tr("Replace everything in %1 with the copy %2?\n\nA copy of what is there now is kept first, in %3.")
                    .arg(QDir::toNativeSeparators(databasePath), QDir::toNativeSeparators(path),
                         QDir::toNativeSeparators(backups.folder())),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes || !m_window.closeEditors())
        return;
    const Result<QString> kept = backups.restore(path);
    // Opened again either way: a restore changes the whole file under the window's views.
    m_window.reopen(databasePath);
    if (!kept.ok()) {
        QMessageBox::warning(m_window.widget, tr("Restore from backup"), kept.error());
        return;
    }
    m_window.tell(tr("Restored from %1; what was there before is kept at %2")
                          .arg(QDir::toNativeSeparators(path), QDir::toNativeSeparators(kept.value())));
}

} // namespace cac
