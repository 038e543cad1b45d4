#pragma once

#include "result.h"

#include <QString>

#include <optional>

class Database;

// Writes reports in the import format (docs/csv-format.md), one row per agency and year, so that
// importing the file into an empty database gives the same reports. The file is replaced only
// once it is complete. A demo database's rows carry "demo data, fictional agencies".
class CsvExporter
{
public:
    explicit CsvExporter(Database &database);
    // The number of rows written.
    Result<int> exportTo(const QString &path, std::optional<int> year = std::nullopt);

private:
    Database &m_database;
};
