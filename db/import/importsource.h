#pragma once

#include "db/csv/textencoding.h"
#include "db/status.h"
#include "db/import/columnmapping.h"
#include "db/import/importissue.h"
#include "db/import/rows/recordsource.h"

#include <QFile>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

namespace cac {

class OdsWorkbook;
class XlsxWorkbook;

// An import file opened as what its content says it is, whatever its name: CSV text (in the
// encoding found or named) or a sheet of a workbook, .xlsx, .xls or .ods (the sheet named, or
// else the first with a header row, and the sheets after it with the same header). The import and the window's preview read a file through this one door,
// so both see the same records. Nothing is opened before the file is known to be safe to read:
// not the open database or its side files, not a folder, pipe or device.
class ImportSource
{
public:
    struct Choice
    {
        std::optional<TextEncoding::Kind> encoding;
        QString sheet;
        ColumnMapping mapping;
        QHash<QString, ColumnMapping> remembered;
    };

    ~ImportSource();
    // Whether the file is a workbook (.xlsx, .ods, .xls), which may have several sheets alike,
    // from its first bytes; false for text, and for a file open() would refuse. A CSV file is
    // not opened as a source to find out: that reads it whole, to find its encoding.
    static bool isWorkbook(const QString &path);
    // The file opened, or nothing with `refusal` saying why (placed at its sheet and cell
    // where there is one).
    static std::unique_ptr<ImportSource> open(const QString &path, const Choice &choice, ImportIssue *refusal);

    RecordSource &records() { return *m_records; }
    qint64 size() const { return m_size; }
    // The workbook's sheets, in order; empty for CSV.
    QStringList sheetNames() const;
    QString chosenSheet() const { return m_records->sheetName(); }
    // With no sheet named: the sheet chosen and the sheets after it whose header row is the
    // same, which an import reads as one table; empty when a sheet was named, or for CSV.
    QStringList sheetsAlike() const { return m_alike; }

private:
    // Whether open() may open the file at all: never the open database, a folder, a pipe or a
    // device. Checked before anything opens it.
    static Status mayOpen(const QString &path);
    enum class Container { Text, Zip, OldWorkbook };
    static Container containerOf(const QByteArray &head);
    ImportSource() = default;
    bool openWorkbook(const QString &path, const Choice &choice, ImportIssue *refusal);
    bool openOds(const QString &path, const Choice &choice, ImportIssue *refusal);
    bool openOldWorkbook(const QString &path, const Choice &choice, ImportIssue *refusal);
    // The sheet named, or the first with a header row, as a reader.
    bool chooseSheet(const std::function<std::unique_ptr<RecordSource>(int)> &reader, const Choice &choice, ImportIssue *refusal);

    QFile m_file;
    std::unique_ptr<XlsxWorkbook> m_workbook;
    std::unique_ptr<OdsWorkbook> m_ods;
    QStringList m_sheetNames;
    QStringList m_alike;
    std::unique_ptr<RecordSource> m_records;
    qint64 m_size = 0;
};

} // namespace cac
