#pragma once

#include "db/result.h"
#include "db/status.h"

#include <QString>

#include <atomic>
#include <functional>
#include <optional>

namespace cac {

class Database;

// Writes reports in the import format (docs/csv-format.md), one row per agency and year, so that
// importing the file into an empty database gives the same reports. The file is replaced only
// once it is complete. A demo database's rows carry "demo data, fictional agencies".
class CsvExporter
{
public:
    struct Options
    {
        std::optional<int> year;
        std::function<void(int done, int total)> progress; // now and then, from the exporting thread
        const std::atomic_bool *cancel = nullptr;          // set: stop, and leave no file behind
    };

    explicit CsvExporter(Database &database);
    // The number of rows written.
    Result<int> exportTo(const QString &path, const Options &options);
    Result<int> exportTo(const QString &path, std::optional<int> year = std::nullopt);

private:
    struct Written
    {
        int rows = 0;
        bool cancelled = false;
        Status read;  // the reports could be read to the end
        Status saved; // the file is complete
    };
    Written exportFromFile(const QString &path, const Options &options, bool demo, int total);
    Written exportFromServer(const QString &path, const Options &options, bool demo, int total);
    template <typename Rows>
    Written writeRows(Rows &rows, const QString &path, const Options &options, bool demo, int total);

    Database &m_database;
};

} // namespace cac
