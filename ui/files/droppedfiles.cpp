#include "droppedfiles.h"

#include "db/files/fileidentity.h"
#include "db/import/importfolder.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QMimeData>
#include <QUrl>

namespace cac {

DroppedFiles::Plan DroppedFiles::plan(const QStringList &paths, const QString &openDatabase)
{
    Plan plan;
    const std::optional<FileIdentity> open = openDatabase.isEmpty() ? std::nullopt : FileIdentity::of(openDatabase);
    QStringList databases;
    QStringList reports;
    for (const QString &path : paths) {
        if (open && FileIdentity::of(path) == open) {
            plan.action = Plan::Action::AlreadyOpen;
            plan.message = QCoreApplication::translate("DroppedFiles", "%1 is the database already open.")
                                   .arg(QFileInfo(path).fileName());
            return plan;
        }
        (QFileInfo(path).isFile() && ImportFolder::isDatabaseFile(path) ? databases : reports) << path;
    }
    if (!databases.isEmpty()) {
        if (databases.size() > 1 || !reports.isEmpty()) {
            plan.message = QCoreApplication::translate("DroppedFiles",
                                                       "Drop one database to open it, or report files to import them, not both.");
            return plan;
        }
        plan.action = Plan::Action::OpenDatabase;
        plan.database = databases.first();
        return plan;
    }
    const ImportFolder::Files found = ImportFolder::expand(reports);
    if (!found.error.isEmpty()) {
        plan.message = found.error;
        return plan;
    }
    plan.action = Plan::Action::Import;
    plan.files = found.files;
    return plan;
}

QStringList DroppedFiles::localFiles(const QMimeData &dragged)
{
    QStringList paths;
    for (const QUrl &url : dragged.urls()) {
        if (!url.isLocalFile())
            return {};
        paths << url.toLocalFile();
    }
    return paths;
}

} // namespace cac
