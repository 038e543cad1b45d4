#pragma once

#include "db/csv/textencoding.h"
#include "db/import/columnmapping.h"
#include "db/import/importsummary.h"

#include <QIODevice>
#include <QString>

#include <atomic>
#include <functional>
#include <optional>

namespace cac {

class Database;

// Imports annual misuse reports from a CSV or tab-separated file (docs/csv-format.md) or a sheet
// of an Excel workbook (.xlsx; docs/spreadsheets.md), told apart by their content, not their
// names: reads it as a stream, checks every value, and writes all of it in one transaction, or
// nothing at all if any value is refused, the run is cancelled, or it is a dry run.
class ReportImporter
{
public:
    struct Options
    {
        bool dryRun = false;
        // The encoding of a CSV file; found from the file when not named.
        std::optional<TextEncoding::Kind> encoding;
        // The sheet of a workbook to read; when empty, the first that has a header row.
        QString sheet;
        // The user's choices of field for the file's columns, and the mappings remembered for
        // files with other headers (by ColumnMapping::signature).
        ColumnMapping mapping;
        QHash<QString, ColumnMapping> remembered;
        // Called now and then with bytes read and bytes in all; from the importing thread.
        std::function<void(qint64, qint64)> progress;
        const std::atomic_bool *cancel = nullptr;
    };

    explicit ReportImporter(Database &database);
    ImportSummary importFile(const QString &path, const Options &options);
    // Several files as one import: every file is checked, and all are written or none. Errors
    // and warnings name their file (ImportIssue::file).
    ImportSummary importFiles(const QStringList &paths, const Options &options);
    // `sourceName` is what reports keep as their source_file.
    ImportSummary importDevice(QIODevice &device, const QString &sourceName, const Options &options);

private:
    Database &m_database;
};

} // namespace cac
