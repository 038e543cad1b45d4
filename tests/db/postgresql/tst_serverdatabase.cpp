#include "db/model/osuser.h"
#include "db/stores/records/agencystore.h"
#include "testdatabase.h"

#include "db/engine/schemamigrator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlRecord>
#include <QTest>

using namespace cac;

// Runs only as tst_serverdatabase_postgresql, on the test run's throwaway server.
class TestServerDatabase : public QObject
{
    Q_OBJECT
private slots:
    void schemaNamesAreTheFilesNames();
    void versionsAreRowsOfSchemaMigration();
    void aNewerServerIsRefusedAndLeftAlone();
    void anotherProgramsDatabaseIsRefusedAndLeftAlone();
    void theServerAuditsEveryChangeWithRoleAndUser();
    void aStoredReportUpdateIsLoggedByTheServer();
    void noClientSkipsTheLogBySayingItLoadsInBulk();
    void aBulkLoadIsOneAuditRowWrittenByTheServer();
    void datesAreCheckedAsInAFile();
    void displayNameHasNoPassword();
};

namespace {

// Every table and view with its columns, as "table.column".
QStringList schemaNames(QSqlDatabase db)
{
    QStringList names;
    for (const QString &table : db.tables(QSql::Tables) + db.tables(QSql::Views)) {
        // A file's connection also has its temp table audit_context: per connection, not schema.
        if (table.startsWith(QLatin1StringView("sqlite_")) || table == u"audit_context")
            continue;
        const QSqlRecord record = db.record(table);
        for (int i = 0; i < record.count(); ++i)
            names << table + u'.' + record.fieldName(i);
    }
    names.sort();
    return names;
}

} // namespace

void TestServerDatabase::schemaNamesAreTheFilesNames()
{
    QTemporaryDir dir;
    Result<std::unique_ptr<Database>> file =
            Database::open(dir.filePath(QStringLiteral("names.sqlite")), Database::Mode::CreateIfMissing);
    QVERIFY2(file.ok(), qPrintable(file.error()));
    TestDatabase server;
    QVERIFY(server.onServer());
    QStringList onServer = schemaNames(server.connection());
    // The one addition: a server table has no rowid, so the order of a draft's status changes is
    // a column of its own there, named as a file's implicit one.
    QVERIFY(onServer.removeOne(QStringLiteral("letter_draft_status.rowid")));
    // And the server's own bookkeeping of bulk loads, which only its functions write.
    QVERIFY(onServer.removeAll(QStringLiteral("bulk_load.pid")) == 1);
    onServer.removeIf([](const QString &name) { return name.startsWith(QLatin1StringView("bulk_load")); });
    QStringList inFile = schemaNames(file.value()->connection());
    // And a file's own: the imports it can recognise again (ImportFingerprint), which a server,
    // written by a team at once, does not keep.
    QVERIFY(inFile.removeAll(QStringLiteral("import_fingerprint.sha256")) == 1);
    inFile.removeIf([](const QString &name) { return name.startsWith(QLatin1StringView("import_fingerprint.")); });
    for (const QString &name : inFile)
        QVERIFY2(onServer.contains(name), qPrintable(name + QStringLiteral(" is missing on the server")));
    QCOMPARE(onServer, inFile);
}

void TestServerDatabase::versionsAreRowsOfSchemaMigration()
{
    TestDatabase t;
    // A server's versions are its own files' numbers: 013_initial.sql made it, later files add.
    const int latest = SchemaMigrator::latestVersion(SqlDialect::Engine::PostgreSQL);
    QCOMPARE(t.scalar(QStringLiteral("SELECT max(version) FROM schema_migration")).toInt(), latest);
    QVERIFY(!t.scalar(QStringLiteral("SELECT applied_at FROM schema_migration WHERE version = 13")).toString().isEmpty());
    t.reopen(); // nothing to migrate the second time
    QCOMPARE(t.scalar(QStringLiteral("SELECT count(*) FROM schema_migration")).toInt(), latest - 12);
}

void TestServerDatabase::aNewerServerIsRefusedAndLeftAlone()
{
    TestDatabase t;
    t.close();
    QVERIFY(t.asAnotherProgram({QStringLiteral("INSERT INTO schema_migration VALUES (99, 'later')"),
                                QStringLiteral("CREATE TABLE from_the_future (x integer)")}));
    const Result<std::unique_ptr<Database>> opened = Database::open(t.location(), Database::Mode::OpenExisting);
    QVERIFY(!opened.ok());
    QVERIFY2(opened.error().contains(QStringLiteral("newer CAC Review (schema version 99")), qPrintable(opened.error()));
    QVERIFY(t.asAnotherProgram({QStringLiteral("SELECT 1 FROM from_the_future"),
                                QStringLiteral("DELETE FROM schema_migration WHERE version = 99")}));
}

void TestServerDatabase::anotherProgramsDatabaseIsRefusedAndLeftAlone()
{
    const QString name = TestServer::createDatabase();
    QVERIFY(TestServer::run(name, {QStringLiteral("CREATE TABLE invoices (id integer)")}));
    const Result<std::unique_ptr<Database>> opened = Database::open(TestServer::address(name), Database::Mode::OpenExisting);
    QVERIFY(!opened.ok());
    QVERIFY2(opened.error().contains(QStringLiteral("another program")), qPrintable(opened.error()));
    // Untouched: no table of this program was made.
    QVERIFY(!TestServer::run(name, {QStringLiteral("SELECT 1 FROM schema_migration")}));
    TestServer::dropDatabase(name);
}

void TestServerDatabase::theServerAuditsEveryChangeWithRoleAndUser()
{
    TestDatabase t;
    QVERIFY(t.asAnotherProgram({QStringLiteral("INSERT INTO agency (ori, name) VALUES ('CA0010000', 'Elsewhere PD')")}));
    // Another program's write, too: the triggers are the server's, not this program's.
    QCOMPARE(t.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name = 'agency' AND action = 'insert'")).toInt(),
             1);
    const QString role = t.scalar(QStringLiteral("SELECT session_user")).toString();
    QCOMPARE(t.scalar(QStringLiteral("SELECT db_role FROM audit_log")).toString(), role);
    QVERIFY(t.scalar(QStringLiteral("SELECT os_user FROM audit_log")).isNull()); // that program said nothing

    const qint64 id = t.scalar(QStringLiteral("SELECT id FROM agency")).toLongLong();
    QVERIFY(AgencyStore(t.connection()).setService(id, QStringLiteral("suspended"), std::nullopt).ok());
    QCOMPARE(t.scalar(QStringLiteral("SELECT os_user FROM audit_log WHERE action = 'update'")).toString(), OsUser::name());
    QCOMPARE(t.scalar(QStringLiteral("SELECT row_id FROM audit_log WHERE action = 'update'")).toLongLong(), id);
    const QByteArray after = t.scalar(QStringLiteral("SELECT new_values FROM audit_log WHERE action = 'update'")).toByteArray();
    QCOMPARE(QJsonDocument::fromJson(after).object().value(QStringLiteral("service_status")).toString(),
             QStringLiteral("suspended"));
}

void TestServerDatabase::aStoredReportUpdateIsLoggedByTheServer()
{
    TestDatabase t;
    QVERIFY(t.asAnotherProgram(
            {QStringLiteral("INSERT INTO agency (ori, name) VALUES ('CA0010000', 'A')"),
             QStringLiteral("INSERT INTO misuse_report (agency_id, year, filed) SELECT id, 2024, 1 FROM agency"),
             QStringLiteral("INSERT INTO report_category VALUES ((SELECT id FROM misuse_report), 'other', 3)")}));
    QCOMPARE(t.scalar(QStringLiteral("SELECT cat_other FROM misuse_report")).toInt(), 3);
    QCOMPARE(t.scalar(QStringLiteral("SELECT count(*) FROM report_category")).toInt(), 1);
    // The statewide figures are emptied by the report's change, whoever writes it.
    QVERIFY(t.asAnotherProgram({QStringLiteral("INSERT INTO year_rollup (year, agencies_due, agencies_filed, "
                                               "investigations_reported, violations_reported, individuals_reported) "
                                               "VALUES (2024, 1, 1, 0, 0, 0)"),
                                QStringLiteral("UPDATE misuse_report SET investigations = 2")}));
    QCOMPARE(t.scalar(QStringLiteral("SELECT count(*) FROM year_rollup")).toInt(), 0);
    QCOMPARE(t.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name = 'misuse_report'")).toInt(), 3);
}

void TestServerDatabase::noClientSkipsTheLogBySayingItLoadsInBulk()
{
    TestDatabase t;
    // The setting an import's transaction carries, set by another program for itself: its rows
    // are logged all the same (only cac_begin_bulk, which roles cannot call, marks a bulk load).
    QVERIFY(t.asAnotherProgram({QStringLiteral("BEGIN"), QStringLiteral("SET LOCAL cac.bulk = '1'"),
                                QStringLiteral("INSERT INTO agency (ori, name) VALUES ('CA0010000', 'Quiet PD')"),
                                QStringLiteral("COMMIT")}));
    QCOMPARE(t.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name = 'agency' AND action = 'insert'")).toInt(),
             1);
    // A bulk load marked by the server's function is not logged row by row, and the mark ends with
    // its transaction.
    QVERIFY(t.asAnotherProgram({QStringLiteral("BEGIN"), QStringLiteral("SELECT cac_begin_bulk()"),
                                QStringLiteral("INSERT INTO agency (ori, name) VALUES ('CA0020000', 'Loaded PD')"),
                                QStringLiteral("COMMIT"), QStringLiteral("SET cac.bulk = '1'"),
                                QStringLiteral("INSERT INTO agency (ori, name) VALUES ('CA0030000', 'Later PD')")}));
    QCOMPARE(t.scalar(QStringLiteral("SELECT string_agg(new_values::jsonb ->> 'ori', ',' ORDER BY id) FROM audit_log "
                                     "WHERE table_name = 'agency'"))
                     .toString(),
             QStringLiteral("CA0010000,CA0030000"));
}

void TestServerDatabase::aBulkLoadIsOneAuditRowWrittenByTheServer()
{
    TestDatabase t;
    // A load that marks itself bulk and says nothing of itself is logged all the same, at its
    // commit: one row, with what each statement inserted, counted from its transition table.
    QVERIFY(t.asAnotherProgram({QStringLiteral("BEGIN"), QStringLiteral("SELECT cac_begin_bulk()"),
                                QStringLiteral("INSERT INTO agency (ori, name) VALUES ('CA0010000', 'A'), ('CA0020000', 'B')"),
                                QStringLiteral("INSERT INTO agency (ori, name) VALUES ('CA0030000', 'C')"),
                                QStringLiteral("INSERT INTO misuse_report (agency_id, year) SELECT id, 2024 FROM agency"),
                                QStringLiteral("COMMIT")}));
    QCOMPARE(t.scalar(QStringLiteral("SELECT count(*) FROM audit_log")).toInt(), 1);
    QCOMPARE(t.scalar(QStringLiteral("SELECT action || ' ' || table_name || ' ' || db_role = 'bulk load * ' || session_user "
                                     "FROM audit_log"))
                     .toBool(),
             true);
    const QJsonObject loaded = QJsonDocument::fromJson(t.scalar(QStringLiteral("SELECT new_values FROM audit_log")).toByteArray())
                                       .object()
                                       .value(QStringLiteral("loaded"))
                                       .toObject();
    const qint64 first = t.scalar(QStringLiteral("SELECT min(id) FROM agency")).toLongLong();
    QCOMPARE(loaded.value(QStringLiteral("agency")).toObject().value(QStringLiteral("inserted")).toInt(), 3);
    // The second statement's ids continue the first's: one run.
    QCOMPARE(QJsonDocument(loaded.value(QStringLiteral("agency")).toObject().value(QStringLiteral("ids")).toArray())
                     .toJson(QJsonDocument::Compact),
             QStringLiteral("[[%1,%2]]").arg(first).arg(first + 2).toUtf8());
    QCOMPARE(loaded.value(QStringLiteral("misuse_report")).toObject().value(QStringLiteral("inserted")).toInt(), 3);

    // The program's own row for the load (an import naming its file) is that one row.
    QVERIFY(t.asAnotherProgram({QStringLiteral("BEGIN"), QStringLiteral("SELECT cac_begin_bulk()"),
                                QStringLiteral("INSERT INTO agency (ori, name) VALUES ('CA0040000', 'D')"),
                                QStringLiteral("SELECT cac_log_action('misuse_report', 'import', '{\"file\": \"d.csv\"}')"),
                                QStringLiteral("SELECT cac_end_bulk()"), QStringLiteral("COMMIT")}));
    QCOMPARE(t.scalar(QStringLiteral("SELECT count(*) FROM audit_log")).toInt(), 2);
    QCOMPARE(t.scalar(QStringLiteral("SELECT new_values::jsonb ->> 'file' FROM audit_log WHERE action = 'import'")).toString(),
             QStringLiteral("d.csv"));
    QCOMPARE(t.scalar(QStringLiteral("SELECT new_values::jsonb #>> '{loaded,agency,inserted}' FROM audit_log "
                                     "WHERE action = 'import'"))
                     .toInt(),
             1);

    // A load rolled back leaves no row; one whose client makes the commit's trigger fire at once
    // is no longer bulk, and its rows are logged one by one.
    QVERIFY(t.asAnotherProgram({QStringLiteral("BEGIN"), QStringLiteral("SELECT cac_begin_bulk()"),
                                QStringLiteral("INSERT INTO agency (ori, name) VALUES ('CA0050000', 'E')"),
                                QStringLiteral("ROLLBACK")}));
    QVERIFY(t.asAnotherProgram(
            {QStringLiteral("BEGIN"), QStringLiteral("SET CONSTRAINTS ALL IMMEDIATE"), QStringLiteral("SELECT cac_begin_bulk()"),
             QStringLiteral("INSERT INTO agency (ori, name) VALUES ('CA0060000', 'F')"), QStringLiteral("COMMIT")}));
    QCOMPARE(t.joined(QStringLiteral("SELECT action FROM audit_log ORDER BY id")), QStringLiteral("bulk load,import,insert"));
}

void TestServerDatabase::datesAreCheckedAsInAFile()
{
    TestDatabase t;
    QVERIFY(t.asAnotherProgram(
            {QStringLiteral("INSERT INTO agency (ori, name, service_end_date) VALUES ('CA0010000', 'A', '2024-02-29')")}));
    for (const char *bad : {"2023-02-29", "2024-13-01", "2024-1-01", "yesterday"}) {
        QVERIFY2(!t.asAnotherProgram({QStringLiteral("UPDATE agency SET service_end_date = '%1'").arg(QLatin1StringView(bad))}),
                 bad);
    }
    QVERIFY(!t.asAnotherProgram({QStringLiteral("INSERT INTO agency (ori, name) VALUES ('XX0010000', 'B')")}));
}

void TestServerDatabase::displayNameHasNoPassword()
{
    TestDatabase t;
    const QString withPassword = t.location() + QStringLiteral(" password=hunter2");
    const Result<std::unique_ptr<Database>> opened = Database::open(withPassword, Database::Mode::OpenExisting);
    QVERIFY2(opened.ok(), qPrintable(opened.error())); // trust over the socket: the password is not asked for
    QVERIFY(!opened.value()->displayName().contains(QStringLiteral("hunter2")));
    QVERIFY(opened.value()->displayName().endsWith(u'/' + t.connection().databaseName()));
    QVERIFY(opened.value()->isServer());
    QVERIFY(opened.value()->path().isEmpty());
}

QTEST_GUILESS_MAIN(TestServerDatabase)
#include "tst_serverdatabase.moc"
