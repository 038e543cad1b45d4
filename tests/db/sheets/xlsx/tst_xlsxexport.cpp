#include "reportdump.h"
#include "testdatabase.h"

#include "db/import/reportimporter.h"
#include "db/sheets/xlsx/xlsxexporter.h"
#include "db/sheets/xlsx/xlsxtable.h"
#include "db/sheets/xlsx/xlsxsheetreader.h"
#include "db/sheets/xlsx/xlsxworkbook.h"
#include "db/stores/metastore.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace cac;

// The .xlsx export: typed cells, unknown as empty, ranges as two columns, an About sheet, and a
// workbook that imports back to exactly the same reports.
class TestXlsxExport : public QObject
{
    Q_OBJECT
private slots:
    void roundTripIsExact();
    void cellsAreTypedAndUnknownIsEmpty();
    void demoExportSaysSoOnEveryRowAndInAbout();
    void largeExportIsSplitByYear();
    void refusesToReplaceAnotherKindOfFile();
    void smallTablesAreTyped();

private:
    QString path(const char *name) const { return m_dir.filePath(QString::fromLatin1(name)); }
    static void importCsv(Database &db, const QByteArray &csv)
    {
        QBuffer buffer;
        buffer.setData(csv);
        buffer.open(QIODevice::ReadOnly);
        const ImportSummary s = ReportImporter(db).importDevice(buffer, QStringLiteral("seed.csv"), {});
        QVERIFY2(s.succeeded(), s.errors.isEmpty() ? "" : qPrintable(s.errors.first().toString(QStringLiteral("seed.csv"))));
    }
    // The sheet's rows as text, and the kinds of their cells.
    static QList<SourceRecord> readSheet(const QString &file, const QString &sheet, QList<QStringList> *texts)
    {
        XlsxWorkbook book(file);
        if (!book.open())
            return {};
        XlsxSheetReader reader(book, book.sheetIndex(sheet), 0);
        QList<SourceRecord> records;
        SourceRecord record;
        while (reader.read(record)) {
            QStringList fields;
            for (const QStringView f : std::as_const(record.fields))
                fields << f.toString();
            texts->append(fields);
            records.append(SourceRecord{{}, record.kinds, record.row});
        }
        return records;
    }
    QTemporaryDir m_dir;
};

static const QByteArray Seed =
        "ori,year,agency,agency_kind,county,sworn_staff,filed,filed_date,investigations,violations,individuals,"
        "counseling,cat_other,cat_high_profile,contact_name,contact_email,notes\n"
        "CA0010901,2018,R\xC3\xADo Seco Police Department,municipal_police,Alameda,\"1,250\",yes,2019-03-01,12,15-25,,0,3,,"
        "Ana Ruiz,ana@example.invalid,\"two lines\nhere\"\n"
        "CA0010901,2019,R\xC3\xADo Seco Police Department,municipal_police,Alameda,\"1,250\",yes,2020-02-14,40,7,1,,,2,,,\n"
        "CA0020002,2019,\"'=Formula Agency\",sheriff,Fresno,,no,,,,,,,,,,\n"
        "CA0030003,2020,Unknown Filing,district_attorney,Kern,,,,,,,,,,,,\n";

void TestXlsxExport::roundTripIsExact()
{
    TestDatabase source;
    importCsv(source.database(), Seed);
    const QString file = path("reports.xlsx");
    const Result<int> written = XlsxExporter(source.database()).exportTo(file, {});
    QVERIFY2(written.ok(), qPrintable(written.error()));
    QCOMPARE(written.value(), 4);
    QCOMPARE(QFile::permissions(file) & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions());
    TestDatabase copy;
    const ImportSummary s = ReportImporter(copy.database()).importFile(file, {});
    QVERIFY2(s.succeeded(), s.errors.isEmpty() ? "" : qPrintable(s.errors.first().toString(file)));
    QCOMPARE(s.sourceDescription, QStringLiteral("Excel workbook, sheet Reports"));
    QCOMPARE(reportDump(copy.database()), reportDump(source.database()));
    QCOMPARE(reportDump(copy.database()).size(), 4);
}

void TestXlsxExport::cellsAreTypedAndUnknownIsEmpty()
{
    TestDatabase source;
    importCsv(source.database(), Seed);
    const QString file = path("typed.xlsx");
    QVERIFY(XlsxExporter(source.database()).exportTo(file, {}).ok());
    QList<QStringList> rows;
    const QList<SourceRecord> kinds = readSheet(file, QStringLiteral("Reports"), &rows);
    QCOMPARE(rows.size(), 5);
    const QStringList header = rows.first();
    const auto cell = [&](int row, const char *column) { return rows.at(row).value(header.indexOf(QLatin1StringView(column))); };
    const auto kind = [&](int row, const char *column) {
        return kinds.at(row).kinds.value(header.indexOf(QLatin1StringView(column)));
    };
    QVERIFY(header.contains(QStringLiteral("violations_low")) && header.contains(QStringLiteral("violations_high")));
    QCOMPARE(cell(1, "violations_low"), QStringLiteral("15"));
    QCOMPARE(cell(1, "violations_high"), QStringLiteral("25"));
    QCOMPARE(kind(1, "investigations"), CellKind::Number);
    QCOMPARE(cell(1, "filed_date"), QStringLiteral("2019-03-01"));
    QCOMPARE(kind(1, "filed_date"), CellKind::Date);
    QCOMPARE(cell(1, "individuals"), QString());                            // unknown: empty, never 0
    QCOMPARE(cell(1, "counseling"), QStringLiteral("0"));                   // a known zero stays 0
    QCOMPARE(cell(3, "agency"), QStringLiteral("'=Formula Agency").mid(1)); // a string cell, never a formula
    QCOMPARE(cell(4, "filed"), QString());                                  // not known whether it filed
    QCOMPARE(cell(4, "investigations"), QString());
    QList<QStringList> about;
    readSheet(file, QStringLiteral("About"), &about);
    QVERIFY(about.size() > 3);
    QCOMPARE(about.at(1).value(1), source.database().displayName());
}

void TestXlsxExport::demoExportSaysSoOnEveryRowAndInAbout()
{
    TestDatabase source;
    QByteArray demo = "ori,year,agency,data_notice\n";
    demo += "CA0000001,2019,Alpha Demo Police,demo data, fictional agencies\n";
    demo.replace("demo data, fictional agencies", QByteArray("\"" + MetaStore::DemoNotice.toUtf8() + "\""));
    importCsv(source.database(), demo);
    QVERIFY(expectOk(MetaStore(source.database().connection()).isDemo()));
    const QString file = path("demo.xlsx");
    QVERIFY(XlsxExporter(source.database()).exportTo(file, {}).ok());
    QList<QStringList> rows;
    readSheet(file, QStringLiteral("Reports"), &rows);
    QCOMPARE(rows.at(0).last(), QStringLiteral("data_notice"));
    QCOMPARE(rows.at(1).last(), MetaStore::DemoNotice);
    QList<QStringList> about;
    readSheet(file, QStringLiteral("About"), &about);
    bool said = false;
    for (const QStringList &line : std::as_const(about))
        said = said || line.contains(MetaStore::DemoNotice);
    QVERIFY(said);
    // Imported into an empty database, it is demo data there too.
    TestDatabase copy;
    QVERIFY(ReportImporter(copy.database()).importFile(file, {}).succeeded());
    QVERIFY(expectOk(MetaStore(copy.database().connection()).isDemo()));
}

void TestXlsxExport::largeExportIsSplitByYear()
{
    TestDatabase source;
    importCsv(source.database(), Seed);
    const QString file = path("split.xlsx");
    XlsxExporter::Options options;
    options.rowsPerSheet = 2; // as if 4 reports were more than a sheet holds
    QCOMPARE(XlsxExporter(source.database()).exportTo(file, options).value(), 4);
    XlsxWorkbook book(file);
    QVERIFY(book.open());
    QStringList names;
    for (const XlsxWorkbook::Sheet &sheet : book.sheets())
        names << sheet.name;
    QCOMPARE(names,
             (QStringList{QStringLiteral("Reports 2018"), QStringLiteral("Reports 2019"), QStringLiteral("Reports 2020"),
                          QStringLiteral("About")}));
    QList<QStringList> rows;
    readSheet(file, QStringLiteral("Reports 2019"), &rows);
    QCOMPARE(rows.size(), 3);
    // Imported without a sheet named, every sheet of the split table is read, as one.
    TestDatabase copy;
    const ImportSummary s = ReportImporter(copy.database()).importFile(file, {});
    QVERIFY2(s.succeeded(), s.errors.isEmpty() ? "" : qPrintable(s.errors.first().toString(file)));
    QCOMPARE(s.files.size(), 3);
    QCOMPARE(s.files.at(1).description, QStringLiteral("Excel workbook, sheet Reports 2019"));
    QCOMPARE(s.sourceDescription, QStringLiteral("Excel workbook, 3 sheets"));
    QCOMPARE(reportDump(copy.database()), reportDump(source.database()));
    // A sheet named is read alone.
    TestDatabase one;
    ReportImporter::Options named;
    named.sheet = QStringLiteral("Reports 2020");
    QVERIFY(ReportImporter(one.database()).importFile(file, named).succeeded());
    QCOMPARE(reportDump(one.database()).size(), 1);
}

void TestXlsxExport::refusesToReplaceAnotherKindOfFile()
{
    TestDatabase source;
    importCsv(source.database(), Seed);
    QVERIFY(QDir(m_dir.path()).mkdir(QStringLiteral("alone")));
    const QString file = path("alone/notes.xlsx");
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("my notes, not a workbook\n");
    f.close();
    const Result<int> written = XlsxExporter(source.database()).exportTo(file, {});
    QVERIFY(!written.ok());
    QVERIFY2(written.error().contains(QLatin1StringView("not an Excel workbook")), qPrintable(written.error()));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray("my notes, not a workbook\n"));
    QCOMPARE(QDir(path("alone")).entryList(QDir::Files | QDir::Hidden).size(), 1); // no temporary file left
}

void TestXlsxExport::smallTablesAreTyped()
{
    const QString file = path("table.xlsx");
    const QList<QVariantList> rows = {
            {QStringLiteral("CA0000001"), 12.5, QDate(2025, 3, 1), QVariant()},
            {QStringLiteral("=1+1"), 3, QDateTime(QDate(2025, 4, 2), QTime(10, 30)), QStringLiteral("x")}};
    const Status saved =
            XlsxTable::save(file, QStringLiteral("Outreach 2025"),
                            {QStringLiteral("ori"), QStringLiteral("priority"), QStringLiteral("when"), QStringLiteral("note")},
                            rows, {QStringLiteral("Outreach list"), QStringLiteral("demo.sqlite"), true});
    QVERIFY2(saved.ok(), qPrintable(saved.error()));
    QList<QStringList> texts;
    const QList<SourceRecord> kinds = readSheet(file, QStringLiteral("Outreach 2025"), &texts);
    QCOMPARE(texts.size(), 3);
    QCOMPARE(texts.at(0).last(), QStringLiteral("data_notice"));
    QCOMPARE(texts.at(1).mid(0, 4),
             (QStringList{QStringLiteral("CA0000001"), QStringLiteral("12.5"), QStringLiteral("2025-03-01"), QString()}));
    QCOMPARE(kinds.at(1).kinds.at(1), CellKind::Number);
    QCOMPARE(kinds.at(1).kinds.at(2), CellKind::Date);
    QCOMPARE(texts.at(2).at(0), QStringLiteral("=1+1")); // text, never a formula
    QCOMPARE(texts.at(2).at(2), QStringLiteral("2025-04-02"));
    QCOMPARE(texts.at(1).last(), MetaStore::DemoNotice);
    QList<QStringList> about;
    readSheet(file, QStringLiteral("About"), &about);
    QCOMPARE(about.at(0).value(1), QStringLiteral("Outreach list"));
}

QTEST_GUILESS_MAIN(TestXlsxExport)
#include "tst_xlsxexport.moc"
