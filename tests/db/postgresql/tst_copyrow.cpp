#include "db/postgresql/copyrow.h"

#include <QTest>

using namespace cac;

// A bulk load's rows in COPY's text format: what the server reads back must be what was written,
// NULL apart from an empty value, and no value able to end its field or its row early.
class TestCopyRow : public QObject
{
    Q_OBJECT

private slots:
    void fieldsAreSeparatedByTabsAndTheRowEndsOnce();
    void unknownIsNullNeverZeroOrEmpty();
    void tabsNewlinesAndBackslashesInTextAreEscaped();
    void textIsUtf8();
};

void TestCopyRow::fieldsAreSeparatedByTabsAndTheRowEndsOnce()
{
    QByteArray out;
    CopyRow(out).number(7).text(QStringLiteral("CA0000001")).number(-3).end();
    CopyRow(out).text(QStringLiteral("x")).end();
    QCOMPARE(out, QByteArray("7\tCA0000001\t-3\nx\n"));
}

void TestCopyRow::unknownIsNullNeverZeroOrEmpty()
{
    QByteArray out;
    CopyRow(out).number(std::nullopt).number(0).text(QString()).text(QStringLiteral("")).end();
    QCOMPARE(out, QByteArray("\\N\t0\t\\N\t\\N\n"));
}

void TestCopyRow::tabsNewlinesAndBackslashesInTextAreEscaped()
{
    QByteArray out;
    CopyRow(out).text(QStringLiteral("a\tb\nc\r\nd\\N")).end();
    QCOMPARE(out, QByteArray("a\\tb\\nc\\r\\nd\\\\N\n"));
    QCOMPARE(out.count('\t'), 0);
    QCOMPARE(out.count('\n'), 1);
}

void TestCopyRow::textIsUtf8()
{
    QByteArray out;
    CopyRow(out).text(QStringLiteral("Río Seco — 北")).end();
    QCOMPARE(out, QStringLiteral("Río Seco — 北\n").toUtf8());
}

QTEST_GUILESS_MAIN(TestCopyRow)
#include "tst_copyrow.moc"
