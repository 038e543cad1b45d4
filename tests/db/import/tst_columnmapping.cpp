#include "testdatabase.h"

#include "db/import/columnmapping.h"
#include "db/import/reportcolumns.h"
#include "db/import/reportimporter.h"
#include "db/model/outcome.h"
#include "db/stores/columnmappingstore.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace cac;

// Headers that are not the format's own are mapped by known aliases, by the user's choice, or
// by the choice remembered for files with the same headers; never by a loose guess.
class TestColumnMapping : public QObject
{
    Q_OBJECT
private slots:
    void aliasesMapExactly_data();
    void aliasesMapExactly();
    void choicesWinAndReadFromText();
    void jsonRoundTrip();
    void contentSaysOriOrYear();
    void foreignWorkbookHeadersImportAndTheChoiceIsRemembered();

private:
    QTemporaryDir m_dir;
};

void TestColumnMapping::aliasesMapExactly_data()
{
    QTest::addColumn<QString>("header");
    QTest::addColumn<int>("field");
    const auto row = [](const char *header, int field) { QTest::newRow(header) << QString::fromUtf8(header) << field; };
    row("ORI Number", ReportColumns::Ori);
    row("  ori ", ReportColumns::Ori);
    row("Agency Name", ReportColumns::Agency);
    row("# of Investigations", ReportColumns::Investigations);
    row("Number of Violations Found", ReportColumns::Violations);
    row("Date Received", ReportColumns::FiledDate);
    row("Reporting Year", ReportColumns::Year);
    row("Sworn Officers", ReportColumns::SwornStaff);
    row("Criminal-Charges", ReportColumns::FirstOutcome + int(Outcome::codes().indexOf(QStringLiteral("criminal_charges"))));
    row("E-mail", ReportColumns::ContactEmail);
    row("violations_low", ReportColumns::ViolationsLow);
    // Not known: left unmapped, never guessed at.
    row("Investigator", ColumnMapping::Unmapped);
    row("Violations found last year", ColumnMapping::Unmapped);
    row("Shoe size", ColumnMapping::Unmapped);
    row("", ColumnMapping::Unmapped);
}

void TestColumnMapping::aliasesMapExactly()
{
    QFETCH(QString, header);
    QFETCH(int, field);
    QCOMPARE(ColumnMapping::fieldByName(header), field);
}

void TestColumnMapping::choicesWinAndReadFromText()
{
    ColumnMapping mapping;
    QVERIFY(mapping.chooseFromText(QStringLiteral("Agency Name=county")).ok());
    QVERIFY(mapping.chooseFromText(QStringLiteral("Remarks = notes")).ok());
    QVERIFY(mapping.chooseFromText(QStringLiteral("ORI Number=")).ok());
    QCOMPARE(mapping.fieldFor(QStringLiteral("agency name")), int(ReportColumns::County));
    QCOMPARE(mapping.fieldFor(QStringLiteral("Remarks")), int(ReportColumns::Notes));
    QCOMPARE(mapping.fieldFor(QStringLiteral("ORI Number")), ColumnMapping::Ignored);
    QCOMPARE(mapping.fieldFor(QStringLiteral("Reporting Year")), int(ReportColumns::Year)); // by name
    const Status wrong = mapping.chooseFromText(QStringLiteral("Yr=yeer"));
    QVERIFY(!wrong.ok());
    QVERIFY2(wrong.error().contains(QLatin1StringView("no field is called \"yeer\"")), qPrintable(wrong.error()));
    QVERIFY(!mapping.chooseFromText(QStringLiteral("no equals sign")).ok());
    QCOMPARE(ColumnMapping::candidates(QStringLiteral("Agency")),
             (QStringList{QStringLiteral("agency"), QStringLiteral("agency_kind")}));
}

void TestColumnMapping::jsonRoundTrip()
{
    ColumnMapping mapping;
    mapping.choose(QStringLiteral("Agency Name"), ReportColumns::Agency);
    mapping.choose(QStringLiteral("Notes 2"), ColumnMapping::Ignored);
    const Result<ColumnMapping> back = ColumnMapping::fromJson(mapping.toJson());
    QVERIFY(back.ok());
    QCOMPARE(back.value().toJson(), mapping.toJson());
    QCOMPARE(back.value().fieldFor(QStringLiteral("notes 2")), ColumnMapping::Ignored);
    QVERIFY(!ColumnMapping::fromJson(QJsonObject{{QStringLiteral("A"), QStringLiteral("nope")}}).ok());
}

void TestColumnMapping::contentSaysOriOrYear()
{
    QCOMPARE(ColumnMapping::fieldByContent({QStringLiteral("CA0010901"), QString(), QStringLiteral("CA0190000")}),
             int(ReportColumns::Ori));
    QCOMPARE(ColumnMapping::fieldByContent({QStringLiteral("2019"), QStringLiteral("2020")}), int(ReportColumns::Year));
    QCOMPARE(ColumnMapping::fieldByContent({QStringLiteral("CA0010901"), QStringLiteral("Alpha")}), ColumnMapping::Unmapped);
    QCOMPARE(ColumnMapping::fieldByContent({QString()}), ColumnMapping::Unmapped);
}

void TestColumnMapping::foreignWorkbookHeadersImportAndTheChoiceIsRemembered()
{
    const QString file = m_dir.filePath(QStringLiteral("doj.csv"));
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("DOJ CLETS misuse reports\n\nORI Number,Agency Name,Reporting Year,# of Investigations,"
            "Number of Violations Found,Date Received,Investigator\n"
            "CA0010901,Rio Seco PD,2024,3,1-2,2025-03-01,Lee\n");
    f.close();
    TestDatabase t;
    // Without a choice for "Investigator": read all the rest, and warn.
    ImportSummary s = ReportImporter(t.database()).importFile(file, {});
    QVERIFY(s.succeeded());
    QCOMPARE(s.headerRow, 3);
    QCOMPARE(s.warningCount, 1);
    QCOMPARE(s.warnings.first().toString(QStringLiteral("doj.csv")),
             QStringLiteral("doj.csv:3: Investigator: : not a column of the format; ignored"));
    QCOMPARE(t.scalar(QStringLiteral(
                              "SELECT investigations || '/' || violations_low || '-' || violations_high || '/' || filed_date "
                              "FROM misuse_report"))
                     .toString(),
             QStringLiteral("3/1-2/2025-03-01"));
    QCOMPARE(t.scalar(QStringLiteral("SELECT count(*) FROM import_column_mapping")).toInt(), 0); // nothing chosen
    // The user maps it to the contact's name: read, and remembered for these headers.
    ReportImporter::Options options;
    options.mapping.choose(QStringLiteral("Investigator"), ReportColumns::ContactName);
    s = ReportImporter(t.database()).importFile(file, options);
    QVERIFY(s.succeeded());
    QCOMPARE(s.warningCount, 0);
    QCOMPARE(t.scalar(QStringLiteral("SELECT name FROM contact")).toString(), QStringLiteral("Lee"));
    const Result<QHash<QString, ColumnMapping>> remembered = ColumnMappingStore(t.database().connection()).all();
    QVERIFY(remembered.ok());
    QCOMPARE(remembered.value().size(), 1);
    QCOMPARE(remembered.value().cbegin()->fieldFor(QStringLiteral("Investigator")), int(ReportColumns::ContactName));
    // The next file with the same headers is read the same way without being told.
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("ORI Number,Agency Name,Reporting Year,# of Investigations,Number of Violations Found,Date Received,Investigator\n"
            "CA0020002,Sable PD,2024,1,0,2025-02-01,Kim\n");
    f.close();
    s = ReportImporter(t.database()).importFile(file, {});
    QVERIFY(s.succeeded());
    QCOMPARE(s.warningCount, 0);
    QCOMPARE(t.scalar(QStringLiteral("SELECT group_concat(name, ',') FROM (SELECT name FROM contact ORDER BY name)")).toString(),
             QStringLiteral("Kim,Lee"));
}

QTEST_GUILESS_MAIN(TestColumnMapping)
#include "tst_columnmapping.moc"
