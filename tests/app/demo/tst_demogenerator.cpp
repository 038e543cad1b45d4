#include "testdatabase.h"

#include "app/demo/demodatainstaller.h"
#include "app/demo/demogenerator.h"
#include "app/metrics/statewidemetrics.h"
#include "db/stores/metastore.h"

#include <QBuffer>
#include <QSet>

using namespace cac;

class TestDemoGenerator : public QObject
{
    Q_OBJECT
private slots:
    void sameOptionsGiveSameBytes();
    void otherSeedGivesOtherData();
    void agenciesAreFictional();
    void installMarksDemoAndHoldsTheCases();
    void complianceRisesAfterTheOutreach();

private:
    static QByteArray csvOf(const DemoOptions &options)
    {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        DemoGenerator(options).writeCsv(&buffer);
        return buffer.data();
    }
};

void TestDemoGenerator::sameOptionsGiveSameBytes()
{
    DemoOptions options;
    options.agencies = 60;
    const QByteArray first = csvOf(options);
    QVERIFY(first.size() > 10000);
    QCOMPARE(csvOf(options), first);
}

void TestDemoGenerator::otherSeedGivesOtherData()
{
    DemoOptions a;
    DemoOptions b;
    b.seed = a.seed + 1;
    QVERIFY(csvOf(a) != csvOf(b));
}

void TestDemoGenerator::agenciesAreFictional()
{
    DemoOptions options;
    options.agencies = 300;
    const DemoGenerator generator(options);
    QSet<QString> oris;
    QSet<QString> names;
    for (const DemoAgency &a : generator.agencies()) {
        QVERIFY2(a.ori.startsWith(QLatin1StringView("CAZ")), qPrintable(a.ori)); // no real ORI uses CAZ
        QVERIFY(a.contactEmail.endsWith(QLatin1StringView(".demo.invalid")));
        for (const QChar c : a.contactEmail)
            QVERIFY2(c.unicode() < 128, qPrintable(a.contactEmail));
        QVERIFY(a.contactPhone.contains(QLatin1StringView("555-01")));
        oris.insert(a.ori);
        names.insert(a.name);
    }
    QCOMPARE(oris.size(), 300);
    QCOMPARE(names.size(), 300);
}

void TestDemoGenerator::installMarksDemoAndHoldsTheCases()
{
    TestDatabase t;
    const Status installed = DemoDataInstaller(t.database()).install(DemoOptions());
    QVERIFY2(installed.ok(), qPrintable(installed.error()));
    QVERIFY(expectOk(MetaStore(t.connection()).isDemo()));
    QCOMPARE(t.scalar(QStringLiteral("SELECT count(*) FROM agency")).toInt(), 150);
    // Glendale-like: 15-25 violations by one person.
    QCOMPARE(t.scalar(QStringLiteral("SELECT count(*) FROM misuse_report WHERE violations_low = 15 AND violations_high = 25 AND "
                                     "individuals = 1"))
                     .toInt(),
             1);
    // Chula Vista-like: 38 licensing checks.
    QCOMPARE(t.scalar(QStringLiteral(
                              "SELECT count(*) FROM report_category WHERE category = 'licensing_employment' AND count = 38"))
                     .toInt(),
             1);
    // Carlsbad-like: one violation, criminal charges.
    QVERIFY(t.scalar(QStringLiteral("SELECT count(*) FROM misuse_report WHERE violations_high = 1 AND criminal_charges = 1"))
                    .toInt() >= 1);
    // DHS field offices, one removed after a warning and a censure.
    QCOMPARE(t.scalar(QStringLiteral("SELECT count(*) FROM agency WHERE parent_org = 'U.S. Department of Homeland Security'"))
                     .toInt(),
             4);
    QCOMPARE(t.scalar(QStringLiteral("SELECT service_end_date FROM agency WHERE service_status = 'removed'")).toString(),
             QStringLiteral("2019-10-15"));
    QCOMPARE(t.scalar(QStringLiteral(
                              "SELECT group_concat(kind) FROM (SELECT s.kind FROM sanction s JOIN agency a ON a.id = s.agency_id "
                              "WHERE a.service_status = 'removed' ORDER BY issued_on)"))
                     .toString(),
             QStringLiteral("warning,censure,removal"));
    // Early years lack individuals and categories; later ones have them.
    QCOMPARE(t.scalar(QStringLiteral("SELECT count(individuals) FROM misuse_report WHERE year < 2019")).toInt(), 0);
    QVERIFY(t.scalar(QStringLiteral("SELECT count(individuals) FROM misuse_report WHERE year >= 2019")).toInt() > 100);
    QVERIFY(t.scalar(QStringLiteral("SELECT count(*) FROM misuse_report WHERE violations_low < violations_high")).toInt() > 1);
    QVERIFY(t.scalar(QStringLiteral("SELECT count(*) FROM misuse_report WHERE filed = 1 AND investigations IS NULL")).toInt() >
            0);
}

void TestDemoGenerator::complianceRisesAfterTheOutreach()
{
    TestDatabase t;
    QVERIFY(DemoDataInstaller(t.database()).install(DemoOptions()).ok());
    double before = 0;
    double after = 0;
    for (const YearSummary &s : expectOk(StatewideMetrics(t.connection()).byYear())) {
        if (s.year == 2017)
            before = *s.compliancePercent();
        if (s.year == 2019)
            after = *s.compliancePercent();
    }
    QVERIFY2(before > 40 && before < 75, qPrintable(QString::number(before)));
    QVERIFY2(after > 90, qPrintable(QString::number(after)));
}

QTEST_GUILESS_MAIN(TestDemoGenerator)
#include "tst_demogenerator.moc"
