#include "testdatabase.h"

#include "db/import/reportimporter.h"

#include <QBuffer>
#include <QSqlQuery>
#include <QTest>

using namespace cac;

// Before anything is written, an import says what it will change in reports that are there,
// figure by figure, and warns where it would replace a figure corrected by hand since the
// report's last import.
class TestImportChanges : public QObject
{
    Q_OBJECT

private slots:
    void dryRunListsEachChangedFigure();
    void handCorrectionSinceLastImportIsWarnedAbout();
    void correctionBeforeTheLastImportIsNotWarnedAbout();
    void correctionOfAnotherFigureIsNotWarnedAbout();

private:
    static ImportSummary importText(Database &db, const QByteArray &bytes, bool dryRun = false)
    {
        QBuffer buffer;
        buffer.setData(bytes);
        buffer.open(QIODevice::ReadOnly);
        ReportImporter::Options options;
        options.dryRun = dryRun;
        return ReportImporter(db).importDevice(buffer, QStringLiteral("reports.csv"), options);
    }
    static QByteArray seed()
    {
        return "ori,year,agency,filed,investigations,violations,cat_other\n"
               "CA0000009,2017,Seeded Agency,yes,2,1-3,1\n"
               "CA0000009,2018,Seeded Agency,yes,4,2,\n"
               "CA0000010,2018,Other Agency,no,,,\n";
    }
    // A correction made in the program: through its own connection, whose writes are audited
    // as 'update'.
    static void correctByHand(TestDatabase &t, const QString &sql)
    {
        QSqlQuery q(t.connection());
        QVERIFY2(q.exec(sql), qPrintable(sql));
    }
    static QString warningsText(const ImportSummary &s)
    {
        QStringList lines;
        for (const ImportIssue &w : s.warnings)
            lines << w.toString(QStringLiteral("reports.csv"));
        return lines.join(u'\n');
    }
};

void TestImportChanges::dryRunListsEachChangedFigure()
{
    TestDatabase t;
    QVERIFY(importText(t.database(), seed()).succeeded());
    const QByteArray next = "ori,year,agency,filed,investigations,violations,cat_other\n"
                            "CA0000009,2017,Seeded Agency,yes,2,2-3,\n"
                            "CA0000009,2018,Seeded Agency,yes,4,2,\n"
                            "CA0000010,2018,Other Agency,yes,1,,\n"
                            "CA0000010,2019,Other Agency,yes,0,0,\n";
    const ImportSummary s = importText(t.database(), next, true);
    QVERIFY(s.succeeded());
    QCOMPARE(s.reportsAdded, 1);
    QCOMPARE(s.reportsChanged, 2);
    QCOMPARE(s.reportsUnchanged, 1);
    QCOMPARE(s.changes.size(), 2);
    const ReportChange &first = s.changes.at(0);
    QCOMPARE(first.ori, QStringLiteral("CA0000009"));
    QCOMPARE(first.year, 2017);
    QCOMPARE(first.line, 2);
    QCOMPARE(first.fields.size(), 2);
    QCOMPARE(first.fields.at(0).field, QStringLiteral("violations"));
    QCOMPARE(first.fields.at(0).before, QStringLiteral("1-3"));
    QCOMPARE(first.fields.at(0).after, QStringLiteral("2-3"));
    QCOMPARE(first.fields.at(1).field, QStringLiteral("cat_other"));
    QCOMPARE(first.fields.at(1).before, QStringLiteral("1"));
    QVERIFY(first.fields.at(1).after.isEmpty()); // a blank: not reported, never 0
    const ReportChange &second = s.changes.at(1);
    QCOMPARE(second.ori, QStringLiteral("CA0000010"));
    QCOMPARE(second.fields.size(), 2);
    QCOMPARE(second.fields.at(0).field, QStringLiteral("filed"));
    QCOMPARE(second.fields.at(0).before, QStringLiteral("no"));
    QCOMPARE(second.fields.at(0).after, QStringLiteral("yes"));
    QCOMPARE(second.fields.at(1).field, QStringLiteral("investigations"));
    QVERIFY(second.fields.at(1).before.isEmpty());
    QCOMPARE(second.fields.at(1).after, QStringLiteral("1"));
    QCOMPARE(s.correctedCount, 0);
    // The dry run wrote nothing: neither the reports nor the audit rows it read the list from.
    QCOMPARE(t.scalar(QStringLiteral("SELECT violations_low FROM misuse_report WHERE year = 2017")).toInt(), 1);
    QCOMPARE(t.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'import' AND row_id IS NOT NULL")).toInt(),
             0);
}

void TestImportChanges::handCorrectionSinceLastImportIsWarnedAbout()
{
    TestDatabase t;
    QVERIFY(importText(t.database(), seed()).succeeded());
    correctByHand(t, QStringLiteral("UPDATE misuse_report SET investigations = 5 WHERE year = 2017"));
    const ImportSummary s = importText(t.database(), seed(), true);
    QVERIFY(s.succeeded());
    QCOMPARE(s.reportsChanged, 1);
    QCOMPARE(s.correctedCount, 1);
    QCOMPARE(s.changes.size(), 1);
    QCOMPARE(s.changes.first().corrections.size(), 1);
    QCOMPARE(s.changes.first().corrections.first().field, QStringLiteral("investigations"));
    const QString warnings = warningsText(s);
    QVERIFY2(warnings.contains(QStringLiteral("reports.csv:2: investigations: 2: CA0000009 2017: corrected by hand by ")),
             qPrintable(warnings));
    QVERIFY2(warnings.contains(QStringLiteral("this import replaces 5 with 2")), qPrintable(warnings));
}

void TestImportChanges::correctionBeforeTheLastImportIsNotWarnedAbout()
{
    TestDatabase t;
    QVERIFY(importText(t.database(), seed()).succeeded());
    correctByHand(t, QStringLiteral("UPDATE misuse_report SET investigations = 5 WHERE year = 2017"));
    // This import puts 2 back, and is what the report now comes from.
    QVERIFY(importText(t.database(), seed()).succeeded());
    QCOMPARE(t.scalar(QStringLiteral("SELECT investigations FROM misuse_report WHERE year = 2017")).toInt(), 2);
    QByteArray next = seed();
    next.replace("yes,2,1-3,1", "yes,7,1-3,1");
    const ImportSummary s = importText(t.database(), next, true);
    QVERIFY(s.succeeded());
    QCOMPARE(s.reportsChanged, 1);
    QCOMPARE(s.correctedCount, 0);
    QVERIFY2(warningsText(s).isEmpty(), qPrintable(warningsText(s)));
}

void TestImportChanges::correctionOfAnotherFigureIsNotWarnedAbout()
{
    TestDatabase t;
    QVERIFY(importText(t.database(), seed()).succeeded());
    // The file has no column for this category, so the import leaves it as corrected.
    correctByHand(t, QStringLiteral("UPDATE misuse_report SET cat_high_profile = 3 WHERE year = 2017"));
    QByteArray next = seed();
    next.replace("yes,2,1-3,1", "yes,7,1-3,1");
    const ImportSummary s = importText(t.database(), next);
    QVERIFY(s.succeeded());
    QCOMPARE(s.correctedCount, 0);
    QCOMPARE(t.scalar(QStringLiteral("SELECT cat_high_profile FROM misuse_report WHERE year = 2017")).toInt(), 3);
    QCOMPARE(s.changes.first().fields.size(), 1);
    QCOMPARE(s.changes.first().fields.first().field, QStringLiteral("investigations"));
}

QTEST_GUILESS_MAIN(TestImportChanges)
#include "tst_importchanges.moc"
