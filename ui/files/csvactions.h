#pragma once

#include "filehost.h"

#include <QObject>
#include <QStringList>

class QMenu;

namespace cac {

// File > Import reports… (CSV or workbooks, one or several), Import a folder of reports… and
// Export reports…: the import through its dialog (check, then write, off the GUI thread; several
// files as one, all or none), and the export of every report in the import format.
class CsvActions : public QObject
{
    Q_OBJECT
public:
    explicit CsvActions(FileHost host, QObject *parent = nullptr);
    void addTo(QMenu *menu);
    void importCsv();
    void importFolder();
    void exportCsv();
    // The import dialog over these files (dropped on the window, say).
    void importFiles(const QStringList &paths);

private:
    bool canImport();
    FileHost m_host;
};

} // namespace cac
