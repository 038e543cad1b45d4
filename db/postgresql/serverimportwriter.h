#pragma once

#include "db/import/importwriter.h"
#include "db/postgresql/pgconnection.h"

#include <QByteArray>
#include <QList>
#include <QSet>

#include <memory>

namespace cac {

// The import into a server database, on a libpq connection of its own, in one transaction. The
// rows ImportRun has checked are gathered as COPY text and copied into a temporary staging table
// a batch at a time, then merged into misuse_report by one INSERT ... ON CONFLICT DO UPDATE that
// changes only rows whose values differ: one round trip per batch instead of one per row, and
// the server merges one batch while the next is read and checked here.
// A new agency takes its id from the sequence (reserved a block at a time) and is staged as COPY
// text with its first contact, so that the reports that follow have its id; agencies and
// contacts are copied before each merge of reports. The transaction is marked bulk (cac_begin_bulk), so the server's
// audit triggers log the import's changes of existing reports as 'import', not its new rows.
// The read indexes are kept up to date, not dropped for a large import as in a file: dropping
// one locks the table against every reader until the import ends.
class ServerImportWriter final : public ImportWriter
{
public:
    Status begin(const Database &database, const QString &osUser) override;
    Status useCategoryColumns(const QList<bool> &categoryColumns) override;
    Status flush() override;
    Status commit() override;
    void rollback() override;

    Result<QHash<QString, qint64>> agencyIds() override;
    Result<bool> isDemo() override;
    Status markAsDemo() override;
    int reportCount() override;
    std::optional<MisuseReport> findReport(qint64 agencyId, int year) override;
    Status recordImport(const QJsonObject &details) override;
    std::optional<std::pair<QString, int>> issuedForm(const QString &formId) override;
    Status rememberMapping(const QString &signature, const QStringList &headers, const QJsonObject &mapping) override;

    Result<qint64> insertAgency(const AgencyRecord &agency) override;
    Status updateAgency(qint64 id, const AgencyRecord &agency) override;
    Status upsertContact(qint64 agencyId, const ContactRecord &contact) override;
    Status writeReport(const MisuseReport &report) override;

    Result<ImportChanges::List> changes(int limit) override;

    int reportsWritten() const override { return m_written; }
    bool hasWritten() const override { return m_changed; }
    int reportsUnchanged() const override { return m_unchanged; }

private:
    // `sql` with its ? parameters numbered as PostgreSQL wants them ($1, $2...).
    Result<PgResult> exec(const QString &sql, const PgConnection::Parameters &parameters = {});
    Status write(const QString &sql, const PgConnection::Parameters &parameters);
    QString mergeSql() const;
    // Copies the staged agencies and their first contacts.
    Status flushAgencies();
    // Copies the staged reports and sends their merge without waiting for it; awaitMerge()
    // waits, before anything else is sent, and counts what the merge wrote.
    Status sendBatch();
    Status awaitMerge();

    std::unique_ptr<PgConnection> m_connection;
    QList<bool> m_categoryColumns;
    QByteArray m_staged; // COPY text of the reports not yet merged
    int m_stagedRows = 0;
    int m_merging = 0;            // reports in the merge the server is running, not yet counted
    QByteArray m_stagedAgencies;  // COPY text of the agencies added and not yet copied
    QByteArray m_stagedContacts;  // and of their first contacts
    QList<qint64> m_reservedIds;  // agency ids taken from the sequence and not yet given
    QSet<qint64> m_newAgencies;   // agencies added, whose first contact is yet to come
    QSet<qint64> m_contactStaged; // agencies whose first contact is staged, not yet copied
    qint64 m_firstAuditId = 0;
    int m_written = 0;
    int m_unchanged = 0;
    bool m_changed = false;
};

} // namespace cac
