#include "scratchfolder.h"
#include "testdatabase.h"

#include "db/import/importfolder.h"
#include "db/import/reportimporter.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace cac;

// Several files imported as one: checked together, written all together or not at all.
class TestImportBatch : public QObject
{
    Q_OBJECT

private slots:
    void filesAreWrittenTogetherEachKeepingItsName();
    void aReportInTwoFilesMustAgree();
    void folderScanSkipsTheOpenDatabase();
    void aFileThatCannotBeReadIsRefusedOnce();

private:
    QString write(const char *name, const QByteArray &bytes) { return m_dir.write(name, bytes); }
    ScratchFolder m_dir;
};

void TestImportBatch::filesAreWrittenTogetherEachKeepingItsName()
{
    TestDatabase t;
    const QString a = write("a.csv", "ori,year,agency,investigations\nCA0000001,2020,Alpha,1\n");
    const QString b = write("b.tsv", "ori\tyear\tagency\tpending\nCA0000002\t2020\tBeta\t4\nCA0000001\t2021\t\t2\n");
    const ImportSummary s = ReportImporter(t.database()).importFiles({a, b}, {});
    QVERIFY(s.succeeded());
    QCOMPARE(s.reportsAdded, 3);
    QCOMPARE(s.files.size(), 2);
    QCOMPARE(s.files.at(1).rows, 2);
    QCOMPARE(t.joined(QStringLiteral("SELECT source_file || ':' || source_line FROM misuse_report ORDER BY agency_id, year"),
                      QStringLiteral(" ")),
             QStringLiteral("a.csv:2 b.tsv:3 b.tsv:2"));
    // One entry in the audit log for the batch, naming both files.
    const QByteArray logged = t.scalar(QStringLiteral("SELECT new_values FROM audit_log WHERE action = 'import'")).toByteArray();
    QCOMPARE(QJsonDocument::fromJson(logged).object().value(QStringLiteral("file")).toArray(),
             QJsonArray({QStringLiteral("a.csv"), QStringLiteral("b.tsv")}));
}

void TestImportBatch::aReportInTwoFilesMustAgree()
{
    TestDatabase t;
    const QString a = write("one.csv", "ori,year,agency,investigations\nCA0000001,2020,Alpha,1\n");
    const QString same = write("same.csv", "ori,year,agency,investigations\nCA0000001,2020,Alpha,1\n");
    const QString other = write("other.csv", "ori,year,agency,investigations\nCA0000003,2020,Gamma,1\nCA0000001,2020,Alpha,2\n");
    const ImportSummary repeated = ReportImporter(t.database()).importFiles({a, same}, {});
    QVERIFY(repeated.succeeded());
    QCOMPARE(repeated.duplicateRows, 1);
    const ImportSummary s = ReportImporter(t.database()).importFiles({a, other}, {});
    QVERIFY(!s.succeeded());
    QCOMPARE(s.errorCount, 1);
    QCOMPARE(s.errors.first().toString(QString()),
             other +
                     QStringLiteral(":3: year: 2020: CA0000001 2020 already appears in one.csv (line or row 2) with "
                                    "different values"));
    // Nothing of the batch was written: Gamma, from a file with no error of its own, neither.
    QCOMPARE(t.scalar(QStringLiteral("SELECT count(*) FROM agency WHERE ori = 'CA0000003'")).toInt(), 0);
}

void TestImportBatch::folderScanSkipsTheOpenDatabase()
{
    TestDatabase t;
    if (t.onServer())
        QSKIP("a database file in the folder scanned: a server's database is no file");
    const QString folder = t.dirPath();
    QVERIFY(QFile::copy(t.path(), folder + QStringLiteral("/copy.csv")));
    // An open database, whatever its name, is never opened by anything but SQLite.
    Result<std::unique_ptr<Database>> live =
            Database::open(folder + QStringLiteral("/live.csv"), Database::Mode::CreateIfMissing);
    QVERIFY(live.ok());
    QFile lock(folder + QStringLiteral("/.~lock.book.xlsx#"));
    QVERIFY(lock.open(QIODevice::WriteOnly));
    lock.close();
    QFile reports(folder + QStringLiteral("/reports.csv"));
    QVERIFY(reports.open(QIODevice::WriteOnly));
    reports.write("ori,year,agency\nCA0000001,2020,Alpha\n");
    reports.close();
    const ImportFolder::Files files = ImportFolder::expand({folder});
    QVERIFY(files.error.isEmpty());
    QCOMPARE(files.files, QStringList{folder + QStringLiteral("/reports.csv")});
    QCOMPARE(files.skipped.size(), 2);
    QVERIFY2(files.skipped.at(0).contains(QLatin1StringView("copy.csv: a database")), qPrintable(files.skipped.at(0)));
    QVERIFY2(files.skipped.at(1).startsWith(folder + QStringLiteral("/live.csv: ")), qPrintable(files.skipped.at(1)));
    QVERIFY(ImportFolder::expand({folder + QStringLiteral("/missing")}).error.contains(QLatin1StringView("no such file")));
}

void TestImportBatch::aFileThatCannotBeReadIsRefusedOnce()
{
    TestDatabase t;
    const QString good = write("good.csv", "ori,year,agency\nCA0000001,2020,Alpha\n");
    const QString bad = write("nul.csv", QByteArray("ori,year\0,agency\n", 17));
    const ImportSummary s = ReportImporter(t.database()).importFiles({good, bad}, {});
    QVERIFY(!s.succeeded());
    QCOMPARE(s.errorCount, 1);
    QVERIFY2(s.errors.first().toString(QString()).startsWith(bad + QStringLiteral(":1:")),
             qPrintable(s.errors.first().toString(QString())));
    QCOMPARE(t.scalar(QStringLiteral("SELECT count(*) FROM agency")).toInt(), 0);
}

QTEST_GUILESS_MAIN(TestImportBatch)
#include "tst_importbatch.moc"
