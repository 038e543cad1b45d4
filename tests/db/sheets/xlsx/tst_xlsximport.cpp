#include "reportdump.h"
#include "testdatabase.h"
#include "xlsxfixture.h"

#include "db/import/reportimporter.h"
#include "db/sheets/xlsx/xlsxsheetreader.h"
#include "db/sheets/xlsx/xlsxworkbook.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace cac;

// Workbooks as Excel and LibreOffice save them import to exactly the reports of the same data
// as CSV; their problems are named by sheet and cell.
class TestXlsxImport : public QObject
{
    Q_OBJECT
private slots:
    void messyWorkbookImportsAsItsCsv_data();
    void messyWorkbookImportsAsItsCsv();
    void namedSheetIsRead();
    void unknownSheetListsTheSheets();
    void errorsNameTheCell();
    void dateWhereACountBelongsIsRefused();
    void workbookWithoutHeaderListsSheets();
    void sheetXmlAsWritersWriteIt();
    void damagedWorkbooksAreRefused_data();
    void damagedWorkbooksAreRefused();
    void expansionIsLimitedByWhatIsRead();

private:
    QString path(const char *name) const { return m_dir.filePath(QString::fromLatin1(name)); }
    static ImportSummary importFile(Database &db, const QString &file, ReportImporter::Options options = {})
    {
        return ReportImporter(db).importFile(file, options);
    }
    static QString firstError(const ImportSummary &s, const QString &name)
    {
        return s.errors.isEmpty() ? QString() : s.errors.first().toString(name);
    }
    // The Reports sheet's header row, as shared strings 0-10.
    static QStringList header(int row)
    {
        QStringList cells;
        const char *refs[] = {"A", "B", "C", "D", "E", "F", "G", "H", "I", "J", "K"};
        for (int i = 0; i < 11; ++i)
            cells << XlsxFixture::shared(QStringLiteral("%1%2").arg(QLatin1StringView(refs[i])).arg(row).toLatin1().constData(),
                                         i);
        return cells;
    }
    static XlsxFixture reportsWorkbook(bool date1904);
    QTemporaryDir m_dir;
};

// The CSV every workbook below holds, as a person would type it.
static const char MessyCsv[] =
        "ori,year,agency,agency_kind,filed,filed_date,investigations,violations,individuals,cat_other,notes\n"
        "CA0010901,2018,R\xC3\xADo Seco Police Department,municipal_police,yes,2019-03-01,12,15-25,,3,\"two lines\nhere\"\n"
        "CA0010901,2019,R\xC3\xADo Seco Police Department,municipal_police,yes,2020-02-14,40,7,1,,\n"
        "CA0020002,2019,Sable Valley Sheriff's Department,sheriff,no,,,,,,\n";

XlsxFixture TestXlsxImport::reportsWorkbook(bool date1904)
{
    using X = XlsxFixture;
    XlsxFixture book;
    book.setDate1904(date1904);
    book.setSharedStrings({QStringLiteral("ORI"), QStringLiteral("Year"), QStringLiteral("Agency"), QStringLiteral("Agency Kind"),
                           QStringLiteral("Filed"), QStringLiteral("Filed Date"), QStringLiteral("Investigations"),
                           QStringLiteral("Violations"), QStringLiteral("Individuals"), QStringLiteral("cat_other"),
                           QStringLiteral("Notes"), QStringLiteral("CA0010901"), QStringLiteral("municipal_police"),
                           QStringLiteral("15-25"), QStringLiteral("3"), QStringLiteral("R\u00edo Seco Police Department")});
    // Style 1: LibreOffice's ISO date code; 2: its boolean code; 3: built-in date 14.
    book.setStyles({{164, QStringLiteral("yyyy\\-mm\\-dd")}, {165, QStringLiteral("\"TRUE\";\"TRUE\";\"FALSE\"")}},
                   {164, 165, 14});
    // A first sheet of notes with no header: not the one read.
    book.addSheet(QStringLiteral("Read me"), {X::row(1, {X::text("A1", QStringLiteral("Reports as received; see Reports."))})});
    const int offset = date1904 ? 1462 : 0;
    book.addSheet(QStringLiteral("Reports"),
                  {X::row(1, {X::text("A1", QStringLiteral("CLETS misuse reports, 2018-2019"))}),
                   // row 2 is missing: blank
                   X::row(3, header(3)),
                   X::row(4,
                          {X::shared("A4", 11), X::number("B4", QStringLiteral("2018")), X::shared("C4", 15), X::shared("D4", 12),
                           X::boolean("E4", true), X::number("F4", QString::number(43525 - offset), 1),
                           X::formula("G4", QStringLiteral("6+6"), QStringLiteral("12")), X::shared("H4", 13),
                           X::shared("J4", 14), X::text("K4", QStringLiteral("two lines\nhere"))}),
                   X::row(5,
                          {X::text("A5", QStringLiteral("CA0010901")), X::text("B5", QStringLiteral("2019")),
                           X::text("C5", QStringLiteral("R\u00edo Seco Police Department")),
                           X::text("D5", QStringLiteral("municipal_police")), X::number("E5", QStringLiteral("1"), 2),
                           X::number("F5", QString::number(43875 - offset) + QStringLiteral(".5"), 3),
                           X::number("G5", QStringLiteral("40.000000000000007")), X::number("H5", QStringLiteral("7")),
                           X::number("I5", QStringLiteral("1")), QStringLiteral("<c r=\"Z5\" s=\"1\"/>")}),
                   X::row(6,
                          {X::text("A6", QStringLiteral("CA0020002")), X::number("B6", QStringLiteral("2019")),
                           X::text("C6", QStringLiteral("Sable Valley Sheriff's Department")),
                           X::text("D6", QStringLiteral("sheriff")), X::number("E6", QStringLiteral("0"), 2)}),
                   QStringLiteral("<row r=\"7\"/>"), X::row(9, {X::text("A9", QStringLiteral(" ")), X::text("K9", QString())})},
                  QStringLiteral("<mergeCells count=\"1\"><mergeCell ref=\"A1:K1\"/></mergeCells>"));
    return book;
}

void TestXlsxImport::messyWorkbookImportsAsItsCsv_data()
{
    QTest::addColumn<bool>("date1904");
    QTest::newRow("1900 dates") << false;
    QTest::newRow("1904 dates") << true;
}

void TestXlsxImport::messyWorkbookImportsAsItsCsv()
{
    QFETCH(bool, date1904);
    const QString book = path("messy.xlsx");
    QVERIFY(reportsWorkbook(date1904).write(book));
    const QString csv = path("messy.csv");
    QFile f(csv);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(MessyCsv);
    f.close();

    TestDatabase fromCsv;
    const ImportSummary a = importFile(fromCsv.database(), csv);
    QVERIFY2(a.succeeded(), qPrintable(firstError(a, csv)));
    TestDatabase fromBook;
    const ImportSummary b = importFile(fromBook.database(), book);
    QVERIFY2(b.succeeded(), qPrintable(firstError(b, QStringLiteral("messy.xlsx"))));
    QCOMPARE(b.rows, 3);
    QCOMPARE(b.sourceDescription, QStringLiteral("Excel workbook, sheet Reports"));
    QCOMPARE(reportDump(fromBook.database()), reportDump(fromCsv.database()));
    QCOMPARE(reportDump(fromBook.database()).size(), 3);
    QCOMPARE(fromBook.scalar(QStringLiteral("SELECT source_line FROM misuse_report ORDER BY id LIMIT 1")).toInt(), 4);
}

void TestXlsxImport::namedSheetIsRead()
{
    using X = XlsxFixture;
    XlsxFixture book;
    book.addSheet(QStringLiteral("2018"),
                  {X::row(1,
                          {X::text("A1", QStringLiteral("ori")), X::text("B1", QStringLiteral("year")),
                           X::text("C1", QStringLiteral("agency"))}),
                   X::row(2,
                          {X::text("A2", QStringLiteral("CA0000001")), X::number("B2", QStringLiteral("2018")),
                           X::text("C2", QStringLiteral("Alpha"))})});
    book.addSheet(QStringLiteral("Year 2019"),
                  {X::row(1,
                          {X::text("A1", QStringLiteral("ori")), X::text("B1", QStringLiteral("year")),
                           X::text("C1", QStringLiteral("agency"))}),
                   X::row(2,
                          {X::text("A2", QStringLiteral("CA0000002")), X::number("B2", QStringLiteral("2019")),
                           X::text("C2", QStringLiteral("Bravo"))})});
    const QString file = path("sheets.xlsx");
    QVERIFY(book.write(file));
    TestDatabase t;
    ReportImporter::Options options;
    options.sheet = QStringLiteral("year 2019");
    const ImportSummary s = importFile(t.database(), file, options);
    QVERIFY2(s.succeeded(), qPrintable(firstError(s, file)));
    QCOMPARE(t.scalar(QStringLiteral("SELECT group_concat(ori) FROM agency")).toString(), QStringLiteral("CA0000002"));
}

void TestXlsxImport::unknownSheetListsTheSheets()
{
    const QString file = path("unknown-sheet.xlsx");
    QVERIFY(reportsWorkbook(false).write(file));
    TestDatabase t;
    ReportImporter::Options options;
    options.sheet = QStringLiteral("Summary");
    const ImportSummary s = importFile(t.database(), file, options);
    QCOMPARE(firstError(s, QStringLiteral("b.xlsx")),
             QStringLiteral("b.xlsx: the workbook has no sheet \"Summary\"; its sheets are \"Read me\", \"Reports\""));
}

void TestXlsxImport::errorsNameTheCell()
{
    using X = XlsxFixture;
    XlsxFixture book;
    book.addSheet(QStringLiteral("Sheet1"),
                  {X::row(1,
                          {X::text("A1", QStringLiteral("ori")), X::text("B1", QStringLiteral("year")),
                           X::text("C1", QStringLiteral("investigations")), X::text("D1", QStringLiteral("agency"))}),
                   X::row(7,
                          {X::text("A7", QStringLiteral("CA0000001")), X::number("B7", QStringLiteral("2019")),
                           X::text("C7", QStringLiteral("abc")), X::text("D7", QStringLiteral("Alpha"))}),
                   X::row(8, {X::text("A8", QStringLiteral("CA0000002")), X::number("B8", QStringLiteral("2019"))})});
    book.addSheet(QStringLiteral("My sheet"), {});
    const QString file = path("errors.xlsx");
    QVERIFY(book.write(file));
    TestDatabase t;
    const QStringList before = reportDump(t.database());
    const ImportSummary s = importFile(t.database(), file);
    QCOMPARE(s.errorCount, 2);
    QCOMPARE(s.errors.at(0).toString(QStringLiteral("FILE.xlsx")),
             QStringLiteral("FILE.xlsx:Sheet1!C7: investigations: abc: not a whole number"));
    QCOMPARE(s.errors.at(1).toString(QStringLiteral("FILE.xlsx")),
             QStringLiteral("FILE.xlsx:Sheet1!D8: agency: : CA0000002 is a new ORI: the agency's name is required"));
    QCOMPARE(reportDump(t.database()), before);
    // A sheet name that is not one word is quoted as a spreadsheet quotes it.
    ImportIssue issue(3, QStringLiteral("year"), QStringLiteral("x"), QStringLiteral("bad"), QStringLiteral("My sheet"), 27);
    QCOMPARE(issue.toString(QStringLiteral("f.xlsx")), QStringLiteral("f.xlsx:'My sheet'!AB3: year: x: bad"));
}

void TestXlsxImport::dateWhereACountBelongsIsRefused()
{
    using X = XlsxFixture;
    XlsxFixture book;
    book.setStyles({}, {14});
    book.addSheet(QStringLiteral("Reports"),
                  {X::row(1,
                          {X::text("A1", QStringLiteral("ori")), X::text("B1", QStringLiteral("year")),
                           X::text("C1", QStringLiteral("agency")), X::text("D1", QStringLiteral("violations"))}),
                   // "3-5" typed into a cell: Excel stores 5 March of the current year.
                   X::row(2,
                          {X::text("A2", QStringLiteral("CA0000001")), X::number("B2", QStringLiteral("2019")),
                           X::text("C2", QStringLiteral("Alpha")), X::number("D2", QStringLiteral("45356"), 1)})});
    const QString file = path("date-count.xlsx");
    QVERIFY(book.write(file));
    TestDatabase t;
    const ImportSummary s = importFile(t.database(), file);
    QCOMPARE(s.errorCount, 1);
    const QString error = firstError(s, QStringLiteral("FILE.xlsx"));
    QVERIFY2(error.startsWith(
                     QLatin1StringView("FILE.xlsx:Reports!D2: violations: 2024-03-05: a date cell where a number belongs")),
             qPrintable(error));
    QVERIFY2(error.contains(QLatin1StringView("'3-5")), qPrintable(error));
}

void TestXlsxImport::workbookWithoutHeaderListsSheets()
{
    using X = XlsxFixture;
    XlsxFixture book;
    book.addSheet(QStringLiteral("Data"),
                  {X::row(1, {X::text("A1", QStringLiteral("ORI Number")), X::text("B1", QStringLiteral("Agency Name"))})});
    const QString file = path("no-header.xlsx");
    QVERIFY(book.write(file));
    TestDatabase t;
    const ImportSummary s = importFile(t.database(), file);
    QCOMPARE(firstError(s, QStringLiteral("n.xlsx")),
             QStringLiteral("n.xlsx: no sheet has a header row that names the ori and year columns; the sheets are \"Data\""));
}

// What writers other than Excel put in a sheet: a prefix on every name, comments and processing
// instructions, CDATA, entities and character references, rich text with a phonetic guide,
// single-quoted attributes, a formula with its cached value.
void TestXlsxImport::sheetXmlAsWritersWriteIt()
{
    XlsxFixture book;
    book.addSheet(QStringLiteral("Sheet1"), {});
    QFile seed(QFINDTESTDATA("fuzz/seeds/sheet/features.xml"));
    QVERIFY(seed.open(QIODevice::ReadOnly));
    QByteArray xml = seed.readAll();
    xml.replace("t=\"s\"><x:v>0</x:v>", "t=\"inlineStr\"><x:is><x:t>ori</x:t></x:is>");
    xml.replace("t=\"s\"><x:v>1</x:v>", "t=\"inlineStr\"><x:is><x:t>year</x:t></x:is>");
    xml.replace("t=\"s\"><x:v>2</x:v>", "t=\"inlineStr\"><x:is><x:t>agency</x:t></x:is>");
    xml.replace("t=\"s\"><x:v>3</x:v>", "t=\"inlineStr\"><x:is><x:t>investigations</x:t></x:is>");
    book.setSheetXml(0, xml);
    const QString file = path("writers.xlsx");
    QVERIFY(book.write(file));
    XlsxWorkbook workbook(file);
    QVERIFY(workbook.open());
    XlsxSheetReader reader(workbook, 0, 0);
    SourceRecord record;
    QList<QStringList> rows;
    while (reader.read(record)) {
        QStringList fields;
        for (const QStringView field : std::as_const(record.fields))
            fields << field.toString();
        rows << fields;
    }
    QVERIFY2(!reader.hasError(), qPrintable(reader.error().message));
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows.at(0),
             (QStringList{QStringLiteral("ori"), QStringLiteral("year"), QStringLiteral("agency"),
                          QStringLiteral("investigations")}));
    QCOMPARE(rows.at(1),
             (QStringList{QStringLiteral("CA0000001"), QStringLiteral("2019"), QString::fromUtf8("R\u00edo & Seco \u2013 North"),
                          QStringLiteral("3")}));
    QCOMPARE(rows.at(2).value(0), QStringLiteral("CA0000002"));
    QCOMPARE(rows.at(2).value(2), QStringLiteral("true"));
}

void TestXlsxImport::damagedWorkbooksAreRefused_data()
{
    QTest::addColumn<QByteArray>("sheetXml");
    QTest::addColumn<QString>("expected");
    QTest::newRow("truncated XML") << QByteArray("<worksheet><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>ori")
                                   << QStringLiteral("the workbook is damaged: xl/worksheets/sheet1.xml, line 1:");
    QTest::newRow("missing shared text")
            << QByteArray("<worksheet><sheetData><row r=\"1\"><c r=\"B1\" t=\"s\"><v>99</v></c></row></sheetData></worksheet>")
            << QStringLiteral("f.xlsx:Sheet1!B1: the cell names a shared text the workbook does not have");
    QTest::newRow("rows out of order") << QByteArray("<worksheet><sheetData><row r=\"5\"/><row r=\"2\"/></sheetData></worksheet>")
                                       << QStringLiteral("f.xlsx:Sheet1!6:6: the sheet's rows are out of order");
    QTest::newRow("DOCTYPE") << QByteArray("<!DOCTYPE w [<!ENTITY a \"aaaa\">]><worksheet><sheetData/></worksheet>")
                             << QStringLiteral("a DOCTYPE or declaration, which no spreadsheet writes");
    QTest::newRow("UTF-16") << QByteArray("\xFF\xFE<\0w\0>\0", 8) << QStringLiteral("the sheet is not in UTF-8");
    QTest::newRow("not UTF-8") << QByteArray("<worksheet><sheetData><row r=\"1\"><c r=\"A1\" "
                                             "t=\"inlineStr\"><is><t>R\xEDo</t></is></c></row></sheetData></worksheet>")
                               << QStringLiteral("line 1: text that is not UTF-8");
    QTest::newRow("unknown entity") << QByteArray("<worksheet><sheetData><row r=\"1\"><c r=\"A1\" "
                                                  "t=\"inlineStr\"><is><t>&nbsp;</t></is></c></row></sheetData></worksheet>")
                                    << QStringLiteral("an entity XML does not define (&nbsp;)");
    QTest::newRow("end tag alone") << QByteArray("<worksheet></a></b><sheetData/></worksheet>")
                                   << QStringLiteral("an end tag without its start");
    QTest::newRow("cell beyond XFD")
            << QByteArray("<worksheet><sheetData><row r=\"1\"><c r=\"XFE1\"><v>1</v></c></row></sheetData></worksheet>")
            << QStringLiteral("a cell reference that is out of place (\"XFE1\")");
}

void TestXlsxImport::damagedWorkbooksAreRefused()
{
    QFETCH(QByteArray, sheetXml);
    QFETCH(QString, expected);
    XlsxFixture book;
    book.addSheet(QStringLiteral("Sheet1"), {});
    book.setSheetXml(0, sheetXml);
    const QString file = path("damaged.xlsx");
    QVERIFY(book.write(file));
    TestDatabase t;
    const ImportSummary s = importFile(t.database(), file);
    QVERIFY(!s.succeeded());
    QVERIFY2(firstError(s, QStringLiteral("f.xlsx")).contains(expected), qPrintable(firstError(s, QStringLiteral("f.xlsx"))));
    QCOMPARE(t.scalar(QStringLiteral("SELECT count(*) FROM agency")).toInt(), 0);
}

void TestXlsxImport::expansionIsLimitedByWhatIsRead()
{
    // 20 MB of rows that compress to almost nothing: read with a budget of 1 MiB, reading stops
    // at the budget.
    QByteArray rows;
    const QByteArray one("<row><c t=\"inlineStr\"><is><t>xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx</t></is></c></row>");
    rows.reserve(20 << 20);
    while (rows.size() < (20 << 20))
        rows += one;
    XlsxFixture book;
    book.addSheet(QStringLiteral("Sheet1"), {});
    book.setSheetXml(0, "<worksheet><sheetData>" + rows + "</sheetData></worksheet>");
    const QString file = path("bomb.xlsx");
    QVERIFY(book.write(file));
    QVERIFY(QFileInfo(file).size() < (1 << 20));
    XlsxWorkbook workbook(file, 1 << 20);
    QVERIFY2(workbook.open(), qPrintable(workbook.error()));
    XlsxSheetReader reader(workbook, 0, QFileInfo(file).size());
    SourceRecord record;
    int read = 0;
    while (reader.read(record))
        ++read;
    QVERIFY(read > 0);
    QVERIFY(read < 20000);
    QVERIFY(reader.hasError());
    QVERIFY2(reader.error().message.contains(QLatin1StringView("expands to more than 1 MiB")),
             qPrintable(reader.error().message));
}

QTEST_GUILESS_MAIN(TestXlsxImport)
#include "tst_xlsximport.moc"
