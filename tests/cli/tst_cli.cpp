#include "clirun.h"

#include "db/sheets/xlsx/xlsxsheetreader.h"
#include "db/sheets/xlsx/xlsxworkbook.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace cac;

// Runs the real cac-review binary, as a script or an analyst would.
class TestCli : public QObject
{
    Q_OBJECT
private slots:
    void version();
    void helpForEachCommand_data();
    void helpForEachCommand();
    void unknownCommandIsAUsageError();
    void refusedImportPrintsCompilerStyleErrors();
    void importThenSummary();
    void importReadsEachEncoding();
    void importFolderIsOneBatch();
    void importCountsAreWrittenWithSeparators();
    void formWritesOneWorkbookPerAgencyDue();
    void workbookExportImportsBack();
    void exportWritesTheFile();
    void demoThenSummarySaysDemo();
    void flagsPrintsTheQueueAndWritesCsv();
    void chartWritesEachKind_data();
    void chartWritesEachKind();
    void chartRefusesBadUsage();
    void outreachWritesCsvAndPdf();
    void letterListsAndWrites();

private:
    using Run = CliRun;
    static Run run(const QStringList &arguments) { return CliRun::of(arguments); }
    QTemporaryDir m_dir;
    QString path(const char *name) const { return m_dir.filePath(QString::fromLatin1(name)); }
};

void TestCli::version()
{
    const Run r = run({QStringLiteral("--version")});
    QCOMPARE(r.status, 0);
    QCOMPARE(r.out.trimmed(), QStringLiteral("cac-review " CAC_VERSION));
}

void TestCli::helpForEachCommand_data()
{
    QTest::addColumn<QString>("command");
    for (const char *c : {"import", "export", "demo", "summary", "flags", "chart", "outreach", "letter", "form"})
        QTest::newRow(c) << QString::fromLatin1(c);
}

void TestCli::helpForEachCommand()
{
    QFETCH(QString, command);
    const Run r = run({command, QStringLiteral("--help")});
    QCOMPARE(r.status, 0);
    QVERIFY2(r.out.startsWith(QStringLiteral("Usage: cac-review ") + command), qPrintable(r.out));
    QVERIFY(r.out.contains(QLatin1StringView("--db")));
}

void TestCli::unknownCommandIsAUsageError()
{
    QCOMPARE(run({QStringLiteral("frobnicate")}).status, 2);
    QCOMPARE(run({QStringLiteral("summary"), QStringLiteral("--no-such-option")}).status, 2);
}

void TestCli::refusedImportPrintsCompilerStyleErrors()
{
    const QString bad = path("bad.csv");
    QFile f(bad);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("ori,year,agency,investigations\nCA0000001,2018,A,-3\nCA99,2018,B,1\n");
    f.close();
    const QString db = path("refused.sqlite");
    const Run r = run({QStringLiteral("import"), bad, QStringLiteral("--db"), db});
    QCOMPARE(r.status, 1);
    QVERIFY2(r.err.contains(bad + QStringLiteral(":2: investigations: -3: a count cannot be negative\n")), qPrintable(r.err));
    QVERIFY2(r.err.contains(bad + QStringLiteral(":3: ori: CA99: not an ORI")), qPrintable(r.err));
    QVERIFY(r.err.contains(QLatin1StringView("import refused: 2 errors; nothing was written.")));
    QVERIFY(!QFile::exists(db)); // no empty database left behind
}

void TestCli::importThenSummary()
{
    const QString db = path("metrics.sqlite");
    const Run imported = run({QStringLiteral("import"), QFINDTESTDATA("data/metrics_fixture.csv"), QStringLiteral("--db"), db});
    QCOMPARE(imported.status, 0);
    QVERIFY2(imported.out.contains(QLatin1StringView("6 rows: 6 reports added")), qPrintable(imported.out));
    const Run summary = run({QStringLiteral("summary"), QStringLiteral("--db"), db});
    QCOMPARE(summary.status, 0);
    const QStringList lines = summary.out.split(u'\n');
    QVERIFY2(lines.at(0).startsWith(QLatin1StringView("Year")), qPrintable(summary.out));
    // 2016: Alpha and Charlie due and filed; violations 2-4; no individuals reported.
    QCOMPARE(lines.at(1).simplified(), QStringLiteral("2016 2 2 100.0% 10 2-4 —"));
    QCOMPARE(lines.at(3).simplified(), QStringLiteral("2018 4 1 25.0% 5 1 1"));
    QVERIFY(summary.out.contains(QLatin1StringView("Compliance = agencies that filed")));
    const Run one =
            run({QStringLiteral("summary"), QStringLiteral("--db"), db, QStringLiteral("--year"), QStringLiteral("2017")});
    QCOMPARE(one.out.split(u'\n').at(1).simplified(), QStringLiteral("2017 3 1 33.3% — 3 2"));
}

void TestCli::importReadsEachEncoding()
{
    // Windows-1252 as Excel on Windows writes it: "Río Seco" with í as 0xED.
    const QString file = path("cp1252.csv");
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("ori,year,agency\nCA0000001,2019,R\xEDo Seco Police \x96 North\n");
    f.close();
    const QString db = path("encodings.sqlite");
    const Run found = run({QStringLiteral("import"), file, QStringLiteral("--db"), db, QStringLiteral("--dry-run")});
    QCOMPARE(found.status, 0);
    QVERIFY2(found.out.contains(QLatin1StringView("(CSV, Windows-1252)")), qPrintable(found.out));
    const Run named = run(
            {QStringLiteral("import"), file, QStringLiteral("--db"), db, QStringLiteral("--encoding"), QStringLiteral("utf-8")});
    QCOMPARE(named.status, 1);
    QVERIFY2(named.err.contains(file + QStringLiteral(":2: text that is not UTF-8")), qPrintable(named.err));
    const Run unknown = run({QStringLiteral("import"), file, QStringLiteral("--db"), db, QStringLiteral("--encoding"),
                             QStringLiteral("latin-9")});
    QCOMPARE(unknown.status, 2);
    QVERIFY2(unknown.err.contains(QLatin1StringView("it reads utf-8, utf-16, windows-1252")), qPrintable(unknown.err));
    const Run imported = run(
            {QStringLiteral("import"), file, QStringLiteral("--db"), db, QStringLiteral("--encoding"), QStringLiteral("cp1252")});
    QCOMPARE(imported.status, 0);
    const Run exported = run({QStringLiteral("export"), QStringLiteral("--db"), db, QStringLiteral("--out"), path("enc.csv")});
    QCOMPARE(exported.status, 0);
    QFile out(path("enc.csv"));
    QVERIFY(out.open(QIODevice::ReadOnly));
    QVERIFY(out.readAll().contains(QString::fromUtf8("R\u00edo Seco Police \u2013 North").toUtf8()));
}

void TestCli::importFolderIsOneBatch()
{
    QDir(m_dir.path()).mkdir(QStringLiteral("batch"));
    const auto write = [this](const char *name, const QByteArray &bytes) {
        QFile f(path(name));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    };
    write("batch/a.csv", "ori,year,agency,investigations\nCA0000001,2020,Alpha,1\n");
    write("batch/b.csv", "ori,year,agency,investigations\nCA0000002,2020,Beta,2\n");
    write("batch/~$c.xlsx", "a lock file Excel leaves beside an open workbook");
    // The database lives in the folder it imports from, with a copy named like a CSV file.
    const QString db = path("batch/reviews.sqlite");
    const Run first = run({QStringLiteral("import"), path("batch"), QStringLiteral("--db"), db});
    QCOMPARE(first.status, 0);
    QVERIFY2(first.out.contains(QLatin1StringView("(2 files): 2 rows: 2 reports added")), qPrintable(first.out));
    QVERIFY2(first.err.contains(QLatin1StringView("~$c.xlsx: a lock file")), qPrintable(first.err));
    QVERIFY(QFile::copy(db, path("batch/copy.csv")));
    // One bad file: nothing of the others is written, and the error names the bad file.
    write("batch/a.csv", "ori,year,agency,investigations\nCA0000001,2020,Alpha,5\n");
    write("batch/d.csv", "ori,year,agency,investigations\nCA0000004,2020,Delta,lots\n");
    const Run refused = run({QStringLiteral("import"), path("batch"), QStringLiteral("--db"), db});
    QCOMPARE(refused.status, 1);
    QVERIFY2(refused.err.contains(path("batch/d.csv") + QStringLiteral(":2: investigations: lots:")), qPrintable(refused.err));
    QVERIFY2(refused.err.contains(QLatin1StringView("copy.csv: a database")), qPrintable(refused.err));
    QVERIFY(QFile::remove(path("batch/d.csv")));
    // What it would change, figure by figure; then the same import done.
    const Run planned = run({QStringLiteral("import"), path("batch"), QStringLiteral("--db"), db, QStringLiteral("--dry-run")});
    QCOMPARE(planned.status, 0);
    QVERIFY2(planned.out.contains(QString::fromUtf8("CA0000001 2020: investigations 1 → 5")), qPrintable(planned.out));
    const auto investigations = [&] {
        const QString out = path("batch-export.csv");
        if (run({QStringLiteral("export"), QStringLiteral("--db"), db, QStringLiteral("--out"), out}).status != 0)
            return QString();
        QFile f(out);
        f.open(QIODevice::ReadOnly);
        const QList<QByteArray> lines = f.readAll().split('\n');
        const int column = lines.first().split(',').indexOf("investigations");
        return QString::fromUtf8(lines.value(1).split(',').value(column));
    };
    QCOMPARE(investigations(), QStringLiteral("1")); // the dry run wrote nothing
    QCOMPARE(run({QStringLiteral("import"), path("batch"), QStringLiteral("--db"), db}).status, 0);
    QCOMPARE(investigations(), QStringLiteral("5"));
}

// Every count of the import's last line is written alike ("1,234"), the repeated rows too.
void TestCli::importCountsAreWrittenWithSeparators()
{
    QByteArray csv = "ori,year,agency,investigations\n";
    for (int i = 0; i < 1235; ++i)
        csv += "CA0000001,2020,Alpha,1\n";
    const QString file = path("repeated.csv");
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly) && f.write(csv) == csv.size());
    f.close();
    const Run imported = run({QStringLiteral("import"), file, QStringLiteral("--db"), path("repeated.sqlite")});
    QCOMPARE(imported.status, 0);
    QVERIFY2(imported.out.contains(QLatin1StringView("1,235 rows: 1 report added,")), qPrintable(imported.out));
    QVERIFY2(imported.out.contains(QLatin1StringView("; 1,234 repeated rows skipped.")), qPrintable(imported.out));
    // One of a thing is one: "1 report", not "1 reports".
    const Run exported = run({QStringLiteral("export"), QStringLiteral("--db"), path("repeated.sqlite"), QStringLiteral("--out"),
                              path("repeated-export.csv")});
    QCOMPARE(exported.status, 0);
    QVERIFY2(exported.out.startsWith(QLatin1StringView("Wrote 1 report to ")), qPrintable(exported.out));
}

void TestCli::formWritesOneWorkbookPerAgencyDue()
{
    const QString db = path("forms.sqlite");
    QCOMPARE(run({QStringLiteral("demo"), QStringLiteral("--db"), db, QStringLiteral("--agencies"), QStringLiteral("12")}).status,
             0);
    const QString folder = path("forms");
    const Run written = run({QStringLiteral("form"), QStringLiteral("--db"), db, QStringLiteral("--year"), QStringLiteral("2025"),
                             QStringLiteral("--out"), folder});
    QCOMPARE(written.status, 0);
    const int files = int(QDir(folder).entryList({QStringLiteral("*-2025-reporting-form.xlsx")}, QDir::Files).size());
    QVERIFY2(written.out.contains(QStringLiteral("Wrote %1 reporting forms for 2025").arg(files)), qPrintable(written.out));
    QVERIFY(files > 1);
    QVERIFY2(written.out.contains(QLatin1StringView("(demo data, fictional agencies)")), qPrintable(written.out));
    // Never over a form already there; an unknown ORI is named.
    QCOMPARE(run({QStringLiteral("form"), QStringLiteral("--db"), db, QStringLiteral("--year"), QStringLiteral("2025"),
                  QStringLiteral("--out"), folder})
                     .status,
             1);
    const Run unknown = run({QStringLiteral("form"), QStringLiteral("--db"), db, QStringLiteral("--year"), QStringLiteral("2025"),
                             QStringLiteral("--out"), path("other"), QStringLiteral("--agency"), QStringLiteral("CA9999999")});
    QCOMPARE(unknown.status, 1);
    QVERIFY2(unknown.err.contains(QLatin1StringView("no agency has the ORI CA9999999")), qPrintable(unknown.err));
    // A blank form given back is refused with its file and cell.
    const QString first = QDir(folder).entryInfoList(QDir::Files, QDir::Name).first().filePath();
    const Run blank = run({QStringLiteral("import"), first, QStringLiteral("--db"), db});
    QCOMPARE(blank.status, 1);
    QVERIFY2(blank.err.contains(first + QStringLiteral(":Form!B15: nothing was filled in")), qPrintable(blank.err));
}

void TestCli::workbookExportImportsBack()
{
    const QString db = path("book.sqlite");
    QCOMPARE(run({QStringLiteral("import"), QFINDTESTDATA("data/metrics_fixture.csv"), QStringLiteral("--db"), db}).status, 0);
    const QString book = path("book.xlsx");
    const Run exported = run({QStringLiteral("export"), QStringLiteral("--db"), db, QStringLiteral("--out"), book});
    QCOMPARE(exported.status, 0);
    QFile file(book);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(4) == QByteArray("PK\x03\x04")); // a workbook, not CSV text under an .xlsx name
    file.close();
    const QString copy = path("book-copy.sqlite");
    const Run wrongSheet = run(
            {QStringLiteral("import"), book, QStringLiteral("--db"), copy, QStringLiteral("--sheet"), QStringLiteral("2019")});
    QCOMPARE(wrongSheet.status, 1);
    QVERIFY2(wrongSheet.err.contains(QLatin1StringView("its sheets are \"Reports\", \"About\"")), qPrintable(wrongSheet.err));
    const Run imported = run(
            {QStringLiteral("import"), book, QStringLiteral("--db"), copy, QStringLiteral("--sheet"), QStringLiteral("reports")});
    QCOMPARE(imported.status, 0);
    QVERIFY2(imported.out.contains(QLatin1StringView("(Excel workbook, sheet Reports): 6 rows: 6 reports added")),
             qPrintable(imported.out));
    const Run a = run({QStringLiteral("summary"), QStringLiteral("--db"), db});
    const Run b = run({QStringLiteral("summary"), QStringLiteral("--db"), copy});
    QCOMPARE(b.out, a.out);
}

void TestCli::exportWritesTheFile()
{
    const QString db = path("export.sqlite");
    QCOMPARE(run({QStringLiteral("import"), QFINDTESTDATA("data/metrics_fixture.csv"), QStringLiteral("--db"), db}).status, 0);
    const QString out = path("out.csv");
    const Run r = run({QStringLiteral("export"), QStringLiteral("--db"), db, QStringLiteral("--out"), out});
    QCOMPARE(r.status, 0);
    QVERIFY(r.out.contains(QLatin1StringView("Wrote 6 reports")));
    QVERIFY(QFile::exists(out));
    QCOMPARE(run({QStringLiteral("export"), QStringLiteral("--db"), path("missing.sqlite"), QStringLiteral("--out"), out}).status,
             1);
}

void TestCli::demoThenSummarySaysDemo()
{
    const QString db = path("demo.sqlite");
    const Run demo = run({QStringLiteral("demo"), QStringLiteral("--db"), db, QStringLiteral("--agencies"), QStringLiteral("30"),
                          QStringLiteral("--years"), QStringLiteral("2015-2020")});
    QCOMPARE(demo.status, 0);
    QVERIFY(demo.out.contains(QLatin1StringView("demo data, fictional agencies")));
    const Run summary = run({QStringLiteral("summary"), QStringLiteral("--db"), db});
    QVERIFY(summary.out.startsWith(QLatin1StringView("Demo data, fictional agencies.")));
    QVERIFY(summary.out.contains(QLatin1StringView("\n2020 ")));
    QCOMPARE(run({QStringLiteral("demo"), QStringLiteral("--db"), db, QStringLiteral("--years"), QStringLiteral("2020-2015")})
                     .status,
             2);
}

void TestCli::flagsPrintsTheQueueAndWritesCsv()
{
    const QString db = path("flags.sqlite");
    QCOMPARE(run({QStringLiteral("demo"), QStringLiteral("--db"), db}).status, 0);
    const QString csv = path("queue.csv");
    const Run r = run({QStringLiteral("flags"), QStringLiteral("--db"), db, QStringLiteral("--year"), QStringLiteral("2025"),
                       QStringLiteral("--csv"), csv});
    QCOMPARE(r.status, 0);
    QVERIFY(r.out.startsWith(QLatin1StringView("Demo data, fictional agencies.\nReview queue for 2025:")));
    QVERIFY2(r.out.contains(QStringLiteral("\n1. CAZ000005 Corvina Bay Police Department — priority")),
             qPrintable(r.out.left(400)));
    QVERIFY(r.out.contains(QStringLiteral("15–25 violations by 1 person")));
    // Each reason's weight, signed and right-aligned, as the window's explanation writes it.
    QVERIFY2(r.out.contains(QStringLiteral("\n   +25  15–25 violations by 1 person\n")), qPrintable(r.out.left(600)));
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().split('\n');
    QVERIFY(lines.at(0).contains("rank,ori,agency,score,suggested_sanction"));
    QVERIFY(lines.at(1).startsWith("1,CAZ000005,"));
    QCOMPARE(run({QStringLiteral("flags"), QStringLiteral("--db"), db}).status, 2); // --year is required
    // The same queue as a workbook: rank and score as numbers, a sheet saying what it is.
    const QString book = path("queue.xlsx");
    QCOMPARE(run({QStringLiteral("flags"), QStringLiteral("--db"), db, QStringLiteral("--year"), QStringLiteral("2025"),
                  QStringLiteral("--out"), book})
                     .status,
             0);
    XlsxWorkbook workbook(book);
    QVERIFY(workbook.open());
    QCOMPARE(workbook.sheets().size(), 2);
    QCOMPARE(workbook.sheets().at(0).name, QStringLiteral("Queue 2025"));
    XlsxSheetReader sheet(workbook, 0, QFileInfo(book).size());
    SourceRecord record;
    QVERIFY(sheet.read(record));
    QCOMPARE(record.fields.value(4).toString(), QStringLiteral("suggested_sanction"));
    QVERIFY(sheet.read(record));
    QCOMPARE(record.fields.value(0).toString(), QStringLiteral("1"));
    QCOMPARE(record.kinds.value(0), CellKind::Number);
    QCOMPARE(record.fields.value(1).toString(), QStringLiteral("CAZ000005"));
    QCOMPARE(record.fields.value(9).toString(), QStringLiteral("demo data, fictional agencies"));
    QCOMPARE(run({QStringLiteral("flags"), QStringLiteral("--db"), db, QStringLiteral("--year"), QStringLiteral("2025"),
                  QStringLiteral("--out"), path("queue.ods")})
                     .status,
             2);
}

void TestCli::chartWritesEachKind_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("file");
    QTest::newRow("compliance png") << QStringList{QStringLiteral("compliance")} << QStringLiteral("c.png");
    QTest::newRow("activity svg") << QStringList{QStringLiteral("activity"), QStringLiteral("--years"),
                                                 QStringLiteral("2016-2018")}
                                  << QStringLiteral("a.svg");
    QTest::newRow("categories pdf") << QStringList{QStringLiteral("categories")} << QStringLiteral("k.pdf");
    QTest::newRow("outcomes png") << QStringList{QStringLiteral("outcomes"), QStringLiteral("--kind"), QStringLiteral("sheriff")}
                                  << QStringLiteral("o.png");
    QTest::newRow("compare") << QStringList{QStringLiteral("compare"), QStringLiteral("--agency"), QStringLiteral("CA0000001"),
                                            QStringLiteral("--agency"), QStringLiteral("CA0000002")}
                             << QStringLiteral("m.png");
}

void TestCli::chartWritesEachKind()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, file);
    const QString db = path("chart.sqlite");
    if (!QFile::exists(db))
        QCOMPARE(run({QStringLiteral("import"), QFINDTESTDATA("data/metrics_fixture.csv"), QStringLiteral("--db"), db}).status,
                 0);
    const QString out = m_dir.filePath(file);
    const QString csv = out + QStringLiteral(".csv");
    QStringList args{QStringLiteral("chart")};
    args << arguments << QStringLiteral("--db") << db << QStringLiteral("--out") << out << QStringLiteral("--csv") << csv
         << QStringLiteral("--width-in") << QStringLiteral("3") << QStringLiteral("--height-in") << QStringLiteral("2")
         << QStringLiteral("--dpi") << QStringLiteral("100");
    const Run r = run(args);
    QVERIFY2(r.status == 0, qPrintable(r.err));
    QVERIFY(QFile::exists(out));
    QVERIFY(QFile::exists(csv));
    QFile f(out);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray head = f.read(8);
    if (file.endsWith(u".png"))
        QVERIFY(head.startsWith("\x89PNG"));
    else if (file.endsWith(u".pdf"))
        QVERIFY(head.startsWith("%PDF"));
    else
        QVERIFY(head.startsWith("<?xml"));
}

void TestCli::chartRefusesBadUsage()
{
    const QString db = path("chart.sqlite");
    QCOMPARE(run({QStringLiteral("chart"), QStringLiteral("pie"), QStringLiteral("--db"), db, QStringLiteral("--out"),
                  path("x.png")})
                     .status,
             2);
    QCOMPARE(run({QStringLiteral("chart"), QStringLiteral("compare"), QStringLiteral("--agency"), QStringLiteral("CA0000001"),
                  QStringLiteral("--db"), db, QStringLiteral("--out"), path("x.png")})
                     .status,
             2);
    QCOMPARE(run({QStringLiteral("chart"), QStringLiteral("compliance"), QStringLiteral("--db"), db, QStringLiteral("--out"),
                  path("x.png"), QStringLiteral("--dpi"), QStringLiteral("5")})
                     .status,
             2);
    // An extension the program does not write is wrong usage, said before anything is opened.
    QCOMPARE(run({QStringLiteral("chart"), QStringLiteral("compliance"), QStringLiteral("--db"), db, QStringLiteral("--out"),
                  path("x.jpg")})
                     .status,
             2);
}

void TestCli::outreachWritesCsvAndPdf()
{
    const QString db = path("outreach.sqlite");
    QCOMPARE(run({QStringLiteral("import"), QFINDTESTDATA("data/metrics_fixture.csv"), QStringLiteral("--db"), db}).status, 0);
    const QString csv = path("calls.csv");
    const Run r = run({QStringLiteral("outreach"), QStringLiteral("--db"), db, QStringLiteral("--year"), QStringLiteral("2018"),
                       QStringLiteral("--out"), csv});
    QVERIFY2(r.status == 0, qPrintable(r.err));
    QVERIFY2(r.out.startsWith(QLatin1StringView("4 agencies to call for 2018")),
             qPrintable(r.out)); // Bravo, Charlie, Delta; Alpha lacks categories
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    QVERIFY(text.contains("CA0000002,Bravo Police Department,,"));
    QVERIFY(text.contains("Has not filed the 2018 report"));
    const QString pdf = path("calls.pdf");
    QCOMPARE(run({QStringLiteral("outreach"), QStringLiteral("--db"), db, QStringLiteral("--year"), QStringLiteral("2018"),
                  QStringLiteral("--out"), pdf})
                     .status,
             0);
    QFile sheet(pdf);
    QVERIFY(sheet.open(QIODevice::ReadOnly));
    QVERIFY(sheet.read(4) == "%PDF");
    const QString book = path("calls.xlsx");
    QCOMPARE(run({QStringLiteral("outreach"), QStringLiteral("--db"), db, QStringLiteral("--year"), QStringLiteral("2018"),
                  QStringLiteral("--out"), book})
                     .status,
             0);
    QFile workbook(book);
    QVERIFY(workbook.open(QIODevice::ReadOnly));
    QVERIFY(workbook.read(4) == QByteArray("PK\x03\x04"));
    QCOMPARE(run({QStringLiteral("outreach"), QStringLiteral("--db"), db, QStringLiteral("--year"), QStringLiteral("2018"),
                  QStringLiteral("--out"), path("calls.txt")})
                     .status,
             2);
}

void TestCli::letterListsAndWrites()
{
    const Run list = run({QStringLiteral("letter"), QStringLiteral("--list")});
    QCOMPARE(list.status, 0);
    for (const char *name : {"censure", "suspension", "removal", "federal-audit", "reminder"})
        QVERIFY(list.out.contains(QString::fromLatin1(name)));
    const QString db = path("letter.sqlite");
    QCOMPARE(run({QStringLiteral("import"), QFINDTESTDATA("data/metrics_fixture.csv"), QStringLiteral("--db"), db}).status, 0);
    const QString pdf = path("letter.pdf");
    const Run r =
            run({QStringLiteral("letter"), QStringLiteral("--db"), db, QStringLiteral("--agency"), QStringLiteral("CA0000002"),
                 QStringLiteral("--template"), QStringLiteral("reminder"), QStringLiteral("--year"), QStringLiteral("2018"),
                 QStringLiteral("--out"), pdf, QStringLiteral("--set"), QStringLiteral("meeting.chair=Dana Whitfield")});
    QVERIFY2(r.status == 0, qPrintable(r.err));
    QFile f(pdf);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(f.read(4) == "%PDF");
    QCOMPARE(run({QStringLiteral("letter"), QStringLiteral("--db"), db, QStringLiteral("--agency"), QStringLiteral("CA0000002"),
                  QStringLiteral("--template"), QStringLiteral("nonsense"), QStringLiteral("--out"), pdf})
                     .status,
             1);
    QCOMPARE(run({QStringLiteral("letter"), QStringLiteral("--db"), db, QStringLiteral("--agency"), QStringLiteral("CA0000099"),
                  QStringLiteral("--template"), QStringLiteral("reminder"), QStringLiteral("--out"), pdf})
                     .status,
             1);
    QCOMPARE(run({QStringLiteral("letter"), QStringLiteral("--db"), db, QStringLiteral("--template"), QStringLiteral("reminder")})
                     .status,
             2);
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
