#pragma once

#include "db/import/importwriter.h"
#include "db/model/agencyrecord.h"
#include "db/model/contactrecord.h"
#include "db/model/misusereport.h"
#include "db/result.h"
#include "db/sqlite/sqliteconnection.h"
#include "db/sqlite/sqlitestatement.h"
#include "db/status.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>

#include <memory>
#include <optional>

namespace cac {

// The import's reads and writes into a file, on a connection of its own (SqliteConnection) inside one
// IMMEDIATE transaction, with prepared statements reused for every row. Updates only touch rows
// whose values change, so re-importing a file writes nothing and leaves no audit rows.
class SqliteImportWriter final : public ImportWriter
{
public:
    // Opens the connection to `database`'s file, installs the audit triggers of `schema` (the
    // program's own connection to it) and begins the transaction.
    Status begin(const Database &database, const QString &osUser) override;
    // Before the reports of each file: `categoryColumns[i]` says that the file has a column for
    // category i; the categories it has none for are left as stored.
    Status useCategoryColumns(const QList<bool> &categoryColumns) override;
    Status flush() override { return Status::success(); } // every row is written as it comes
    Status commit() override;
    void rollback() override;

    // The file's agencies and demo flag as they are before the import; a failed read is a failure.
    Result<QHash<QString, qint64>> agencyIds() override;
    Result<bool> isDemo() override;
    Status markAsDemo() override;
    int reportCount() override;
    // With its source_file and source_line.
    std::optional<MisuseReport> findReport(qint64 agencyId, int year) override;
    Status recordImport(const QJsonObject &details) override;
    // The agency (ORI) and year a reporting form was issued for, or nothing for an id never issued.
    std::optional<std::pair<QString, int>> issuedForm(const QString &formId) override;
    // Remembers the mapping chosen for files with these headers (ColumnMapping::signature).
    Status rememberMapping(const QString &signature, const QStringList &headers, const QJsonObject &mapping) override;

    Result<qint64> insertAgency(const AgencyRecord &agency) override;
    // Fields left empty in `agency` keep their stored values.
    Status updateAgency(qint64 id, const AgencyRecord &agency) override;
    Status upsertContact(qint64 agencyId, const ContactRecord &contact) override;
    // Adds the report, or updates the stored one of the same agency and year where it differs.
    Status writeReport(const MisuseReport &report) override;

    // The reports that were there and that this transaction changed, and the hand corrections
    // it overwrites.
    Result<ImportChanges::List> changes(int limit) override;

    int reportsWritten() const override { return m_written; }
    // Whether this transaction has changed any row yet (a report, an agency, a contact, a log row).
    bool hasWritten() const override;
    int reportsUnchanged() const override { return m_unchanged; }
    Result<std::optional<ImportFingerprint::Counts>> findRepeat(ImportFingerprint &fingerprint) override;
    Status recordRepeat(ImportFingerprint &fingerprint, const ImportFingerprint::Counts &counts) override;

private:
    // For a large import (writeReport, once it has written m_rebuildAfter): drop the indexes that serve only reads (the year and rollup indexes)
    // and build them once at commit, which costs less than keeping them up to date row by row.
    // A rollback restores them with everything else.
    Status deferReadIndexes();
    Status prepareStatements();
    QStringList fileCategoryColumns() const;

    QList<bool> m_categoryColumns;
    QStringList m_deferredIndexes; // their CREATE statements, as the schema holds them
    std::unique_ptr<SqliteConnection> m_connection;
    SqliteStatement m_insertAgency;
    SqliteStatement m_updateAgency;
    SqliteStatement m_findContact;
    SqliteStatement m_insertContact;
    SqliteStatement m_updateContact;
    SqliteStatement m_upsertReport;
    qint64 m_firstAuditId = 0; // the first audit_log id this transaction may write
    int m_written = 0;
    int m_rebuildAfter = 0; // reports written, after which the read indexes are dropped until commit; 0 until the first report
    qint64 m_changesAtBegin = 0; // sqlite3_total_changes once the transaction began
    int m_unchanged = 0;
};

} // namespace cac
