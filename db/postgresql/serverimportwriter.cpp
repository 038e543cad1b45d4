#include "db/postgresql/serverimportwriter.h"

#include "db/postgresql/copyrow.h"

#include "db/engine/database.h"
#include "db/model/misusecategory.h"
#include "db/stores/columnmappingstore.h"
#include "db/stores/metastore.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <tuple>
#include <utility>

namespace cac {

namespace {

// Reports gathered before a merge: enough to make the round trips few, little enough that the
// COPY text (about 150 bytes a report) stays a few megabytes.
constexpr int batchRows = 20000;
// Agency ids taken from the sequence in one round trip, for agencies staged before they are copied.
constexpr int idBlock = 1000;

const SqlDialect &server()
{
    return SqlDialect::of(SqlDialect::Engine::PostgreSQL);
}

QStringList stagedColumns()
{
    return QStringList{QStringLiteral("agency_id"), QStringLiteral("year")} + ImportWriter::reportDataColumns() +
            QStringList{QStringLiteral("source_file"), QStringLiteral("source_line")} + MisuseCategory::columns();
}

std::optional<qint64> wide(std::optional<int> value)
{
    return value ? std::optional<qint64>(*value) : std::nullopt;
}

} // namespace

Result<PgResult> ServerImportWriter::exec(const QString &sql, const PgConnection::Parameters &parameters)
{
    if (const Status merged = awaitMerge(); !merged.ok())
        return Result<PgResult>::failure(merged.error());
    // The statements shared with a file's writer (MetaStore's, ColumnMappingStore's,
    // ImportChanges') are written as SQLite takes them, with ? or ?N: PostgreSQL writes $N.
    QString numbered;
    int next = 0;
    for (qsizetype i = 0; i < sql.size(); ++i) {
        if (sql.at(i) != u'?') {
            numbered += sql.at(i);
            continue;
        }
        qsizetype digits = i + 1;
        while (digits < sql.size() && sql.at(digits).isDigit())
            ++digits;
        numbered += u'$' + (digits > i + 1 ? sql.mid(i + 1, digits - i - 1) : QString::number(++next));
        i = digits - 1;
    }
    // Prepared once per text: the statements an import runs per agency run thousands of times.
    return m_connection->execPrepared(numbered, parameters);
}

Status ServerImportWriter::write(const QString &sql, const PgConnection::Parameters &parameters)
{
    const Result<PgResult> result = exec(sql, parameters);
    if (!result.ok())
        return Status::failure(result.error());
    m_changed = m_changed || result.value().affected() > 0;
    return Status::success();
}

Status ServerImportWriter::begin(const Database &database, const QString &osUser)
{
    Result<std::unique_ptr<PgConnection>> opened = PgConnection::open(database.location());
    if (!opened.ok())
        return Status::failure(opened.error());
    m_connection = opened.take();
    Status status = m_connection->run(QStringLiteral("BEGIN"));
    // Settings of this transaction only (is_local = true), read by the server's audit triggers.
    if (status.ok())
        status = m_connection->run(QStringLiteral("SELECT set_config('cac.os_user', $1, true), cac_begin_bulk()"),
                                   {PgConnection::text(osUser)});
    // One import at a time, and no edit of these tables slipping in between the import's reads
    // and its writes; readers are not held up.
    if (status.ok())
        status = m_connection->run(QStringLiteral("LOCK TABLE agency, contact, misuse_report IN SHARE ROW EXCLUSIVE MODE"));
    if (!status.ok() && status.error().contains(QLatin1StringView("permission denied")))
        return Status::failure(QCoreApplication::translate("ImportWriter",
                                                           "your database role may not import reports (that takes the "
                                                           "staff role of server-setup): %1")
                                       .arg(status.error()));
    if (status.ok())
        status = m_connection->run(QStringLiteral("CREATE TEMP TABLE import_report ON COMMIT DROP AS SELECT %1 "
                                                  "FROM misuse_report WITH NO DATA")
                                           .arg(stagedColumns().join(QStringLiteral(", "))));
    if (!status.ok())
        return status;
    const Result<PgResult> last = exec(QStringLiteral("SELECT coalesce(max(id), 0) + 1 FROM audit_log"));
    if (!last.ok())
        return Status::failure(last.error());
    m_firstAuditId = last.value().int64(0, 0);
    return Status::success();
}

Status ServerImportWriter::useCategoryColumns(const QList<bool> &categoryColumns)
{
    if (categoryColumns == m_categoryColumns)
        return Status::success();
    const Status flushed = flush(); // the rows gathered so far merge with their own file's columns
    m_categoryColumns = categoryColumns;
    return flushed;
}

QString ServerImportWriter::mergeSql() const
{
    QStringList file = ImportWriter::reportDataColumns();
    for (int c = 0; c < MisuseReport::CategoryCount; ++c) {
        if (m_categoryColumns.value(c))
            file << MisuseCategory::columns().at(c);
    }
    QStringList sets;
    QStringList changed;
    for (const QString &column : std::as_const(file)) {
        sets << QStringLiteral("%1 = excluded.%1").arg(column);
        changed << QStringLiteral("misuse_report.%1 IS DISTINCT FROM excluded.%1").arg(column);
    }
    sets << QStringLiteral("source_file = excluded.source_file") << QStringLiteral("source_line = excluded.source_line");
    const QString columns = stagedColumns().join(QStringLiteral(", "));
    return QStringLiteral("WITH written AS (INSERT INTO misuse_report (%1) SELECT %1 FROM import_report "
                          "ON CONFLICT (agency_id, year) DO UPDATE SET %2 WHERE %3 RETURNING 1) "
                          "SELECT count(*) FROM written")
            .arg(columns, sets.join(QStringLiteral(", ")), changed.join(QStringLiteral(" OR ")));
}

Status ServerImportWriter::flushAgencies()
{
    if (const Status merged = awaitMerge(); !merged.ok())
        return merged;
    // Agencies before their contacts and reports, which refer to them.
    if (!m_stagedAgencies.isEmpty()) {
        const Status copied = m_connection->copyIn(
                QStringLiteral("COPY agency (id, ori, name, kind, county, parent_org, sworn_staff) FROM STDIN"),
                m_stagedAgencies);
        if (!copied.ok())
            return copied;
        m_stagedAgencies.clear();
    }
    if (!m_stagedContacts.isEmpty()) {
        const Status copied = m_connection->copyIn(
                QStringLiteral("COPY contact (agency_id, name, role, phone, email) FROM STDIN"), m_stagedContacts);
        if (!copied.ok())
            return copied;
        m_stagedContacts.clear();
    }
    m_contactStaged.clear();
    return Status::success();
}

Status ServerImportWriter::awaitMerge()
{
    if (m_merging == 0)
        return Status::success();
    const int rows = std::exchange(m_merging, 0);
    const Result<PgResult> merged = m_connection->receive();
    if (!merged.ok())
        return Status::failure(merged.error());
    const int written = int(merged.value().int64(0, 0));
    m_written += written;
    m_unchanged += rows - written;
    m_changed = m_changed || written > 0;
    return Status::success();
}

Status ServerImportWriter::sendBatch()
{
    if (const Status agencies = flushAgencies(); !agencies.ok())
        return agencies;
    if (m_stagedRows == 0)
        return Status::success();
    Status status = m_connection->run(QStringLiteral("TRUNCATE import_report"));
    if (status.ok())
        status = m_connection->copyIn(
                QStringLiteral("COPY import_report (%1) FROM STDIN").arg(stagedColumns().join(QStringLiteral(", "))), m_staged);
    // The merge runs on the server while the next batch is read, checked and staged here.
    if (status.ok())
        status = m_connection->send(mergeSql());
    if (!status.ok())
        return status;
    m_merging = m_stagedRows;
    m_staged.clear();
    m_stagedRows = 0;
    return Status::success();
}

Status ServerImportWriter::flush()
{
    const Status sent = sendBatch();
    const Status merged = awaitMerge();
    return sent.ok() ? merged : sent;
}

Status ServerImportWriter::writeReport(const MisuseReport &r)
{
    // In the order of stagedColumns().
    CopyRow row(m_staged);
    row.number(r.agencyId)
            .number(r.year)
            .number(r.filed ? std::optional<qint64>(*r.filed ? 1 : 0) : std::nullopt)
            .text(r.filedDate ? r.filedDate->toString(Qt::ISODate) : QString())
            .number(wide(r.investigations))
            .number(r.violations ? std::optional<qint64>(r.violations->low) : std::nullopt)
            .number(r.violations ? std::optional<qint64>(r.violations->high) : std::nullopt)
            .number(wide(r.individuals))
            .number(wide(r.pending));
    for (int i = 0; i < MisuseReport::OutcomeCount; ++i)
        row.number(wide(r.outcomes[i]));
    row.text(r.notes).text(r.sourceFile).number(wide(r.sourceLine));
    for (int c = 0; c < MisuseReport::CategoryCount; ++c)
        row.number(m_categoryColumns.value(c) ? wide(r.categories[c]) : std::nullopt);
    row.end();
    if (++m_stagedRows >= batchRows)
        return sendBatch();
    return Status::success();
}

Status ServerImportWriter::commit()
{
    if (const Status flushed = flush(); !flushed.ok())
        return flushed;
    return m_connection->run(QStringLiteral("COMMIT"));
}

void ServerImportWriter::rollback()
{
    // The staging table goes with the transaction; a failed ROLLBACK leaves nothing open either,
    // since the connection closes with this writer.
    m_staged.clear();
    m_stagedRows = 0;
    m_stagedAgencies.clear();
    m_stagedContacts.clear();
    if (m_connection) {
        std::ignore = awaitMerge(); // the connection takes the ROLLBACK once the merge's result is read
        std::ignore = m_connection->run(QStringLiteral("ROLLBACK"));
    }
}

Result<QHash<QString, qint64>> ServerImportWriter::agencyIds()
{
    const Result<PgResult> read = exec(QStringLiteral("SELECT ori, id FROM agency"));
    if (!read.ok())
        return Result<QHash<QString, qint64>>::failure(read.error());
    QHash<QString, qint64> ids;
    for (int row = 0; row < read.value().rows(); ++row)
        ids.insert(read.value().text(row, 0), read.value().int64(row, 1));
    return ids;
}

Result<bool> ServerImportWriter::isDemo()
{
    const Result<PgResult> read = exec(MetaStore::ValueSql, {PgConnection::text(MetaStore::DemoKey)});
    if (!read.ok())
        return Result<bool>::failure(read.error());
    return read.value().rows() > 0 && !read.value().text(0, 0).isEmpty();
}

Status ServerImportWriter::markAsDemo()
{
    return write(MetaStore::SetValueSql, {PgConnection::text(MetaStore::DemoKey), PgConnection::text(MetaStore::DemoNotice)});
}

int ServerImportWriter::reportCount()
{
    if (!flush().ok())
        return 0; // the transaction has failed: the import is refused at commit
    const Result<PgResult> read = exec(QStringLiteral("SELECT count(*) FROM misuse_report"));
    return read.ok() ? int(read.value().int64(0, 0)) : 0;
}

std::optional<MisuseReport> ServerImportWriter::findReport(qint64 agencyId, int year)
{
    if (!flush().ok())
        return std::nullopt;
    const Result<PgResult> read =
            exec(QStringLiteral("SELECT id, %1, source_line, %2, source_file FROM misuse_report WHERE agency_id = ? AND year = ?")
                         .arg(ImportWriter::reportDataColumns().join(QStringLiteral(", ")),
                              MisuseCategory::columns().join(QStringLiteral(", "))),
                 {PgConnection::number(agencyId), PgConnection::number(year)});
    if (!read.ok() || read.value().rows() == 0)
        return std::nullopt;
    const PgResult &q = read.value();
    MisuseReport r;
    r.id = q.int64(0, 0);
    r.agencyId = agencyId;
    r.year = year;
    if (const std::optional<int> filed = q.integer(0, 1))
        r.filed = *filed != 0;
    if (!q.isNull(0, 2))
        r.filedDate = QDate::fromString(q.text(0, 2), Qt::ISODate);
    r.investigations = q.integer(0, 3);
    if (const std::optional<int> low = q.integer(0, 4))
        r.violations = ViolationRange{*low, q.integer(0, 5).value_or(*low)};
    r.individuals = q.integer(0, 6);
    r.pending = q.integer(0, 7);
    for (int i = 0; i < MisuseReport::OutcomeCount; ++i)
        r.outcomes[i] = q.integer(0, 8 + i);
    r.notes = q.isNull(0, 15) ? QString() : q.text(0, 15);
    r.sourceLine = q.integer(0, 16);
    for (int c = 0; c < MisuseReport::CategoryCount; ++c)
        r.categories[c] = q.integer(0, 17 + c);
    r.sourceFile = q.isNull(0, 17 + MisuseReport::CategoryCount) ? QString() : q.text(0, 17 + MisuseReport::CategoryCount);
    return r;
}

Status ServerImportWriter::recordImport(const QJsonObject &details)
{
    // Through the server's function: no role may write the log itself (resources/server/roles.sql).
    return write(QStringLiteral("SELECT cac_log_action($1, $2, $3)"),
                 {PgConnection::text(QStringLiteral("misuse_report")), PgConnection::text(QStringLiteral("import")),
                  QJsonDocument(details).toJson(QJsonDocument::Compact)});
}

std::optional<std::pair<QString, int>> ServerImportWriter::issuedForm(const QString &formId)
{
    const Result<PgResult> read = exec(QStringLiteral("SELECT a.ori, f.year FROM reporting_form f "
                                                      "JOIN agency a ON a.id = f.agency_id WHERE f.id = ?"),
                                       {PgConnection::text(formId)});
    if (!read.ok() || read.value().rows() == 0)
        return std::nullopt;
    return std::pair{read.value().text(0, 0), read.value().integer(0, 1).value_or(0)};
}

Status ServerImportWriter::rememberMapping(const QString &signature, const QStringList &headers, const QJsonObject &mapping)
{
    return write(ColumnMappingStore::rememberSql(server()),
                 {PgConnection::text(signature), PgConnection::text(headers.join(QStringLiteral(", "))),
                  QJsonDocument(mapping).toJson(QJsonDocument::Compact)});
}

Result<qint64> ServerImportWriter::insertAgency(const AgencyRecord &agency)
{
    // Staged with an id of its own from the agency's sequence, and copied with the next batch:
    // two round trips per thousand agencies instead of one per agency.
    if (m_reservedIds.isEmpty()) {
        const Result<PgResult> reserved =
                exec(QStringLiteral("SELECT nextval(pg_get_serial_sequence('agency', 'id')) FROM generate_series(1, ?)"),
                     {PgConnection::number(idBlock)});
        if (!reserved.ok())
            return Result<qint64>::failure(reserved.error());
        for (int row = reserved.value().rows() - 1; row >= 0; --row)
            m_reservedIds.append(reserved.value().int64(row, 0));
    }
    const qint64 id = m_reservedIds.takeLast();
    CopyRow(m_stagedAgencies)
            .number(id)
            .text(agency.ori)
            .text(agency.name)
            .text(agency.kind)
            .text(agency.county)
            .text(agency.parentOrg)
            .number(wide(agency.swornStaff))
            .end();
    m_newAgencies.insert(id);
    m_changed = true;
    return id;
}

Status ServerImportWriter::updateAgency(qint64 id, const AgencyRecord &agency)
{
    if (const Status staged = flushAgencies(); !staged.ok())
        return staged;
    return write(QStringLiteral("UPDATE agency SET name = coalesce($1, name), kind = coalesce($2, kind), "
                                "county = coalesce($3, county), parent_org = coalesce($4, parent_org), "
                                "sworn_staff = coalesce($5::integer, sworn_staff) WHERE id = $6 AND ("
                                "coalesce($1, name) IS DISTINCT FROM name OR coalesce($2, kind) IS DISTINCT FROM kind OR "
                                "coalesce($3, county) IS DISTINCT FROM county OR "
                                "coalesce($4, parent_org) IS DISTINCT FROM parent_org OR "
                                "coalesce($5::integer, sworn_staff) IS DISTINCT FROM sworn_staff)"),
                 {PgConnection::text(agency.name), PgConnection::text(agency.kind), PgConnection::text(agency.county),
                  PgConnection::text(agency.parentOrg), PgConnection::number(wide(agency.swornStaff)), PgConnection::number(id)});
}

Status ServerImportWriter::upsertContact(qint64 agencyId, const ContactRecord &contact)
{
    // An agency this import added has no contact yet: its first is staged with the agency. A
    // second (another row's, with other details) finds the first once both are copied.
    if (m_newAgencies.contains(agencyId) && !m_contactStaged.contains(agencyId)) {
        m_newAgencies.remove(agencyId);
        m_contactStaged.insert(agencyId);
        CopyRow(m_stagedContacts)
                .number(agencyId)
                .text(contact.name)
                .text(contact.role)
                .text(contact.phone)
                .text(contact.email)
                .end();
        return Status::success();
    }
    if (const Status staged = flushAgencies(); !staged.ok())
        return staged;
    const Result<PgResult> found = exec(QStringLiteral("SELECT id FROM contact WHERE agency_id = $1 "
                                                       "AND lower(name) = lower($2) ORDER BY id LIMIT 1"),
                                        {PgConnection::number(agencyId), PgConnection::text(contact.name)});
    if (!found.ok())
        return Status::failure(found.error());
    if (found.value().rows() == 0)
        return write(QStringLiteral("INSERT INTO contact (agency_id, name, role, phone, email) VALUES ($1, $2, $3, $4, $5)"),
                     {PgConnection::number(agencyId), PgConnection::text(contact.name), PgConnection::text(contact.role),
                      PgConnection::text(contact.phone), PgConnection::text(contact.email)});
    return write(QStringLiteral("UPDATE contact SET name = $1, role = coalesce($2, role), phone = coalesce($3, phone), "
                                "email = coalesce($4, email) WHERE id = $5 AND (name IS DISTINCT FROM $1 OR "
                                "coalesce($2, role) IS DISTINCT FROM role OR coalesce($3, phone) IS DISTINCT FROM phone OR "
                                "coalesce($4, email) IS DISTINCT FROM email)"),
                 {PgConnection::text(contact.name), PgConnection::text(contact.role), PgConnection::text(contact.phone),
                  PgConnection::text(contact.email), PgConnection::number(found.value().int64(0, 0))});
}

Result<ImportChanges::List> ServerImportWriter::changes(int limit)
{
    if (const Status flushed = flush(); !flushed.ok())
        return Result<ImportChanges::List>::failure(flushed.error());
    const auto rows = [this](const QString &sql, qint64 first, const std::function<void(const QStringList &)> &row) {
        const Result<PgResult> read = exec(sql, {PgConnection::number(first)});
        if (!read.ok())
            return Status::failure(read.error());
        const PgResult &q = read.value();
        for (int r = 0; r < q.rows(); ++r) {
            QStringList columns;
            for (int c = 0; c < PQnfields(q.raw()); ++c)
                columns << (q.isNull(r, c) ? QString() : q.text(r, c));
            row(columns);
        }
        return Status::success();
    };
    return ImportChanges::read(rows, m_firstAuditId, limit);
}

} // namespace cac
