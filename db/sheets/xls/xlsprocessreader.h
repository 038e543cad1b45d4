#pragma once

#include "db/import/rows/recordsource.h"
#include "db/sheets/xls/readerprocess.h"

#include <QStringList>

#include <optional>

namespace cac {

// Reads one sheet of an .xls workbook through the reader program cac-review-xls (freexl in a
// process of its own, see XlsWire), as records. If the reader dies or says something that does
// not parse, the import is refused with the file named, and nothing of it is written.
class XlsProcessReader : public RecordSource
{
public:
    XlsProcessReader(const QString &path, int sheet, const QString &sheetName, qint64 fileSize);
    // The workbook's sheets, or nothing with `refusal` saying why.
    static std::optional<QStringList> sheetNames(const QString &path, ImportIssue *refusal);
    // The reader program: $CAC_XLS_READER, else cac-review-xls beside this program or in
    // ../libexec/cac-review/ from it.
    static QString program();

    bool read(SourceRecord &record) override;
    bool hasError() const override { return !m_error.message.isEmpty(); }
    ImportIssue error() const override { return m_error; }
    qint64 bytesConsumed() const override { return m_done ? m_fileSize : 0; }
    QString sheetName() const override { return m_sheetName; }
    QString description() const override;

private:
    void fail(int row, int column, const QString &message);

    ReaderProcess m_process;
    QString m_sheetName;
    qint64 m_fileSize;
    QByteArray m_buffer;
    QStringList m_values;
    ImportIssue m_error;
    bool m_done = false;
};

} // namespace cac
