#include "ui/files/databasefileactions.h"

#include "db/engine/database.h"
#include "ui/files/filedialogs.h"
#include "ui/files/serverlogin.h"
#include "ui/recentfiles.h"

#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>

namespace cac {

DatabaseFileActions::DatabaseFileActions(FileHost host, std::function<void(std::unique_ptr<Database>)> adopt, QObject *parent)
    : QObject(parent), m_window(std::move(host)), m_adopt(std::move(adopt))
{
}

void DatabaseFileActions::addTo(QMenu *menu)
{
    menu->addAction(tr("&New database…"), QKeySequence::New, this, &DatabaseFileActions::newDatabase);
    menu->addAction(tr("&Open…"), QKeySequence::Open, this, &DatabaseFileActions::openDatabase);
    menu->addAction(tr("Connect to &server…"), this, [this] {
        if (const QString address = ServerLogin::askAddress(m_window.widget); !address.isEmpty())
            m_window.reopen(address);
    });
    m_recentMenu = menu->addMenu(tr("Open &recent"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &DatabaseFileActions::refillRecentMenu);
}

void DatabaseFileActions::openDatabase()
{
    const QString path = FileDialogs::openFile(m_window.widget, tr("Open review database"),
                                               tr("CAC Review databases (*.sqlite *.db);;All files (*)"));
    if (!path.isEmpty())
        m_window.reopen(path);
}

void DatabaseFileActions::newDatabase()
{
    QString path = FileDialogs::saveFile(m_window.widget, tr("New review database"), tr("CAC Review databases (*.sqlite)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".sqlite");
    if (!m_window.closeEditors())
        return;
    if (QFileInfo::exists(path)) {
        QMessageBox::warning(m_window.widget, tr("New review database"),
                             tr("%1 already exists. Choose a new name; an existing file is never overwritten.").arg(path));
        return;
    }
    Result<std::unique_ptr<Database>> created = Database::open(path, Database::Mode::CreateIfMissing);
    if (!created.ok()) {
        QMessageBox::warning(m_window.widget, tr("Cannot create the database"), created.error());
        return;
    }
    m_adopt(created.take());
}

void DatabaseFileActions::refillRecentMenu()
{
    m_recentMenu->clear();
    for (const QString &path : RecentFiles::list()) {
        const QString label =
                Database::namesServer(path) ? path : QFileInfo(path).fileName() + QStringLiteral("  (") + path + u')';
        m_recentMenu->addAction(label, this, [this, path] { m_window.reopen(path); });
    }
    if (m_recentMenu->isEmpty())
        m_recentMenu->addAction(tr("No recent files"))->setEnabled(false);
}

} // namespace cac
