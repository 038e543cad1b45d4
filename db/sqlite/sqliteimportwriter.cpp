#include "db/sqlite/sqliteimportwriter.h"

#include "db/engine/database.h"

#include <tuple>

#include "db/sqlite/auditcontext.h"
#include "db/sqlite/importfingerprintstore.h"
#include "db/stores/auditlogstore.h"
#include "db/stores/columnmappingstore.h"
#include "db/stores/metastore.h"
#include "db/model/misusecategory.h"

#include <QJsonDocument>
#include <QStringList>

#include <sqlite3.h>
#include <QCoreApplication>

namespace cac {

namespace {

// How many reports an import writes into a table that already holds `reportsBefore` before it
// drops the indexes that serve only reads and builds them once at commit. Keeping them up to date
// costs several times more per row than building them (bench_import, 600,000 rows: into a table
// that already held 60,000 of them, 0.28 of sqlite3's rate; into an empty one, rebuilt at
// commit, about 0.6), so a rebuild wins once the import has written more than about a quarter of
// the reports already there. Counted from the rows written, not guessed from the file's size: a
// file whose rows are all unchanged writes none, and rebuilds nothing.
int rowsWorthARebuild(int reportsBefore)
{
    return std::max(1, reportsBefore / 4);
}

// Built from fixed column lists (the report's, and the category columns the file has); values
// are always bound, never pasted. Parameters: ?1 agency_id, ?2 year, then the data columns,
// source_file, source_line, and last `categories`. A category the file has no column for is
// left as stored.
QString upsertReportSql(const QStringList &categories)
{
    QStringList sets;
    QStringList changed;
    for (const QString &c : ImportWriter::reportDataColumns() + categories) {
        sets << QStringLiteral("%1 = excluded.%1").arg(c);
        changed << QStringLiteral("%1 IS NOT excluded.%1").arg(c);
    }
    const QStringList columns = QStringList{QStringLiteral("agency_id"), QStringLiteral("year")} +
            ImportWriter::reportDataColumns() + QStringList{QStringLiteral("source_file"), QStringLiteral("source_line")} +
            categories;
    QStringList placeholders;
    for (int i = 1; i <= columns.size(); ++i)
        placeholders << QStringLiteral("?%1").arg(i);
    sets << QStringLiteral("source_file = excluded.source_file") << QStringLiteral("source_line = excluded.source_line");
    return QStringLiteral("INSERT INTO misuse_report (%1) VALUES (%2) "
                          "ON CONFLICT (agency_id, year) DO UPDATE SET %3 WHERE %4")
            .arg(columns.join(QStringLiteral(", ")), placeholders.join(QStringLiteral(", ")), sets.join(QStringLiteral(", ")),
                 changed.join(QStringLiteral(" OR ")));
}

} // namespace

Status SqliteImportWriter::begin(const Database &database, const QString &osUser)
{
    QSqlDatabase schema = database.connection();
    Result<std::unique_ptr<SqliteConnection>> opened = SqliteConnection::open(database.path());
    if (!opened.ok())
        return Status::failure(opened.error());
    m_connection = opened.take();
    // Rows this import adds are logged as one action (recordImport) and keep their source file
    // and line; changes to rows that were there before are logged row by row.
    const Result<QStringList> audit = AuditContext::setupStatements(schema, AuditContext::Inserts::NotLogged);
    if (!audit.ok())
        return Status::failure(audit.error());
    for (const QString &statement : audit.value()) {
        const Status status = m_connection->exec(statement);
        if (!status.ok())
            return status;
    }
    SqliteStatement context;
    Status status =
            context.prepare(*m_connection, QStringLiteral("INSERT INTO temp.audit_context (os_user, bulk) VALUES (?1, 1)"));
    if (!status.ok())
        return status;
    context.bindText(1, osUser);
    if (!(status = context.run()).ok())
        return status;
    // IMMEDIATE: take the write lock now, so no other writer can slip in between our reads.
    if (!(status = m_connection->exec(QStringLiteral("BEGIN IMMEDIATE"))).ok())
        return status;
    SqliteStatement last;
    if (!(status = last.prepare(*m_connection, QStringLiteral("SELECT coalesce(max(id), 0) + 1 FROM audit_log"))).ok())
        return status;
    if (!last.step())
        return Status::failure(last.error());
    m_firstAuditId = last.columnInt64(0);
    m_changesAtBegin = sqlite3_total_changes64(m_connection->handle());
    return prepareStatements();
}

Result<std::optional<ImportFingerprint::Counts>> SqliteImportWriter::findRepeat(ImportFingerprint &fingerprint)
{
    return ImportFingerprintStore(*m_connection).find(fingerprint);
}

Status SqliteImportWriter::recordRepeat(ImportFingerprint &fingerprint, const ImportFingerprint::Counts &counts)
{
    return ImportFingerprintStore(*m_connection).record(fingerprint, counts);
}

bool SqliteImportWriter::hasWritten() const
{
    return m_connection && sqlite3_total_changes64(m_connection->handle()) > m_changesAtBegin;
}

Status SqliteImportWriter::prepareStatements()
{
    const std::pair<SqliteStatement *, QString> statements[] = {
            {&m_insertAgency,
             QStringLiteral("INSERT INTO agency (ori, name, kind, county, parent_org, sworn_staff) "
                            "VALUES (?1, ?2, ?3, ?4, ?5, ?6) RETURNING id")},
            {&m_updateAgency,
             QStringLiteral("UPDATE agency SET name = coalesce(?1, name), kind = coalesce(?2, kind), "
                            "county = coalesce(?3, county), parent_org = coalesce(?4, parent_org), "
                            "sworn_staff = coalesce(?5, sworn_staff) WHERE id = ?6 AND ("
                            "coalesce(?1, name) IS NOT name OR coalesce(?2, kind) IS NOT kind OR "
                            "coalesce(?3, county) IS NOT county OR coalesce(?4, parent_org) IS NOT parent_org OR "
                            "coalesce(?5, sworn_staff) IS NOT sworn_staff)")},
            {&m_findContact,
             QStringLiteral("SELECT id FROM contact WHERE agency_id = ?1 AND lower(name) = lower(?2) "
                            "ORDER BY id LIMIT 1")},
            {&m_insertContact,
             QStringLiteral("INSERT INTO contact (agency_id, name, role, phone, email) "
                            "VALUES (?1, ?2, ?3, ?4, ?5)")},
            {&m_updateContact,
             QStringLiteral("UPDATE contact SET name = ?1, role = coalesce(?2, role), phone = coalesce(?3, phone), "
                            "email = coalesce(?4, email) WHERE id = ?5 AND (name IS NOT ?1 OR "
                            "coalesce(?2, role) IS NOT role OR coalesce(?3, phone) IS NOT phone OR "
                            "coalesce(?4, email) IS NOT email)")},
    };
    for (const auto &[statement, sql] : statements) {
        const Status status = statement->prepare(*m_connection, sql);
        if (!status.ok())
            return Status::failure(
                    QCoreApplication::translate("ImportWriter", "Could not prepare the import: %1").arg(status.error()));
    }
    return Status::success();
}

Status SqliteImportWriter::useCategoryColumns(const QList<bool> &categoryColumns)
{
    if (m_upsertReport.prepared() && categoryColumns == m_categoryColumns)
        return Status::success();
    m_categoryColumns = categoryColumns;
    const Status status = m_upsertReport.prepare(*m_connection, upsertReportSql(fileCategoryColumns()));
    if (!status.ok())
        return Status::failure(
                QCoreApplication::translate("ImportWriter", "Could not prepare the import: %1").arg(status.error()));
    return Status::success();
}

QStringList SqliteImportWriter::fileCategoryColumns() const
{
    QStringList columns;
    for (int c = 0; c < MisuseReport::CategoryCount; ++c) {
        if (m_categoryColumns.at(c))
            columns << MisuseCategory::columns().at(c);
    }
    return columns;
}

Status SqliteImportWriter::deferReadIndexes()
{
    SqliteStatement q;
    Status status = q.prepare(*m_connection,
                              QStringLiteral("SELECT name, sql FROM sqlite_schema WHERE type = 'index' "
                                             "AND name IN ('misuse_report_year', 'misuse_report_rollup')"));
    if (!status.ok())
        return status;
    QStringList names;
    while (q.step()) {
        names << q.columnText(0);
        m_deferredIndexes << q.columnText(1);
    }
    for (const QString &name : names) {
        // The names come from the schema, and are two fixed ones; quoted all the same.
        if (!(status = m_connection->exec(QStringLiteral("DROP INDEX \"%1\"").arg(name))).ok())
            return status;
    }
    return Status::success();
}

Status SqliteImportWriter::commit()
{
    for (const QString &create : std::as_const(m_deferredIndexes)) {
        const Status status = m_connection->exec(create);
        if (!status.ok())
            return status;
    }
    m_deferredIndexes.clear();
    return m_connection->exec(QStringLiteral("COMMIT"));
}

void SqliteImportWriter::rollback()
{
    // Nothing to say if it fails: a failed ROLLBACK leaves no transaction open (SQLite rolls back
    // by itself on the errors that make ROLLBACK fail), and the caller is already reporting why.
    if (m_connection)
        std::ignore = m_connection->exec(QStringLiteral("ROLLBACK"));
}

Result<QHash<QString, qint64>> SqliteImportWriter::agencyIds()
{
    QHash<QString, qint64> ids;
    SqliteStatement q;
    if (const Status prepared = q.prepare(*m_connection, QStringLiteral("SELECT ori, id FROM agency")); !prepared.ok())
        return Result<QHash<QString, qint64>>::failure(prepared.error());
    while (q.step())
        ids.insert(q.columnText(0), q.columnInt64(1));
    if (!q.ok())
        return Result<QHash<QString, qint64>>::failure(q.error());
    return ids;
}

Result<bool> SqliteImportWriter::isDemo()
{
    SqliteStatement q;
    if (const Status prepared = q.prepare(*m_connection, MetaStore::ValueSql); !prepared.ok())
        return Result<bool>::failure(prepared.error());
    q.bindText(1, MetaStore::DemoKey);
    const bool found = q.step();
    if (!q.ok())
        return Result<bool>::failure(q.error());
    return found && !q.columnText(0).isEmpty();
}

Status SqliteImportWriter::markAsDemo()
{
    SqliteStatement q;
    const Status status = q.prepare(*m_connection, MetaStore::SetValueSql);
    if (!status.ok())
        return status;
    q.bindText(1, MetaStore::DemoKey);
    q.bindText(2, MetaStore::DemoNotice);
    return q.run();
}

int SqliteImportWriter::reportCount()
{
    SqliteStatement q;
    if (q.prepare(*m_connection, QStringLiteral("SELECT count(*) FROM misuse_report")).ok() && q.step())
        return int(q.columnInt64(0));
    return 0;
}

std::optional<MisuseReport> SqliteImportWriter::findReport(qint64 agencyId, int year)
{
    SqliteStatement q;
    if (!q.prepare(*m_connection,
                   QStringLiteral("SELECT id, %1, source_line, %2, source_file FROM misuse_report "
                                  "WHERE agency_id = ?1 AND year = ?2")
                           .arg(ImportWriter::reportDataColumns().join(QStringLiteral(", ")),
                                MisuseCategory::columns().join(QStringLiteral(", "))))
                 .ok())
        return std::nullopt;
    q.bind(1, agencyId);
    q.bind(2, std::optional<int>(year));
    if (!q.step())
        return std::nullopt;
    MisuseReport r;
    r.id = q.columnInt64(0);
    r.agencyId = agencyId;
    r.year = year;
    if (const std::optional<int> filed = q.columnInt(1))
        r.filed = *filed != 0;
    if (const QString date = q.columnText(2); !date.isEmpty())
        r.filedDate = QDate::fromString(date, Qt::ISODate);
    r.investigations = q.columnInt(3);
    if (const std::optional<int> low = q.columnInt(4))
        r.violations = ViolationRange{*low, q.columnInt(5).value_or(*low)};
    r.individuals = q.columnInt(6);
    r.pending = q.columnInt(7);
    for (int i = 0; i < MisuseReport::OutcomeCount; ++i)
        r.outcomes[i] = q.columnInt(8 + i);
    r.notes = q.columnText(15);
    r.sourceLine = q.columnInt(16);
    for (int c = 0; c < MisuseReport::CategoryCount; ++c)
        r.categories[c] = q.columnInt(17 + c);
    r.sourceFile = q.columnText(17 + MisuseReport::CategoryCount);
    return r;
}

std::optional<std::pair<QString, int>> SqliteImportWriter::issuedForm(const QString &formId)
{
    SqliteStatement q;
    if (!q.prepare(*m_connection,
                   QStringLiteral("SELECT a.ori, f.year FROM reporting_form f JOIN agency a ON a.id = f.agency_id "
                                  "WHERE f.id = ?1"))
                 .ok())
        return std::nullopt;
    q.bindText(1, formId);
    if (!q.step())
        return std::nullopt;
    return std::pair{q.columnText(0), q.columnInt(1).value_or(0)};
}

Result<ImportChanges::List> SqliteImportWriter::changes(int limit)
{
    const auto rows = [this](const QString &sql, qint64 first, const std::function<void(const QStringList &)> &row) {
        SqliteStatement q;
        if (const Status prepared = q.prepare(*m_connection, sql); !prepared.ok())
            return prepared;
        q.bind(1, first);
        while (q.step()) {
            QStringList columns;
            for (int c = 0; c < q.columnCount(); ++c)
                columns << q.columnText(c);
            row(columns);
        }
        return q.ok() ? Status::success() : Status::failure(q.error());
    };
    return ImportChanges::read(rows, m_firstAuditId, limit);
}

Status SqliteImportWriter::recordImport(const QJsonObject &details)
{
    SqliteStatement q;
    const Status status = q.prepare(*m_connection, AuditLogStore::recordActionSql(SqlDialect::of(SqlDialect::Engine::SQLite)));
    if (!status.ok())
        return status;
    q.bindText(1, QStringLiteral("misuse_report"));
    q.bindText(2, QStringLiteral("import"));
    q.bindText(3, QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact)));
    return q.run();
}

Result<qint64> SqliteImportWriter::insertAgency(const AgencyRecord &agency)
{
    SqliteStatement &q = m_insertAgency;
    q.bindText(1, agency.ori);
    q.bindText(2, agency.name);
    q.bindText(3, agency.kind);
    q.bindText(4, agency.county);
    q.bindText(5, agency.parentOrg);
    q.bind(6, agency.swornStaff);
    if (!q.step()) {
        const QString error = q.ok() ? QCoreApplication::translate("ImportWriter", "the agency was not added") : q.error();
        q.reset();
        return Result<qint64>::failure(error);
    }
    const qint64 id = q.columnInt64(0);
    q.reset();
    return id;
}

Status SqliteImportWriter::updateAgency(qint64 id, const AgencyRecord &agency)
{
    m_updateAgency.bindText(1, agency.name);
    m_updateAgency.bindText(2, agency.kind);
    m_updateAgency.bindText(3, agency.county);
    m_updateAgency.bindText(4, agency.parentOrg);
    m_updateAgency.bind(5, agency.swornStaff);
    m_updateAgency.bind(6, id);
    return m_updateAgency.run();
}

Status SqliteImportWriter::upsertContact(qint64 agencyId, const ContactRecord &contact)
{
    m_findContact.bind(1, agencyId);
    m_findContact.bindText(2, contact.name);
    const bool found = m_findContact.step();
    const qint64 id = found ? m_findContact.columnInt64(0) : 0;
    if (!found && !m_findContact.ok()) {
        const QString error = m_findContact.error();
        m_findContact.reset();
        return Status::failure(error);
    }
    m_findContact.reset();
    if (!found) {
        m_insertContact.bind(1, agencyId);
        m_insertContact.bindText(2, contact.name);
        m_insertContact.bindText(3, contact.role);
        m_insertContact.bindText(4, contact.phone);
        m_insertContact.bindText(5, contact.email);
        return m_insertContact.run();
    }
    m_updateContact.bindText(1, contact.name);
    m_updateContact.bindText(2, contact.role);
    m_updateContact.bindText(3, contact.phone);
    m_updateContact.bindText(4, contact.email);
    m_updateContact.bind(5, id);
    return m_updateContact.run();
}

Status SqliteImportWriter::writeReport(const MisuseReport &r)
{
    SqliteStatement &q = m_upsertReport;
    q.bind(1, r.agencyId);
    q.bind(2, std::optional<int>(r.year));
    q.bind(3, r.filed);
    q.bind(4, r.filedDate);
    q.bind(5, r.investigations);
    q.bind(6, r.violations ? std::optional<int>(r.violations->low) : std::nullopt);
    q.bind(7, r.violations ? std::optional<int>(r.violations->high) : std::nullopt);
    q.bind(8, r.individuals);
    q.bind(9, r.pending);
    for (int i = 0; i < MisuseReport::OutcomeCount; ++i)
        q.bind(10 + i, r.outcomes[i]);
    q.bindText(17, r.notes);
    q.bindText(18, r.sourceFile);
    q.bind(19, r.sourceLine);
    int parameter = 20;
    for (int c = 0; c < MisuseReport::CategoryCount; ++c) {
        if (m_categoryColumns.at(c))
            q.bind(parameter++, r.categories[c]);
    }
    // Counted at the first report, not at begin: an import recognised as a repeat writes none.
    if (m_rebuildAfter == 0)
        m_rebuildAfter = rowsWorthARebuild(reportCount());
    sqlite3 *db = m_connection->handle();
    const Status status = q.run();
    if (!status.ok())
        return status;
    sqlite3_changes(db) > 0 ? ++m_written : ++m_unchanged;
    if (m_written == m_rebuildAfter)
        return deferReadIndexes();
    return Status::success();
}

Status SqliteImportWriter::rememberMapping(const QString &signature, const QStringList &headers, const QJsonObject &mapping)
{
    SqliteStatement q;
    const Status status = q.prepare(*m_connection, ColumnMappingStore::rememberSql(SqlDialect::of(SqlDialect::Engine::SQLite)));
    if (!status.ok())
        return status;
    q.bindText(1, signature);
    q.bindText(2, headers.join(QStringLiteral(", ")));
    q.bindText(3, QString::fromUtf8(QJsonDocument(mapping).toJson(QJsonDocument::Compact)));
    return q.run();
}

} // namespace cac
