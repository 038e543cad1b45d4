#include "testdatabase.h"

#include "app/demo/demodatainstaller.h"
#include "app/metrics/statewidemetrics.h"
#include "db/import/reportimporter.h"

#include <QBuffer>
#include <QTest>

using namespace cac;

// The statewide figures kept in year_rollup: read while kept, the same as computed from the
// reports, emptied by any program's write that can change them, never written by a read.
class TestYearRollup : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void keptFiguresAreTheComputedOnes();
    void anyProgramsWriteEmptiesThemAndReadsStayReads();
    void anImportKeepsThemAgain();

private:
    // Every statewide figure for a filter, as text to compare.
    QString figures(const MetricsFilter &filter = {})
    {
        const StatewideMetrics metrics(m_t->connection());
        QStringList lines;
        for (const YearSummary &y : expectOk(metrics.byYear(filter)))
            lines << QStringLiteral("%1 due %2 filed %3 inv %4/%5 vio %6-%7/%8 ind %9/%10")
                             .arg(y.year)
                             .arg(y.agenciesDue)
                             .arg(y.agenciesFiled)
                             .arg(y.investigations.value_or(-1))
                             .arg(y.investigationsReported)
                             .arg(y.violationsLow.value_or(-1))
                             .arg(y.violationsHigh.value_or(-1))
                             .arg(y.violationsReported)
                             .arg(y.individuals.value_or(-1))
                             .arg(y.individualsReported);
        const StatewideMetrics::Categories categories = expectOk(metrics.categoriesByYear(filter));
        for (auto y = categories.cbegin(); y != categories.cend(); ++y)
            for (auto c = y.value().cbegin(); c != y.value().cend(); ++c)
                lines << QStringLiteral("%1 %2 %3").arg(y.key()).arg(c.key()).arg(c.value());
        const StatewideMetrics::Outcomes outcomes = expectOk(metrics.outcomesByYear(filter));
        for (auto y = outcomes.cbegin(); y != outcomes.cend(); ++y)
            for (auto o = y.value().cbegin(); o != y.value().cend(); ++o)
                lines << QStringLiteral("%1 %2 %3").arg(y.key()).arg(o.key()).arg(o.value().value_or(-1));
        return lines.join(u'\n');
    }
    int kept() { return m_t->scalar(QStringLiteral("SELECT count(*) FROM year_rollup")).toInt(); }
    bool asAnother(const QString &statement) { return m_t->asAnotherProgram({statement}); }

    std::unique_ptr<TestDatabase> m_t;
};

void TestYearRollup::init()
{
    m_t = std::make_unique<TestDatabase>();
    DemoOptions options;
    options.fromYear = 2008;
    QVERIFY(DemoDataInstaller(m_t->database()).install(options).ok());
}

void TestYearRollup::keptFiguresAreTheComputedOnes()
{
    QCOMPARE(kept(), 2025 - 2008 + 1); // the demo install keeps them
    const MetricsFilter years{QString(), QString(), QString(), 2012, 2019};
    const QString keptAll = figures();
    const QString keptYears = figures(years);
    QVERIFY(keptAll.count(u'\n') > 200);
    QVERIFY(asAnother(QStringLiteral("DELETE FROM year_rollup")));
    QCOMPARE(figures(), keptAll); // computed from the reports
    QCOMPARE(figures(years), keptYears);
    QVERIFY(keptYears.startsWith(QStringLiteral("2012 ")));
}

void TestYearRollup::anyProgramsWriteEmptiesThemAndReadsStayReads()
{
    const QString before = figures();
    // Another program's edit of a report: the figures follow it at once.
    QVERIFY(asAnother(QStringLiteral("UPDATE misuse_report SET investigations = investigations + 1000 "
                                     "WHERE year = 2020 AND filed = 1 AND investigations IS NOT NULL "
                                     "AND id = (SELECT min(id) FROM misuse_report WHERE year = 2020 AND filed = 1 "
                                     "AND investigations IS NOT NULL)")));
    QCOMPARE(kept(), 0);
    const QString edited = figures();
    QVERIFY(edited != before);
    QCOMPARE(kept(), 0); // a read never writes
    QVERIFY(StatewideMetrics(m_t->connection()).keepStatewide().ok());
    QCOMPARE(figures(), edited);
    // An agency's end of service changes who is due.
    QVERIFY(asAnother(QStringLiteral("UPDATE agency SET service_end_date = '2015-06-30' WHERE id = "
                                     "(SELECT min(id) FROM agency WHERE service_end_date IS NULL)")));
    QCOMPARE(kept(), 0);
    const QString ended = figures();
    QVERIFY(ended != edited);
    QVERIFY(StatewideMetrics(m_t->connection()).keepStatewide().ok());
    QCOMPARE(figures(), ended);
    // A report removed, and one added.
    QVERIFY(asAnother(QStringLiteral("DELETE FROM misuse_report WHERE id = (SELECT max(id) FROM misuse_report)")));
    QCOMPARE(kept(), 0);
    QVERIFY(StatewideMetrics(m_t->connection()).keepStatewide().ok());
    QVERIFY(asAnother(QStringLiteral("INSERT INTO misuse_report (agency_id, year, filed) "
                                     "SELECT min(id), 2026, 1 FROM agency WHERE service_end_date IS NULL")));
    QCOMPARE(kept(), 0);
    QVERIFY(figures().contains(QStringLiteral("2026 due ")));
}

void TestYearRollup::anImportKeepsThemAgain()
{
    QVERIFY(asAnother(QStringLiteral("DELETE FROM year_rollup")));
    QBuffer csv;
    const QString ori = m_t->scalar(QStringLiteral("SELECT min(ori) FROM agency WHERE service_end_date IS NULL")).toString();
    csv.setData("ori,year,filed,investigations,data_notice\n" + ori.toUtf8() + ",2026,yes,7,\"demo data, fictional agencies\"\n");
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const ImportSummary summary = ReportImporter(m_t->database()).importDevice(csv, QStringLiteral("more.csv"), {});
    QVERIFY2(summary.succeeded(), qPrintable(summary.errors.value(0).toString(QStringLiteral("more.csv"))));
    StatewideMetrics(m_t->connection()).keepAfter(summary);
    QVERIFY(kept() > 0);
    const QString keptFigures = figures();
    QVERIFY(keptFigures.contains(QStringLiteral("2026 due ")));
    QVERIFY(asAnother(QStringLiteral("DELETE FROM year_rollup")));
    QCOMPARE(figures(), keptFigures);
}

QTEST_GUILESS_MAIN(TestYearRollup)
#include "tst_yearrollup.moc"
