#include "csvactions.h"

#include "filedialogs.h"

#include "db/sqlite/database.h"
#include "ui/exporttask.h"
#include "ui/importdialog.h"

#include <QDir>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>

CsvActions::CsvActions(FileHost host, QObject *parent) : QObject(parent), m_host(std::move(host)) {}

void CsvActions::addTo(QMenu *menu)
{
    menu->addAction(tr("&Import reports…"), QKeySequence(tr("Ctrl+I")), this, &CsvActions::importCsv);
    menu->addAction(tr("&Export reports…"), QKeySequence(tr("Ctrl+E")), this, &CsvActions::exportCsv);
}

void CsvActions::importCsv()
{
    Database *database = m_host.database();
    if (!database)
        return;
    if (database->isReadOnly()) {
        QMessageBox::information(m_host.widget, tr("Import reports"), tr("This file is read-only: nothing can be imported into it."));
        return;
    }
    const QString path = FileDialogs::openFile(m_host.widget, tr("Import misuse reports"),
                                               tr("Reports (*.csv *.tsv *.txt *.xlsx *.xls);;CSV or tab-separated files (*.csv *.tsv *.txt);;"
                                                  "Excel workbooks (*.xlsx *.xls);;All files (*)"));
    if (path.isEmpty())
        return;
    ImportDialog dialog(*database, path, m_host.widget);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_host.imported();
    QString told = tr("Imported %1. Edits made before the import can no longer be undone.").arg(QFileInfo(path).fileName());
    if (!dialog.backupPath().isEmpty())
        told += u' ' + tr("The database as it was before is kept at %1.").arg(QDir::toNativeSeparators(dialog.backupPath()));
    m_host.tell(told);
}

void CsvActions::exportCsv()
{
    Database *database = m_host.database();
    if (!database)
        return;
    const QString path = FileDialogs::saveFile(m_host.widget, tr("Export misuse reports"),
                                                   tr("CSV files (*.csv);;Excel workbooks (*.xlsx)"));
    if (path.isEmpty())
        return;
    const Result<int> result = ExportTask::run(database->path(), path, m_host.widget);
    if (!result.ok()) {
        QMessageBox::warning(m_host.widget, tr("Export"), result.error());
        return;
    }
    m_host.tell(tr("Wrote %1 reports to %2%3").arg(result.value()).arg(path,
                m_host.isDemo() ? tr(" (demo data, fictional agencies)") : QString()));
}
