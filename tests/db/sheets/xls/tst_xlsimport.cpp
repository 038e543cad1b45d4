#include "reportdump.h"
#include "testdatabase.h"

#include "db/import/reportimporter.h"
#include "db/sheets/xls/compoundfile.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

using namespace cac;

// Excel 97-2003 workbooks (.xls, fixtures made by tests/data/make_xls.sh with LibreOffice):
// read as their CSV is, a formula refused at its cell, a damaged container refused whole.
class TestXlsImport : public QObject
{
    Q_OBJECT
private slots:
    void workbookImportsAsItsCsv();
    void formulaIsRefusedAtItsCell();
    void damagedWorkbooksAreRefused_data();
    void damagedWorkbooksAreRefused();
    void aReaderThatFailsIsReported_data();
    void aReaderThatFailsIsReported();

private:
    static QString firstError(const ImportSummary &s)
    {
        return s.errors.isEmpty() ? QString() : s.errors.first().toString(QStringLiteral("f.xls"));
    }
    QTemporaryDir m_dir;
};

void TestXlsImport::workbookImportsAsItsCsv()
{
    TestDatabase fromCsv;
    const ImportSummary a = ReportImporter(fromCsv.database()).importFile(QFINDTESTDATA("data/reports_xls.csv"), {});
    QVERIFY(a.succeeded());
    TestDatabase fromBook;
    const ImportSummary b = ReportImporter(fromBook.database()).importFile(QFINDTESTDATA("data/reports.xls"), {});
    QVERIFY2(b.succeeded(), qPrintable(firstError(b)));
    QCOMPARE(b.sourceDescription, QStringLiteral("Excel 97-2003 workbook, sheet reports"));
    QCOMPARE(reportDump(fromBook.database()), reportDump(fromCsv.database()));
    QCOMPARE(reportDump(fromBook.database()).size(), 3);
}

void TestXlsImport::formulaIsRefusedAtItsCell()
{
    TestDatabase t;
    const ImportSummary s = ReportImporter(t.database()).importFile(QFINDTESTDATA("data/formula.xls"), {});
    QCOMPARE(s.errorCount, 1);
    QCOMPARE(firstError(s),
             QStringLiteral("f.xls:formula!D2: a formula: an .xls workbook keeps no result of it that can "
                            "be read; save the workbook as .xlsx (Excel Workbook) and import that"));
    QCOMPARE(t.scalar(QStringLiteral("SELECT count(*) FROM misuse_report")).toInt(), 0);
}

void TestXlsImport::damagedWorkbooksAreRefused_data()
{
    QFile f(QFINDTESTDATA("data/reports.xls"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray good = f.readAll();
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("truncated") << good.left(1500);
    QByteArray loop = good;
    // The first FAT sector's first entry points at itself: a chain that never ends.
    const quint32 firstFat = qFromLittleEndian<quint32>(good.constData() + 0x4C);
    const quint32 firstDirectory = qFromLittleEndian<quint32>(good.constData() + 0x30);
    qToLittleEndian<quint32>(firstDirectory, loop.data() + (firstFat + 1) * 512 + 4 * firstDirectory);
    QTest::newRow("a sector chain in a loop") << loop;
    QByteArray wild = good;
    qToLittleEndian<quint32>(0x7FFFFFF0, wild.data() + 0x30); // the directory far past the end
    QTest::newRow("a sector past the end") << wild;
    QByteArray header = good.left(512);
    QTest::newRow("only a header") << header;
    // Found by fuzz_sheet: freexl overflows a stack buffer on it (caught in the sanitizer build,
    // where the reader process then aborts; in others freexl gives up). Either way: refused.
    QFile hostile(QFINDTESTDATA("data/hostile.xls"));
    QVERIFY(hostile.open(QIODevice::ReadOnly));
    QTest::newRow("hostile to freexl") << hostile.readAll();
}

void TestXlsImport::damagedWorkbooksAreRefused()
{
    QFETCH(QByteArray, bytes);
    const QString path = m_dir.filePath(QStringLiteral("damaged.xls"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
    f.close();
    TestDatabase t;
    const ImportSummary s = ReportImporter(t.database()).importFile(path, {});
    QVERIFY(!s.succeeded());
    QVERIFY2(firstError(s).contains(QLatin1StringView("damaged")) ||
                     firstError(s).contains(QLatin1StringView("cannot be read")) ||
                     firstError(s).contains(QLatin1StringView("reader stopped")),
             qPrintable(firstError(s)));
    QCOMPARE(t.scalar(QStringLiteral("SELECT count(*) FROM agency")).toInt(), 0);
}

void TestXlsImport::aReaderThatFailsIsReported_data()
{
    QTest::addColumn<QString>("reader");
    QTest::addColumn<QString>("said");
    QTest::newRow("dies") << QStringLiteral("/bin/false") << QStringLiteral("the .xls reader stopped (it stopped with status 1)");
    QTest::newRow("writes nonsense") << QStringLiteral("/bin/echo") << QStringLiteral("the .xls reader stopped (no sheets)");
    QTest::newRow("missing") << QStringLiteral("/nonexistent/cac-review-xls") << QStringLiteral("cannot be started");
}

void TestXlsImport::aReaderThatFailsIsReported()
{
    QFETCH(QString, reader);
    QFETCH(QString, said);
    const QByteArray before = qgetenv("CAC_XLS_READER");
    qputenv("CAC_XLS_READER", reader.toUtf8());
    TestDatabase t;
    const ImportSummary s = ReportImporter(t.database()).importFile(QFINDTESTDATA("data/reports.xls"), {});
    qputenv("CAC_XLS_READER", before);
    QVERIFY(!s.succeeded());
    QVERIFY2(firstError(s).contains(said), qPrintable(firstError(s)));
    QCOMPARE(t.scalar(QStringLiteral("SELECT count(*) FROM agency")).toInt(), 0);
}

QTEST_GUILESS_MAIN(TestXlsImport)
#include "tst_xlsimport.moc"
