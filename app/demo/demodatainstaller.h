#pragma once

#include "app/demo/demooptions.h"

#include "db/import/importsummary.h"
#include "db/status.h"

namespace cac {

class Database;

// Fills a database with the demo data set: the reports go through the CSV importer, like any
// file, then the warnings, sanctions and service endings are recorded. The database is marked
// as demo data, so every view and export says so.
class DemoDataInstaller
{
public:
    explicit DemoDataInstaller(Database &database);
    Status install(const DemoOptions &options);
    const ImportSummary &importSummary() const { return m_summary; }

private:
    Database &m_database;
    ImportSummary m_summary;
};

} // namespace cac
