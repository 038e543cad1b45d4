#include "csvactions.h"

#include "filedialogs.h"
#include "writtenfilenotice.h"

#include "db/import/importfolder.h"
#include "db/engine/database.h"
#include "ui/exporttask.h"
#include "ui/import/importdialog.h"
#include "app/format/displaytext.h"

#include <QDir>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>

namespace cac {

CsvActions::CsvActions(FileHost host, QObject *parent) : QObject(parent), m_host(std::move(host)) {}

void CsvActions::addTo(QMenu *menu)
{
    menu->addAction(tr("&Import reports…"), QKeySequence(tr("Ctrl+I")), this, &CsvActions::importCsv);
    menu->addAction(tr("Import a &folder of reports…"), this, &CsvActions::importFolder);
    menu->addAction(tr("&Export reports…"), QKeySequence(tr("Ctrl+E")), this, &CsvActions::exportCsv);
}

void CsvActions::importCsv()
{
    if (!canImport())
        return;
    const QStringList paths = FileDialogs::openFiles(
            m_host.widget, tr("Import misuse reports"),
            tr("Reports (*.csv *.tsv *.txt *.xlsx *.xls *.ods);;CSV or tab-separated files (*.csv *.tsv *.txt);;"
               "Workbooks (*.xlsx *.xls *.ods);;All files (*)"));
    importFiles(paths);
}

void CsvActions::importFolder()
{
    if (!canImport())
        return;
    const QString folder = FileDialogs::existingFolder(m_host.widget, tr("Import a folder of reports"));
    if (folder.isEmpty())
        return;
    const ImportFolder::Files found = ImportFolder::expand({folder});
    if (!found.error.isEmpty()) {
        QMessageBox::warning(m_host.widget, tr("Import a folder of reports"), found.error);
        return;
    }
    if (!found.skipped.isEmpty() &&
        QMessageBox::question(m_host.widget, tr("Import a folder of reports"),
                              DisplayText::plural<CsvActions>(
                                      QT_TR_NOOP("These files of the folder are left out:\n\n%1\n\nImport the other file?"),
                                      QT_TR_NOOP("These files of the folder are left out:\n\n%1\n\nImport the other %n files?"),
                                      found.files.size())
                                      .arg(found.skipped.join(u'\n'))) != QMessageBox::Yes)
        return;
    importFiles(found.files);
}

bool CsvActions::canImport()
{
    Database *database = m_host.database();
    if (!database)
        return false;
    if (const QString why = database->permissions().whyNot(Permissions::Action::Import); !why.isEmpty()) {
        QMessageBox::information(m_host.widget, tr("Import reports"), why);
        return false;
    }
    return true;
}

void CsvActions::importFiles(const QStringList &paths)
{
    Database *database = m_host.database();
    if (paths.isEmpty() || !database)
        return;
    ImportDialog dialog(*database, paths, m_host.widget);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString what = paths.size() == 1 ? QFileInfo(paths.first()).fileName() : tr("%n files", nullptr, int(paths.size()));
    if (!dialog.changedDatabase()) {
        // Nothing was written: the views stand, and so do the edits that can be undone.
        m_host.tell(tr("Imported %1: the database already held every row as the file has it, so nothing was written.").arg(what));
        return;
    }
    m_host.imported();
    QString told = tr("Imported %1. Edits made before the import can no longer be undone.").arg(what);
    if (!dialog.backupPath().isEmpty())
        told += u' ' + tr("The database as it was before is kept at %1.").arg(QDir::toNativeSeparators(dialog.backupPath()));
    m_host.tell(told);
}

void CsvActions::exportCsv()
{
    Database *database = m_host.database();
    if (!database)
        return;
    const QString path = FileDialogs::saveFile(
            m_host.widget, tr("Export misuse reports"), tr("CSV files (*.csv);;Excel workbooks (*.xlsx)"),
            FileDialogs::nameFrom({QFileInfo(database->path()).completeBaseName(), tr("reports")}) + QStringLiteral(".csv"));
    if (path.isEmpty())
        return;
    const Result<int> result = ExportTask::run(database->location(), path, m_host.widget);
    if (!result.ok()) {
        QMessageBox::warning(m_host.widget, tr("Export"), result.error());
        return;
    }
    m_host.tell(DisplayText::plural<CsvActions>(QT_TR_NOOP("Wrote %1 report to %2%3"), QT_TR_NOOP("Wrote %1 reports to %2%3"),
                                                result.value())
                        .arg(result.value())
                        .arg(path, m_host.isDemo() ? tr(" (demo data, fictional agencies)") : QString()));
    WrittenFileNotice::show(m_host.widget, path);
}

} // namespace cac
