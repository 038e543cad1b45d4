#pragma once

#include "db/import/repeat/importfingerprint.h"
#include "db/status.h"

namespace cac {

class SqliteConnection;

// The import_fingerprint table of a file, on the import's own connection and inside its
// transaction. The table's triggers empty it whenever an agency, contact, report or meta row is
// written, so a row found here describes the database as it is.
class ImportFingerprintStore
{
public:
    explicit ImportFingerprintStore(SqliteConnection &connection) : m_connection(connection) {}

    // The counts of the import of these bytes read this way, if it is recorded. The file is
    // hashed (waited for) only when an import of its size and reading is recorded.
    Result<std::optional<ImportFingerprint::Counts>> find(ImportFingerprint &fingerprint);
    Status record(ImportFingerprint &fingerprint, const ImportFingerprint::Counts &counts);

private:
    SqliteConnection &m_connection;
};

} // namespace cac
