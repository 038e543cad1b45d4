#include "testdatabase.h"

#include "db/stores/records/agencystore.h"
#include "db/stores/auditlogstore.h"
#include "db/import/reportimporter.h"
#include "db/stores/metastore.h"
#include "db/stores/records/reportstore.h"

#include <QBuffer>

using namespace cac;

class TestReportImporter : public QObject
{
    Q_OBJECT
private slots:
    void messyValidFileImportsExactly();
    void tabSeparatedFile();
    void badFileIsRefusedWithLinesAndWritesNothing_data();
    void badFileIsRefusedWithLinesAndWritesNothing();
    void everyErrorIsCountedAndFiftyListed();
    void aRefusedImportStillTellsAddedFromChanged();
    void everyWarningIsCountedAndFiftyListed();
    void reimportUpdatesNeverDuplicates();
    void changedValueIsUpdatedAndAudited();
    void changedCategoryCountsAsChanged();
    void identicalRepeatedRowIsAccepted();
    void dryRunWritesNothing();
    void cancelWritesNothing();
    void demoDataNeverMixesWithReal();
    void readIndexesAreThereAfterEveryImport();
    void newAgencysLaterRowsCompleteItAndItsContacts();
    void aLargeImportIsCountedAndRefusedWholeAcrossBatches();

private:
    static ImportSummary importText(Database &db, const QByteArray &bytes, ReportImporter::Options options = {})
    {
        QBuffer buffer;
        buffer.setData(bytes);
        buffer.open(QIODevice::ReadOnly);
        return ReportImporter(db).importDevice(buffer, QStringLiteral("test.csv"), options);
    }
    // Everything a refused import must leave as it was.
    static QString dump(TestDatabase &t)
    {
        QStringList parts{
                t.joined(QStringLiteral("SELECT ori || name || coalesce(CAST(sworn_staff AS TEXT), '?') FROM agency ORDER BY id"),
                         QStringLiteral(";")),
                t.joined(QStringLiteral("SELECT agency_id || '/' || year || '/' || coalesce(CAST(investigations AS TEXT), '?') "
                                        "FROM misuse_report ORDER BY id"),
                         QStringLiteral(";"))};
        for (const char *sql : {"SELECT count(*) FROM report_category", "SELECT count(*) FROM contact",
                                "SELECT count(*) FROM audit_log", "SELECT count(*) FROM meta"})
            parts << t.scalar(QString::fromLatin1(sql)).toString();
        return parts.join(u'|');
    }
    static QByteArray seed() { return "ori,year,agency,investigations,cat_other\nCA0000009,2017,Seeded Agency,2,1\n"; }
};

void TestReportImporter::messyValidFileImportsExactly()
{
    TestDatabase t;
    const ImportSummary s = ReportImporter(t.database()).importFile(QFINDTESTDATA("data/messy_valid.csv"), {});
    QVERIFY2(s.succeeded(), s.errors.isEmpty() ? "" : qPrintable(s.errors.first().toString(QStringLiteral("messy"))));
    QCOMPARE(s.rows, 5);
    QCOMPARE(s.reportsAdded, 5);
    QCOMPARE(s.agenciesAdded, 3);
    QCOMPARE(s.warnings.size(), 1);
    QCOMPARE(s.warnings.first().column, QStringLiteral("Shoe Size"));

    const AgencyStore agencies(t.connection());
    const ReportStore reports(t.connection());
    const std::optional<AgencyRecord> rio = expectOk(agencies.findByOri(QStringLiteral("CA0010901")));
    QVERIFY(rio);
    QCOMPARE(rio->name, QStringLiteral("Río Seco Police Department, Central"));
    QCOMPARE(rio->kind, QStringLiteral("municipal_police"));
    QCOMPARE(rio->county, QStringLiteral("Alameda"));
    QCOMPARE(rio->swornStaff, std::optional<int>(1250));
    QVERIFY(rio->parentOrg.isEmpty());

    const MisuseReport r2018 = *expectOk(reports.find(rio->id, 2018));
    QCOMPARE(r2018.filed, std::optional<bool>(true));
    QCOMPARE(r2018.filedDate, std::optional<QDate>(QDate(2019, 3, 1)));
    QCOMPARE(r2018.investigations, std::optional<int>(12));
    QCOMPARE(r2018.violations, std::optional<ViolationRange>(ViolationRange{15, 25}));
    QVERIFY(!r2018.individuals);                        // N/A is unknown, never 0
    QCOMPARE(r2018.outcomes[5], std::optional<int>(0)); // criminal_charges
    QVERIFY(!r2018.outcomes[6]);                        // no_action blank
    QCOMPARE(r2018.notes, QStringLiteral("He said \"hello\"\r\nsecond line"));
    QVERIFY(!r2018.hasCategories());
    QCOMPARE(r2018.sourceFile, QStringLiteral("messy_valid.csv"));
    QCOMPARE(r2018.sourceLine, std::optional<int>(2));

    const MisuseReport r2019 = *expectOk(reports.find(rio->id, 2019));
    QCOMPARE(r2019.sourceLine, std::optional<int>(4));
    QCOMPARE(r2019.violations, std::optional<ViolationRange>(ViolationRange{15, 25}));
    QCOMPARE(r2019.individuals, std::optional<int>(1));
    QCOMPARE(r2019.categories[0], std::optional<int>(15)); // self_or_acquaintance
    QCOMPARE(r2019.categories[4], std::optional<int>(0));  // licensing_employment
    QVERIFY(r2019.notes.isEmpty());

    const qint64 sheriff = expectOk(agencies.findByOri(QStringLiteral("CA0020002")))->id;
    QCOMPARE(expectOk(agencies.findByOri(QStringLiteral("CA0020002")))->kind, QStringLiteral("sheriff"));
    QCOMPARE(expectOk(reports.find(sheriff, 2019))->filed, std::optional<bool>(false));
    const MisuseReport blank = *expectOk(reports.find(sheriff, 2018));
    QVERIFY(!blank.filed);
    QVERIFY(!blank.investigations && !blank.violations && !blank.individuals);

    const std::optional<AgencyRecord> formula = expectOk(agencies.findByOri(QStringLiteral("CA0030003")));
    QCOMPARE(formula->name, QStringLiteral("=Formula Agency"));
    QCOMPARE(formula->kind, QStringLiteral("district_attorney"));
    const MisuseReport r3 = *expectOk(reports.find(formula->id, 2019));
    QCOMPARE(r3.investigations, std::optional<int>(1000));
    QCOMPARE(r3.notes, QStringLiteral("@note"));
    QCOMPARE(r3.sourceLine, std::optional<int>(8));

    QCOMPARE(t.scalar(QStringLiteral("SELECT email FROM contact WHERE name = 'Ana Ruiz'")).toString(),
             QStringLiteral("ana.ruiz@example.invalid"));
    QCOMPARE(t.scalar(QStringLiteral("SELECT count(*) FROM contact")).toInt(), 1);
    QCOMPARE(t.scalar(QStringLiteral("SELECT count(*) FROM v_report")).toInt(), 5);
    // One audit row for the import as a whole.
    const QList<AuditLogStore::Entry> audit = expectOk(AuditLogStore(t.connection()).entries());
    QCOMPARE(audit.size(), 1);
    QCOMPARE(audit.first().action, QStringLiteral("import"));
    QVERIFY(audit.first().newValues.contains(QLatin1StringView("messy_valid.csv")));
    QVERIFY(!audit.first().osUser.isEmpty());
}

void TestReportImporter::tabSeparatedFile()
{
    TestDatabase t;
    const ImportSummary s = ReportImporter(t.database()).importFile(QFINDTESTDATA("data/tab_separated.tsv"), {});
    QVERIFY(s.succeeded());
    QCOMPARE(s.reportsAdded, 2);
    QCOMPARE(t.scalar(QStringLiteral("SELECT violations_high FROM misuse_report WHERE year = 2021")).toInt(), 4);
}

void TestReportImporter::badFileIsRefusedWithLinesAndWritesNothing_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expected"); // the first error, as printed
    const QByteArray header = "ori,year,agency,investigations,violations\n";
    QTest::newRow("negative count") << header + "CA0000001,2018,A,-3,1\n"
                                    << QStringLiteral("test.csv:2: investigations: -3: a count cannot be negative");
    QTest::newRow("low above high") << header + "CA0000001,2018,A,3,25-15\n"
                                    << QStringLiteral(
                                               "test.csv:2: violations: 25-15: the low end of the range is above the high end");
    QTest::newRow("malformed ORI") << header + "CA12,2018,A,3,1\n"
                                   << QStringLiteral(
                                              "test.csv:2: ori: CA12: not an ORI: CA and 7 letters or digits, e.g. CA0010900");
    QTest::newRow("year out of range") << header + "CA0000001,1989,A,3,1\n"
                                       << QStringLiteral("test.csv:2: year: 1989: year out of range (1990 to 2100)");
    QTest::newRow("text in a number") << header + "CA0000001,2018,A,twelve,1\n"
                                      << QStringLiteral("test.csv:2: investigations: twelve: not a whole number");
    QTest::newRow("missing ORI") << header + ",2018,A,3,1\n" << QStringLiteral("test.csv:2: ori: : an ORI is required");
    QTest::newRow("missing year") << header + "CA0000001,,A,3,1\n" << QStringLiteral("test.csv:2: year: : a year is required");
    QTest::newRow("new ORI without a name")
            << header + "CA0000001,2018,,3,1\n"
            << QStringLiteral("test.csv:2: agency: : CA0000001 is a new ORI: the agency's name is required");
    QTest::newRow("same ORI and year, other values")
            << header + "CA0000001,2018,A,3,1\nCA0000002,2018,B,1,1\nca0000001,2018,A,4,1\n"
            << QStringLiteral("test.csv:4: year: 2018: CA0000001 2018 already appears on line 2 with different values");
    QTest::newRow("empty file") << QByteArray() << QStringLiteral("test.csv:1: the file is empty");
    // The NUL byte comes after the PNG signature's two line breaks: on line 3.
    QTest::newRow("binary file") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16)
                                 << QStringLiteral("test.csv:3: binary data (a NUL byte): this is not a CSV text file");
    QTest::newRow("NUL byte on line 6") << header +
                    "CA0000001,2018,A,3,1\nCA0000001,2019,A,3,1\nCA0000001,2020,A,3,1\nCA0000001,2021,A,3,1\n" +
                    QByteArray("CA0000001,2022,A\0,3,1\n", 23)
                                        << QStringLiteral("test.csv:6: binary data (a NUL byte): this is not a CSV text file");
    QTest::newRow("UTF-16 with a lone surrogate")
            << QByteArray("\xFF\xFEo\0r\0i\0\n\0\x00\xD8\n\0", 14)
            << QStringLiteral("test.csv:1: text that is not valid UTF-16 (a lone surrogate)");
    QTest::newRow("an .xlsx workbook") << QByteArray("PK\x03\x04\x14\0\x06\0", 8)
                                       << QStringLiteral(
                                                  "test.csv:1: a zip file, such as an Excel workbook (.xlsx) or OpenDocument "
                                                  "sheet (.ods): open it in your spreadsheet program, save it as \"CSV UTF-8\", "
                                                  "and import that");
    QTest::newRow("a terminal escape in a name")
            << header + "CA0000001,2018,A\x1b]0;owned\x07,3,1\n"
            << QStringLiteral("test.csv:2: agency: AU+001b]0;ownedU+0007: holds a control character (U+001b) at character 2; "
                              "remove it");
    QTest::newRow("a name of 301 characters")
            << header + "CA0000001,2018," + QByteArray(301, 'x') + ",3,1\n"
            << QStringLiteral("test.csv:2: agency: %1… (301 characters): 301 characters; at most 300 are taken")
                       .arg(QString(60, u'x'));
    QTest::newRow("a record of 2 MiB")
            << header + "CA0000001,2018,A,3,1\nCA0000001,2019," + QByteArray(2 << 20, 'x') + ",3,1\n"
            << QStringLiteral("test.csv:3: the record is longer than 1 MiB; no field of the format is that long");
    QTest::newRow("no header") << QByteArray("CA0000001,2018,A,3,1\n")
                               << QStringLiteral("test.csv:1: no header row: the first line looks like data; add a first line "
                                                 "that names the columns (ori, year, ...)");
    QTest::newRow("bad row after good ones") << header + "CA0000001,2018,A,3,1\nCA0000001,2019,A,3,1\nCA0000001,2020,A,3,x\n"
                                             << QStringLiteral("test.csv:4: violations: x: not a count or a range such as 15-25");
    QTest::newRow("too many fields")
            << header + "CA0000001,2018,Smith, Jones PD,3,1\n"
            << QStringLiteral("test.csv:2: this row has 6 fields but the header names 5 (an unquoted comma in a value?)");
}

void TestReportImporter::badFileIsRefusedWithLinesAndWritesNothing()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expected);
    TestDatabase t;
    QVERIFY(importText(t.database(), seed()).succeeded());
    const QString before = dump(t);
    const ImportSummary s = importText(t.database(), bytes);
    QVERIFY(!s.succeeded());
    QVERIFY(s.errorCount >= 1);
    QCOMPARE(s.errors.first().toString(QStringLiteral("test.csv")), expected);
    QCOMPARE(dump(t), before);
}

void TestReportImporter::everyWarningIsCountedAndFiftyListed()
{
    TestDatabase t;
    QByteArray header = "ori,year,agency";
    QByteArray row = "CA0000001,2018,A";
    for (int i = 0; i < 10000; ++i) {
        header += ",extra" + QByteArray::number(i);
        row += ",";
    }
    const ImportSummary s = importText(t.database(), header + "\n" + row + "\n");
    QVERIFY(s.succeeded());
    QCOMPARE(s.warningCount, 10000);
    QCOMPARE(s.warnings.size(), ImportSummary::MaxListedIssues);
}

void TestReportImporter::everyErrorIsCountedAndFiftyListed()
{
    TestDatabase t;
    QByteArray bytes = "ori,year,agency,investigations\n";
    for (int i = 0; i < 60; ++i)
        bytes += "CA0000001," + QByteArray::number(1991 + i) + ",A,-1\n";
    const ImportSummary s = importText(t.database(), bytes);
    QCOMPARE(s.errorCount, 60);
    QCOMPARE(s.errors.size(), ImportSummary::MaxListedIssues);
    QCOMPARE(s.errors.last().line, 51);
    QCOMPARE(t.scalar(QStringLiteral("SELECT count(*) FROM misuse_report")).toInt(), 0);
}

// A refused file is checked whole: what its sound rows would add and change is counted apart and
// the changes listed, as for a file that imports (the window's Changes tab shows both), and
// nothing is written.
void TestReportImporter::aRefusedImportStillTellsAddedFromChanged()
{
    TestDatabase t;
    QVERIFY(importText(t.database(), seed()).succeeded());
    const QString before = dump(t);
    const ImportSummary s = importText(t.database(),
                                       "ori,year,agency,investigations\n"
                                       "CA0000009,2017,Seeded Agency,5\n"
                                       "CA0000010,2018,New Agency,1\n"
                                       "CA0000011,2018,Bad Agency,lots\n");
    QVERIFY(!s.succeeded());
    QCOMPARE(s.errorCount, 1);
    QCOMPARE(s.reportsAdded, 1);
    QCOMPARE(s.reportsChanged, 1);
    QCOMPARE(s.changes.size(), 1);
    QCOMPARE(s.changes.first().ori, QStringLiteral("CA0000009"));
    QCOMPARE(dump(t), before);
}

void TestReportImporter::reimportUpdatesNeverDuplicates()
{
    TestDatabase t;
    const QString file = QFINDTESTDATA("data/messy_valid.csv");
    QVERIFY(ReportImporter(t.database()).importFile(file, {}).succeeded());
    const int auditBefore = AuditLogStore(t.connection()).count();
    const ImportSummary again = ReportImporter(t.database()).importFile(file, {});
    QVERIFY(again.succeeded());
    QCOMPARE(again.reportsAdded, 0);
    QCOMPARE(again.reportsChanged, 0);
    QCOMPARE(again.reportsUnchanged, 5);
    QCOMPARE(t.scalar(QStringLiteral("SELECT count(*) FROM misuse_report")).toInt(), 5);
    QCOMPARE(t.scalar(QStringLiteral("SELECT count(*) FROM agency")).toInt(), 3);
    QCOMPARE(t.scalar(QStringLiteral("SELECT count(*) FROM contact")).toInt(), 1);
    // Nothing changed, so nothing is written, not even the import's log row: a no-op is checked,
    // not written.
    QCOMPARE(AuditLogStore(t.connection()).count(), auditBefore);
}

void TestReportImporter::changedValueIsUpdatedAndAudited()
{
    TestDatabase t;
    QVERIFY(importText(t.database(), seed()).succeeded());
    const ImportSummary s = importText(t.database(), "ori,year,investigations,cat_other\nCA0000009,2017,5,\n");
    QVERIFY2(s.succeeded(), s.errors.isEmpty() ? "" : qPrintable(s.errors.first().toString(QStringLiteral("test.csv"))));
    QCOMPARE(s.reportsChanged, 1);
    QCOMPARE(t.scalar(QStringLiteral("SELECT investigations FROM misuse_report")).toInt(), 5);
    // The blank category cell removes the old count: it is now unknown.
    QCOMPARE(t.scalar(QStringLiteral("SELECT count(*) FROM report_category")).toInt(), 0);
    const QList<AuditLogStore::Entry> updates = expectOk(AuditLogStore(t.connection()).entries(QStringLiteral("misuse_report")));
    const auto update =
            std::find_if(updates.cbegin(), updates.cend(), [](const auto &e) { return e.action == u"import" && e.rowId > 0; });
    QVERIFY(update != updates.cend());
    QVERIFY(update->oldValues.contains(QLatin1StringView("\"investigations\":2")));
    QVERIFY(update->newValues.contains(QLatin1StringView("\"investigations\":5")));
    QVERIFY(update->oldValues.contains(QLatin1StringView("\"cat_other\":1")));
    QVERIFY(update->newValues.contains(QLatin1StringView("\"cat_other\":null")));
}

// A row whose only change is a category count is a changed report, not an unchanged one, and
// the categories the file has no column for stay as stored.
void TestReportImporter::changedCategoryCountsAsChanged()
{
    TestDatabase t;
    QVERIFY(importText(t.database(), "ori,year,agency,cat_other,cat_high_profile\nCA0000009,2017,A,1,2\n").succeeded());
    const ImportSummary s = importText(t.database(), "ori,year,cat_other\nCA0000009,2017,4\n");
    QVERIFY(s.succeeded());
    QCOMPARE(s.reportsChanged, 1);
    QCOMPARE(s.reportsUnchanged, 0);
    QCOMPARE(t.scalar(QStringLiteral("SELECT cat_other || ',' || cat_high_profile FROM misuse_report")).toString(),
             QStringLiteral("4,2"));
}

void TestReportImporter::identicalRepeatedRowIsAccepted()
{
    TestDatabase t;
    const ImportSummary s = importText(t.database(), "ori,year,agency,investigations\nCA0000001,2018,A,3\nCA0000001,2018,A,3\n");
    QVERIFY(s.succeeded());
    QCOMPARE(s.duplicateRows, 1);
    QCOMPARE(t.scalar(QStringLiteral("SELECT count(*) FROM misuse_report")).toInt(), 1);
}

void TestReportImporter::dryRunWritesNothing()
{
    TestDatabase t;
    ReportImporter::Options options;
    options.dryRun = true;
    const ImportSummary s = ReportImporter(t.database()).importFile(QFINDTESTDATA("data/messy_valid.csv"), options);
    QVERIFY(s.succeeded());
    QCOMPARE(s.reportsAdded, 5);
    QCOMPARE(t.scalar(QStringLiteral("SELECT count(*) FROM misuse_report")).toInt(), 0);
    QCOMPARE(t.scalar(QStringLiteral("SELECT count(*) FROM audit_log")).toInt(), 0);
}

void TestReportImporter::cancelWritesNothing()
{
    TestDatabase t;
    QByteArray bytes = "ori,year,agency,investigations\n";
    for (int i = 0; i < 5000; ++i)
        bytes += "CA" + QByteArray::number(1000000 + i) + ",2018,Agency " + QByteArray::number(i) + ",1\n";
    std::atomic_bool cancel = false;
    ReportImporter::Options options;
    int calls = 0;
    options.progress = [&](qint64, qint64) {
        if (++calls == 1)
            cancel = true;
    };
    options.cancel = &cancel;
    const ImportSummary s = importText(t.database(), bytes, options);
    QVERIFY(s.cancelled);
    QVERIFY(s.rows < 5000);
    QCOMPARE(t.scalar(QStringLiteral("SELECT count(*) FROM agency")).toInt(), 0);
}

void TestReportImporter::demoDataNeverMixesWithReal()
{
    const QByteArray demo = "ori,year,agency,data_notice\nCA0000005,2018,Demo PD,\"demo data, fictional agencies\"\n";
    {
        TestDatabase t; // empty: takes the file's nature
        QVERIFY(importText(t.database(), demo).succeeded());
        QVERIFY(expectOk(MetaStore(t.connection()).isDemo()));
        const ImportSummary real = importText(t.database(), seed());
        QVERIFY(!real.succeeded());
        QVERIFY(real.errors.first().message.contains(QLatin1StringView("demo data")));
        QCOMPARE(real.errors.first().value, QString()); // the file's own (blank) notice, not the database's
    }
    {
        TestDatabase t;
        QVERIFY(importText(t.database(), seed()).succeeded());
        QVERIFY(!expectOk(MetaStore(t.connection()).isDemo()));
        const ImportSummary s = importText(t.database(), demo);
        QVERIFY(!s.succeeded());
        QCOMPARE(s.errors.first().column, QStringLiteral("data_notice"));
        QCOMPARE(t.scalar(QStringLiteral("SELECT count(*) FROM agency")).toInt(), 1);
    }
}

void TestReportImporter::readIndexesAreThereAfterEveryImport()
{
    // A large import (into an empty table, or one much larger than the table) drops the
    // read-only indexes and builds them at the end.
    TestDatabase t;
    const QString indexes = t.onServer()
            ? QStringLiteral("SELECT count(*) FROM pg_indexes WHERE indexname IN ('misuse_report_year', 'misuse_report_rollup')")
            : QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE type = 'index' "
                             "AND name IN ('misuse_report_year', 'misuse_report_rollup')");
    QCOMPARE(t.scalar(indexes).toInt(), 2);
    QVERIFY(!importText(t.database(), "ori,year,agency,investigations\nCA0000001,2018,A,-1\n").succeeded());
    QCOMPARE(t.scalar(indexes).toInt(), 2); // refused: rolled back, indexes and all
    ReportImporter::Options dry;
    dry.dryRun = true;
    QVERIFY(importText(t.database(), seed(), dry).succeeded());
    QCOMPARE(t.scalar(indexes).toInt(), 2);
    QVERIFY(importText(t.database(), seed()).succeeded());
    QCOMPARE(t.scalar(indexes).toInt(), 2);
    // Read through the index itself (a file can be told which index to use; a server keeps its
    // indexes up to date row by row, and has no INDEXED BY).
    const QString throughIndex = t.onServer() ? QString() : QStringLiteral(" INDEXED BY misuse_report_rollup");
    QCOMPARE(t.scalar(QStringLiteral("SELECT count(*) FROM misuse_report%1 WHERE filed IS NULL").arg(throughIndex)).toInt(), 0);
    QCOMPARE(t.scalar(QStringLiteral("SELECT count(*) FROM misuse_report")).toInt(), 1);
    // A file much larger than the table: rebuilt too, and the rebuilt index holds every row.
    QByteArray more = "ori,year,agency,investigations\n";
    for (int i = 0; i < 200; ++i)
        more += "CA" + QByteArray::number(2000000 + i) + ",2019,Agency " + QByteArray::number(i) + ",3\n";
    QVERIFY(importText(t.database(), more).succeeded());
    QCOMPARE(t.scalar(indexes).toInt(), 2);
    QCOMPARE(t.scalar(QStringLiteral("SELECT count(*) FROM misuse_report%1 WHERE filed = 1").arg(throughIndex)).toInt(), 201);
}

// A new agency's later rows add to what its first row gave: a field it left blank, the same
// contact's email, a second contact. (A server's import stages a new agency and its first contact
// for the next COPY; the rows after must still find them.)
void TestReportImporter::newAgencysLaterRowsCompleteItAndItsContacts()
{
    TestDatabase t;
    const ImportSummary s = importText(t.database(),
                                       QByteArrayLiteral("ori,year,agency,county,contact_name,contact_email,contact_phone\n"
                                                         "CA0010001,2019,Alpha PD,,Ana Ruiz,,916-555-0100\n"
                                                         "CA0010001,2020,Alpha PD,Alpine,Ana Ruiz,ana@example.invalid,\n"
                                                         "CA0010001,2021,Alpha PD,Alpine,Bo Chan,bo@example.invalid,\n"
                                                         "CA0020002,2021,Beta SO,,Cy Diaz,,\n"));
    QVERIFY2(s.succeeded(), qPrintable(s.errors.isEmpty() ? QString() : s.errors.first().message));
    QCOMPARE(s.agenciesAdded, 2);
    QCOMPARE(t.joined(QStringLiteral("SELECT ori || ':' || coalesce(county, '?') FROM agency ORDER BY ori")),
             QStringLiteral("CA0010001:Alpine,CA0020002:?"));
    QCOMPARE(t.joined(QStringLiteral(
                     "SELECT a.ori || ':' || c.name || ':' || coalesce(c.email, '?') || ':' || coalesce(c.phone, '?') "
                     "FROM contact c JOIN agency a ON a.id = c.agency_id ORDER BY a.ori, c.name")),
             QStringLiteral("CA0010001:Ana Ruiz:ana@example.invalid:916-555-0100,CA0010001:Bo Chan:bo@example.invalid:?,"
                            "CA0020002:Cy Diaz:?:?"));
    QCOMPARE(t.scalar(QStringLiteral("SELECT count(*) FROM misuse_report")).toInt(), 4);
}

// More rows than a server's writer stages at once (it merges one batch while the next is read):
// every batch is counted, and a row refused after several batches leaves nothing written.
void TestReportImporter::aLargeImportIsCountedAndRefusedWholeAcrossBatches()
{
    TestDatabase t;
    QByteArray csv("ori,year,agency,filed,investigations\n");
    for (int agency = 1; agency <= 1500; ++agency) {
        for (int year = 1996; year < 2026; ++year)
            csv += QStringLiteral("CA%1,%2,Agency %3,yes,%4\n")
                           .arg(agency, 7, 10, QLatin1Char('0'))
                           .arg(year)
                           .arg(agency)
                           .arg(year % 7)
                           .toUtf8();
    }
    const ImportSummary refused = importText(t.database(), csv + "CA0000001,19x6,Agency 1,yes,1\n");
    QVERIFY(!refused.succeeded());
    QCOMPARE(t.scalar(QStringLiteral("SELECT count(*) FROM misuse_report")).toInt(), 0);
    QCOMPARE(t.scalar(QStringLiteral("SELECT count(*) FROM agency")).toInt(), 0);

    const ImportSummary first = importText(t.database(), csv);
    QVERIFY(first.succeeded());
    QCOMPARE(first.reportsAdded, 45000);
    QCOMPARE(t.scalar(QStringLiteral("SELECT count(*) FROM misuse_report")).toInt(), 45000);
    csv.replace(",yes,3\n", ",yes,4\n"); // a seventh of the reports change
    const ImportSummary again = importText(t.database(), csv);
    QVERIFY(again.succeeded());
    QCOMPARE(again.reportsAdded, 0);
    QCOMPARE(again.reportsChanged + again.reportsUnchanged, 45000);
    QCOMPARE(again.reportsChanged,
             int(t.scalar(QStringLiteral("SELECT count(*) FROM misuse_report WHERE investigations = 4")).toInt() -
                 t.scalar(QStringLiteral("SELECT count(*) FROM misuse_report WHERE year % 7 = 4")).toInt()));
}

QTEST_GUILESS_MAIN(TestReportImporter)
#include "tst_reportimporter.moc"
