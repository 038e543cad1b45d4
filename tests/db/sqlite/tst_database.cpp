#include "testdatabase.h"

#include "db/engine/schemamigrator.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>

using namespace cac;

class TestDatabaseOpen : public QObject
{
    Q_OBJECT
private slots:
    void freshFileHasEverySchemaName();
    void freshFileIsPrivate();
    void pragmasAreSet();
    void upgradeKeepsData();
    void versionsAreRowsOfSchemaMigration();
    void newerFileIsRefusedAndUntouched();
    void foreignSqliteFileIsRefused();
    void corruptFileIsRefused();
    void missingFileIsNotCreatedWhenOpening();
    void readOnlyFileOpensReadOnly();
    void constraintsRefuseBadValues_data();
    void constraintsRefuseBadValues();
    void reportCategoryViewTakesWrites();

private:
    static QByteArray digest(const QString &path)
    {
        QFile f(path);
        f.open(QIODevice::ReadOnly);
        return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
    }
};

void TestDatabaseOpen::freshFileHasEverySchemaName()
{
    TestDatabase t;
    for (const char *table : {"agency", "contact", "misuse_report", "audit_log", "sanction", "meta"})
        QVERIFY2(t.scalar(QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE type='table' AND name='%1'")
                                  .arg(QLatin1StringView(table)))
                                 .toInt() == 1,
                 table);
    for (const char *view : {"v_report", "report_category"})
        QVERIFY2(t.scalar(QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE type='view' AND name='%1'")
                                  .arg(QLatin1StringView(view)))
                                 .toInt() == 1,
                 view);
    QCOMPARE(t.scalar(QStringLiteral("SELECT group_concat(name) FROM pragma_table_info('report_category')")).toString(),
             QStringLiteral("report_id,category,count"));
    QCOMPARE(t.scalar(QStringLiteral("PRAGMA user_version")).toInt(), SchemaMigrator::latestVersion());
    QSqlQuery columns(t.connection());
    QVERIFY(columns.exec(QStringLiteral("SELECT name FROM pragma_table_info('v_report') ORDER BY cid")));
    QStringList names;
    while (columns.next())
        names << columns.value(0).toString();
    QCOMPARE(names.join(u','),
             QStringLiteral("id,ori,agency,year,filed,filed_date,investigations,violations_low,"
                            "violations_high,individuals,pending,counseling,reprimand,suspension,"
                            "termination,resignation,criminal_charges,no_action,notes,source_file,source_line"));
}

void TestDatabaseOpen::versionsAreRowsOfSchemaMigration()
{
    // A fresh file: every version a row, those before the table existed without a date.
    TestDatabase t;
    const int latest = SchemaMigrator::latestVersion();
    QCOMPARE(t.scalar(QStringLiteral("SELECT count(*) || '/' || max(version) FROM schema_migration")).toString(),
             QStringLiteral("%1/%1").arg(latest));
    QCOMPARE(t.scalar(QStringLiteral("SELECT count(*) FROM schema_migration WHERE applied_at IS NULL")).toInt(), 12);
    // A file from before the table: the upgrade that makes it, and each later one, is dated.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v12.sqlite"));
    QVERIFY(createOlderFile(path, 12));
    QVERIFY(Database::open(path, Database::Mode::OpenExisting).ok());
    QVERIFY(asAnotherProgram(path, {}, [latest](QSqlDatabase &raw) {
        QSqlQuery q(raw);
        return q.exec(QStringLiteral("SELECT count(*), min(applied_at) FROM schema_migration WHERE version >= 13")) && q.next() &&
                q.value(0).toInt() == latest - 12 && q.value(1).toString().startsWith(u'2');
    }));
}

void TestDatabaseOpen::freshFileIsPrivate()
{
#ifdef Q_OS_UNIX
    TestDatabase t;
    const QFile::Permissions p = QFile::permissions(t.path());
    QCOMPARE(p & (QFile::ReadGroup | QFile::WriteGroup | QFile::ReadOther | QFile::WriteOther), QFile::Permissions());
    QVERIFY(p & QFile::ReadOwner);
    QVERIFY(p & QFile::WriteOwner);
#else
    QSKIP("File modes are a Unix notion; on Windows the file lives in the user's private profile folder.");
#endif
}

void TestDatabaseOpen::pragmasAreSet()
{
    TestDatabase t;
    QCOMPARE(t.scalar(QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
    QCOMPARE(t.scalar(QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
    QSqlQuery orphan(t.connection());
    QVERIFY(!orphan.exec(QStringLiteral("INSERT INTO contact (agency_id, name) VALUES (999, 'x')")));
}

void TestDatabaseOpen::upgradeKeepsData()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.sqlite"));
    // A file as the first release made it: schema version 1 and some data.
    QVERIFY(createOlderFile(path, 1,
                            {QStringLiteral("INSERT INTO agency (ori, name) VALUES ('CA0000001', 'Old Agency')"),
                             QStringLiteral("INSERT INTO misuse_report (id, agency_id, year) VALUES (7, 1, 2019)"),
                             QStringLiteral("INSERT INTO report_category VALUES (7, 'other', 4), (7, 'high_profile', 0)")}));
    QCOMPARE(expectOk(Database::schemaVersionOf(path)), 1);
    Result<std::unique_ptr<Database>> opened = Database::open(path, Database::Mode::OpenExisting);
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    QSqlQuery q(opened.value()->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT name FROM agency WHERE ori = 'CA0000001'")) && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("Old Agency"));
    QVERIFY(opened.value()->connection().tables().contains(QStringLiteral("sanction")));
    QVERIFY(q.exec(QStringLiteral("PRAGMA user_version")) && q.next());
    QCOMPARE(q.value(0).toInt(), SchemaMigrator::latestVersion());
    // Version 8 moved the category rows into the report's cat_ columns; unknown stays NULL.
    QVERIFY(q.exec(QStringLiteral("SELECT cat_other, cat_high_profile, cat_dmv_unauthorized FROM misuse_report WHERE id = 7")) &&
            q.next());
    QCOMPARE(q.value(0).toInt(), 4);
    QCOMPARE(q.value(1), QVariant(0));
    QVERIFY(q.value(2).isNull());
    QVERIFY(q.exec(QStringLiteral("SELECT group_concat(category || '=' || count) FROM "
                                  "(SELECT * FROM report_category ORDER BY category)")) &&
            q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("high_profile=0,other=4"));
}

void TestDatabaseOpen::newerFileIsRefusedAndUntouched()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("newer.sqlite"));
    QVERIFY(asAnotherProgram(path,
                             {QStringLiteral("CREATE TABLE agency (id INTEGER PRIMARY KEY, future TEXT)"),
                              QStringLiteral("PRAGMA user_version = %1").arg(SchemaMigrator::latestVersion() + 5)}));
    const QByteArray before = digest(path);
    Result<std::unique_ptr<Database>> opened = Database::open(path, Database::Mode::OpenExisting);
    QVERIFY(!opened.ok());
    QVERIFY2(opened.error().contains(QLatin1StringView("newer CAC Review")), qPrintable(opened.error()));
    QCOMPARE(digest(path), before);
    QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
}

void TestDatabaseOpen::foreignSqliteFileIsRefused()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("other.sqlite"));
    QVERIFY(asAnotherProgram(path, {QStringLiteral("CREATE TABLE photos (id INTEGER)")}));
    const QByteArray before = digest(path);
    Result<std::unique_ptr<Database>> opened = Database::open(path, Database::Mode::OpenExisting);
    QVERIFY(!opened.ok());
    QVERIFY2(opened.error().contains(QLatin1StringView("another program")), qPrintable(opened.error()));
    QCOMPARE(digest(path), before);
}

void TestDatabaseOpen::corruptFileIsRefused()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("corrupt.sqlite"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QByteArray(4096, 'x'));
    f.close();
    const QByteArray before = digest(path);
    Result<std::unique_ptr<Database>> opened = Database::open(path, Database::Mode::OpenExisting);
    QVERIFY(!opened.ok());
    QVERIFY2(opened.error().contains(QLatin1StringView("cannot be read")), qPrintable(opened.error()));
    QCOMPARE(digest(path), before);
}

void TestDatabaseOpen::missingFileIsNotCreatedWhenOpening()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("missing.sqlite"));
    QVERIFY(!Database::open(path, Database::Mode::OpenExisting).ok());
    QVERIFY(!QFile::exists(path));
}

void TestDatabaseOpen::readOnlyFileOpensReadOnly()
{
    TestDatabase t;
    const QString path = t.path();
    QSqlQuery(t.connection()).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    t.close();
    QFile::remove(path + QStringLiteral("-wal"));
    QFile::remove(path + QStringLiteral("-shm"));
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner));
    const QByteArray before = digest(path);
    Result<std::unique_ptr<Database>> opened = Database::open(path, Database::Mode::OpenExisting);
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    QVERIFY(opened.value()->isReadOnly());
    QSqlQuery q(opened.value()->connection());
    QVERIFY(!q.exec(QStringLiteral("INSERT INTO agency (ori, name) VALUES ('CA0000001', 'x')")));
    opened = Result<std::unique_ptr<Database>>::failure(QString());
    QCOMPARE(digest(path), before);
}

void TestDatabaseOpen::constraintsRefuseBadValues_data()
{
    QTest::addColumn<QString>("sql");
    QTest::newRow("lower-case ORI") << QStringLiteral("INSERT INTO agency (ori, name) VALUES ('ca0000001', 'x')");
    QTest::newRow("short ORI") << QStringLiteral("INSERT INTO agency (ori, name) VALUES ('CA00001', 'x')");
    QTest::newRow("negative count") << QStringLiteral(
            "INSERT INTO misuse_report (agency_id, year, investigations) VALUES (1, 2018, -1)");
    QTest::newRow("low above high") << QStringLiteral(
            "INSERT INTO misuse_report (agency_id, year, violations_low, violations_high) VALUES (1, 2018, 5, 2)");
    QTest::newRow("year out of range") << QStringLiteral("INSERT INTO misuse_report (agency_id, year) VALUES (1, 1989)");
    QTest::newRow("unknown category") << QStringLiteral("INSERT INTO report_category VALUES (1, 'bad', 1)");
    QTest::newRow("negative category count") << QStringLiteral("INSERT INTO report_category VALUES (1, 'other', -1)");
    QTest::newRow("category count missing") << QStringLiteral("INSERT INTO report_category VALUES (1, 'other', NULL)");
    QTest::newRow("category of no report") << QStringLiteral("INSERT INTO report_category VALUES (99, 'other', 1)");
    QTest::newRow("category twice") << QStringLiteral("INSERT INTO report_category VALUES (1, 'other', 1), (1, 'other', 2)");
    QTest::newRow("negative category column") << QStringLiteral("UPDATE misuse_report SET cat_other = -1 WHERE id = 1");
    QTest::newRow("duplicate agency year") << QStringLiteral("INSERT INTO misuse_report (agency_id, year) VALUES (1, 2017)");
    QTest::newRow("bad date") << QStringLiteral(
            "INSERT INTO misuse_report (agency_id, year, filed_date) VALUES (1, 2016, '2018-02-30')");
}

void TestDatabaseOpen::constraintsRefuseBadValues()
{
    QFETCH(QString, sql);
    TestDatabase t;
    QSqlQuery q(t.connection());
    QVERIFY(q.exec(QStringLiteral("INSERT INTO agency (id, ori, name) VALUES (1, 'CA0000001', 'x')")));
    QVERIFY(q.exec(QStringLiteral("INSERT INTO misuse_report (id, agency_id, year) VALUES (1, 1, 2017)")));
    QVERIFY2(!q.exec(sql), qPrintable(sql));
}

// report_category is a view over the report's cat_ columns; analysts' writes to it still land.
void TestDatabaseOpen::reportCategoryViewTakesWrites()
{
    TestDatabase t;
    QSqlQuery q(t.connection());
    QVERIFY(q.exec(QStringLiteral("INSERT INTO agency (id, ori, name) VALUES (1, 'CA0000001', 'x')")));
    QVERIFY(q.exec(QStringLiteral("INSERT INTO misuse_report (id, agency_id, year) VALUES (1, 1, 2017)")));
    const auto categories = [&t] {
        return t.scalar(QStringLiteral("SELECT ifnull(group_concat(category || '=' || count), '') FROM "
                                       "(SELECT * FROM report_category WHERE report_id = 1 ORDER BY category)"))
                .toString();
    };
    QVERIFY(q.exec(QStringLiteral("INSERT INTO report_category VALUES (1, 'other', 3), (1, 'dmv_unauthorized', 0)")));
    QCOMPARE(categories(), QStringLiteral("dmv_unauthorized=0,other=3"));
    QCOMPARE(t.scalar(QStringLiteral("SELECT cat_other FROM misuse_report WHERE id = 1")).toInt(), 3);
    QVERIFY(q.exec(QStringLiteral("UPDATE report_category SET count = 5 WHERE report_id = 1 AND category = 'other'")));
    QVERIFY(q.exec(QStringLiteral("UPDATE report_category SET category = 'high_profile' WHERE category = 'dmv_unauthorized'")));
    QCOMPARE(categories(), QStringLiteral("high_profile=0,other=5"));
    QVERIFY(!q.exec(QStringLiteral("UPDATE report_category SET category = 'other' WHERE category = 'high_profile'")));
    QVERIFY(q.exec(QStringLiteral("DELETE FROM report_category WHERE category = 'other'")));
    QCOMPARE(categories(), QStringLiteral("high_profile=0"));
    QVERIFY(t.scalar(QStringLiteral("SELECT cat_other FROM misuse_report WHERE id = 1")).isNull());
    QVERIFY(q.exec(QStringLiteral("DELETE FROM misuse_report WHERE id = 1")));
    QCOMPARE(t.scalar(QStringLiteral("SELECT count(*) FROM report_category")).toInt(), 0);
}

QTEST_GUILESS_MAIN(TestDatabaseOpen)
#include "tst_database.moc"
