#pragma once

#include <QIODevice>
#include <QStringList>

// Writes RFC 4180 CSV records (CRLF, quotes where needed) in UTF-8, with every cell guarded
// against spreadsheet formula injection (FieldRules::withFormulaGuard).
class CsvWriter
{
public:
    explicit CsvWriter(QIODevice *device);
    // The UTF-8 byte order mark, so that spreadsheets on Windows read accents right.
    bool writeBom();
    bool writeRecord(const QStringList &fields);

private:
    QIODevice *m_device;
    QByteArray m_line;
};
