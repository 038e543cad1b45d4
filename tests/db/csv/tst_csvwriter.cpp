#include "db/csv/csvwriter.h"
#include "db/model/fieldrules.h"

#include <QBuffer>
#include <QTest>

using namespace cac;

// The CSV writer's cells: quoted where RFC 4180 needs it, guarded against formulas, in UTF-8;
// and its fast way for bytes (addUtf8, the export's) writes exactly what the way for text writes.
class TestCsvWriter : public QObject
{
    Q_OBJECT
private slots:
    void cellsAreQuotedAndGuarded_data();
    void cellsAreQuotedAndGuarded();
    void numbersAndEmptyCells();

private:
    static QByteArray written(const std::function<void(CsvWriter &)> &write)
    {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        CsvWriter writer(&buffer);
        write(writer);
        return buffer.data();
    }
};

void TestCsvWriter::cellsAreQuotedAndGuarded_data()
{
    QTest::addColumn<QString>("cell");
    QTest::addColumn<QByteArray>("csv");
    QTest::newRow("plain") << QStringLiteral("Oakland PD") << QByteArray("Oakland PD");
    QTest::newRow("date") << QStringLiteral("2021-03-05") << QByteArray("2021-03-05");
    QTest::newRow("comma") << QStringLiteral("Smith, J.") << QByteArray("\"Smith, J.\"");
    QTest::newRow("quote") << QStringLiteral("the \"chief\"") << QByteArray("\"the \"\"chief\"\"\"");
    QTest::newRow("line break") << QStringLiteral("a\nb") << QByteArray("\"a\nb\"");
    QTest::newRow("leading space") << QStringLiteral(" x") << QByteArray("\" x\"");
    QTest::newRow("trailing space") << QStringLiteral("x ") << QByteArray("\"x \"");
    QTest::newRow("formula") << QStringLiteral("=HYPERLINK(\"x\")") << QByteArray("\"'=HYPERLINK(\"\"x\"\")\"");
    QTest::newRow("at") << QStringLiteral("@SUM(A1)") << QByteArray("'@SUM(A1)");
    QTest::newRow("minus text") << QStringLiteral("-x") << QByteArray("'-x");
    QTest::newRow("negative number") << QStringLiteral("-5") << QByteArray("-5");
    QTest::newRow("looks guarded") << QStringLiteral("'=1+1") << QByteArray("''=1+1");
    QTest::newRow("apostrophe") << QStringLiteral("'tis") << QByteArray("'tis");
    QTest::newRow("accents") << QStringLiteral("Departamento de Policía") << QByteArray("Departamento de Policía");
    QTest::newRow("tab first") << QStringLiteral("\tx") << QByteArray("'\tx");
}

void TestCsvWriter::cellsAreQuotedAndGuarded()
{
    QFETCH(QString, cell);
    QFETCH(QByteArray, csv);
    const QByteArray record = csv + ",1\r\n";
    QCOMPARE(written([&](CsvWriter &w) { w.writeRecord({cell, QStringLiteral("1")}); }), record);
    QCOMPARE(written([&](CsvWriter &w) {
                 w.addText(cell);
                 w.addNumber(1);
                 QVERIFY(w.endRecord());
             }),
             record);
    const QByteArray utf8 = cell.toUtf8();
    QCOMPARE(written([&](CsvWriter &w) {
                 w.addUtf8(utf8);
                 w.addNumber(1);
                 QVERIFY(w.endRecord());
             }),
             record);
}

void TestCsvWriter::numbersAndEmptyCells()
{
    QCOMPARE(written([](CsvWriter &w) {
                 w.addNumber(0);
                 w.addText({});
                 w.addUtf8({});
                 w.addNumber(-12);
                 w.addNumber(9007199254740993);
                 QVERIFY(w.endRecord());
                 w.addText(u"next");
                 QVERIFY(w.endRecord());
             }),
             QByteArray("0,,,-12,9007199254740993\r\nnext\r\n"));
}

QTEST_GUILESS_MAIN(TestCsvWriter)
#include "tst_csvwriter.moc"
