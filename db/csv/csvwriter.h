#pragma once

#include <QByteArrayView>
#include <QIODevice>
#include <QStringList>
#include <QStringView>

namespace cac {

// Writes RFC 4180 CSV records (CRLF, quotes where needed) in UTF-8, with every cell guarded
// against spreadsheet formula injection (FieldRules::withFormulaGuard). A record is written
// whole (writeRecord), or cell by cell into a reused buffer (addText, addNumber, then
// endRecord), which an export of a million rows uses to make no string a cell.
class CsvWriter
{
public:
    explicit CsvWriter(QIODevice *device);
    // The UTF-8 byte order mark, so that spreadsheets on Windows read accents right.
    bool writeBom();
    bool writeRecord(const QStringList &fields);

    void addText(QStringView cell);    // guarded and quoted as needed; empty: an empty cell
    void addUtf8(QByteArrayView cell); // the same for text already in UTF-8
    void addNumber(qint64 number);
    bool endRecord(); // writes the record's line; false if the device refused it

private:
    void separate();
    QIODevice *m_device;
    QByteArray m_line;
    bool m_firstCell = true;
};

} // namespace cac
