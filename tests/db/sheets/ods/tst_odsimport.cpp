#include "reportdump.h"
#include "testdatabase.h"

#include "db/import/reportimporter.h"
#include "db/sheets/ods/odssheetreader.h"
#include "db/sheets/ods/odsworkbook.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <zip.h>

using namespace cac;

// OpenDocument spreadsheets (.ods, LibreOffice Calc's own format; fixtures made by
// tests/data/make_xls.sh with LibreOffice, and by hand below): read as their CSV is, with what
// Calc writes that Excel does not (repeated rows and columns, spaces as elements, comments).
class TestOdsImport : public QObject
{
    Q_OBJECT
private slots:
    void spreadsheetImportsAsItsCsv_data();
    void spreadsheetImportsAsItsCsv();
    void repeatsSpacesAndCommentsAreReadAsCalcShowsThem();
    void damagedSpreadsheetsAreRefused_data();
    void damagedSpreadsheetsAreRefused();

private:
    // An .ods file of one sheet whose table holds `rows` (table:table-row elements).
    QString write(const char *name, const QByteArray &rows,
                  const QByteArray &mimetype = "application/vnd.oasis.opendocument.spreadsheet")
    {
        const QString path = m_dir.filePath(QString::fromLatin1(name));
        m_content = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-content "
                    "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
                    "xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\" "
                    "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\"><office:body><office:spreadsheet>"
                    "<table:table table:name=\"R&amp;D\"><table:table-column table:number-columns-repeated=\"4\"/>" +
                rows + "</table:table></office:spreadsheet></office:body></office:document-content>";
        m_mimetype = mimetype;
        pack(path);
        return path;
    }
    // Writes m_mimetype and m_content as the .ods at `path`.
    void pack(const QString &path) const
    {
        int error = 0;
        zip_t *zip = zip_open(QFile::encodeName(path).constData(), ZIP_CREATE | ZIP_TRUNCATE, &error);
        zip_file_add(zip, "mimetype", zip_source_buffer(zip, m_mimetype.constData(), zip_uint64_t(m_mimetype.size()), 0), 0);
        zip_file_add(zip, "content.xml", zip_source_buffer(zip, m_content.constData(), zip_uint64_t(m_content.size()), 0), 0);
        zip_close(zip);
    }
    static QString firstError(const ImportSummary &s)
    {
        return s.errors.isEmpty() ? QString() : s.errors.first().toString(QStringLiteral("f.ods"));
    }
    QTemporaryDir m_dir;
    QByteArray m_content;
    QByteArray m_mimetype;
};

void TestOdsImport::spreadsheetImportsAsItsCsv_data()
{
    QTest::addColumn<QString>("csv");
    QTest::addColumn<QString>("ods");
    QTest::addColumn<QString>("description");
    QTest::newRow("reports") << QStringLiteral("data/reports_xls.csv") << QStringLiteral("data/reports.ods")
                             << QStringLiteral("OpenDocument spreadsheet, sheet reports");
    QTest::newRow("messy") << QStringLiteral("data/messy_valid.csv") << QStringLiteral("data/messy.ods")
                           << QStringLiteral("OpenDocument spreadsheet, sheet messy");
}

void TestOdsImport::spreadsheetImportsAsItsCsv()
{
    QFETCH(QString, csv);
    QFETCH(QString, ods);
    QFETCH(QString, description);
    TestDatabase fromCsv;
    QVERIFY(ReportImporter(fromCsv.database()).importFile(QFINDTESTDATA(csv), {}).succeeded());
    TestDatabase fromOds;
    const ImportSummary s = ReportImporter(fromOds.database()).importFile(QFINDTESTDATA(ods), {});
    QVERIFY2(s.succeeded(), qPrintable(firstError(s)));
    QCOMPARE(s.sourceDescription, description);
    // A CSV line break inside quotes is kept as the file wrote it (CR LF); Calc keeps lines as
    // paragraphs, read back with LF.
    QCOMPARE(reportDump(fromOds.database()),
             reportDump(fromCsv.database()).replaceInStrings(QStringLiteral("\r\n"), QStringLiteral("\n")));
}

void TestOdsImport::repeatsSpacesAndCommentsAreReadAsCalcShowsThem()
{
    const QString file = write(
            "calc.ods",
            "<table:table-row><table:table-cell office:value-type=\"string\"><text:p>ori</text:p></table:table-cell>"
            "<table:table-cell><text:p>year</text:p></table:table-cell><table:table-cell><text:p>agency</text:p></"
            "table:table-cell>"
            "<table:table-cell><text:p>notes</text:p></table:table-cell></table:table-row>"
            // Two identical rows written once, as Calc does.
            "<table:table-row table:number-rows-repeated=\"2\"><table:table-cell><text:p>CA0000001</text:p></table:table-cell>"
            "<table:table-cell office:value-type=\"float\" office:value=\"2019\"><text:p>2,019</text:p></table:table-cell>"
            "<table:table-cell><text:p>Alpha<text:s text:c=\"2\"/>Police<office:annotation><text:p>a comment</text:p>"
            "</office:annotation></text:p></table:table-cell>"
            "<table:table-cell><text:p>line "
            "one</text:p><text:p><text:span>line</text:span><text:s/>two</text:p></table:table-cell></table:table-row>"
            "<table:table-row table:number-rows-repeated=\"3\"><table:table-cell "
            "table:number-columns-repeated=\"4\"/></table:table-row>"
            "<table:table-row><table:table-cell "
            "table:number-columns-repeated=\"2\"/><table:table-cell><text:p>x</text:p></table:table-cell>"
            "<table:covered-table-cell/><table:table-cell table:number-columns-repeated=\"16380\"/></table:table-row>"
            "<table:table-row table:number-rows-repeated=\"1048570\"><table:table-cell "
            "table:number-columns-repeated=\"1024\"/></table:table-row>");
    OdsWorkbook book(file);
    QVERIFY2(book.open(), qPrintable(book.error()));
    QCOMPARE(book.sheetNames(), QStringList{QStringLiteral("R&D")});
    OdsSheetReader reader(book, 0, 0);
    SourceRecord record;
    QList<QPair<int, QStringList>> rows;
    while (reader.read(record)) {
        QStringList fields;
        for (const QStringView field : std::as_const(record.fields))
            fields << field.toString();
        rows.append({record.row, fields});
    }
    QVERIFY2(!reader.hasError(), qPrintable(reader.error().message));
    QCOMPARE(rows.size(), 4);
    const QStringList alpha{QStringLiteral("CA0000001"), QStringLiteral("2019"), QStringLiteral("Alpha  Police"),
                            QStringLiteral("line one\nline two")};
    QCOMPARE(rows.at(1).first, 2);
    QCOMPARE(rows.at(1).second, alpha);
    QCOMPARE(rows.at(2).first, 3);
    QCOMPARE(rows.at(2).second, alpha);
    // Three empty rows are counted, not given; the row after them is row 7, its value in C.
    QCOMPARE(rows.at(3).first, 7);
    QCOMPARE(rows.at(3).second, (QStringList{QString(), QString(), QStringLiteral("x")}));
}

void TestOdsImport::damagedSpreadsheetsAreRefused_data()
{
    QTest::addColumn<QByteArray>("rows");
    QTest::addColumn<QByteArray>("mimetype");
    QTest::addColumn<QString>("expected");
    QTest::newRow("a text document") << QByteArray() << QByteArray("application/vnd.oasis.opendocument.text")
                                     << QStringLiteral("f.ods: an OpenDocument file that is not a spreadsheet");
    QTest::newRow("values beyond the last column")
            << QByteArray("<table:table-row><table:table-cell table:number-columns-repeated=\"16384\"><text:p>a</text:p>"
                          "</table:table-cell><table:table-cell><text:p>b</text:p></table:table-cell></table:table-row>")
            << QByteArray("application/vnd.oasis.opendocument.spreadsheet") << QStringLiteral("beyond column 16384");
    QTest::newRow("truncated") << QByteArray("<table:table-row><table:table-cell><text:p>ori")
                               << QByteArray("application/vnd.oasis.opendocument.spreadsheet")
                               << QStringLiteral("the spreadsheet is damaged: content.xml, line 1:");
}

void TestOdsImport::damagedSpreadsheetsAreRefused()
{
    QFETCH(QByteArray, rows);
    QFETCH(QByteArray, mimetype);
    QFETCH(QString, expected);
    QString file = write("damaged.ods", rows, mimetype);
    if (QTest::currentDataTag() == QByteArrayView("truncated")) { // cut the document inside the cell
        QFile f(file);
        QVERIFY(f.remove());
        m_content.truncate(m_content.indexOf("<text:p>ori") + 11);
        pack(file);
    }
    TestDatabase t;
    const ImportSummary s = ReportImporter(t.database()).importFile(file, {});
    QVERIFY(!s.succeeded());
    QVERIFY2(firstError(s).contains(expected), qPrintable(firstError(s)));
    QCOMPARE(t.scalar(QStringLiteral("SELECT count(*) FROM agency")).toInt(), 0);
}

QTEST_GUILESS_MAIN(TestOdsImport)
#include "tst_odsimport.moc"
