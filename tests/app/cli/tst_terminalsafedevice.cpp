#include "cli/clirun.h"
#include "testdatabase.h"

#include "app/cli/terminalsafedevice.h"

using namespace cac;

// Nothing the command line prints passes a control character to the terminal: a name written
// into the database by another program with an escape sequence prints harmlessly.
class TestTerminalSafeDevice : public QObject
{
    Q_OBJECT
private slots:
    void controlCharactersAreReplaced_data();
    void controlCharactersAreReplaced();
    void namesFromTheDatabasePrintWithoutEscapes();
};

void TestTerminalSafeDevice::controlCharactersAreReplaced_data()
{
    QTest::addColumn<QByteArray>("in");
    QTest::addColumn<QByteArray>("out");
    QTest::newRow("plain text and line breaks") << QByteArray("Alpha\tPD\r\n") << QByteArray("Alpha\tPD\r\n");
    QTest::newRow("a title-setting escape") << QByteArray("A\x1b]0;owned\x07!")
                                            << QByteArray("A\xEF\xBF\xBD]0;owned\xEF\xBF\xBD!");
    QTest::newRow("DEL") << QByteArray("a\x7f") << QByteArray("a\xEF\xBF\xBD");
    QTest::newRow("a C1 control (CSI)") << QByteArray("a\xC2\x9B"
                                                      "2J")
                                        << QByteArray("a\xEF\xBF\xBD"
                                                      "2J");
    QTest::newRow("accents stay") << QByteArray("R\xC3\xADo \xC2\xA9") << QByteArray("R\xC3\xADo \xC2\xA9");
}

void TestTerminalSafeDevice::controlCharactersAreReplaced()
{
    QFETCH(QByteArray, in);
    QFETCH(QByteArray, out);
    QCOMPARE(TerminalSafeDevice::cleaned(in), out);
}

void TestTerminalSafeDevice::namesFromTheDatabasePrintWithoutEscapes()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("demo.sqlite"));
    QCOMPARE(CliRun::of({QStringLiteral("demo"), QStringLiteral("--db"), db, QStringLiteral("--agencies"), QStringLiteral("12"),
                         QStringLiteral("--years"), QStringLiteral("2020-2024")})
                     .status,
             0);
    // Another program writes the name; the import would have refused it.
    QVERIFY(asAnotherProgram(db,
                             {QStringLiteral("UPDATE agency SET name = 'Owned' || char(27) || ']0;owned' || char(7) || ' PD'")}));
    const CliRun flags =
            CliRun::of({QStringLiteral("flags"), QStringLiteral("--db"), db, QStringLiteral("--year"), QStringLiteral("2024")});
    QCOMPARE(flags.status, 0);
    QVERIFY(flags.out.contains(QStringLiteral("Owned\uFFFD]0;owned\uFFFD PD")));
    QVERIFY(!flags.out.contains(QChar(27)));
    QVERIFY(!flags.out.contains(QChar(7)));
}

QTEST_GUILESS_MAIN(TestTerminalSafeDevice)
#include "tst_terminalsafedevice.moc"
