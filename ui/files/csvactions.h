#pragma once

#include "filehost.h"

#include <QObject>

class QMenu;

// File > Import reports… (CSV or .xlsx) and File > Export CSV…: the import through its dialog (check, then write,
// off the GUI thread), and the export of every report in the import format.
class CsvActions : public QObject
{
    Q_OBJECT
public:
    explicit CsvActions(FileHost host, QObject *parent = nullptr);
    void addTo(QMenu *menu);
    void importCsv();
    void exportCsv();

private:
    FileHost m_host;
};
