#pragma once

#include "db/engine/sqldialect.h"
#include "db/import/importchanges.h"
#include "db/import/repeat/importfingerprint.h"
#include "db/model/agencyrecord.h"
#include "db/model/contactrecord.h"
#include "db/model/misusereport.h"
#include "db/result.h"
#include "db/status.h"

#include <QHash>
#include <QJsonObject>
#include <QList>

#include <memory>
#include <optional>

namespace cac {

class Database;

// The import's reads and writes, inside one transaction on a connection of its own: the bulk
// load, which each engine does its own way (SqliteImportWriter: SQLite's C API and prepared
// statements; ServerImportWriter: libpq's COPY into a staging table). ImportRun checks every
// row the same way whichever engine writes it. Updates only touch rows whose values change,
// so re-importing a file writes nothing and leaves no audit rows.
class ImportWriter
{
public:
    static std::unique_ptr<ImportWriter> forEngine(SqlDialect::Engine engine);
    // The columns of misuse_report an import writes besides agency_id, year, the source and the
    // categories, in the order both writers bind them.
    static const QStringList &reportDataColumns();
    virtual ~ImportWriter() = default;

    // Opens the connection to `database`, marks its changes as an import's for the audit log, and
    // begins the transaction, holding off other writers until it ends.
    virtual Status begin(const Database &database, const QString &osUser) = 0;
    // Before the reports of each file: `categoryColumns[i]` says that the file has a column for
    // category i; the categories it has none for are left as stored.
    virtual Status useCategoryColumns(const QList<bool> &categoryColumns) = 0;
    // Writes what is still held back (a writer may gather rows to write them together); the
    // counts below are final after it.
    virtual Status flush() = 0;
    virtual Status commit() = 0;
    virtual void rollback() = 0;

    // The agencies and demo flag as they are before the import; a failed read is a failure.
    virtual Result<QHash<QString, qint64>> agencyIds() = 0;
    virtual Result<bool> isDemo() = 0;
    virtual Status markAsDemo() = 0;
    virtual int reportCount() = 0;
    // With its source_file and source_line.
    virtual std::optional<MisuseReport> findReport(qint64 agencyId, int year) = 0;
    virtual Status recordImport(const QJsonObject &details) = 0;
    // The agency (ORI) and year a reporting form was issued for, or nothing for an id never issued.
    virtual std::optional<std::pair<QString, int>> issuedForm(const QString &formId) = 0;
    // Remembers the mapping chosen for files with these headers (ColumnMapping::signature).
    virtual Status rememberMapping(const QString &signature, const QStringList &headers, const QJsonObject &mapping) = 0;

    virtual Result<qint64> insertAgency(const AgencyRecord &agency) = 0;
    // Fields left empty in `agency` keep their stored values.
    virtual Status updateAgency(qint64 id, const AgencyRecord &agency) = 0;
    virtual Status upsertContact(qint64 agencyId, const ContactRecord &contact) = 0;
    // Adds the report, or updates the stored one of the same agency and year where it differs.
    virtual Status writeReport(const MisuseReport &report) = 0;

    // The reports that were there and that this transaction changed, and the hand corrections
    // it overwrites.
    virtual Result<ImportChanges::List> changes(int limit) = 0;

    virtual int reportsWritten() const = 0; // added or changed
    // Whether this transaction has changed any row yet (a report, an agency, a contact, a log row).
    virtual bool hasWritten() const = 0;
    virtual int reportsUnchanged() const = 0;

    // The imports the database can recognise when they come again (ImportFingerprint). A file
    // keeps them; a server, written by a whole team at once, does not: there every file is read
    // row by row, findRepeat finds nothing and recordRepeat keeps nothing.
    virtual Result<std::optional<ImportFingerprint::Counts>> findRepeat(ImportFingerprint &)
    {
        return std::optional<ImportFingerprint::Counts>();
    }
    // Inside this transaction, after its last change.
    virtual Status recordRepeat(ImportFingerprint &, const ImportFingerprint::Counts &) { return Status::success(); }
};

} // namespace cac
