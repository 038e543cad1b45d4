#include "clirun.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace cac;

// The command line refuses what it does not understand, with the list of what it accepts,
// instead of doing something else and saying it succeeded. Wrong usage exits 2.
class TestCliUsage : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void unknownValuesAreRefusedWithTheAcceptedOnes_data();
    void unknownValuesAreRefusedWithTheAcceptedOnes();
    void labelsAreAcceptedAsWellAsCodes();
    void missingDatabaseIsWrongUsage_data();
    void missingDatabaseIsWrongUsage();

private:
    QString path(const char *name) const { return m_dir.filePath(QString::fromLatin1(name)); }
    QTemporaryDir m_dir;
    QString m_db;
    QString m_ori;
};

void TestCliUsage::initTestCase()
{
    m_db = path("demo.sqlite");
    const CliRun demo = CliRun::of({QStringLiteral("demo"), QStringLiteral("--db"), m_db, QStringLiteral("--agencies"),
                                    QStringLiteral("12"), QStringLiteral("--years"), QStringLiteral("2020-2024")});
    QVERIFY2(demo.status == 0, qPrintable(demo.err));
    const CliRun flags = CliRun::of({QStringLiteral("flags"), QStringLiteral("--db"), m_db, QStringLiteral("--year"),
                                     QStringLiteral("2024"), QStringLiteral("--csv"), path("flags.csv")});
    QFile csv(path("flags.csv"));
    QVERIFY(csv.open(QIODevice::ReadOnly));
    csv.readLine();
    m_ori = QString::fromUtf8(csv.readLine()).section(u',', 1, 1);
    QVERIFY2(m_ori.startsWith(QStringLiteral("CA")), qPrintable(m_ori));
}

void TestCliUsage::unknownValuesAreRefusedWithTheAcceptedOnes_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("listed"); // one of the accepted values the message must list
    QTest::addColumn<QString>("unwritten");
    const QString chartPng = path("chart.png");
    QTest::newRow("chart --kind bogus") << QStringList{QStringLiteral("chart"),  QStringLiteral("compliance"),
                                                       QStringLiteral("--kind"), QStringLiteral("bogus"),
                                                       QStringLiteral("--out"),  chartPng}
                                        << "sheriff (County sheriff)" << chartPng;
    QTest::newRow("chart --county Nowhere") << QStringList{QStringLiteral("chart"),    QStringLiteral("compliance"),
                                                           QStringLiteral("--county"), QStringLiteral("Nowhere"),
                                                           QStringLiteral("--out"),    chartPng}
                                            << "is not one of" << chartPng;
    QTest::newRow("chart --parent unknown") << QStringList{QStringLiteral("chart"),    QStringLiteral("compliance"),
                                                           QStringLiteral("--parent"), QStringLiteral("Nobody"),
                                                           QStringLiteral("--out"),    chartPng}
                                            << "is not one of" << chartPng;
    QTest::newRow("letter --set with a misspelt key") << QStringList{QStringLiteral("letter"),
                                                                     QStringLiteral("--agency"),
                                                                     QStringLiteral("CA0000001"),
                                                                     QStringLiteral("--template"),
                                                                     QStringLiteral("censure"),
                                                                     QStringLiteral("--out"),
                                                                     path("l.pdf"),
                                                                     QStringLiteral("--set"),
                                                                     QStringLiteral("meeting.chiar=Dana Whitfield")}
                                                      << "meeting.chair" << path("l.pdf");
    QTest::newRow("export --out .ods") << QStringList{QStringLiteral("export"), QStringLiteral("--out"), path("all.ods")}
                                       << ".xlsx" << path("all.ods");
    QTest::newRow("letter --out .doc") << QStringList{QStringLiteral("letter"),
                                                      QStringLiteral("--agency"),
                                                      QStringLiteral("CA0000001"),
                                                      QStringLiteral("--template"),
                                                      QStringLiteral("censure"),
                                                      QStringLiteral("--out"),
                                                      path("l.doc")}
                                       << ".odt" << path("l.doc");
    QTest::newRow("outreach --out .txt") << QStringList{QStringLiteral("outreach"), QStringLiteral("--year"),
                                                        QStringLiteral("2024"), QStringLiteral("--out"), path("o.txt")}
                                         << ".pdf" << path("o.txt");
    QTest::newRow("packet without --meeting") << QStringList{QStringLiteral("packet"), QStringLiteral("--out"), path("p.pdf")}
                                              << "this database has no meetings" << path("p.pdf");
    QTest::newRow("packet --out .png") << QStringList{QStringLiteral("packet"), QStringLiteral("--meeting"), QStringLiteral("1"),
                                                      QStringLiteral("--out"), path("p.png")}
                                       << ".pdf" << path("p.png");
}

void TestCliUsage::unknownValuesAreRefusedWithTheAcceptedOnes()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, listed);
    QFETCH(QString, unwritten);
    const CliRun r = CliRun::of(arguments + QStringList{QStringLiteral("--db"), m_db});
    QCOMPARE(r.status, 2);
    QVERIFY2(r.err.contains(listed), qPrintable(r.err));
    QVERIFY(r.err.contains(QStringLiteral("Usage: ")));
    QVERIFY(!QFile::exists(unwritten));
}

void TestCliUsage::labelsAreAcceptedAsWellAsCodes()
{
    for (const QString &kind : {QStringLiteral("County sheriff"), QStringLiteral("sheriff")}) {
        const CliRun r = CliRun::of({QStringLiteral("chart"), QStringLiteral("compliance"), QStringLiteral("--db"), m_db,
                                     QStringLiteral("--kind"), kind, QStringLiteral("--csv"), path("k.csv")});
        QVERIFY2(r.status == 0, qPrintable(r.err));
    }
    const CliRun letter = CliRun::of({QStringLiteral("letter"), QStringLiteral("--db"), m_db, QStringLiteral("--agency"), m_ori,
                                      QStringLiteral("--template"), QStringLiteral("censure"), QStringLiteral("--out"),
                                      path("l.html"), QStringLiteral("--set"), QStringLiteral("meeting.chair=Dana Whitfield")});
    QVERIFY2(letter.status == 0, qPrintable(letter.err));
    QFile html(path("l.html"));
    QVERIFY(html.open(QIODevice::ReadOnly));
    QVERIFY(html.readAll().contains("Dana Whitfield"));
}

void TestCliUsage::missingDatabaseIsWrongUsage_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("summary") << QStringList{QStringLiteral("summary")};
    QTest::newRow("export") << QStringList{QStringLiteral("export"), QStringLiteral("--out"), path("x.csv")};
    QTest::newRow("import") << QStringList{QStringLiteral("import"), QFINDTESTDATA("data/metrics_fixture.csv")};
    QTest::newRow("flags") << QStringList{QStringLiteral("flags"), QStringLiteral("--year"), QStringLiteral("2024")};
    QTest::newRow("chart") << QStringList{QStringLiteral("chart"), QStringLiteral("compliance"), QStringLiteral("--out"),
                                          path("x.png")};
    QTest::newRow("letter") << QStringList{QStringLiteral("letter"),
                                           QStringLiteral("--agency"),
                                           QStringLiteral("CA0000001"),
                                           QStringLiteral("--template"),
                                           QStringLiteral("censure"),
                                           QStringLiteral("--out"),
                                           path("x.pdf")};
    QTest::newRow("demo") << QStringList{QStringLiteral("demo")};
    QTest::newRow("packet") << QStringList{QStringLiteral("packet"), QStringLiteral("--meeting"), QStringLiteral("1"),
                                           QStringLiteral("--out"), path("x.pdf")};
}

void TestCliUsage::missingDatabaseIsWrongUsage()
{
    QFETCH(QStringList, arguments);
    const CliRun r = CliRun::of(arguments);
    QCOMPARE(r.status, 2);
    QVERIFY2(r.err.contains(QStringLiteral("--db")), qPrintable(r.err));
}

QTEST_GUILESS_MAIN(TestCliUsage)
#include "tst_cliusage.moc"
