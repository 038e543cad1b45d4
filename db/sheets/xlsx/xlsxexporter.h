#pragma once

#include "db/result.h"

#include <QString>

#include <atomic>
#include <functional>
#include <optional>

namespace cac {

class Database;

// Writes the reports as an Excel workbook (.xlsx) with libxlsxwriter: one row per agency and
// year, in the columns of the import format, with numbers as numbers, the filed date as a date
// cell, unknown as an empty cell (never 0), and a range of violations as its low and high ends
// in two columns (which the import reads as well as CSV's "15-25"). The header row is frozen
// and filtered; an "About" sheet names the database, the date and, for demo data, "Demo data,
// fictional agencies" (which every row of a demo export also carries). A sheet holds at most
// 1,048,575 reports: a larger export gets one sheet per reporting year. The file is written
// whole or not at all (AtomicFile::writeByName), private to its owner.
class XlsxExporter
{
public:
    struct Options
    {
        std::optional<int> year;
        std::function<void(int done, int total)> progress; // now and then, from the exporting thread
        const std::atomic_bool *cancel = nullptr;          // set: stop, and leave no file behind
        int rowsPerSheet = MaxRowsPerSheet;                // fewer only for tests
    };
    static constexpr int MaxRowsPerSheet = 1048575; // Excel's 1,048,576 rows, less the header

    explicit XlsxExporter(Database &database);
    // The number of reports written.
    Result<int> exportTo(const QString &path, const Options &options);

private:
    Database &m_database;
};

} // namespace cac
