#include "app/demo/demodatainstaller.h"
#include "db/engine/databasetransfer.h"
#include "db/engine/tablechecksum.h"
#include "reportdump.h"
#include "testdatabase.h"

#include <QTest>

using namespace cac;

// Runs as tst_databasetransfer_postgresql: a file and a server database, copied both ways.
class TestDatabaseTransfer : public QObject
{
    Q_OBJECT
private slots:
    void fileToServerAndBackKeepsEveryRow();
    void aDestinationThatHoldsDataIsLeftAlone();
    void replaceDeletesWhatWasThereFirst();
    void aCopyThatComesOutDifferentIsRolledBack();

private:
    static std::unique_ptr<Database> demoFile(const QTemporaryDir &dir)
    {
        Result<std::unique_ptr<Database>> file =
                Database::open(dir.filePath(QStringLiteral("demo.sqlite")), Database::Mode::CreateIfMissing);
        if (!file.ok() || !DemoDataInstaller(*file.value()).install(DemoOptions()).ok())
            qFatal("no demo file");
        return file.take();
    }
};

void TestDatabaseTransfer::fileToServerAndBackKeepsEveryRow()
{
    QTemporaryDir dir;
    std::unique_ptr<Database> file = demoFile(dir);
    TestDatabase server;
    QVERIFY(server.onServer());
    const Result<QList<DatabaseTransfer::Table>> there = DatabaseTransfer::copy(*file, server.database(), false);
    QVERIFY2(there.ok(), qPrintable(there.error()));
    QCOMPARE(reportDump(server.database()), reportDump(*file));
    // The copy is one audit entry, naming where it came from; the rows copied are not entries.
    QCOMPARE(server.scalar(QStringLiteral("SELECT count(*) FROM audit_log")).toLongLong(),
             TableChecksum::of(file->connection(), QStringLiteral("audit_log"), QStringLiteral("id")).value().rows + 1);
    QVERIFY(server.scalar(QStringLiteral("SELECT new_values FROM audit_log WHERE action = 'copy'"))
                    .toString()
                    .contains(QStringLiteral("demo.sqlite")));

    Result<std::unique_ptr<Database>> back =
            Database::open(dir.filePath(QStringLiteral("back.sqlite")), Database::Mode::CreateIfMissing);
    QVERIFY(back.ok());
    const Result<QList<DatabaseTransfer::Table>> home = DatabaseTransfer::copy(server.database(), *back.value(), false);
    QVERIFY2(home.ok(), qPrintable(home.error()));
    for (const QString &table : DatabaseTransfer::tables()) {
        if (table == u"audit_log")
            continue; // one more entry each way: the copies themselves
        const QString order = table == u"letter_draft_status"    ? QStringLiteral("draft_id, rowid")
                : table == u"meta" || table == u"review_setting" ? QStringLiteral("key")
                : TableChecksum::columns(file->connection(), table).contains(QStringLiteral("id")) ? QStringLiteral("id")
                                                                                                   : QStringLiteral("1, 2");
        QCOMPARE(TableChecksum::of(back.value()->connection(), table, order).value().sha256,
                 TableChecksum::of(file->connection(), table, order).value().sha256);
    }
    // Ids go on after the copied ones on the server too.
    QVERIFY(server.asAnotherProgram({QStringLiteral("INSERT INTO agency (ori, name) VALUES ('CA9999999', 'New')")}));
    QCOMPARE(server.scalar(QStringLiteral("SELECT id FROM agency WHERE ori = 'CA9999999'")).toLongLong(),
             server.scalar(QStringLiteral("SELECT max(id) FROM agency WHERE ori <> 'CA9999999'")).toLongLong() + 1);
}

void TestDatabaseTransfer::aDestinationThatHoldsDataIsLeftAlone()
{
    QTemporaryDir dir;
    std::unique_ptr<Database> file = demoFile(dir);
    TestDatabase server;
    QVERIFY(server.asAnotherProgram({QStringLiteral("INSERT INTO agency (ori, name) VALUES ('CA0000001', 'Kept')")}));
    const Result<QList<DatabaseTransfer::Table>> copied = DatabaseTransfer::copy(*file, server.database(), false);
    QVERIFY(!copied.ok());
    QVERIFY2(copied.error().contains(QStringLiteral("not empty")), qPrintable(copied.error()));
    QCOMPARE(server.scalar(QStringLiteral("SELECT count(*) FROM agency")).toInt(), 1);
}

void TestDatabaseTransfer::replaceDeletesWhatWasThereFirst()
{
    QTemporaryDir dir;
    std::unique_ptr<Database> file = demoFile(dir);
    TestDatabase server;
    QVERIFY(server.asAnotherProgram({QStringLiteral("INSERT INTO agency (ori, name) VALUES ('CA0000001', 'Gone')")}));
    const Result<QList<DatabaseTransfer::Table>> copied = DatabaseTransfer::copy(*file, server.database(), true);
    QVERIFY2(copied.ok(), qPrintable(copied.error()));
    QCOMPARE(server.scalar(QStringLiteral("SELECT count(*) FROM agency WHERE name = 'Gone'")).toInt(), 0);
    QCOMPARE(reportDump(server.database()), reportDump(*file));
    QCOMPARE(server.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'replace'")).toInt(), 1);
}

void TestDatabaseTransfer::aCopyThatComesOutDifferentIsRolledBack()
{
    QTemporaryDir dir;
    std::unique_ptr<Database> file = demoFile(dir);
    TestDatabase server;
    // Another program's trigger changes what arrives: the checksums differ, and nothing stays.
    QVERIFY(server.asAnotherProgram(
            {QStringLiteral("CREATE FUNCTION mangle() RETURNS trigger LANGUAGE plpgsql AS "
                            "$$ BEGIN NEW.name := NEW.name || '!'; RETURN NEW; END $$"),
             QStringLiteral("CREATE TRIGGER mangle BEFORE INSERT ON agency FOR EACH ROW EXECUTE FUNCTION mangle()")}));
    const Result<QList<DatabaseTransfer::Table>> copied = DatabaseTransfer::copy(*file, server.database(), false);
    QVERIFY(!copied.ok());
    QVERIFY2(copied.error().contains(QStringLiteral("agency differs")), qPrintable(copied.error()));
    QCOMPARE(server.scalar(QStringLiteral("SELECT count(*) FROM agency")).toInt(), 0);
    QCOMPARE(server.scalar(QStringLiteral("SELECT count(*) FROM audit_log")).toInt(), 0);
}

QTEST_GUILESS_MAIN(TestDatabaseTransfer)
#include "tst_databasetransfer.moc"
