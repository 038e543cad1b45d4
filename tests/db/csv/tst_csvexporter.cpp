#include "testdatabase.h"

#include "db/csv/csvexporter.h"
#include "db/import/reportimporter.h"
#include "db/stores/metastore.h"

#include <QDir>
#include <QFile>

using namespace cac;

class TestCsvExporter : public QObject
{
    Q_OBJECT
private slots:
    void roundTripGivesTheSameReports();
    void formulasAreNeutralised();
    void yearFilter();
    void demoExportSaysSo();
    void exportIsPrivate();
    void cancelledExportLeavesNoFile();

private:
    // Every report with every figure and category, in a stable order.
    static QString reportsOf(TestDatabase &t)
    {
        const auto known = [](const char *column) {
            return QStringLiteral("coalesce(CAST(v.%1 AS TEXT), '?')").arg(QLatin1StringView(column));
        };
        QStringList fields;
        for (const char *column : {"filed", "filed_date", "investigations"})
            fields << known(column);
        fields << known("violations_low") + QStringLiteral(" || '-' || ") + known("violations_high");
        for (const char *column : {"individuals", "criminal_charges", "no_action", "notes"})
            fields << known(column);
        QStringList lines;
        QSqlQuery q(t.connection());
        if (!q.exec(QStringLiteral("SELECT v.id, v.ori || '|' || v.agency || '|' || v.year || '|' || %1 FROM v_report v "
                                   "ORDER BY v.ori, v.year")
                            .arg(fields.join(QStringLiteral(" || '|' || ")))))
            qFatal("%s", qPrintable(q.lastError().text()));
        while (q.next())
            lines << q.value(1).toString() + u'|' +
                            t.joined(QStringLiteral("SELECT category || '=' || count FROM report_category WHERE report_id = %1 "
                                                    "ORDER BY category")
                                             .arg(q.value(0).toLongLong()));
        return lines.join(u'\n');
    }
};

void TestCsvExporter::roundTripGivesTheSameReports()
{
    TestDatabase source;
    QVERIFY(ReportImporter(source.database()).importFile(QFINDTESTDATA("data/messy_valid.csv"), {}).succeeded());
    const QString out = source.dirPath() + QStringLiteral("/export.csv");
    const Result<int> written = CsvExporter(source.database()).exportTo(out);
    QVERIFY2(written.ok(), qPrintable(written.error()));
    QCOMPARE(written.value(), 5);

    TestDatabase target;
    const ImportSummary s = ReportImporter(target.database()).importFile(out, {});
    QVERIFY2(s.succeeded(), s.errors.isEmpty() ? "" : qPrintable(s.errors.first().toString(out)));
    QVERIFY(s.warnings.isEmpty());
    QVERIFY(!reportsOf(source).isEmpty());
    QCOMPARE(reportsOf(target), reportsOf(source));
    const QString agencies =
            QStringLiteral("SELECT ori || kind || coalesce(county, '') || coalesce(CAST(sworn_staff AS TEXT), '?') "
                           "FROM agency ORDER BY ori");
    QCOMPARE(target.joined(agencies), source.joined(agencies));
}

void TestCsvExporter::formulasAreNeutralised()
{
    TestDatabase t;
    QVERIFY(ReportImporter(t.database()).importFile(QFINDTESTDATA("data/messy_valid.csv"), {}).succeeded());
    const QString out = t.dirPath() + QStringLiteral("/export.csv");
    QVERIFY(CsvExporter(t.database()).exportTo(out).ok());
    QFile f(out);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"
                             "ori,year,agency,"));
    QVERIFY(bytes.contains(",'=Formula Agency,"));
    QVERIFY(bytes.contains(",'@note"));
    QVERIFY(!bytes.contains(",=Formula"));
    QVERIFY(bytes.contains(",15-25,")); // a range is not a formula
    QVERIFY(!bytes.contains("data_notice"));
}

void TestCsvExporter::yearFilter()
{
    TestDatabase t;
    QVERIFY(ReportImporter(t.database()).importFile(QFINDTESTDATA("data/messy_valid.csv"), {}).succeeded());
    const QString out = t.dirPath() + QStringLiteral("/2019.csv");
    const Result<int> written = CsvExporter(t.database()).exportTo(out, 2019);
    QCOMPARE(written.value(), 3);
}

void TestCsvExporter::demoExportSaysSo()
{
    TestDatabase demo;
    QByteArray rows = "ori,year,agency,data_notice\nCA0000005,2018,Demo PD,\"demo data, fictional agencies\"\n";
    const QString in = demo.dirPath() + QStringLiteral("/in.csv");
    QFile file(in);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(rows);
    file.close();
    QVERIFY(ReportImporter(demo.database()).importFile(in, {}).succeeded());
    const QString out = demo.dirPath() + QStringLiteral("/out.csv");
    QVERIFY(CsvExporter(demo.database()).exportTo(out).ok());
    QFile exported(out);
    QVERIFY(exported.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = exported.readAll().split('\n');
    QVERIFY(lines.at(0).trimmed().endsWith(",data_notice"));
    QVERIFY(lines.at(1).trimmed().endsWith(",\"demo data, fictional agencies\""));
}

void TestCsvExporter::exportIsPrivate()
{
#ifdef Q_OS_UNIX
    TestDatabase t;
    const QString out = t.dirPath() + QStringLiteral("/private.csv");
    QVERIFY(CsvExporter(t.database()).exportTo(out).ok());
    QCOMPARE(QFile::permissions(out) & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
#else
    QSKIP("File modes are a Unix notion.");
#endif
}

void TestCsvExporter::cancelledExportLeavesNoFile()
{
    TestDatabase t;
    const QString in = t.dirPath() + QStringLiteral("/many.csv");
    QFile file(in);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("ori,year,agency,investigations\n");
    for (int i = 0; i < 2500; ++i)
        file.write(QStringLiteral("CA%1,2020,Agency %1,1\n").arg(1000000 + i).toUtf8());
    file.close();
    QVERIFY(ReportImporter(t.database()).importFile(in, {}).succeeded());
    const QString out = t.dirPath() + QStringLiteral("/cancelled.csv");
    std::atomic_bool cancel = true;
    CsvExporter::Options options;
    options.cancel = &cancel;
    int calls = 0;
    options.progress = [&calls](int done, int total) {
        ++calls;
        QCOMPARE(total, 2500);
        QCOMPARE(done, 2000);
    };
    const Result<int> written = CsvExporter(t.database()).exportTo(out, options);
    QVERIFY(!written.ok());
    QCOMPARE(calls, 1);
    QVERIFY(!QFile::exists(out));
    QCOMPARE(QDir(t.dirPath()).entryList({QStringLiteral("cancelled*")}, QDir::Files | QDir::Hidden).size(), 0);
}

QTEST_GUILESS_MAIN(TestCsvExporter)
#include "tst_csvexporter.moc"
